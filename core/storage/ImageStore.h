#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include "model/Article.h"
#include "model/Result.h"

namespace veille {

class Database;

// The pictures kept in the library so that articles read complete offline (schema step
// 12, article_images): every favourite's, and every article's of a feed that keeps them
// all (feeds.offline_images). A picture goes with its article (retention, deletion), and
// with its star when the feed does not keep them all (triggers of step 12).
class ImageStore {
public:
    explicit ImageStore(Database &db) : m_db(db) {}

    // Articles whose pictures should be kept and have not been fetched yet (no row at all,
    // not even a failed attempt): favourites first, then the newest.
    Result<QList<ArticleId>> pending(int limit);
    // The pictures kept for the article, by the address its HTML names. Failed attempts
    // are not in it.
    Result<QHash<QString, QByteArray>> images(ArticleId article);
    // Keeps a picture, or with empty `data` records that it could not be fetched; nothing
    // when the article is gone or no longer wants its pictures kept.
    Result<void> keep(ArticleId article, const QString &url, const QByteArray &data);
    // Records that the article was looked at and has nothing to fetch.
    Result<void> markEmpty(ArticleId article);
    // The bytes every kept picture takes.
    Result<qint64> totalBytes();
    // Removes the pictures of articles that are not favourites, the longest kept first,
    // until at least `bytes` are freed or none is left; gives the bytes freed. Favourites'
    // pictures are never removed to make room.
    Result<qint64> freeUnstarred(qint64 bytes);
    Result<void> remove(ArticleId article);

private:
    Database &m_db;
};

} // namespace veille
