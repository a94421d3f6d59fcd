#include "update/Importer.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <thread>

#include "facts/FactsEngine.h"
#include "facts/UserCompanyFinder.h"
#include "parse/FeedParser.h"
#include "parse/HtmlPageParser.h"
#include "parse/OpmlParser.h"
#include "parse/PlainTextParser.h"
#include "parse/TextDecoder.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/EntityStore.h"
#include "storage/FeedStore.h"
#include "storage/StoredFingerprints.h"
#include "storage/UserCompanyStore.h"
#include "text/AddressPolicy.h"
#include "update/ArticleBuilder.h"
#include "update/BoundedQueue.h"
#include "update/ItemFingerprint.h"

namespace veille {

namespace {

// Files read whole (pages, text, OPML, JSON Feed) are limited; RSS and Atom files are
// streamed, so their size only costs time.
constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;
// Enough to tell what a file is; FeedParser::looksLikeFeed looks no further.
constexpr qint64 kSniffBytes = 64 * 1024;
// Articles prepared ahead of storage: enough to keep the parsing thread busy while the
// storing thread ends a batch (the full-text index's batch and the commit, about 100 ms
// every 500 articles), few enough that memory stays under a quarter of newsboat's on
// short items too (tools/bench/run.sh). A prepared article holds its text twice (UTF-16
// and UTF-8) and its facts twice (KeyFacts and JSON): about 40 KB on tools/bench's feed,
// 21 KB on its short items. On 20,000 articles, medians of four runs: 160, 9.1 s and
// 55 MB (short items 48.2 MB, 0.237 of newsboat's); 256, 8.4 s and 59 MB (50 MB,
// 0.246); 320, 8.7 s and 62 MB (51.7 MB). The few per cent are not worth the margin.
constexpr size_t kPipelineDepth = 160;


// What importing a document already stored whole says: every item unchanged.
ImportReport unchangedDocument(const FeedStore::KnownDocument &known)
{
    ImportReport report;
    report.feeds << known.feed;
    report.unchanged = known.items;
    return report;
}

int itemsOf(const ImportReport &report)
{
    return int(report.added.size()) + report.updated + report.unchanged;
}

QString suffixOf(const QUrl &source)
{
    return QFileInfo(source.path()).suffix().toLower();
}

bool isFeedSuffix(const QString &suffix)
{
    static const QStringList feedSuffixes = {QStringLiteral("rss"), QStringLiteral("xml"), QStringLiteral("atom"),
                                             QStringLiteral("rdf"), QStringLiteral("json"), QStringLiteral("feed"),
                                             QStringLiteral("cdf")};
    return feedSuffixes.contains(suffix);
}

bool looksLikeOpml(const QByteArray &bytes)
{
    return bytes.left(2048).toLower().contains("<opml");
}

QString describe(const QUrl &source)
{
    return source.isLocalFile() ? source.toLocalFile() : source.toString();
}

// A saved copy of a feed belongs to the feed it announces, when it does.
QString feedAddress(const ParsedFeed &feed, const QUrl &source)
{
    const QUrl self(feed.feedUrl);
    return (self.scheme() == QLatin1String("http") || self.scheme() == QLatin1String("https")) ? feed.feedUrl
                                                                                                : source.toString();
}

bool looksLikeJson(const QByteArray &head)
{
    const QString text = TextDecoder::decode(head);
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xFEFF))
            continue;
        return c == u'{' || c == u'[';
    }
    return false;
}

} // namespace

// One article ready to store, made on the parsing thread.
struct Importer::PreparedArticle {
    Article article;
    FeedItemWriter::Prepared facts; // made on either thread: see storePipelined
    bool factsMade = false;
    std::optional<ParsedFeed> feedSoFar; // with the first article: the feed as known then
    bool unchanged = false; // stored already from the same item: nothing built, nothing to store
};

Result<Importer::Kind> Importer::sniff(const QByteArray &bytes, const QUrl &source)
{
    const QString suffix = suffixOf(source);
    if (bytes.trimmed().isEmpty())
        return makeError(ErrorCode::FileEmpty).about(describe(source));
    if (looksLikeOpml(bytes))
        return Kind::Opml;
    if (FeedParser::looksLikeFeed(bytes))
        return Kind::Feed;
    if (isFeedSuffix(suffix) || suffix == QLatin1String("opml")) {
        // Named like a feed but is not one: an HTML error page saved as .rss, say.
        auto parsed = FeedParser::parse(bytes, source);
        return (parsed.ok() ? makeError(ErrorCode::NotAFeed) : parsed.error()).about(describe(source));
    }
    if (HtmlPageParser::looksLikeHtml(bytes) || suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Kind::HtmlPage;
    if (bytes.left(4096).contains('\0'))
        return makeError(ErrorCode::FileIsBinary).about(describe(source));
    return Kind::PlainText;
}

Result<ImportReport> Importer::importFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::FileNotFound).about(path);
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::FileIsFolder).about(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString()).about(path);
    const QUrl source = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    const QByteArray head = file.read(kSniffBytes);
    if (!head.trimmed().isEmpty()) {
        auto kind = sniff(head, source);
        if (kind && *kind == Kind::Feed && !looksLikeJson(head)) {
            file.seek(0);
            return importFeed(file, source);
        }
    }
    if (file.size() > kMaxFileSize)
        return makeError(ErrorCode::FileTooLarge, kMaxFileSize >> 20).about(path);
    file.seek(0);
    return importBytes(file.readAll(), source);
}

Result<ParsedFeed> Importer::storePipelined(const ItemProducer &produce, const BaseFor &baseFor,
                                           const FeedIdFor &feedIdFor, ImportReport *report)
{
    // The user's companies are read here, on the connection's thread, for the worker.
    VEILLE_TRY_ASSIGN(const auto userCompanies, UserCompanyStore(m_db).finder());
    BoundedQueue<PreparedArticle> queue(kPipelineDepth);
    std::optional<Result<ParsedFeed>> produced;
    int unchangedHere = 0; // written by the worker, read after it is joined
    // Parsing, building and key facts on a worker; this thread only stores.
    const QString libraryPath = m_db.path();
    std::thread worker([&] {
        bool first = true;
        QUrl base;
        // Opened on this thread, which alone uses it.
        const auto stored = StoredFingerprints::open(libraryPath);
        produced = produce([&](ParsedItem &&item, const ParsedFeed &feed) {
            PreparedArticle prepared;
            if (first) {
                first = false;
                base = baseFor(feed);
                prepared.feedSoFar = feed;
            }
            const QString fingerprint = ItemFingerprint::of(item, feed, base);
            if (stored && stored->matches(ItemFingerprint::identity(item), fingerprint)) {
                // Counted here: handing each one over woke the storing thread for
                // nothing, and on a busy machine each wake-up can cost a time slice (a
                // re-import took four times its CPU time in wall-clock time).
                ++unchangedHere;
                if (!prepared.feedSoFar)
                    return !queue.cancelled();
                prepared.unchanged = true;
                return queue.push(std::move(prepared));
            }
            prepared.article = ArticleBuilder::fromFeedItem(item, feed, base);
            // The key facts (the dearest step) are made by whichever thread would
            // otherwise wait: here, unless the storing thread waits for articles, which
            // then makes them before it stores the article. Neither thread is always the
            // slower (that depends on the articles and on what else the machine runs);
            // with the facts made here alone, this thread set the pace.
            if (!queue.consumerWaiting()) {
                prepared.facts = FeedItemWriter::prepare(prepared.article, m_facts, userCompanies.get());
                prepared.factsMade = true;
            }
            prepared.facts.sourceHash = fingerprint;
            return queue.push(std::move(prepared));
        });
        queue.close();
    });
    struct Join {
        BoundedQueue<PreparedArticle> &queue;
        std::thread &worker;
        ~Join()
        {
            // On a storage error the worker must not wait on a full queue forever.
            queue.cancel();
            if (worker.joinable())
                worker.join();
        }
    } join{queue, worker};

    FeedItemWriter writer(m_db, m_facts);
    FeedId feedId = 0;
    while (auto prepared = queue.pop()) {
        if (prepared->feedSoFar) {
            VEILLE_TRY_ASSIGN(feedId, feedIdFor(*prepared->feedSoFar));
        }
        if (prepared->unchanged)
            continue; // counted by the worker
        if (!prepared->factsMade) {
            const QString fingerprint = prepared->facts.sourceHash;
            prepared->facts = FeedItemWriter::prepare(prepared->article, m_facts, userCompanies.get());
            prepared->facts.sourceHash = fingerprint;
        }
        prepared->article.feedId = feedId;
        VEILLE_TRY(writer.write(prepared->article, report, &prepared->facts));
        // A long file commits in batches, and lends the connection to the window's writes.
        VEILLE_TRY(m_db.batchPoint());
    }
    // The queue is closed after the worker's last item: it is done.
    worker.join();
    report->unchanged += unchangedHere;
    return std::move(*produced);
}

Result<ImportReport> Importer::importFeed(QIODevice &device, const QUrl &source)
{
    // A file whose very bytes were imported before from the same place: nothing to read.
    const QString digest = ItemFingerprint::ofDocument(device);
    VEILLE_TRY_ASSIGN(const auto known, knownDocument(source, digest));
    if (known)
        return unchangedDocument(*known);
    // A smaller page cache while the import lasts (Database::kImportCacheKiB).
    struct ImportCache {
        Database &db;
        explicit ImportCache(Database &d) : db(d) { (void)db.setCacheSize(Database::kImportCacheKiB); }
        ~ImportCache() { (void)db.setCacheSize(Database::kCacheKiB); }
    } cache(m_db);
    return m_db.batched([&]() -> Result<ImportReport> {
        ImportReport report;
        FeedStore feeds(m_db);
        FeedId feedId = 0;
        QString address;
        QString title;
        QString site;
        // The feed is made when its first item is stored, with its fields as known then.
        auto feedIdFor = [&](const ParsedFeed &soFar) -> Result<FeedId> {
            address = feedAddress(soFar, source);
            title = soFar.title.simplified();
            site = soFar.siteUrl;
            auto id = feeds.ensure(address, title, site);
            if (id)
                feedId = *id;
            return id;
        };
        auto parsed = storePipelined(
            [&](const ParsedItemSink &sink) { return FeedParser::read(device, source, QString(), sink); },
            [&](const ParsedFeed &soFar) { return QUrl(feedAddress(soFar, source)); }, feedIdFor, &report);
        if (!parsed)
            return parsed.error().about(describe(source));
        const ParsedFeed &feed = *parsed;
        if (feedId == 0 || feed.title.simplified() != title || feed.siteUrl != site) {
            // No items, or a title or link that came after them.
            VEILLE_TRY_ASSIGN(feedId, feeds.ensure(feedId == 0 ? feedAddress(feed, source) : address,
                                                   feed.title.simplified(), feed.siteUrl));
        }
        report.feeds << feedId;
        report.warnings = feed.warnings + report.warnings;
        VEILLE_TRY(rememberDocument(source, digest, report));
        return report;
    });
}

Result<ImportReport> Importer::importBytes(const QByteArray &bytes, const QUrl &source)
{
    VEILLE_TRY_ASSIGN(const Kind kind, sniff(bytes, source));
    switch (kind) {
    case Kind::Opml:
        return importOpml(bytes);
    case Kind::Feed: {
        const QString digest = ItemFingerprint::ofDocument(bytes);
        VEILLE_TRY_ASSIGN(const auto known, knownDocument(source, digest));
        if (known)
            return unchangedDocument(*known);
        auto feed = FeedParser::parse(bytes, source);
        if (!feed)
            return feed.error().about(describe(source));
        return m_db.transaction([&]() -> Result<ImportReport> {
            VEILLE_TRY_ASSIGN(const ImportReport report, storeFeed(*feed, feedAddress(*feed, source)));
            VEILLE_TRY(rememberDocument(source, digest, report));
            return report;
        });
    }
    case Kind::HtmlPage:
    case Kind::PlainText: {
        auto parsed = kind == Kind::HtmlPage ? HtmlPageParser::parse(bytes, source) : PlainTextParser::parse(bytes);
        if (!parsed)
            return parsed.error().about(describe(source));
        return m_db.transaction([&]() -> Result<ImportReport> {
            ImportReport report;
            VEILLE_TRY(FeedItemWriter(m_db, m_facts).write(ArticleBuilder::fromParsedArticle(*parsed, source), &report));
            return report;
        });
    }
    }
    return makeError(ErrorCode::UnknownFileType).about(describe(source));
}

Result<ImportReport> Importer::storeFeed(const ParsedFeed &feed, const QString &feedAddress)
{
    return m_db.transaction([&]() -> Result<ImportReport> {
        VEILLE_TRY_ASSIGN(const FeedId id, FeedStore(m_db).ensure(feedAddress, feed.title.simplified(), feed.siteUrl));
        return storeFeed(feed, id, QUrl(feedAddress));
    });
}

Result<ImportReport> Importer::storeFeed(const ParsedFeed &feed, FeedId feedId, const QUrl &feedUrl)
{
    // Not pipelined: a refresh hands over mostly items already stored, and their key
    // facts are only computed once the store says they are new or changed.
    ImportReport report;
    report.feeds << feedId;
    report.warnings = feed.warnings;
    VEILLE_TRY(FeedItemWriter(m_db, m_facts).writeItems(feed, feedId, feedUrl, &report));
    return report;
}

Result<std::optional<FeedStore::KnownDocument>> Importer::knownDocument(const QUrl &source, const QString &digest)
{
    if (digest.isEmpty())
        return std::optional<FeedStore::KnownDocument>();
    return FeedStore(m_db).knownDocument(source.toString(), digest);
}

Result<void> Importer::rememberDocument(const QUrl &source, const QString &digest, const ImportReport &report)
{
    // A document with faults is read again next time, so that its warnings are given again.
    if (digest.isEmpty() || !report.warnings.isEmpty() || report.feeds.size() != 1)
        return {};
    return FeedStore(m_db).rememberDocument(source.toString(), digest, {report.feeds.first(), itemsOf(report)});
}

Result<int> Importer::refreshFacts(const FactsProgress &progress)
{
    EntityStore entities(m_db);
    auto stale = entities.staleArticles(FactsEngine::kVersion);
    if (!stale)
        return stale.error();
    ArticleStore articles(m_db);
    VEILLE_TRY_ASSIGN(const auto userCompanies, UserCompanyStore(m_db).finder());
    const qsizetype total = stale->size();
    int done = 0;
    for (qsizetype from = 0; from < total; from += kFactsBatch) {
        VEILLE_TRY(m_db.transaction([&]() -> Result<void> {
            for (ArticleId id : stale->mid(from, kFactsBatch)) {
                auto a = articles.article(id);
                if (!a)
                    return a.error();
                if (!a->has_value())
                    continue; // removed meanwhile (retention)
                const Article &art = **a;
                VEILLE_TRY(entities.saveFacts(id, FeedItemWriter::extract(art, m_facts, userCompanies.get()), FactsEngine::kVersion));
                // The pass reads every older article anyway: blocks found again are kept.
                VEILLE_TRY(articles.keepRecoveredBlocks(id, art.blocks));
                ++done;
            }
            return {};
        }));
        if (progress && !progress(int(std::min(from + kFactsBatch, total)), int(total)))
            return done; // stopped: not a complete pass
        VEILLE_TRY(m_db.batchPoint()); // between transactions: the window's writes go first
    }
    VEILLE_TRY(entities.setFactsPassVersion(FactsEngine::kVersion));
    return done;
}

Result<int> Importer::refreshFactsAfterUpgrade(const FactsProgress &progress)
{
    VEILLE_TRY_ASSIGN(const std::optional<int> pass, EntityStore(m_db).factsPassVersion());
    if (pass == FactsEngine::kVersion)
        return 0;
    return refreshFacts(progress);
}

Result<ImportReport> Importer::importOpml(const QByteArray &bytes)
{
    VEILLE_TRY_ASSIGN(const QList<OpmlOutline> outlines, OpmlParser::parse(bytes));
    ImportReport report;
    FeedStore feeds(m_db);
    std::function<Result<void>(const QList<OpmlOutline> &, const QString &)> walk =
        [&](const QList<OpmlOutline> &list, const QString &folder) -> Result<void> {
        for (const OpmlOutline &o : list) {
            // A feed is fetched from its address: one that is not a web address
            // ("file:", "smb:") is left out, and counted.
            const QString xmlUrl = AddressPolicy::storable(o.xmlUrl);
            if (AddressPolicy::isRefused(o.xmlUrl))
                report.countRefusedAddress();
            if (!xmlUrl.isEmpty()) {
                VEILLE_TRY_ASSIGN(const FeedId id, feeds.ensure(xmlUrl, o.title, o.htmlUrl));
                VEILLE_TRY(feeds.setFolder(id, folder));
                report.feeds << id;
            }
            if (!o.children.isEmpty()) {
                const QString sub = o.xmlUrl.isEmpty()
                    ? (folder.isEmpty() ? o.title : folder + QLatin1Char('/') + o.title)
                    : folder;
                VEILLE_TRY(walk(o.children, sub));
            }
        }
        return {};
    };
    VEILLE_TRY(m_db.transaction([&]() -> Result<void> { return walk(outlines, QString()); }));
    return report;
}

} // namespace veille
