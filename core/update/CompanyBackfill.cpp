#include "update/CompanyBackfill.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

#include "facts/FactsEngine.h"
#include "facts/UserCompanyFinder.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/EntityStore.h"
#include "storage/SqlUtil.h"
#include "storage/UserCompanyStore.h"
#include "text/Fold.h"
#include "update/FeedItemWriter.h"

namespace veille {

Result<QList<ArticleId>> CompanyBackfill::candidates(const QStringList &names)
{
    QSet<ArticleId> found;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QStringList keys;
    for (const QString &name : names) {
        const QString simplified = name.simplified();
        if (simplified.isEmpty())
            continue;
        keys << Fold::key(simplified);
        // As a phrase of the text's words: the index folds case and accents as the
        // finder does, so it misses no article the finder would match.
        QString phrase = simplified;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"),
                                {QStringLiteral("text : \"%1\"").arg(phrase)}));
        while (q.next())
            found.insert(q.value(0).toLongLong());
    }
    // And the articles linked to these names now, which may no longer be matched.
    for (const QString &key : keys) {
        VEILLE_TRY(SqlUtil::run(q,
                                QStringLiteral("SELECT ae.article_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
                                               "WHERE e.type = 'company' AND e.key = ?"),
                                {key}));
        while (q.next())
            found.insert(q.value(0).toLongLong());
    }
    QList<ArticleId> ids(found.begin(), found.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<int> CompanyBackfill::run(const QStringList &names, const Progress &progress, const std::atomic<bool> *cancel)
{
    VEILLE_TRY_ASSIGN(const QList<ArticleId> ids, candidates(names));
    VEILLE_TRY_ASSIGN(const auto userCompanies, UserCompanyStore(m_db).finder());
    ArticleStore articles(m_db);
    EntityStore entities(m_db);
    const qsizetype total = ids.size();
    int done = 0;
    for (qsizetype from = 0; from < total; from += kBatch) {
        if (cancel && cancel->load())
            return done;
        VEILLE_TRY(m_db.transaction([&]() -> Result<void> {
            for (ArticleId id : ids.mid(from, kBatch)) {
                VEILLE_TRY_ASSIGN(const std::optional<Article> a, articles.article(id));
                if (!a)
                    continue; // removed meanwhile (retention)
                VEILLE_TRY(entities.saveFacts(id, FeedItemWriter::extract(*a, m_facts, userCompanies.get()), FactsEngine::kVersion));
                ++done;
            }
            return {};
        }));
        if (progress && !progress(int(std::min(from + kBatch, total)), int(total)))
            return done;
        VEILLE_TRY(m_db.batchPoint()); // between transactions: the window's writes go first
    }
    return done;
}

} // namespace veille
