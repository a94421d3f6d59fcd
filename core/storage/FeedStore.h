#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <optional>

#include "model/Feed.h"
#include "model/Result.h"

namespace veille {

class Database;

// How long a feed's articles are kept. Favourites are always kept, whatever the policy.
struct RetentionPolicy {
    int maxAgeDays = 0; // 0: any age; else by publication date (the day it was added when undated)
    int maxCount = 0;   // 0: any number; else the newest N that are not favourites
    bool keepsEverything() const { return maxAgeDays <= 0 && maxCount <= 0; }
};

class FeedStore {
public:
    explicit FeedStore(Database &db) : m_db(db) {}

    // The feed with this address, created when new; title and site are filled in when
    // they were empty or have changed. A site that is not a web address is not kept.
    Result<FeedId> ensure(const QString &url, const QString &title, const QString &siteUrl);
    Result<QList<Feed>> feeds();   // with unread counts, by folder then title
    Result<std::optional<Feed>> feed(FeedId id);
    Result<void> setFolder(FeedId id, const QString &folder);
    // The name the user gave the feed, kept across refreshes.
    Result<void> setTitle(FeedId id, const QString &title);
    // A fetch that went well: the validators, the time, and no error any more.
    Result<void> recordFetch(FeedId id, const QString &etag, const QString &lastModified);
    Result<void> setUrl(FeedId id, const QString &url);

    // Keeping feeds up to date (core/update/FeedUpdater).

    // The feeds at web addresses (http, https): the ones a refresh fetches.
    Result<QList<FeedId>> webFeeds();
    // Web feeds never fetched, or fetched at least their interval ago (their own, else
    // `defaultIntervalMinutes`), the longest waiting first.
    Result<QList<FeedId>> dueFeeds(const QDateTime &now, int defaultIntervalMinutes);
    Result<std::optional<FeedId>> idForUrl(const QString &url);
    // A failed fetch: the error (its code and detail, Error::toStored, never a sentence:
    // the window words it in the user's language) and the time. The validators stay, so
    // nothing the failed answer carried can make the next fetch skip content that was
    // never stored.
    Result<void> recordError(FeedId id, const Error &error);
    // The title when the stored one is empty (a name the user or an OPML file gave
    // stays), the site link when the feed gives one that is a web address.
    Result<void> fillIn(FeedId id, const QString &title, const QString &siteUrl);
    Result<void> setUpdateInterval(FeedId id, int minutes);
    Result<void> setFullText(FeedId id, bool fullText);
    // Remote images while reading this feed: allowed, refused, or (none) the global setting.
    Result<void> setImages(FeedId id, std::optional<bool> images);
    // The feed's own rule for remote images (none: the global setting, or no such feed).
    Result<std::optional<bool>> images(FeedId id);
    // Whether every new article's pictures are kept offline, not only favourites'. Turned
    // off, the pictures of the feed's articles that are not favourites go (schema step 12).
    Result<void> setOfflineImages(FeedId id, bool keep);

    Result<RetentionPolicy> retention(FeedId id);
    Result<void> setRetention(FeedId id, const RetentionPolicy &policy);
    // The feed's articles past its policy at `now`; never a favourite.
    Result<QList<ArticleId>> expiredArticles(FeedId id, const RetentionPolicy &policy, const QDateTime &now);
    // Deletes these articles and remembers their identities under the feed, so that a
    // refresh does not bring them back while the feed still lists them.
    Result<void> retire(FeedId id, const QList<ArticleId> &articles);
    Result<QSet<QString>> retiredIdentities(FeedId id);
    // Forgets the retired identities the feed no longer lists: they cannot come back.
    Result<void> forgetRetired(FeedId id, const QSet<QString> &stillListed);

    // A feed document already stored whole: the feed it went to and how many items it held.
    struct KnownDocument {
        FeedId feed = 0;
        int items = 0;
    };
    // Whether `source` last gave a document with this digest (ItemFingerprint::ofDocument)
    // and every item of it is still stored as it was (schema step 16 forgets a feed's
    // documents when its articles change).
    Result<std::optional<KnownDocument>> knownDocument(const QString &source, const QString &digest);
    // Remembers the document `source` gave, once all its items are stored, in the same
    // transaction as the last of them.
    Result<void> rememberDocument(const QString &source, const QString &digest, const KnownDocument &document);

    // Articles whose body is their linked page, with the hash of the feed's own version.
    Result<std::optional<QString>> fullTextFeedHash(ArticleId id);
    Result<void> markFullText(ArticleId id, const QString &feedHash);
    Result<void> clearFullText(ArticleId id);

private:
    Database &m_db;
};

} // namespace veille
