#pragma once

#include <QSqlError>
#include <QSqlQuery>

#include "model/Result.h"

namespace veille {

// Every exec() goes through here so that no SQL error is ever dropped unread.
class SqlUtil {
public:
    static Result<void> exec(QSqlQuery &q)
    {
        if (q.exec())
            return {};
        return error(q.lastError());
    }
    static Result<void> exec(QSqlQuery &q, const QString &sql)
    {
        if (q.exec(sql))
            return {};
        return error(q.lastError());
    }

    // Prepares `sql`, binds `values` to its placeholders in order and runs it: the shape
    // of nearly every statement a store runs once.
    static Result<void> run(QSqlQuery &q, const QString &sql, const QVariantList &values)
    {
        if (!q.prepare(sql))
            return error(q.lastError());
        for (const QVariant &v : values)
            q.addBindValue(v);
        return exec(q);
    }

    // "?,?,?": one placeholder per value of an IN list.
    static QString placeholders(qsizetype n)
    {
        QStringList marks;
        for (qsizetype i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        return marks.join(QLatin1Char(','));
    }

    // Qt binds a null QString as SQL NULL; text columns want '' for "nothing".
    static QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

    // An SQL error as an Error, told by SQLite's result code (Qt gives it as text in
    // nativeErrorCode()), never by the words of its message, which change between
    // versions. The detail is SQLite's own text.
    static Error error(const QSqlError &e) { return Error{classify(e.nativeErrorCode()), sqliteText(e), QString()}; }
    static ErrorCode classify(const QString &nativeErrorCode);
    static QString sqliteText(const QSqlError &e) { return e.databaseText().isEmpty() ? e.text() : e.databaseText(); }
};

} // namespace veille
