#include "storage/SyncStore.h"

#include <QDateTime>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"

namespace veille {

namespace {

bool isWebAddress(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString columnOf(QueuedChange::Field field)
{
    return field == QueuedChange::Field::Read ? QStringLiteral("read") : QStringLiteral("favourite");
}

} // namespace

Result<QHash<QString, FeedId>> SyncStore::feeds(AccountId account)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT remote_id, id FROM feeds WHERE account_id = ?"), {account}));
    QHash<QString, FeedId> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<FeedId> SyncStore::ensureFeed(AccountId account, const QString &remoteId, const QString &title,
                                     const QString &serverUrl, const QString &folder, bool *changed)
{
    // An address the server gives that is not http(s) is not kept as an address.
    const QString remoteUrl = isWebAddress(serverUrl) ? serverUrl : QString();
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT id, title, folder, remote_url FROM feeds WHERE account_id = ? AND remote_id = ?"),
                            {account, remoteId}));
    if (q.next()) {
        const FeedId id = q.value(0).toLongLong();
        if (q.value(1).toString() == title && q.value(2).toString() == folder && q.value(3).toString() == remoteUrl)
            return id;
        q.finish();
        VEILLE_TRY(SqlUtil::run(q, QStringLiteral("UPDATE feeds SET title = ?, folder = ?, remote_url = ? WHERE id = ?"),
                                {SqlUtil::text(title), SqlUtil::text(folder), SqlUtil::text(remoteUrl), id}));
        if (changed)
            *changed = true;
        return id;
    }
    // The feed's own address is a key of the account, not a web address: a refresh never
    // fetches it, the server does.
    const QString key = QStringLiteral("sync:%1:%2").arg(account).arg(remoteId);
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("INSERT INTO feeds (url, title, folder, added, account_id, remote_id, remote_url) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {key, SqlUtil::text(title), SqlUtil::text(folder), QDateTime::currentMSecsSinceEpoch(), account,
                             remoteId, SqlUtil::text(remoteUrl)}));
    if (changed)
        *changed = true;
    return q.lastInsertId().toLongLong();
}

Result<void> SyncStore::dropFeed(FeedId feed)
{
    VEILLE_TRY(removeFeeds({feed}));
    return {};
}

Result<int> SyncStore::removeFeeds(const QList<FeedId> &feeds)
{
    return m_db.transaction([&]() -> Result<int> {
        VEILLE_TRY(m_db.flushIndex()); // the delete trigger takes the articles out of the index
        int kept = 0;
        QSqlQuery q(m_db.connection());
        for (FeedId feed : feeds) {
            const QVariantList byFeed{feed};
            // Favourites stay, as articles of no feed: what an imported file gives. They
            // keep their server article (the server keeps starred articles too), so a
            // change of their flags still syncs; the rest go with their ties and queue.
            VEILLE_TRY(SqlUtil::run(q, QStringLiteral("UPDATE articles SET feed_id = NULL WHERE feed_id = ? AND id IN "
                                                      "(SELECT article_id FROM article_states WHERE favourite = 1)"), byFeed));
            kept += q.numRowsAffected();
            VEILLE_TRY(SqlUtil::run(q, QStringLiteral("DELETE FROM articles WHERE feed_id = ?"), byFeed));
            VEILLE_TRY(SqlUtil::run(q, QStringLiteral("DELETE FROM retired_articles WHERE feed_id = ?"), byFeed));
            VEILLE_TRY(SqlUtil::run(q, QStringLiteral("DELETE FROM feeds WHERE id = ?"), byFeed));
        }
        return kept;
    });
}

Result<void> SyncStore::link(AccountId account, ArticleId article, qint64 remoteId, const ArticleState &server,
                             qint64 updated)
{
    QSqlQuery *q = nullptr;
    VEILLE_TRY_ASSIGN(q, m_db.prepared(QStringLiteral("INSERT INTO remote_articles "
                                                      "(article_id, account_id, remote_id, read, favourite, updated) "
                                                      "VALUES (?, ?, ?, ?, ?, ?) "
                                                      "ON CONFLICT DO UPDATE SET updated = excluded.updated")));
    for (const QVariant &v : QVariantList{article, account, remoteId, server.read, server.favourite, updated})
        q->addBindValue(v);
    return SqlUtil::exec(*q);
}

Result<QHash<qint64, qint64>> SyncStore::stamps(AccountId account)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT remote_id, updated FROM remote_articles WHERE account_id = ?"), {account}));
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Result<void> SyncStore::setStamp(AccountId account, qint64 remoteId, qint64 updated)
{
    QSqlQuery *q = nullptr;
    VEILLE_TRY_ASSIGN(q, m_db.prepared(QStringLiteral("UPDATE remote_articles SET updated = ? WHERE account_id = ? AND remote_id = ?")));
    for (const QVariant &v : QVariantList{updated, account, remoteId})
        q->addBindValue(v);
    return SqlUtil::exec(*q);
}

Result<QList<RemoteLink>> SyncStore::links(AccountId account)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT r.article_id, r.remote_id, r.read, r.favourite, s.read, s.favourite "
                                              "FROM remote_articles r JOIN article_states s ON s.article_id = r.article_id "
                                              "WHERE r.account_id = ?"), {account}));
    QList<RemoteLink> out;
    while (q.next()) {
        RemoteLink link;
        link.articleId = q.value(0).toLongLong();
        link.remoteId = q.value(1).toLongLong();
        link.known = {q.value(3).toBool(), q.value(2).toBool()};
        link.local = {q.value(5).toBool(), q.value(4).toBool()};
        out.append(link);
    }
    return out;
}

Result<QList<QueuedChange>> SyncStore::queue(AccountId account)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT q.article_id, r.remote_id, q.field, q.value FROM sync_queue q "
                                              "JOIN remote_articles r ON r.article_id = q.article_id "
                                              "WHERE r.account_id = ? ORDER BY q.changed, q.article_id"), {account}));
    QList<QueuedChange> out;
    while (q.next()) {
        QueuedChange c;
        c.articleId = q.value(0).toLongLong();
        c.remoteId = q.value(1).toLongLong();
        c.field = q.value(2).toString() == QLatin1String("read") ? QueuedChange::Field::Read : QueuedChange::Field::Favourite;
        c.value = q.value(3).toBool();
        out.append(c);
    }
    return out;
}

Result<void> SyncStore::confirm(const QueuedChange &change)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        const QString column = columnOf(change.field);
        VEILLE_TRY(SqlUtil::run(q, QStringLiteral("DELETE FROM sync_queue WHERE article_id = ? AND field = ? AND value = ?"),
                                {change.articleId, column, change.value}));
        return SqlUtil::run(q, QStringLiteral("UPDATE remote_articles SET %1 = ? WHERE article_id = ?").arg(column),
                            {change.value, change.articleId});
    });
}

Result<void> SyncStore::dropQueued(ArticleId article, QueuedChange::Field field)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("DELETE FROM sync_queue WHERE article_id = ? AND field = ?"), {article, columnOf(field)});
}

Result<void> SyncStore::applyServer(ArticleId article, const ArticleState &server)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        // The queue's triggers stand aside while sync_applying has its row.
        VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("INSERT INTO sync_applying (id) VALUES (1)")));
        VEILLE_TRY(SqlUtil::run(q, QStringLiteral("UPDATE article_states SET read = ?, favourite = ? WHERE article_id = ?"),
                                {server.read, server.favourite, article}));
        VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("DELETE FROM sync_applying")));
        return SqlUtil::run(q, QStringLiteral("UPDATE remote_articles SET read = ?, favourite = ? WHERE article_id = ?"),
                            {server.read, server.favourite, article});
    });
}

} // namespace veille
