#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include "model/Result.h"

namespace veille {

// What a sync server has, in the words every protocol can say: Tiny Tiny RSS's JSON API
// today, the Google Reader API (FreshRSS, Miniflux) as one more SyncClient. Article ids
// are the server's numbers; feed and category ids are kept as text since not every
// protocol numbers them.
struct RemoteCategory {
    QString id;
    QString title;
};

struct RemoteFeed {
    QString id;
    QString title;
    QString url;         // the feed's address as the server has it (may be anything)
    QString categoryId;  // "" or "0": no category
};

struct RemoteArticle {
    qint64 id = 0;
    QString feedId;      // "" for an article of no feed (tt-rss: archived)
    QString feedTitle;   // for a feed subscribed after the feeds were listed
    QString guid;        // the server's own identity of the item
    QString title;
    QString link;        // as the server gives it; checked before it is stored
    QString author;
    QDateTime published; // invalid when unknown
    qint64 updated = 0;  // the server's date stamp of this version (see RemoteStamp)
    QString html;
    bool read = false;
    bool starred = false;
};

// A page of new articles: the articles, and whether the server has more after them.
struct RemotePage {
    QList<RemoteArticle> articles;
    bool more = false;
};

// An article's id and the server's date stamp of its current version, without its
// content: a stamp that moved means the server stored a changed version of the article.
struct RemoteStamp {
    qint64 id = 0;
    qint64 updated = 0;
};

struct RemoteStampPage {
    QList<RemoteStamp> stamps;
    bool more = false;
};

// One account's server, asked one thing at a time. Calls block until the server answered
// (or the time ran out), so a sync runs on a thread of its own, never the window's. Every
// error is one Error: the network's, the HTTP status, a refused login, or an answer that
// is not what the protocol promises (SyncBadAnswer): such an answer is never half used.
class SyncClient {
public:
    virtual ~SyncClient() = default;

    // How long one call may take before it fails with NetworkTimeout.
    virtual void setTimeoutMs(int ms) = 0;

    virtual Result<void> login() = 0;
    virtual Result<void> logout() = 0;
    virtual Result<QList<RemoteCategory>> categories() = 0;
    virtual Result<QList<RemoteFeed>> feeds() = 0;
    // Articles newer than `sinceId`, with their content; `offset` pages through them.
    virtual Result<RemotePage> newArticles(qint64 sinceId, int offset) = 0;
    // One page of every article's stamp, the newest stamp first; `offset` pages on.
    virtual Result<RemoteStampPage> stamps(int offset) = 0;
    // These articles, with their content (those the server no longer has are left out).
    virtual Result<QList<RemoteArticle>> articles(const QList<qint64> &ids) = 0;
    // The ids of every unread, and every starred, article the server holds.
    virtual Result<QSet<qint64>> unreadIds() = 0;
    virtual Result<QSet<qint64>> starredIds() = 0;
    // Sets one flag on these articles; done only when the server confirmed it.
    virtual Result<void> setRead(const QList<qint64> &ids, bool read) = 0;
    virtual Result<void> setStarred(const QList<qint64> &ids, bool starred) = 0;
    // The new feed's id.
    virtual Result<QString> subscribe(const QString &feedUrl, const QString &categoryId) = 0;
    virtual Result<void> unsubscribe(const QString &feedId) = 0;
    // How many unread articles the server counts.
    virtual Result<int> unreadCount() = 0;
};

} // namespace veille
