#include "storage/UserCompanyStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "facts/UserCompanyFinder.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "text/Fold.h"

namespace veille {

namespace {

QString aliasesJson(const QStringList &aliases)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(aliases)).toJson(QJsonDocument::Compact));
}

UserCompany fromRow(const QSqlQuery &q)
{
    UserCompany c;
    c.name = q.value(0).toString();
    for (const auto &v : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
        c.aliases << v.toString();
    c.caseSensitive = q.value(2).toBool();
    return c;
}

} // namespace

Result<QList<UserCompany>> UserCompanyStore::all()
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("SELECT name, aliases, case_sensitive FROM user_companies ORDER BY id")));
    QList<UserCompany> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<std::optional<UserCompany>> UserCompanyStore::find(const QString &name)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT name, aliases, case_sensitive FROM user_companies WHERE key = ?"),
                            {Fold::key(name)}));
    if (!q.next())
        return std::optional<UserCompany>();
    return std::optional<UserCompany>(fromRow(q));
}

Result<void> UserCompanyStore::insert(const UserCompany &c)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q,
                        QStringLiteral("INSERT INTO user_companies (name, key, aliases, case_sensitive, added) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {c.name, Fold::key(c.name), aliasesJson(c.aliases), c.caseSensitive ? 1 : 0,
                         QDateTime::currentMSecsSinceEpoch()});
}

Result<void> UserCompanyStore::replace(const QString &name, const UserCompany &c)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q,
                        QStringLiteral("UPDATE user_companies SET name = ?, key = ?, aliases = ?, case_sensitive = ? "
                                       "WHERE key = ?"),
                        {c.name, Fold::key(c.name), aliasesJson(c.aliases), c.caseSensitive ? 1 : 0, Fold::key(name)});
}

Result<bool> UserCompanyStore::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("DELETE FROM user_companies WHERE key = ?"), {Fold::key(name)}));
    return q.numRowsAffected() > 0;
}

Result<std::shared_ptr<const UserCompanyFinder>> UserCompanyStore::finder()
{
    VEILLE_TRY_ASSIGN(const QList<UserCompany> companies, all());
    return std::shared_ptr<const UserCompanyFinder>(std::make_shared<UserCompanyFinder>(companies));
}

} // namespace veille
