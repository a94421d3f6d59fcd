#include "storage/FeedStore.h"

#include <QDateTime>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "text/AddressPolicy.h"
#include "text/TitleText.h"
#include "text/TrackingFilter.h"

namespace veille {

namespace {

const QString kFeedColumns = QStringLiteral(
    "f.id, f.title, f.url, f.site_url, f.folder, f.last_error, f.etag, f.last_modified, f.last_fetched, "
    "f.update_interval, f.full_text, "
    "(SELECT count(*) FROM articles a JOIN article_states s ON s.article_id = a.id WHERE a.feed_id = f.id AND s.read = 0), "
    "f.account_id, f.remote_url, f.images, f.offline_images");

Feed feedFromRow(const QSqlQuery &q)
{
    Feed f;
    f.id = q.value(0).toLongLong();
    f.title = q.value(1).toString();
    f.url = q.value(2).toString();
    f.siteUrl = q.value(3).toString();
    f.folder = q.value(4).toString();
    f.lastError = Error::fromStored(q.value(5).toString());
    f.etag = q.value(6).toString();
    f.lastModified = q.value(7).toString();
    if (!q.value(8).isNull())
        f.lastFetched = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    f.updateIntervalMinutes = q.value(9).toInt();
    f.fullText = q.value(10).toBool();
    f.unread = q.value(11).toInt();
    f.account = q.value(12).toLongLong();
    f.serverUrl = q.value(13).toString();
    if (!q.value(14).isNull())
        f.images = q.value(14).toBool();
    f.offlineImages = q.value(15).toBool();
    return f;
}

} // namespace

Result<FeedId> FeedStore::ensure(const QString &url, const QString &givenTitle, const QString &givenSite)
{
    // A site that is not a web page ("javascript:", "file:") is no site at all.
    const QString siteUrl = TrackingFilter::withoutTrackingParameters(AddressPolicy::storable(givenSite));
    // A feed's title is text, like an article's (TitleText).
    const QString title = TitleText::plain(givenTitle);
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("INSERT INTO feeds (url, title, site_url, added) VALUES (?, ?, ?, ?) "
                                              "ON CONFLICT(url) DO UPDATE SET "
                                              "title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE feeds.title END, "
                                              "site_url = CASE WHEN excluded.site_url <> '' THEN excluded.site_url ELSE feeds.site_url END"),
                               {SqlUtil::text(url), SqlUtil::text(title), SqlUtil::text(siteUrl), QDateTime::currentMSecsSinceEpoch()}));
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT id FROM feeds WHERE url = ?"), {SqlUtil::text(url)}));
    if (!q.next())
        return makeError(ErrorCode::DatabaseError, url);
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
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT ") + kFeedColumns + QStringLiteral(" FROM feeds f WHERE f.id = ?"),
                               {id}));
    if (!q.next())
        return std::optional<Feed>();
    return std::optional<Feed>(feedFromRow(q));
}

Result<void> FeedStore::setFolder(FeedId id, const QString &folder)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET folder = ? WHERE id = ?"), {SqlUtil::text(folder), id});
}

Result<void> FeedStore::recordFetch(FeedId id, const QString &etag, const QString &lastModified)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET etag = ?, last_modified = ?, last_error = '', last_fetched = ? WHERE id = ?"),
                           {SqlUtil::text(etag), SqlUtil::text(lastModified), QDateTime::currentMSecsSinceEpoch(), id});
}

Result<void> FeedStore::setTitle(FeedId id, const QString &title)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET title = ? WHERE id = ?"), {SqlUtil::text(title.simplified()), id});
}

Result<void> FeedStore::setUrl(FeedId id, const QString &url)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET url = ? WHERE id = ?"), {SqlUtil::text(url), id});
}

Result<QList<FeedId>> FeedStore::webFeeds()
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("SELECT id FROM feeds WHERE url LIKE 'http://%' OR url LIKE 'https://%' "
                                                "ORDER BY folder COLLATE NOCASE, title COLLATE NOCASE, id")));
    QList<FeedId> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<FeedId>> FeedStore::dueFeeds(const QDateTime &now, int defaultIntervalMinutes)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT id FROM feeds WHERE (url LIKE 'http://%' OR url LIKE 'https://%') AND "
                                              "(last_fetched IS NULL OR "
                                              " last_fetched + (CASE WHEN update_interval > 0 THEN update_interval ELSE ? END) * 60000 <= ?) "
                                              "ORDER BY COALESCE(last_fetched, 0), id"),
                               {qMax(1, defaultIntervalMinutes), now.toMSecsSinceEpoch()}));
    QList<FeedId> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<std::optional<FeedId>> FeedStore::idForUrl(const QString &url)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT id FROM feeds WHERE url = ?"), {SqlUtil::text(url)}));
    if (q.next())
        return std::optional<FeedId>(q.value(0).toLongLong());
    return std::optional<FeedId>();
}

Result<void> FeedStore::recordError(FeedId id, const Error &error)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET last_error = ?, last_fetched = ? WHERE id = ?"),
                           {SqlUtil::text(error.toStored()), QDateTime::currentMSecsSinceEpoch(), id});
}

Result<void> FeedStore::fillIn(FeedId id, const QString &givenTitle, const QString &givenSite)
{
    const QString siteUrl = TrackingFilter::withoutTrackingParameters(AddressPolicy::storable(givenSite));
    const QString title = TitleText::plain(givenTitle);
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET title = CASE WHEN title = '' THEN ? ELSE title END, "
                                          "site_url = CASE WHEN ? <> '' THEN ? ELSE site_url END WHERE id = ?"),
                           {SqlUtil::text(title), SqlUtil::text(siteUrl), SqlUtil::text(siteUrl), id});
}

Result<void> FeedStore::setUpdateInterval(FeedId id, int minutes)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET update_interval = ? WHERE id = ?"), {qMax(0, minutes), id});
}

Result<void> FeedStore::setFullText(FeedId id, bool fullText)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET full_text = ? WHERE id = ?"), {fullText ? 1 : 0, id});
}

Result<void> FeedStore::setImages(FeedId id, std::optional<bool> images)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET images = ? WHERE id = ?"),
                           {images ? QVariant(*images ? 1 : 0) : QVariant(QMetaType::fromType<int>()), id});
}

Result<std::optional<bool>> FeedStore::images(FeedId id)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT images FROM feeds WHERE id = ?"), {id}));
    if (!q.next() || q.value(0).isNull())
        return std::optional<bool>();
    return std::optional<bool>(q.value(0).toBool());
}

Result<void> FeedStore::setOfflineImages(FeedId id, bool keep)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET offline_images = ? WHERE id = ?"), {keep ? 1 : 0, id});
}

Result<RetentionPolicy> FeedStore::retention(FeedId id)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT max_age_days, max_count FROM feeds WHERE id = ?"), {id}));
    if (!q.next())
        return makeError(ErrorCode::FeedNotFound, id);
    return RetentionPolicy{q.value(0).toInt(), q.value(1).toInt()};
}

Result<void> FeedStore::setRetention(FeedId id, const RetentionPolicy &policy)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE feeds SET max_age_days = ?, max_count = ? WHERE id = ?"),
                           {qMax(0, policy.maxAgeDays), qMax(0, policy.maxCount), id});
}

Result<QList<ArticleId>> FeedStore::expiredArticles(FeedId id, const RetentionPolicy &policy, const QDateTime &now)
{
    QList<ArticleId> out;
    QSet<ArticleId> seen;
    auto collect = [&](QSqlQuery &q) {
        while (q.next()) {
            const ArticleId a = q.value(0).toLongLong();
            if (!seen.contains(a)) {
                seen.insert(a);
                out << a;
            }
        }
    };
    QSqlQuery q(m_db.connection());
    if (policy.maxAgeDays > 0) {
        VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT a.id FROM articles a JOIN article_states s ON s.article_id = a.id "
                                                  "WHERE a.feed_id = ? AND s.favourite = 0 AND COALESCE(a.published, a.added) < ?"),
                                   {id, now.addDays(-policy.maxAgeDays).toMSecsSinceEpoch()}));
        collect(q);
    }
    if (policy.maxCount > 0) {
        VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT a.id FROM articles a JOIN article_states s ON s.article_id = a.id "
                                                  "WHERE a.feed_id = ? AND s.favourite = 0 "
                                                  "ORDER BY a.sort_time DESC, a.id DESC LIMIT -1 OFFSET ?"),
                                   {id, policy.maxCount}));
        collect(q);
    }
    return out;
}

Result<void> FeedStore::retire(FeedId id, const QList<ArticleId> &articles)
{
    VEILLE_TRY(m_db.flushIndex());   // the delete trigger takes them out of the index
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery remember(m_db.connection());
    remember.prepare(QStringLiteral("INSERT OR IGNORE INTO retired_articles (feed_id, identity, retired) "
                                    "SELECT ?, identity, ? FROM articles WHERE id = ?"));
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    for (ArticleId a : articles) {
        remember.addBindValue(id);
        remember.addBindValue(now);
        remember.addBindValue(a);
        VEILLE_TRY(SqlUtil::exec(remember));
        remove.addBindValue(a);
        VEILLE_TRY(SqlUtil::exec(remove));
    }
    return {};
}

Result<QSet<QString>> FeedStore::retiredIdentities(FeedId id)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT identity FROM retired_articles WHERE feed_id = ?"), {id}));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<void> FeedStore::forgetRetired(FeedId id, const QSet<QString> &stillListed)
{
    VEILLE_TRY_ASSIGN(const QSet<QString> retired, retiredIdentities(id));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM retired_articles WHERE feed_id = ? AND identity = ?"));
    for (const QString &identity : retired) {
        if (stillListed.contains(identity))
            continue;
        q.addBindValue(id);
        q.addBindValue(identity);
        VEILLE_TRY(SqlUtil::exec(q));
    }
    return {};
}

Result<std::optional<FeedStore::KnownDocument>> FeedStore::knownDocument(const QString &source, const QString &digest)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT feed_id, items FROM feed_documents WHERE source = ? AND digest = ?"),
                            {source, digest}));
    if (!q.next())
        return std::optional<KnownDocument>();
    return std::optional<KnownDocument>(KnownDocument{q.value(0).toLongLong(), q.value(1).toInt()});
}

Result<void> FeedStore::rememberDocument(const QString &source, const QString &digest, const KnownDocument &document)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q,
                        QStringLiteral("INSERT OR REPLACE INTO feed_documents (source, feed_id, digest, items) "
                                       "VALUES (?, ?, ?, ?)"),
                        {source, document.feed, digest, document.items});
}

Result<std::optional<QString>> FeedStore::fullTextFeedHash(ArticleId id)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT feed_hash FROM article_full_text WHERE article_id = ?"), {id}));
    if (q.next())
        return std::optional<QString>(q.value(0).toString());
    return std::optional<QString>();
}

Result<void> FeedStore::markFullText(ArticleId id, const QString &feedHash)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("INSERT INTO article_full_text (article_id, feed_hash, fetched) VALUES (?, ?, ?) "
                                          "ON CONFLICT(article_id) DO UPDATE SET feed_hash = excluded.feed_hash, fetched = excluded.fetched"),
                           {id, SqlUtil::text(feedHash), QDateTime::currentMSecsSinceEpoch()});
}

Result<void> FeedStore::clearFullText(ArticleId id)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("DELETE FROM article_full_text WHERE article_id = ?"), {id});
}

} // namespace veille
