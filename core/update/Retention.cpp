#include "update/Retention.h"

#include "storage/Database.h"

namespace veille {

Result<QList<ArticleId>> Retention::apply(Database &db, FeedId id, const QDateTime &now)
{
    VEILLE_TRY_ASSIGN(const RetentionPolicy policy, FeedStore(db).retention(id));
    return apply(db, id, policy, now);
}

Result<QList<ArticleId>> Retention::apply(Database &db, FeedId id, const RetentionPolicy &policy, const QDateTime &now)
{
    if (policy.keepsEverything())
        return QList<ArticleId>();
    return db.transaction([&]() -> Result<QList<ArticleId>> {
        FeedStore feeds(db);
        VEILLE_TRY_ASSIGN(const QList<ArticleId> expired, feeds.expiredArticles(id, policy, now));
        VEILLE_TRY(feeds.retire(id, expired));
        return expired;
    });
}

} // namespace veille
