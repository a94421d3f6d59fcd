#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

#include "model/Article.h"
#include "model/CompanyProfile.h"
#include "model/Result.h"

namespace veille {

class Database;

// The articles about one company, from the entity index: what its page, the watchlist and
// an export of its timeline read. A company is given by its folded keys (Fold::key of its
// canonical name and aliases), as the entity index may hold it under any of them.
class CompanyArticleStore {
public:
    explicit CompanyArticleStore(Database &db) : m_db(db) {}

    // The page of `company`, but `followed` (CompanyBook knows it): two queries, the
    // articles with their stored facts, and the entities named with it. Weeks are the 26
    // ISO weeks ending with `today`'s.
    Result<CompanyProfile> profile(const CompanyName &company, const QStringList &keys, QDate today);

    struct Counts {
        int articles = 0;
        int unread = 0;
        int newSince = 0; // articles with an id above the one given
    };
    Result<Counts> counts(const QStringList &keys, ArticleId newAfter = 0);

    // Its articles, newest first.
    Result<QList<ArticleId>> articleIds(const QStringList &keys);

    // How many weeks a profile charts.
    static constexpr int kWeeks = 26;
    // How many people, co-mentioned companies and places a profile lists, at most.
    static constexpr int kListed = 50;

private:
    Database &m_db;
};

} // namespace veille
