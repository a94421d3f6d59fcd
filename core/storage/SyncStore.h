#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "model/Article.h"
#include "model/Result.h"
#include "sync/Account.h"

namespace veille {

class Database;

// A stored article of an account, with the server's id and flags as Veille last knew
// them, and its flags in the library now.
struct RemoteLink {
    ArticleId articleId = 0;
    qint64 remoteId = 0;
    ArticleState known; // the server's flags at the last sync
    ArticleState local;
};

// A read or favourite change made in Veille and not yet confirmed by the server.
struct QueuedChange {
    ArticleId articleId = 0;
    qint64 remoteId = 0;
    enum class Field { Read, Favourite } field = Field::Read;
    bool value = false;
};

// What ties an account's feeds and articles to the server's (schema 11): which local feed
// is which server feed, which article which server article, and the queue of changes to
// push. The sync (core/sync/Synchronizer) is its one user.
class SyncStore {
public:
    explicit SyncStore(Database &db) : m_db(db) {}

    // The account's feeds, by server id.
    Result<QHash<QString, FeedId>> feeds(AccountId account);
    // The feed for a server feed, created when new; its title and folder follow the
    // server's. `serverUrl` is kept only when it is a web address. `changed` is set when
    // something was created or changed.
    Result<FeedId> ensureFeed(AccountId account, const QString &remoteId, const QString &title,
                              const QString &serverUrl, const QString &folder, bool *changed = nullptr);
    // Removes a feed the server no longer lists; its favourites stay as imported articles.
    Result<void> dropFeed(FeedId feed);

    // Ties a stored article to its server article, with the server's flags and the date
    // stamp of the version stored (schema 14); an article already tied keeps its tie and
    // its known flags, and takes the new stamp.
    Result<void> link(AccountId account, ArticleId article, qint64 remoteId, const ArticleState &server,
                      qint64 updated = 0);
    // The stamp of the stored version of each of the account's articles, by server id
    // (0: not known yet).
    Result<QHash<qint64, qint64>> stamps(AccountId account);
    // Records the stamp of an article stored before stamps were kept.
    Result<void> setStamp(AccountId account, qint64 remoteId, qint64 updated);
    Result<QList<RemoteLink>> links(AccountId account);
    Result<QList<QueuedChange>> queue(AccountId account);
    // The server confirmed the change: out of the queue, unless a newer change of the
    // same flag to the other value came meanwhile; the server's flag is now `value`.
    Result<void> confirm(const QueuedChange &change);
    // Drops a queued change the server's flag won over (starred wins over unstarred).
    Result<void> dropQueued(ArticleId article, QueuedChange::Field field);
    // Sets the article's flags to the server's, without queueing them back.
    Result<void> applyServer(ArticleId article, const ArticleState &server);

    // Removes these feeds and their articles, favourites kept as imported articles.
    // Returns how many favourites were kept.
    Result<int> removeFeeds(const QList<FeedId> &feeds);

private:
    Database &m_db;
};

} // namespace veille
