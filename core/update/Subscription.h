#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

#include "fetch/FetchResult.h"
#include "update/FeedIngester.h"

namespace veille {

class FactsEngine;
class Fetcher;
class Library;

// One FeedUpdater::subscribe() call. The address is fetched; when it is a feed, that is
// the subscription; when it is a web page, the feeds the page declares are tried in
// order, then the usual paths on its host, and the first that is a feed wins. The
// first fetch is stored as the feed's first refresh.
//
// Owned by the FeedUpdater, whose destructor drops or waits for the library writer's
// jobs it owns (`owner`) before its children go, so a storage job never outlives the
// Subscription it reports to.
class Subscription : public QObject {
    Q_OBJECT
public:
    // How many discovered addresses are tried at most before giving up.
    static constexpr int kMaxCandidates = 8;

    Subscription(const QUrl &url, Fetcher &fetcher, Library &library, const void *owner, QObject *parent = nullptr);
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
    Library &m_library;
    const void *m_owner;
    QStringList m_candidates;
    int m_tried = 0;
    bool m_discovering = false;
    Error m_lastError;
};

} // namespace veille
