#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

#include "fetch/FetchResult.h"
#include "update/FeedIngester.h"

namespace veille {

class FactsEngine;
class Fetcher;
class StorageThread;

// One FeedUpdater::subscribe() call. The address is fetched; when it is a feed, that is
// the subscription; when it is a web page, the feeds the page declares are tried in
// order, then the usual paths on its host, and the first that is a feed wins. The
// first fetch is stored as the feed's first refresh.
//
// Owned by the FeedUpdater, which destroys its StorageThread before its children, so a
// storage job never outlives the Subscription it reports to.
class Subscription : public QObject {
    Q_OBJECT
public:
    // How many discovered addresses are tried at most before giving up.
    static constexpr int kMaxCandidates = 8;

    Subscription(const QUrl &url, Fetcher &fetcher, StorageThread &storage, const FactsEngine &facts,
                 QObject *parent = nullptr);
    void start();

signals:
    void succeeded(const veille::RefreshReport &report);
    void failed(const veille::Error &error);

private:
    void onPageFetched(const FetchResult &result);
    void tryNextCandidate();
    void store(const QUrl &address, const FetchResult &result);

    QUrl m_url;
    Fetcher &m_fetcher;
    StorageThread &m_storage;
    const FactsEngine &m_facts;
    QStringList m_candidates;
    int m_tried = 0;
    bool m_discovering = false;
    Error m_lastError;
};

} // namespace veille
