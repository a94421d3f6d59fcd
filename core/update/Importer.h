#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QIODevice;

#include "model/Article.h"
#include "model/ParsedFeed.h"
#include "model/Result.h"
#include "storage/FeedStore.h"
#include "update/FeedItemWriter.h"

namespace veille {

class Database;
class FactsEngine;

// Where parsing, key facts and storage meet for files and fetched bytes. Each call is
// one transaction, except a streamed feed file, which commits every
// Database::kBatchSize articles (Database::batched) so that readers see it arrive. An RSS or Atom file is streamed:
// a worker thread parses it and prepares each article and its key facts while this thread
// stores the previous ones, with a bounded queue between them, so memory does not grow
// with the file.
class Importer {
public:
    enum class Kind { Opml, Feed, HtmlPage, PlainText };

    Importer(Database &db, const FactsEngine &facts) : m_db(db), m_facts(facts) {}

    Result<ImportReport> importFile(const QString &path);
    // `source` names where the bytes came from (a file:// or http(s) URL); its suffix
    // tells what the bytes should be when their content does not.
    Result<ImportReport> importBytes(const QByteArray &bytes, const QUrl &source);
    // Imports an RSS, Atom or JSON feed read from `device` (from its current position).
    Result<ImportReport> importFeed(QIODevice &device, const QUrl &source);

    // Stores a parsed feed's items under the feed with this address (through
    // FeedItemWriter, as every other way in does).
    Result<ImportReport> storeFeed(const ParsedFeed &feed, const QString &feedAddress);
    Result<ImportReport> storeFeed(const ParsedFeed &feed, FeedId feedId, const QUrl &feedUrl);

    // After each batch: how many of the total are done. Returning false stops.
    using FactsProgress = std::function<bool(int done, int total)>;
    // Articles whose facts are recomputed in one transaction: short enough that the
    // window's own writes (read, favourite) hardly wait while the library catches up.
    static constexpr int kFactsBatch = 100;

    // Recomputes key facts made by another engine version (FactsEngine::kVersion) or never
    // made, kFactsBatch articles per transaction: what `reindex` does, and the window in
    // the background after an upgrade. Reading an article recomputes its own first
    // (Library::facts). Returns how many were recomputed.
    Result<int> refreshFacts(const FactsProgress &progress = {});
    // The same, unless a complete pass of this engine version is on record: what the
    // window runs at each start, so that an up-to-date library reads nothing.
    Result<int> refreshFactsAfterUpgrade(const FactsProgress &progress = {});

    // What the bytes are, or an error saying why they are none of the formats.
    static Result<Kind> sniff(const QByteArray &bytes, const QUrl &source);

private:
    struct PreparedArticle;
    using ItemProducer = std::function<Result<ParsedFeed>(const ParsedItemSink &)>;
    using BaseFor = std::function<QUrl(const ParsedFeed &)>;
    using FeedIdFor = std::function<Result<FeedId>(const ParsedFeed &)>;
    // Runs `produce` on a worker thread, which also builds each article (links resolved
    // against `baseFor` the feed) and its key facts; this thread stores them as they come,
    // in the caller's transaction, under the feed `feedIdFor` gives at the first one.
    // Returns what `produce` returned, or the first storage error.
    Result<ParsedFeed> storePipelined(const ItemProducer &produce, const BaseFor &baseFor,
                                      const FeedIdFor &feedIdFor, ImportReport *report);
    Result<ImportReport> importOpml(const QByteArray &bytes);
    // A feed document from `source` whose bytes have this digest (ItemFingerprint::
    // ofDocument; empty: unknown) and whose items are all stored as they were: skipped
    // whole. Remembered in the import's transaction once its last item is stored.
    Result<std::optional<FeedStore::KnownDocument>> knownDocument(const QUrl &source, const QString &digest);
    Result<void> rememberDocument(const QUrl &source, const QString &digest, const ImportReport &report);

    Database &m_db;
    const FactsEngine &m_facts;
};

} // namespace veille
