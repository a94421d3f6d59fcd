#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "fetch/FetchResult.h"
#include "model/Feed.h"
#include "model/ParsedFeed.h"
#include "model/Result.h"
#include "update/Importer.h"

namespace veille {

class Database;
class FactsEngine;

// An item whose stored body is only the feed's summary: its page is worth fetching.
struct FullTextCandidate {
    ArticleId article = 0;
    QUrl page;
    QString feedHash; // content hash of the feed's version, remembered with the page's text
};

struct RefreshReport {
    FeedId feedId = 0;
    QString title;
    bool notModified = false;     // the server said so, or sent the bytes it sent last time
    QList<ImportedArticle> added; // new articles still there after retention
    int updated = 0;              // items whose content changed, updated in place
    int removed = 0;              // articles retention deleted
    QList<Error> warnings;        // what the parser could not read, and other remarks
    QList<FullTextCandidate> fullText;
};

// What a fetched feed changes in the library: parse, store the items, apply retention,
// record the fetch. One transaction per feed: a failure midway stores nothing of that
// feed, and the error is recorded on the feed. Runs where the connection lives (the
// storage thread); no network here.
class FeedIngester {
public:
    FeedIngester(Database &db, const FactsEngine &facts) : m_db(db), m_facts(facts) {}

    // The outcome of refreshing feed `id`. A failed fetch, a body that is not a feed or
    // a failed store is recorded as the feed's last error and returned as the error;
    // what was stored before stays, and so do the validators (the next fetch asks again
    // in full).
    Result<RefreshReport> storeRefresh(FeedId id, const FetchResult &fetched);

    // The first fetch of a subscription to `address`: creates (or finds) the feed and
    // stores its items. Nothing is created when the bytes are not a feed.
    Result<RefreshReport> storeSubscription(const QUrl &address, const FetchResult &fetched);

    // Below this many characters of plain text, an item is taken for a summary.
    static constexpr int kSummaryChars = 1200;

private:
    // `digest`: ItemFingerprint::ofDocument of the fetched bytes, remembered once stored.
    Result<RefreshReport> storeParsed(const Feed &feed, const ParsedFeed &parsed, const FetchResult &fetched,
                                      const QString &digest);
    Result<void> moveFeed(FeedId id, const QUrl &movedTo, QList<Error> *warnings);

    Database &m_db;
    const FactsEngine &m_facts;
};

} // namespace veille
