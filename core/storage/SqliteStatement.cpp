#include "storage/SqliteStatement.h"

#include <sqlite3.h>

#include "storage/SqlUtil.h"

namespace veille {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Result<std::unique_ptr<SqliteStatement>> SqliteStatement::prepare(sqlite3 *db, const QString &sql)
{
    if (!db)
        return makeError(ErrorCode::DatabaseError, sql);
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Error{SqlUtil::classify(QString::number(rc)), QString::fromUtf8(sqlite3_errmsg(db)), QString()};
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(db, stmt));
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

Error SqliteStatement::error() const
{
    return Error{SqlUtil::classify(QString::number(sqlite3_extended_errcode(m_db))), QString::fromUtf8(sqlite3_errmsg(m_db)),
                 QString()};
}

Result<void> SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    Result<void> out = rc == SQLITE_DONE || rc == SQLITE_ROW ? Result<void>() : Result<void>(error());
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return out;
}

Result<bool> SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    Result<bool> out = rc == SQLITE_DONE ? Result<bool>(false) : Result<bool>(error());
    reset();
    return out;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_stmt, column) : 0);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace veille
