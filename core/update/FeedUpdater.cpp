#include "update/FeedUpdater.h"

#include "fetch/Fetcher.h"
#include "update/FullTextImporter.h"
#include "update/Library.h"
#include "update/Subscription.h"

namespace veille {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

FeedUpdater::FeedUpdater(Library &library, QObject *parent)
    : QObject(parent), m_library(library), m_fetcher(new Fetcher(this))
{
}

FeedUpdater::~FeedUpdater()
{
    // No more fetch callbacks; then the library's writer drops this object's queued jobs
    // and finishes the one running. Its results to this object are discarded with it.
    m_fetcher->abortAll();
    m_library.forget(this);
}

void FeedUpdater::setFetchLimits(const FetchLimits &limits)
{
    m_fetcher->setLimits(limits);
}

bool FeedUpdater::isBusy() const
{
    return m_running || m_subscriptions > 0;
}

void FeedUpdater::refreshAll()
{
    auto ids = m_library.feeds().webFeeds();
    enqueue(ids ? *ids : QList<FeedId>());
}

void FeedUpdater::refresh(FeedId id)
{
    enqueue({id});
}

void FeedUpdater::refreshDue()
{
    auto ids = dueFeeds();
    enqueue(ids ? *ids : QList<FeedId>());
}

Result<QList<FeedId>> FeedUpdater::dueFeeds(const QDateTime &now) const
{
    return m_library.feeds().dueFeeds(now, m_defaultIntervalMinutes);
}

void FeedUpdater::enqueue(const QList<FeedId> &ids)
{
    QList<FeedId> fresh;
    for (FeedId id : ids) {
        if (!m_queue.contains(id) && !m_active.contains(id) && !fresh.contains(id))
            fresh << id;
    }
    if (!m_running) {
        m_running = true;
        m_done = 0;
        m_total = int(fresh.size());
        emit started(m_total);
    } else if (!fresh.isEmpty()) {
        m_total += int(fresh.size());
        emit progress(m_done, m_total);
    }
    m_queue += fresh;
    // From the event loop: even a run with nothing to do finishes after the call returns.
    QMetaObject::invokeMethod(this, &FeedUpdater::pump, Qt::QueuedConnection);
}

void FeedUpdater::pump()
{
    while (m_active.size() < m_maxParallel && !m_queue.isEmpty())
        startFeed(m_queue.takeFirst());
    while (m_pagesActive < kParallelPages && !m_pages.isEmpty())
        startPage(m_pages.takeFirst());
    finishIfIdle();
}

void FeedUpdater::startFeed(FeedId id)
{
    m_active.insert(id);
    auto feed = m_library.feeds().feed(id);
    Error error;
    if (!feed)
        error = feed.error();
    else if (!feed->has_value())
        error = makeError(ErrorCode::FeedNotFound, id);
    else if (!isWebUrl(QUrl((*feed)->url)))
        error = makeError(ErrorCode::FeedIsFile, (*feed)->url);
    if (!error.isNone()) {
        QMetaObject::invokeMethod(this, [this, id, error] { onFeedStored(id, error); }, Qt::QueuedConnection);
        return;
    }
    const Feed &f = **feed;
    m_fetcher->get({QUrl(f.url), f.etag, f.lastModified}, [this, id](const FetchResult &r) { onFeedFetched(id, r); });
}

void FeedUpdater::onFeedFetched(FeedId id, const FetchResult &result)
{
    m_library.post([this, id, result](Library *writer, const Error &openError) {
        Result<RefreshReport> report = writer
            ? FeedIngester(writer->database(), writer->factsEngine()).storeRefresh(id, result)
            : Result<RefreshReport>(openError);
        QMetaObject::invokeMethod(this, [this, id, report] { onFeedStored(id, report); }, Qt::QueuedConnection);
    }, Lane::Normal, this);
}

void FeedUpdater::onFeedStored(FeedId id, const Result<RefreshReport> &report)
{
    m_active.remove(id);
    ++m_done;
    if (report) {
        m_pages += report->fullText.mid(0, kMaxPagesPerFeed);
        emit feedRefreshed(*report);
        emit feedFinished(id, Error());
    } else {
        emit feedFinished(id, report.error());
    }
    emit progress(m_done, m_total);
    pump();
}

void FeedUpdater::startPage(const FullTextCandidate &candidate)
{
    ++m_pagesActive;
    m_fetcher->get({candidate.page, {}, {}}, [this, candidate](const FetchResult &page) {
        m_library.post([this, candidate, page](Library *writer, const Error &openError) {
            Result<bool> stored = writer ? FullTextImporter(writer->database(), writer->factsEngine()).store(candidate, page)
                                         : Result<bool>(openError);
            QMetaObject::invokeMethod(this, [this, candidate, stored] { onPageStored(candidate, stored); }, Qt::QueuedConnection);
        }, Lane::Normal, this);
    });
}

void FeedUpdater::onPageStored(const FullTextCandidate &candidate, const Result<bool> &stored)
{
    --m_pagesActive;
    // A page that fails keeps the summary; the feed itself did not fail.
    if (stored && *stored)
        emit fullTextStored(candidate.article);
    pump();
}

void FeedUpdater::finishIfIdle()
{
    if (m_running && m_queue.isEmpty() && m_active.isEmpty() && m_pages.isEmpty() && m_pagesActive == 0) {
        m_running = false;
        emit finished();
    }
}

void FeedUpdater::subscribe(const QUrl &url)
{
    ++m_subscriptions;
    auto *subscription = new Subscription(url, *m_fetcher, m_library, this, this);
    connect(subscription, &Subscription::succeeded, this, [this, subscription, url](const RefreshReport &report) {
        --m_subscriptions;
        subscription->deleteLater();
        emit subscribed(report.feedId, report.title.isEmpty() ? url.toString() : report.title);
    });
    connect(subscription, &Subscription::failed, this, [this, subscription, url](const Error &error) {
        --m_subscriptions;
        subscription->deleteLater();
        emit subscribeFailed(url.toString(), error);
    });
    subscription->start();
}

} // namespace veille
