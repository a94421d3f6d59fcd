#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "model/Article.h"
#include "model/Result.h"
#include "search/SearchQuery.h"

namespace veille {

class Database;

struct SearchHit {
    ArticleId id = 0;
    QString title;
    QString snippet;   // plain text; matched words wrapped in kMarkOpen / kMarkClose
    double score = 0;  // higher is better
};

// Runs a parsed search against the full-text and entity indexes.
class SearchStore {
public:
    static inline const QString kMarkOpen = QStringLiteral("<mark>");
    static inline const QString kMarkClose = QStringLiteral("</mark>");

    explicit SearchStore(Database &db) : m_db(db) {}

    // Whether hits come with a snippet. Making one reads and tokenizes the article's text
    // again; the window lists titles only and leaves them out.
    enum class Snippets { Make, Skip };

    // companyKeys: for each company filter of the query, the folded names it may be
    // stored under (canonical name and aliases); an article must match each filter.
    Result<QList<SearchHit>> search(const SearchQuery &query, const QList<QStringList> &companyKeys, int limit,
                                    Snippets snippets = Snippets::Make);

    // Keyword searches rank (bm25) the newest this many matches at most (or as many as
    // the results asked for, if that is more): see rankedMatches().
    static constexpr int kRankWindow = 2000;
    void setRankWindow(int matches) { m_rankWindow = matches; }

private:
    struct Filters;
    Result<QList<qint64>> companyEntities(const QStringList &keys);
    Result<QList<SearchHit>> rankedMatches(const QString &match, const Filters &filters, int limit);
    Result<void> addSnippets(QList<SearchHit> *hits, const QString &match);

    Database &m_db;
    int m_rankWindow = kRankWindow;
};

} // namespace veille
