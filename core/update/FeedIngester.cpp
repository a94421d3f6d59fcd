#include "update/FeedIngester.h"

#include <QSet>

#include "parse/FeedParser.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/FeedStore.h"
#include "update/ArticleBuilder.h"
#include "update/FeedItemWriter.h"
#include "update/ItemFingerprint.h"
#include "update/Retention.h"

namespace veille {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

Result<RefreshReport> FeedIngester::storeRefresh(FeedId id, const FetchResult &fetched)
{
    FeedStore feeds(m_db);
    VEILLE_TRY_ASSIGN(const std::optional<Feed> row, feeds.feed(id));
    if (!row)
        return makeError(ErrorCode::FeedNotFound, id);
    const Feed &feed = *row;

    auto failed = [&](const Error &error) -> Result<RefreshReport> {
        // Recorded outside the failed transaction; if even that fails, the first error
        // is still the one worth showing.
        (void)feeds.recordError(id, error);
        return error;
    };
    if (!fetched.ok())
        return failed(fetched.error);

    RefreshReport report;
    report.feedId = id;
    report.title = feed.title;
    // The same bytes as the refresh that last stored the feed whole, from a server that
    // ignores conditional GET: nothing to parse (FeedStore::knownDocument). A full-text
    // feed is read anyway: a summary whose page could not be fetched is tried again at
    // each refresh.
    const QString digest = fetched.notModified || feed.fullText ? QString() : ItemFingerprint::ofDocument(fetched.body);
    bool sameDocument = false;
    if (!digest.isEmpty()) {
        auto known = feeds.knownDocument(feed.url, digest);
        if (!known)
            return failed(known.error());
        sameDocument = known->has_value();
    }
    if (fetched.notModified || sameDocument) {
        report.notModified = true;
        auto recorded = m_db.transaction([&]() -> Result<void> {
            VEILLE_TRY(moveFeed(id, fetched.movedTo, &report.warnings));
            // Articles still age out while their feed stays the same.
            VEILLE_TRY_ASSIGN(const auto removed, Retention::apply(m_db, id, QDateTime::currentDateTimeUtc()));
            report.removed = int(removed.size());
            return feeds.recordFetch(id, fetched.etag, fetched.lastModified);
        });
        if (!recorded)
            return failed(recorded.error());
        return report;
    }

    auto parsed = FeedParser::parse(fetched.body, fetched.finalUrl, fetched.charset);
    if (!parsed)
        return failed(parsed.error());

    auto stored = m_db.transaction([&] { return storeParsed(feed, *parsed, fetched, digest); });
    if (!stored)
        return failed(stored.error());
    return stored;
}

Result<RefreshReport> FeedIngester::storeSubscription(const QUrl &address, const FetchResult &fetched)
{
    if (!fetched.ok())
        return fetched.error;
    VEILLE_TRY_ASSIGN(const ParsedFeed parsed, FeedParser::parse(fetched.body, fetched.finalUrl, fetched.charset));
    const QString url = (fetched.movedTo.isValid() ? fetched.movedTo : address).toString();

    return m_db.transaction([&]() -> Result<RefreshReport> {
        FeedStore feeds(m_db);
        VEILLE_TRY_ASSIGN(const FeedId id, feeds.ensure(url, parsed.title.simplified(), parsed.siteUrl));
        VEILLE_TRY_ASSIGN(const std::optional<Feed> row, feeds.feed(id));
        if (!row)
            return makeError(ErrorCode::DatabaseError, url);
        FetchResult asStored = fetched;
        asStored.movedTo = QUrl(); // already the stored address
        return storeParsed(*row, parsed, asStored, ItemFingerprint::ofDocument(fetched.body));
    });
}

Result<RefreshReport> FeedIngester::storeParsed(const Feed &feed, const ParsedFeed &parsed, const FetchResult &fetched,
                                                const QString &digest)
{
    FeedStore feeds(m_db);
    ArticleStore articles(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUrl base = fetched.finalUrl;

    RefreshReport report;
    report.feedId = feed.id;
    report.title = feed.title.isEmpty() ? parsed.title.simplified() : feed.title;

    VEILLE_TRY_ASSIGN(const RetentionPolicy policy, feeds.retention(feed.id));
    VEILLE_TRY_ASSIGN(const auto retired, feeds.retiredIdentities(feed.id));
    const QDateTime cutoff = policy.maxAgeDays > 0 ? now.addDays(-policy.maxAgeDays) : QDateTime();

    // Which items are stored: not those retention removed, not new ones already too old
    // to keep, and not those whose page was fetched for a summary the feed has not
    // changed since (the page's text stays). Each item is built once, here; an item
    // stored from the same fields before (its fingerprint, as an import compares it) is
    // not built at all. A full-text feed's items are all built: their summaries are
    // compared with what the page replaced.
    QList<Article> kept;
    QStringList keptFingerprints;
    QSet<QString> listed;
    for (const ParsedItem &item : parsed.items) {
        QString fingerprint;
        if (!feed.fullText) {
            fingerprint = ItemFingerprint::of(item, parsed, base);
            const QString identity = ItemFingerprint::identity(item);
            if (!identity.isEmpty()) {
                VEILLE_TRY_ASSIGN(const QString stored, articles.sourceHash(identity));
                if (stored == fingerprint) {
                    listed.insert(identity);
                    continue;
                }
            }
        }
        const Article built = ArticleBuilder::fromFeedItem(item, parsed, base);
        const QString &identity = built.identity;
        listed.insert(identity);
        if (retired.contains(identity))
            continue;
        VEILLE_TRY_ASSIGN(const auto existing, articles.idForIdentity(identity));
        if (!existing) {
            const QDateTime date = item.published.isValid() ? item.published : item.updated;
            if (cutoff.isValid() && date.isValid() && date < cutoff)
                continue;
        } else {
            VEILLE_TRY_ASSIGN(const auto pageHash, feeds.fullTextFeedHash(*existing));
            if (pageHash) {
                if (ArticleStore::sameContent(built, *pageHash, ArticleStore::contentHash(built)))
                    continue;
                // The feed changed the item: its new version replaces the page's text,
                // and the page is fetched again.
                VEILLE_TRY(feeds.clearFullText(*existing));
            }
        }
        kept << built;
        keptFingerprints << fingerprint;
    }

    ImportReport imported;
    VEILLE_TRY(FeedItemWriter(m_db, m_facts).writeArticles(kept, feed.id, &imported, keptFingerprints));
    report.added = imported.added;
    report.updated = imported.updated;
    report.warnings = parsed.warnings + imported.warnings;

    VEILLE_TRY(feeds.fillIn(feed.id, parsed.title.simplified(), parsed.siteUrl));
    // Under the address it was fetched at: a feed that moves is read whole once more.
    // A document with faults is read again, so that its warnings are given again.
    if (!digest.isEmpty() && !feed.fullText && report.warnings.isEmpty())
        VEILLE_TRY(feeds.rememberDocument(feed.url, digest, {feed.id, int(parsed.items.size())}));
    VEILLE_TRY(moveFeed(feed.id, fetched.movedTo, &report.warnings));

    VEILLE_TRY_ASSIGN(const auto removed, Retention::apply(m_db, feed.id, policy, now));
    report.removed = int(removed.size());
    const QSet<ArticleId> gone(removed.begin(), removed.end());
    report.added.removeIf([&](const ImportedArticle &a) { return gone.contains(a.id); });
    VEILLE_TRY(feeds.forgetRetired(feed.id, listed));
    VEILLE_TRY(feeds.recordFetch(feed.id, fetched.etag, fetched.lastModified));

    // Every summary-only item still here has no page yet: new ones, changed ones, and
    // those listed before full text was turned on for the feed.
    if (feed.fullText) {
        for (const Article &built : kept) {
            if (!isWebUrl(QUrl(built.url)))
                continue;
            if (built.text.size() >= kSummaryChars)
                continue;
            auto id = articles.idForIdentity(built.identity);
            if (!id)
                return id.error();
            if (id->has_value() && !gone.contains(**id))
                report.fullText.append({**id, QUrl(built.url), ArticleStore::contentHash(built)});
        }
    }
    return report;
}

Result<void> FeedIngester::moveFeed(FeedId id, const QUrl &movedTo, QList<Error> *warnings)
{
    if (!movedTo.isValid())
        return {};
    FeedStore feeds(m_db);
    const QString url = movedTo.toString();
    VEILLE_TRY_ASSIGN(const auto owner, feeds.idForUrl(url));
    if (owner) {
        if (*owner != id)
            warnings->append(makeError(ErrorCode::FeedMovedToKnownAddress, url));
        return {};
    }
    return feeds.setUrl(id, url);
}

} // namespace veille
