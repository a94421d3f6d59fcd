#pragma once

#include <QString>
#include <memory>

#include "model/KeyFacts.h"
#include "model/Result.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/EntityStore.h"
#include "storage/FeedStore.h"
#include "storage/SearchStore.h"
#include "storage/StateStore.h"
#include "update/CompanyBook.h"
#include "update/Importer.h"

namespace veille {

class FactsEngine;

// A user's library: one database and what works on it. Built once by the front end
// (veille or veille-cli) and passed down; not a global. So is the facts engine: the
// program makes one in main() and every library it opens works with that one.
class Library {
public:
    static Result<std::unique_ptr<Library>> open(const QString &path, const FactsEngine &facts);
    ~Library();

    Database &database() { return *m_db; }
    ArticleStore &articles() { return m_articles; }
    StateStore &states() { return m_states; }
    FeedStore &feeds() { return m_feeds; }
    EntityStore &entities() { return m_entities; }
    Importer &importer() { return m_importer; }
    const FactsEngine &factsEngine() const { return m_facts; }
    // Companies: names, pages, the user's own, the watchlist.
    CompanyBook &companyBook() { return m_companyBook; }

    // Parses the search language and resolves company names through the user's companies
    // and the gazetteer's aliases ("hon hai" finds Foxconn).
    Result<QList<SearchHit>> search(const QString &query, int limit,
                                    SearchStore::Detail detail = SearchStore::Detail::TitlesAndSnippets);

    // The key facts of an article as this engine makes them: the stored ones, or when
    // they are missing or were made by another engine version, computed (with the user's
    // companies) and stored first.
    Result<KeyFacts> facts(ArticleId id);
    // The same for an article the caller has already read: no second read of its row.
    Result<KeyFacts> facts(const Article &article);

    // The page of a company (CompanyBook::profile): none when no company goes by that name.
    Result<std::optional<CompanyProfile>> companyProfile(const QString &nameOrAlias, QDate today)
    {
        return m_companyBook.profile(nameOrAlias, today);
    }

    // Loads the bundled demo articles into an empty library. Returns how many were added.
    Result<int> loadDemo();

private:
    Library(std::unique_ptr<Database> db, const FactsEngine &facts);

    std::unique_ptr<Database> m_db;
    const FactsEngine &m_facts;
    ArticleStore m_articles;
    StateStore m_states;
    FeedStore m_feeds;
    EntityStore m_entities;
    Importer m_importer;
    CompanyBook m_companyBook;
};

} // namespace veille
