#pragma once

#include <QList>
#include <optional>

#include "model/Feed.h"
#include "model/Result.h"

namespace veille {

class Database;

class FeedStore {
public:
    explicit FeedStore(Database &db) : m_db(db) {}

    // The feed with this address, created when new; title and site are filled in when
    // they were empty or have changed.
    Result<FeedId> ensure(const QString &url, const QString &title, const QString &siteUrl);
    Result<QList<Feed>> feeds();   // with unread counts, by folder then title
    Result<std::optional<Feed>> feed(FeedId id);
    Result<void> setFolder(FeedId id, const QString &folder);
    Result<void> recordFetch(FeedId id, const QString &etag, const QString &lastModified, const QString &error);
    Result<void> setUrl(FeedId id, const QString &url);

private:
    Database &m_db;
};

} // namespace veille
