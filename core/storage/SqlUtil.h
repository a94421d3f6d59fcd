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
        return makeError(describe(q.lastError()));
    }
    static Result<void> exec(QSqlQuery &q, const QString &sql)
    {
        if (q.exec(sql))
            return {};
        return makeError(describe(q.lastError()));
    }

    // Qt binds a null QString as SQL NULL; text columns want '' for "nothing".
    static QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

private:
    static QString describe(const QSqlError &e)
    {
        const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive) || text.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
            return QStringLiteral("the library is read-only: %1").arg(text);
        if (text.contains(QLatin1String("disk is full"), Qt::CaseInsensitive) || text.contains(QLatin1String("database or disk is full")))
            return QStringLiteral("the disk is full: nothing was saved");
        if (text.contains(QLatin1String("malformed"), Qt::CaseInsensitive) || text.contains(QLatin1String("not a database")))
            return QStringLiteral("the library file is damaged: %1").arg(text);
        return QStringLiteral("database error: %1").arg(text);
    }
};

} // namespace veille
