#include "storage/FeedStore.h"

#include <QDateTime>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"

namespace veille {

namespace {

const QString kFeedColumns = QStringLiteral(
    "f.id, f.title, f.url, f.site_url, f.folder, f.last_error, f.etag, f.last_modified, f.last_fetched, "
    "f.update_interval, f.full_text, "
    "(SELECT count(*) FROM articles a JOIN article_states s ON s.article_id = a.id WHERE a.feed_id = f.id AND s.read = 0)");

Feed feedFromRow(const QSqlQuery &q)
{
    Feed f;
    f.id = q.value(0).toLongLong();
    f.title = q.value(1).toString();
    f.url = q.value(2).toString();
    f.siteUrl = q.value(3).toString();
    f.folder = q.value(4).toString();
    f.lastError = q.value(5).toString();
    f.etag = q.value(6).toString();
    f.lastModified = q.value(7).toString();
    if (!q.value(8).isNull())
        f.lastFetched = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    f.updateIntervalMinutes = q.value(9).toInt();
    f.fullText = q.value(10).toBool();
    f.unread = q.value(11).toInt();
    return f;
}

} // namespace

Result<FeedId> FeedStore::ensure(const QString &url, const QString &title, const QString &siteUrl)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO feeds (url, title, site_url, added) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(url) DO UPDATE SET "
                             "title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE feeds.title END, "
                             "site_url = CASE WHEN excluded.site_url <> '' THEN excluded.site_url ELSE feeds.site_url END"));
    q.addBindValue(SqlUtil::text(url));
    q.addBindValue(SqlUtil::text(title));
    q.addBindValue(SqlUtil::text(siteUrl));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    VEILLE_TRY(SqlUtil::exec(q));
    q.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?"));
    q.addBindValue(SqlUtil::text(url));
    VEILLE_TRY(SqlUtil::exec(q));
    if (!q.next())
        return makeError(QStringLiteral("the feed %1 could not be saved").arg(url));
    return q.value(0).toLongLong();
}

Result<QList<Feed>> FeedStore::feeds()
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("SELECT ") + kFeedColumns
                                  + QStringLiteral(" FROM feeds f ORDER BY f.folder COLLATE NOCASE, f.title COLLATE NOCASE")));
    QList<Feed> out;
    while (q.next())
        out.append(feedFromRow(q));
    return out;
}

Result<std::optional<Feed>> FeedStore::feed(FeedId id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kFeedColumns + QStringLiteral(" FROM feeds f WHERE f.id = ?"));
    q.addBindValue(id);
    VEILLE_TRY(SqlUtil::exec(q));
    if (!q.next())
        return std::optional<Feed>();
    return std::optional<Feed>(feedFromRow(q));
}

Result<void> FeedStore::setFolder(FeedId id, const QString &folder)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE feeds SET folder = ? WHERE id = ?"));
    q.addBindValue(SqlUtil::text(folder));
    q.addBindValue(id);
    return SqlUtil::exec(q);
}

Result<void> FeedStore::recordFetch(FeedId id, const QString &etag, const QString &lastModified, const QString &error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE feeds SET etag = ?, last_modified = ?, last_error = ?, last_fetched = ? WHERE id = ?"));
    q.addBindValue(SqlUtil::text(etag));
    q.addBindValue(SqlUtil::text(lastModified));
    q.addBindValue(SqlUtil::text(error));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    return SqlUtil::exec(q);
}

Result<void> FeedStore::setUrl(FeedId id, const QString &url)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE feeds SET url = ? WHERE id = ?"));
    q.addBindValue(SqlUtil::text(url));
    q.addBindValue(id);
    return SqlUtil::exec(q);
}

} // namespace veille
