#include "update/Importer.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <thread>

#include "facts/FactsEngine.h"
#include "parse/FeedParser.h"
#include "parse/HtmlPageParser.h"
#include "parse/OpmlParser.h"
#include "parse/PlainTextParser.h"
#include "parse/TextDecoder.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/EntityStore.h"
#include "storage/FeedStore.h"
#include "update/ArticleBuilder.h"
#include "update/BoundedQueue.h"

namespace veille {

namespace {

// Files read whole (pages, text, OPML, JSON Feed) are limited; RSS and Atom files are
// streamed, so their size only costs time.
constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;
// Enough to tell what a file is; FeedParser::looksLikeFeed looks no further.
constexpr qint64 kSniffBytes = 64 * 1024;
// Articles prepared ahead of storage: enough to keep both threads busy, few enough that
// memory stays small.
constexpr size_t kPipelineDepth = 64;

QString suffixOf(const QUrl &source)
{
    return QFileInfo(source.path()).suffix().toLower();
}

bool isFeedSuffix(const QString &suffix)
{
    static const QStringList feedSuffixes = {QStringLiteral("rss"), QStringLiteral("xml"), QStringLiteral("atom"),
                                             QStringLiteral("rdf"), QStringLiteral("json"), QStringLiteral("feed")};
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
    FeedItemWriter::Prepared facts; // made here rather than on the storing thread
    std::optional<ParsedFeed> feedSoFar; // with the first article: the feed as known then
};

Result<Importer::Kind> Importer::sniff(const QByteArray &bytes, const QUrl &source)
{
    const QString suffix = suffixOf(source);
    if (bytes.trimmed().isEmpty())
        return makeError(QStringLiteral("%1 is empty").arg(describe(source)));
    if (looksLikeOpml(bytes))
        return Kind::Opml;
    if (FeedParser::looksLikeFeed(bytes))
        return Kind::Feed;
    if (isFeedSuffix(suffix) || suffix == QLatin1String("opml")) {
        // Named like a feed but is not one: an HTML error page saved as .rss, say.
        auto parsed = FeedParser::parse(bytes, source);
        return makeError(QStringLiteral("%1 is not a feed: %2")
                             .arg(describe(source), parsed.ok() ? QStringLiteral("unrecognised format") : parsed.errorMessage()));
    }
    if (HtmlPageParser::looksLikeHtml(bytes) || suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Kind::HtmlPage;
    if (bytes.left(4096).contains('\0'))
        return makeError(QStringLiteral("%1 is not an article or a feed (binary data)").arg(describe(source)));
    return Kind::PlainText;
}

Result<ImportReport> Importer::importFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(QStringLiteral("%1: no such file").arg(path));
    if (QFileInfo(path).isDir())
        return makeError(QStringLiteral("%1 is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
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
        return makeError(QStringLiteral("%1 is too large to import (%2 MB; the limit is %3 MB)")
                             .arg(path).arg(file.size() >> 20).arg(kMaxFileSize >> 20));
    file.seek(0);
    return importBytes(file.readAll(), source);
}

Result<ParsedFeed> Importer::storePipelined(const ItemProducer &produce, const BaseFor &baseFor,
                                           const FeedIdFor &feedIdFor, ImportReport *report)
{
    BoundedQueue<PreparedArticle> queue(kPipelineDepth);
    Result<ParsedFeed> produced = makeError(QString());
    // Parsing, building and key facts on a worker; this thread only stores.
    std::thread worker([&] {
        bool first = true;
        QUrl base;
        produced = produce([&](ParsedItem &&item, const ParsedFeed &feed) {
            PreparedArticle prepared;
            if (first) {
                first = false;
                base = baseFor(feed);
                prepared.feedSoFar = feed;
            }
            prepared.article = ArticleBuilder::fromFeedItem(item, feed, base);
            prepared.facts = FeedItemWriter::prepare(prepared.article, m_facts);
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
            auto id = feedIdFor(*prepared->feedSoFar);
            if (!id)
                return id.error();
            feedId = *id;
        }
        prepared->article.feedId = feedId;
        VEILLE_TRY(writer.write(prepared->article, report, &prepared->facts));
    }
    // The queue is closed after the worker's last item: it is done.
    worker.join();
    return produced;
}

Result<ImportReport> Importer::importFeed(QIODevice &device, const QUrl &source)
{
    ImportReport report;
    auto stored = m_db.transaction([&]() -> Result<void> {
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
            return makeError(QStringLiteral("%1: %2").arg(describe(source), parsed.errorMessage()));
        const ParsedFeed &feed = *parsed;
        if (feedId == 0 || feed.title.simplified() != title || feed.siteUrl != site) {
            // No items, or a title or link that came after them.
            auto id = feeds.ensure(feedId == 0 ? feedAddress(feed, source) : address, feed.title.simplified(),
                                   feed.siteUrl);
            if (!id)
                return id.error();
            feedId = *id;
        }
        report.feeds << feedId;
        report.warnings = feed.warnings;
        return {};
    });
    if (!stored)
        return stored.error();
    return report;
}

Result<ImportReport> Importer::importBytes(const QByteArray &bytes, const QUrl &source)
{
    auto kind = sniff(bytes, source);
    if (!kind)
        return kind.error();

    switch (*kind) {
    case Kind::Opml:
        return importOpml(bytes);
    case Kind::Feed: {
        auto feed = FeedParser::parse(bytes, source);
        if (!feed)
            return makeError(QStringLiteral("%1: %2").arg(describe(source), feed.errorMessage()));
        return storeFeed(*feed, feedAddress(*feed, source));
    }
    case Kind::HtmlPage:
    case Kind::PlainText: {
        auto parsed = *kind == Kind::HtmlPage ? HtmlPageParser::parse(bytes, source) : PlainTextParser::parse(bytes);
        if (!parsed)
            return makeError(QStringLiteral("%1: %2").arg(describe(source), parsed.errorMessage()));
        ImportReport report;
        VEILLE_TRY(m_db.transaction([&]() -> Result<void> {
            auto id = FeedItemWriter(m_db, m_facts).write(ArticleBuilder::fromParsedArticle(*parsed, source), &report);
            return id ? Result<void>() : Result<void>(id.error());
        }));
        return report;
    }
    }
    return makeError(QStringLiteral("%1: unknown format").arg(describe(source)));
}

Result<ImportReport> Importer::storeFeed(const ParsedFeed &feed, const QString &feedAddress)
{
    ImportReport report;
    VEILLE_TRY(m_db.transaction([&]() -> Result<void> {
        auto id = FeedStore(m_db).ensure(feedAddress, feed.title.simplified(), feed.siteUrl);
        if (!id)
            return id.error();
        auto stored = storeFeed(feed, *id, QUrl(feedAddress));
        if (!stored)
            return stored.error();
        report = std::move(stored).value();
        return {};
    }));
    return report;
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

Result<int> Importer::refreshFacts(const FactsProgress &progress)
{
    EntityStore entities(m_db);
    auto stale = entities.staleArticles(FactsEngine::kVersion);
    if (!stale)
        return stale.error();
    ArticleStore articles(m_db);
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
                VEILLE_TRY(entities.saveFacts(id, m_facts.extract(art.text, art.language, art.keyPoints), FactsEngine::kVersion));
                ++done;
            }
            return {};
        }));
        if (progress && !progress(int(std::min(from + kFactsBatch, total)), int(total)))
            break;
    }
    return done;
}

Result<ImportReport> Importer::importOpml(const QByteArray &bytes)
{
    auto outlines = OpmlParser::parse(bytes);
    if (!outlines)
        return makeError(QStringLiteral("not a readable OPML file: %1").arg(outlines.errorMessage()));
    ImportReport report;
    FeedStore feeds(m_db);
    std::function<Result<void>(const QList<OpmlOutline> &, const QString &)> walk =
        [&](const QList<OpmlOutline> &list, const QString &folder) -> Result<void> {
        for (const OpmlOutline &o : list) {
            if (!o.xmlUrl.isEmpty()) {
                auto id = feeds.ensure(o.xmlUrl, o.title, o.htmlUrl);
                if (!id)
                    return id.error();
                VEILLE_TRY(feeds.setFolder(*id, folder));
                report.feeds << *id;
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
    VEILLE_TRY(m_db.transaction([&]() -> Result<void> { return walk(*outlines, QString()); }));
    return report;
}

} // namespace veille
