#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

#include "model/Article.h"
#include "model/KeyFacts.h"
#include "model/ParsedFeed.h"
#include "model/Result.h"
#include "storage/ArticleStore.h"

namespace veille {

class Database;
class FactsEngine;
class UserCompanyFinder;

struct ImportedArticle {
    ArticleId id = 0;
    QString title;
};

struct ImportReport {
    QList<ImportedArticle> added;
    int updated = 0;
    int unchanged = 0;
    QList<FeedId> feeds;     // feeds created or reused by this import
    QList<Error> warnings;    // what a feed parser could not read, addresses left out

    // Counts one more address left out (AddressPolicy) in the one AddressesRefused warning.
    void countRefusedAddress();
    int refusedAddresses() const;
};

// The one path by which articles enter the library, whatever brought them: a file
// (Importer), a refresh (FeedIngester), a page fetched for its full text
// (FullTextImporter) or, later, a sync server. An item is built once (ArticleBuilder);
// storing it writes its row and its full-text entry and, when it is new or changed, its
// key facts and its entity links. Works in the caller's transaction.
class FeedItemWriter {
public:
    FeedItemWriter(Database &db, const FactsEngine &facts) : m_db(db), m_facts(facts) {}

    // Key facts made ahead, on a parsing thread, for an article not yet stored, with the
    // user's companies when given (UserCompanyStore::finder, read before the thread starts).
    struct Prepared {
        KeyFacts facts;
        QByteArray encoded; // StoredFacts::encode(facts)
        QString sourceHash; // the feed item's fingerprint (ItemFingerprint), when from a feed
        ArticleStore::Encoded article; // ArticleStore::encode(article)
    };
    static Prepared prepare(const Article &article, const FactsEngine &facts, const UserCompanyFinder *userCompanies = nullptr);
    // The key facts of an article: the engine's, plus the user's companies when given.
    static KeyFacts extract(const Article &article, const FactsEngine &facts, const UserCompanyFinder *userCompanies);

    // Builds the parsed items of `feed` (links resolved against `base`) and stores them
    // under `feedId`: what a sync server hands over.
    Result<void> writeItems(const ParsedFeed &feed, FeedId feedId, const QUrl &base, ImportReport *report);
    // Stores articles already built, under `feedId` (0: no feed); `sourceHashes`, when
    // given, are the fingerprints of the items they were built from (ItemFingerprint),
    // one per article, kept so that the same item is skipped before it is built again.
    Result<void> writeArticles(const QList<Article> &articles, FeedId feedId, ImportReport *report,
                               const QStringList &sourceHashes = {});
    // Stores one built article and counts it in `report`; `prepared`, when given, holds
    // its key facts and its item's fingerprint, else the facts are computed here if the
    // article is new or changed, and `sourceHash` is the fingerprint. An address that is
    // not a web page is stored as none, and counted in the report.
    Result<ArticleId> write(const Article &article, ImportReport *report, const Prepared *prepared = nullptr,
                            const QString &sourceHash = QString());

private:
    Database &m_db;
    const FactsEngine &m_facts;
    // The user's companies, read at the first article that needs facts: one read per
    // feed or file, since a writer lives for one.
    std::shared_ptr<const UserCompanyFinder> m_userCompanies;
};

} // namespace veille
