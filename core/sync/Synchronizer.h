#pragma once

#include <QHash>
#include <QSet>

#include "model/Result.h"
#include "storage/SyncStore.h"
#include "update/Library.h"
#include "sync/Account.h"

namespace veille {

class Library;
class SyncClient;
struct RemoteArticle;
struct RemoteFeed;

// What one account's sync did.
struct SyncReport {
    AccountId account = 0;
    int feeds = 0;        // the server's feeds
    int newArticles = 0;  // stored for the first time
    int pushed = 0;       // Veille's changes the server confirmed
    int pulled = 0;       // the server's changes applied in Veille
    int changed = 0;      // articles the server changed, stored again
    Error error;          // None when it went through
};

// One sync of one account, through any protocol's SyncClient:
//   1. the server's categories become folders, its feeds Veille feeds of the account
//      (feeds it no longer lists go, favourites kept);
//   2. articles newer than the last one stored are stored through the one storing path
//      (FeedItemWriter: key facts, full-text and company index), page after page, then
//      any unread or starred article still missing, by id; articles the server changed
//      (their date stamp moved) are fetched again and replace the stored version;
//   3. the queue of changes made in Veille is pushed, row by row as the server confirms;
//   4. the server's read and starred flags are applied to the rest.
// Conflicts: starred wins over unstarred; for read, the change still queued in Veille is
// the latest one known and wins. Any failure stops the sync where it is: what was stored
// stays, the queue keeps what the server did not confirm, the next sync goes on.
class Synchronizer {
public:
    Synchronizer(Library &library, SyncClient &client) : m_library(library), m_client(client), m_store(library.database()) {}

    SyncReport sync(const Account &account);

private:
    Result<void> syncFeeds(const Account &account, SyncReport &report);
    Result<void> fetchNew(const Account &account, SyncReport &report);
    // Articles stored before whose server stamp moved since (`from`: the newest stamp
    // stored before this sync): fetched again and stored over their older version.
    Result<void> fetchChanged(const Account &account, qint64 from, SyncReport &report);
    // Unread or starred articles the paging did not bring (tt-rss pages by date, and
    // articles of the same date may fall between two pages): asked for by id.
    Result<void> fetchMissing(const Account &account, const QSet<qint64> &wanted, SyncReport &report);
    Result<void> storePage(const Account &account, const QList<RemoteArticle> &articles, SyncReport &report);
    // Updates `unread` and `starred` with what the server confirmed.
    Result<void> pushQueue(const Account &account, QSet<qint64> &unread, QSet<qint64> &starred, SyncReport &report);
    Result<void> pullFlags(const Account &account, const QSet<qint64> &unread, const QSet<qint64> &starred,
                           SyncReport &report);

    Library &m_library;
    SyncClient &m_client;
    SyncStore m_store;
    QHash<QString, FeedId> m_feeds;     // server feed id -> Veille feed
    QHash<QString, QString> m_feedUrls; // server feed id -> its address on the server
};

} // namespace veille
