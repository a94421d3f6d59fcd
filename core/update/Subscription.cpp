#include "update/Subscription.h"

#include "fetch/Fetcher.h"
#include "parse/FeedDiscovery.h"
#include "parse/FeedParser.h"
#include "update/Library.h"

namespace veille {

Subscription::Subscription(const QUrl &url, Fetcher &fetcher, Library &library, const void *owner, QObject *parent)
    : QObject(parent), m_url(url), m_fetcher(fetcher), m_library(library), m_owner(owner)
{
}

void Subscription::start()
{
    m_fetcher.get({m_url, {}, {}}, [this](const FetchResult &r) { onPageFetched(r); });
}

void Subscription::onPageFetched(const FetchResult &result)
{
    if (!result.ok()) {
        emit failed(result.error);
        return;
    }
    if (FeedParser::looksLikeFeed(result.body)) {
        store(m_url, result);
        return;
    }
    // A web page: which feeds does it offer? Read in the storage thread, like any
    // parsing, so that a large page does not hold up the window.
    m_discovering = true;
    m_library.post([this, result](Library *, const Error &) {
        const QStringList found = FeedDiscovery::candidates(result.body, result.finalUrl);
        QMetaObject::invokeMethod(this, [this, found] {
            m_candidates = found;
            m_lastError = makeError(ErrorCode::NoFeedFound).about(m_url.toString());
            tryNextCandidate();
        }, Qt::QueuedConnection);
    }, Lane::Normal, m_owner);
}

void Subscription::tryNextCandidate()
{
    if (m_candidates.isEmpty() || m_tried >= kMaxCandidates) {
        emit failed(m_tried > 0 ? makeError(ErrorCode::NoFeedFound, m_tried).about(m_url.toString()) : m_lastError);
        return;
    }
    const QUrl candidate(m_candidates.takeFirst());
    ++m_tried;
    m_fetcher.get({candidate, {}, {}}, [this, candidate](const FetchResult &r) {
        if (!r.ok()) {
            m_lastError = r.error.about(candidate.toString());
            tryNextCandidate();
        } else if (!FeedParser::looksLikeFeed(r.body)) {
            m_lastError = makeError(ErrorCode::NotAFeed).about(candidate.toString());
            tryNextCandidate();
        } else {
            store(candidate, r);
        }
    });
}

void Subscription::store(const QUrl &address, const FetchResult &result)
{
    m_library.post([this, address, result](Library *writer, const Error &openError) {
        Result<RefreshReport> report = writer
            ? FeedIngester(writer->database(), writer->factsEngine()).storeSubscription(address, result)
            : Result<RefreshReport>(openError);
        QMetaObject::invokeMethod(this, [this, address, report] {
            if (report) {
                emit succeeded(*report);
            } else if (m_discovering) {
                m_lastError = report.error().about(address.toString());
                tryNextCandidate();
            } else {
                emit failed(report.error());
            }
        }, Qt::QueuedConnection);
    }, Lane::Normal, m_owner);
}

} // namespace veille
