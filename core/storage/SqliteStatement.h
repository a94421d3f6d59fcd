#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

#include "model/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace veille {

// One statement run through SQLite's own interface rather than Qt's: what an import runs
// for every article. Qt's binding builds a placeholder name and a QVariant per value and
// hands text over as UTF-16, which SQLite then converts back to UTF-8 byte by byte; on
// the storing thread of an import that was a tenth of its time. Text is bound as UTF-8
// without a copy: the bytes must outlive run().
class SqliteStatement {
public:
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    static Result<std::unique_ptr<SqliteStatement>> prepare(sqlite3 *db, const QString &sql);

    // Parameters count from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Empty (or null) bytes are bound as '' (text columns want '' for "nothing").
    void bindText(int index, QByteArrayView utf8);

    // Runs a statement that returns no rows; bindings are cleared after.
    Result<void> run();
    // Steps a query: true with a row to read, false when done (then reset).
    Result<bool> next();
    qint64 columnInt64(int column) const;
    bool columnIsNull(int column) const;
    // The text of a column as SQLite holds it, valid until the next step.
    QByteArrayView columnText(int column) const;
    // Ends a query before its last row, so that it holds no read lock.
    void reset();

    qint64 lastInsertId() const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Error error() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

} // namespace veille
