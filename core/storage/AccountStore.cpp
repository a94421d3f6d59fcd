#include "storage/AccountStore.h"

#include <QDateTime>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/SyncStore.h"

namespace veille {

namespace {

const QString kAccountColumns = QStringLiteral("id, type, url, user, since_id, last_sync, last_error");

Account accountFromRow(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.type = q.value(1).toString();
    a.url = q.value(2).toString();
    a.user = q.value(3).toString();
    a.sinceId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        a.lastSync = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    a.lastError = Error::fromStored(q.value(6).toString());
    return a;
}

} // namespace

Result<AccountId> AccountStore::add(const QString &type, const QString &url, const QString &user)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT 1 FROM accounts WHERE type = ? AND url = ? AND user = ?"), {type, url, user}));
    if (q.next())
        return makeError(ErrorCode::AccountExists, user + QLatin1Char('@') + url);
    q.finish();
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("INSERT INTO accounts (type, url, user, added) VALUES (?, ?, ?, ?)"),
                            {type, url, SqlUtil::text(user), QDateTime::currentMSecsSinceEpoch()}));
    return q.lastInsertId().toLongLong();
}

Result<QList<Account>> AccountStore::accounts()
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM accounts ORDER BY id")));
    QList<Account> out;
    while (q.next())
        out.append(accountFromRow(q));
    return out;
}

Result<std::optional<Account>> AccountStore::account(AccountId id)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM accounts WHERE id = ?"), {id}));
    if (!q.next())
        return std::optional<Account>();
    return std::optional<Account>(accountFromRow(q));
}

Result<void> AccountStore::recordSync(AccountId id, const Error &error)
{
    QSqlQuery q(m_db.connection());
    if (error.isNone())
        return SqlUtil::run(q, QStringLiteral("UPDATE accounts SET last_error = '', last_sync = ? WHERE id = ?"),
                            {QDateTime::currentMSecsSinceEpoch(), id});
    return SqlUtil::run(q, QStringLiteral("UPDATE accounts SET last_error = ? WHERE id = ?"), {error.toStored(), id});
}

Result<void> AccountStore::setSinceId(AccountId id, qint64 sinceId)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE accounts SET since_id = ? WHERE id = ?"), {sinceId, id});
}

Result<int> AccountStore::remove(AccountId id)
{
    return m_db.transaction([&]() -> Result<int> {
        VEILLE_TRY_ASSIGN(const auto found, account(id));
        if (!found)
            return makeError(ErrorCode::AccountNotFound, id);
        SyncStore sync(m_db);
        VEILLE_TRY_ASSIGN(const auto feeds, sync.feeds(id));
        VEILLE_TRY_ASSIGN(const int kept, sync.removeFeeds(feeds.values()));
        QSqlQuery q(m_db.connection());
        VEILLE_TRY(SqlUtil::run(q, QStringLiteral("DELETE FROM sync_queue WHERE article_id IN "
                                                  "(SELECT article_id FROM remote_articles WHERE account_id = ?)"), {id}));
        VEILLE_TRY(SqlUtil::run(q, QStringLiteral("DELETE FROM remote_articles WHERE account_id = ?"), {id}));
        VEILLE_TRY(SqlUtil::run(q, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id}));
        return kept;
    });
}

} // namespace veille
