#pragma once

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

#include "model/Article.h"
#include "model/Result.h"

namespace veille {

class Database;
class FactsEngine;

// After a user company is added, edited or removed: recomputes the key facts and entity
// links of the articles that may name it, so that `company:` searches, its page and the
// facts strip see it in every article already stored, not only in later ones.
//
// The candidates are found through the full-text index (each name and alias as a phrase)
// plus the articles already linked to those names; only they are read again. Works on any
// connection: the window posts it to its StorageThread (see the example below) so that it
// never blocks; veille-cli runs it in place.
//
//     thread.post([names, &facts, stop](Database *db, const Error &error) {
//         if (db)
//             CompanyBackfill(*db, facts).run(names, progress, stop.get());
//     });
class CompanyBackfill {
public:
    // After each batch: how many of the total are done. Returning false stops.
    using Progress = std::function<bool(int done, int total)>;
    // Articles recomputed per transaction: the window's own writes hardly wait.
    static constexpr int kBatch = 100;

    CompanyBackfill(Database &db, const FactsEngine &facts) : m_db(db), m_facts(facts) {}

    // The articles whose text may name one of `names` (a company's names and aliases,
    // before and after the change: what CompanyBook's changes return).
    Result<QList<ArticleId>> candidates(const QStringList &names);

    // Recomputes the candidates' facts with the user companies stored now, kBatch per
    // transaction. Stops after the batch under way when `progress` returns false or
    // `cancel` becomes true: the facts already recomputed stay, the rest are as before.
    // Returns how many articles were recomputed.
    Result<int> run(const QStringList &names, const Progress &progress = {},
                    const std::atomic<bool> *cancel = nullptr);

private:
    Database &m_db;
    const FactsEngine &m_facts;
};

} // namespace veille
