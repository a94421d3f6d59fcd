#include "update/Retention.h"

#include "storage/Database.h"

namespace veille {

Result<QList<ArticleId>> Retention::apply(Database &db, FeedId id, const QDateTime &now)
{
    auto policy = FeedStore(db).retention(id);
    if (!policy)
        return policy.error();
    return apply(db, id, *policy, now);
}

Result<QList<ArticleId>> Retention::apply(Database &db, FeedId id, const RetentionPolicy &policy, const QDateTime &now)
{
    if (policy.keepsEverything())
        return QList<ArticleId>();
    QList<ArticleId> removed;
    VEILLE_TRY(db.transaction([&]() -> Result<void> {
        FeedStore feeds(db);
        auto expired = feeds.expiredArticles(id, policy, now);
        if (!expired)
            return expired.error();
        VEILLE_TRY(feeds.retire(id, *expired));
        removed = *expired;
        return {};
    }));
    return removed;
}

} // namespace veille
