#pragma once

#include <QList>
#include <QString>

#include "model/Article.h"
#include "model/CompanyProfile.h"
#include "model/Result.h"

namespace veille {

class Database;

// Followed companies and saved searches (table follows, schema 10): rows only, with the
// id of the newest article already announced for each. Counting their articles is
// CompanyBook's, which knows how a company or a search finds them.
class FollowStore {
public:
    struct Row {
        FollowedItem::Kind kind = FollowedItem::Kind::Company;
        QString name;              // company name or query, as given
        ArticleId announcedUpTo = 0; // articles with a larger id are not announced yet
    };

    explicit FollowStore(Database &db) : m_db(db) {}

    // In the order they were followed.
    Result<QList<Row>> all();
    Result<bool> isFollowed(FollowedItem::Kind kind, const QString &name);
    // Following again what is followed changes nothing. Articles up to the newest stored
    // now count as announced: following is not news.
    Result<void> follow(FollowedItem::Kind kind, const QString &name);
    // Returns false when it was not followed.
    Result<bool> unfollow(FollowedItem::Kind kind, const QString &name);
    // Renames a followed company (a user company renamed), keeping its place.
    Result<void> rename(FollowedItem::Kind kind, const QString &from, const QString &to);
    // Every followed item's announcedUpTo becomes `upTo` (never goes back).
    Result<void> markAllAnnounced(ArticleId upTo);
    Result<ArticleId> newestArticleId();

private:
    Database &m_db;
};

} // namespace veille
