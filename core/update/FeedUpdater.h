#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

#include "fetch/FetchResult.h"
#include "model/Feed.h"
#include "model/Result.h"
#include "update/FeedIngester.h"

namespace veille {

class Fetcher;
class Library;

// Keeps feeds up to date: fetches them (a few at once), stores what changed, applies
// retention, fetches full text where the feed asks for it, and subscribes to new ones.
// Lives in the GUI thread and never blocks it: the network is asynchronous and parsing,
// key facts and storing run on the library's writer (Library::post), off the window's thread.
//
// A refresh run goes started(total) -> feedFinished and progress per feed -> finished().
// Asking for more feeds during a run adds them to it (total grows). Subscriptions report
// through subscribed / subscribeFailed only; isBusy() covers both.
class FeedUpdater : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultParallel = 4;
    static constexpr int kParallelPages = 2;      // full-text pages fetched at once
    static constexpr int kMaxPagesPerFeed = 20;   // full-text pages per feed and refresh
    static constexpr int kDefaultIntervalMinutes = 60;

    explicit FeedUpdater(Library &library, QObject *parent = nullptr);
    ~FeedUpdater() override;

    // Every feed at a web address.
    void refreshAll();
    void refresh(FeedId id);
    // The feeds whose update interval has passed: what the GUI's timer calls.
    void refreshDue();
    Result<QList<FeedId>> dueFeeds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Subscribes to a feed URL or a site URL (discovery via FeedDiscovery on the page's
    // HTML); on success emits subscribed(id) after the first refresh.
    void subscribe(const QUrl &url);
    bool isBusy() const;

    void setFetchLimits(const FetchLimits &limits);
    void setMaxParallel(int feeds) { m_maxParallel = qMax(1, feeds); }
    // The interval of feeds that have none of their own.
    void setDefaultIntervalMinutes(int minutes) { m_defaultIntervalMinutes = qMax(1, minutes); }
    int defaultIntervalMinutes() const { return m_defaultIntervalMinutes; }

signals:
    void started(int total);
    void progress(int done, int total);
    // Before feedFinished, for a feed that refreshed without error: what changed.
    void feedRefreshed(const veille::RefreshReport &report);
    // `error` is None when the feed refreshed.
    void feedFinished(veille::FeedId id, const veille::Error &error);
    // An article's summary was replaced by the text of its page.
    void fullTextStored(veille::ArticleId id);
    void subscribed(veille::FeedId id, const QString &title);
    void subscribeFailed(const QString &url, const veille::Error &error);
    void finished();

private:
    void enqueue(const QList<FeedId> &ids);
    void pump();
    void startFeed(FeedId id);
    void onFeedFetched(FeedId id, const FetchResult &result);
    void onFeedStored(FeedId id, const Result<RefreshReport> &report);
    void startPage(const FullTextCandidate &candidate);
    void onPageStored(const FullTextCandidate &candidate, const Result<bool> &stored);
    void finishIfIdle();

    Library &m_library;
    Fetcher *m_fetcher;
    int m_maxParallel = kDefaultParallel;
    int m_defaultIntervalMinutes = kDefaultIntervalMinutes;

    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
    QList<FeedId> m_queue;
    QSet<FeedId> m_active;     // fetching or being stored
    QList<FullTextCandidate> m_pages;
    int m_pagesActive = 0;
    int m_subscriptions = 0;
};

} // namespace veille
