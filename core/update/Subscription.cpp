#include "update/Subscription.h"

#include "fetch/Fetcher.h"
#include "parse/FeedDiscovery.h"
#include "parse/FeedParser.h"
#include "update/StorageThread.h"

namespace veille {

Subscription::Subscription(const QUrl &url, Fetcher &fetcher, StorageThread &storage, const FactsEngine &facts,
                           QObject *parent)
    : QObject(parent), m_url(url), m_fetcher(fetcher), m_storage(storage), m_facts(facts)
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
    m_storage.post([this, result](Database *, const QString &) {
        const QStringList found = FeedDiscovery::candidates(result.body, result.finalUrl);
        QMetaObject::invokeMethod(this, [this, found] {
            m_candidates = found;
            m_lastError = QStringLiteral("%1 is not a feed and announces none").arg(m_url.toString());
            tryNextCandidate();
        }, Qt::QueuedConnection);
    });
}

void Subscription::tryNextCandidate()
{
    if (m_candidates.isEmpty() || m_tried >= kMaxCandidates) {
        emit failed(m_tried > 0 ? QStringLiteral("no feed found for %1 (%2 addresses tried; the last: %3)")
                                      .arg(m_url.toString()).arg(m_tried).arg(m_lastError)
                                : m_lastError);
        return;
    }
    const QUrl candidate(m_candidates.takeFirst());
    ++m_tried;
    m_fetcher.get({candidate, {}, {}}, [this, candidate](const FetchResult &r) {
        if (!r.ok()) {
            m_lastError = QStringLiteral("%1: %2").arg(candidate.toString(), r.error);
            tryNextCandidate();
        } else if (!FeedParser::looksLikeFeed(r.body)) {
            m_lastError = QStringLiteral("%1 is not a feed").arg(candidate.toString());
            tryNextCandidate();
        } else {
            store(candidate, r);
        }
    });
}

void Subscription::store(const QUrl &address, const FetchResult &result)
{
    const FactsEngine *facts = &m_facts;
    m_storage.post([this, address, result, facts](Database *db, const QString &openError) {
        Result<RefreshReport> report = db ? FeedIngester(*db, *facts).storeSubscription(address, result)
                                          : Result<RefreshReport>(makeError(openError));
        QMetaObject::invokeMethod(this, [this, address, report] {
            if (report) {
                emit succeeded(*report);
            } else if (m_discovering) {
                m_lastError = QStringLiteral("%1: %2").arg(address.toString(), report.errorMessage());
                tryNextCandidate();
            } else {
                emit failed(report.errorMessage());
            }
        }, Qt::QueuedConnection);
    });
}

} // namespace veille
