#pragma once

#include <QDateTime>
#include <QList>

#include "model/Article.h"
#include "model/Result.h"
#include "storage/FeedStore.h"

namespace veille {

class Database;

// Per-feed retention: deletes the articles past the feed's maximum age or beyond its
// maximum count, never a favourite, and remembers what it deleted so that a refresh
// does not bring it back while the feed still lists it.
class Retention {
public:
    // With the feed's stored policy. Returns the ids deleted.
    static Result<QList<ArticleId>> apply(Database &db, FeedId id, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static Result<QList<ArticleId>> apply(Database &db, FeedId id, const RetentionPolicy &policy,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace veille
