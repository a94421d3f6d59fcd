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

    // What a hit holds besides its id and score. A snippet reads and tokenizes the
    // article's text again, and a title is one more row read per hit: the window, which
    // reads the list columns of the hits it shows, asks for ranks only (titles come
    // with company hits anyway, read with the rows that rank them).
    enum class Detail { TitlesAndSnippets, RankOnly };

    // companyKeys: for each company filter of the query, the folded names it may be
    // stored under (canonical name and aliases); an article must match each filter.
    Result<QList<SearchHit>> search(const SearchQuery &query, const QList<QStringList> &companyKeys, int limit,
                                    Detail detail = Detail::TitlesAndSnippets);
    // The same with org:NAME filters too: organisationKeys as companyKeys, for organisations.
    Result<QList<SearchHit>> search(const SearchQuery &query, const QList<QStringList> &companyKeys,
                                    const QList<QStringList> &organisationKeys, int limit,
                                    Detail detail = Detail::TitlesAndSnippets);

    // Keyword searches rank (bm25) the newest this many matches at most (or as many as
    // the results asked for, if that is more): see rankedMatches().
    static constexpr int kRankWindow = 2000;
    void setRankWindow(int matches) { m_rankWindow = matches; }
    // How many matches of each phrase are counted, at most, to weigh it (veille_rank).
    static constexpr int kPhraseCountLimit = 2000;
    void setPhraseCountLimit(int matches) { m_phraseCountLimit = matches; }

private:
    struct Filters;
    Result<QList<qint64>> entityIds(const QString &type, const QStringList &keys);
    Result<QList<SearchHit>> rankedMatches(const QString &match, const Filters &filters, int limit, Detail detail);
    Result<void> addSnippets(QList<SearchHit> *hits, const QString &match);

    Database &m_db;
    int m_rankWindow = kRankWindow;
    int m_phraseCountLimit = kPhraseCountLimit;
};

} // namespace veille
