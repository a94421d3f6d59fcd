#include "storage/ImageStore.h"

#include <QDateTime>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"

namespace veille {

Result<QList<ArticleId>> ImageStore::pending(int limit)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT a.id FROM articles a JOIN article_states s ON s.article_id = a.id "
                                              "LEFT JOIN feeds f ON f.id = a.feed_id "
                                              "WHERE (s.favourite = 1 OR f.offline_images = 1) AND instr(a.html, '<img') > 0 "
                                              "AND NOT EXISTS (SELECT 1 FROM article_images i WHERE i.article_id = a.id) "
                                              "ORDER BY s.favourite DESC, a.id DESC LIMIT ?"),
                               {limit}));
    QList<ArticleId> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QHash<QString, QByteArray>> ImageStore::images(ArticleId article)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT url, data FROM article_images WHERE article_id = ? AND length(data) > 0"),
                               {article}));
    QHash<QString, QByteArray> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toByteArray());
    return out;
}

Result<void> ImageStore::keep(ArticleId article, const QString &url, const QByteArray &data)
{
    QSqlQuery q(m_db.connection());
    // A null QByteArray binds as NULL; the column wants an empty blob for "failed".
    // Only for an article that still wants its pictures: one unstarred or deleted while its
    // pictures were being fetched gets none.
    return SqlUtil::run(q, QStringLiteral("INSERT OR REPLACE INTO article_images (article_id, url, data, fetched) "
                                          "SELECT a.id, ?, ?, ? FROM articles a JOIN article_states s ON s.article_id = a.id "
                                          "LEFT JOIN feeds f ON f.id = a.feed_id "
                                          "WHERE a.id = ? AND (s.favourite = 1 OR f.offline_images = 1)"),
                           {SqlUtil::text(url), data.isNull() ? QByteArray("") : data, QDateTime::currentMSecsSinceEpoch(),
                            article});
}

Result<void> ImageStore::markEmpty(ArticleId article)
{
    return keep(article, QString(), QByteArray());
}

Result<qint64> ImageStore::totalBytes()
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("SELECT coalesce(sum(length(data)), 0) FROM article_images")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> ImageStore::freeUnstarred(qint64 bytes)
{
    return m_db.transaction([&]() -> Result<qint64> {
        QSqlQuery q(m_db.connection());
        VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("SELECT i.article_id, i.url, length(i.data) FROM article_images i "
                                                   "JOIN article_states s ON s.article_id = i.article_id "
                                                   "WHERE s.favourite = 0 AND length(i.data) > 0 ORDER BY i.fetched, i.article_id")));
        QList<std::pair<ArticleId, QString>> victims;
        qint64 freed = 0;
        while (freed < bytes && q.next()) {
            victims.append({q.value(0).toLongLong(), q.value(1).toString()});
            freed += q.value(2).toLongLong();
        }
        q.finish();
        // Left as failed attempts: the article is not fetched again and again to be evicted.
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE article_images SET data = x'' WHERE article_id = ? AND url = ?"));
        for (const auto &[article, url] : victims) {
            update.addBindValue(article);
            update.addBindValue(url);
            VEILLE_TRY(SqlUtil::exec(update));
        }
        return freed;
    });
}

Result<void> ImageStore::remove(ArticleId article)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("DELETE FROM article_images WHERE article_id = ?"), {article});
}

} // namespace veille
