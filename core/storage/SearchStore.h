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

    // companyKeys: for each company filter of the query, the folded names it may be
    // stored under (canonical name and aliases); an article must match each filter.
    Result<QList<SearchHit>> search(const SearchQuery &query, const QList<QStringList> &companyKeys, int limit);

private:
    Database &m_db;
};

} // namespace veille
