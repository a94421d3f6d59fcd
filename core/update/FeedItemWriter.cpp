#include "update/FeedItemWriter.h"

#include "facts/FactsEngine.h"
#include "facts/UserCompanyFinder.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/EntityStore.h"
#include "storage/StoredFacts.h"
#include "storage/UserCompanyStore.h"
#include "text/AddressPolicy.h"
#include "update/ArticleBuilder.h"

namespace veille {

KeyFacts FeedItemWriter::extract(const Article &article, const FactsEngine &facts, const UserCompanyFinder *userCompanies)
{
    KeyFacts made = facts.extract(article.text, article.language, article.keyPoints, article.title);
    if (userCompanies)
        userCompanies->addTo(made, article.text);
    return made;
}

void ImportReport::countRefusedAddress()
{
    for (Error &w : warnings) {
        if (w.code == ErrorCode::AddressesRefused) {
            w.detail = QString::number(w.detail.toInt() + 1);
            return;
        }
    }
    warnings.append(makeError(ErrorCode::AddressesRefused, 1));
}

int ImportReport::refusedAddresses() const
{
    for (const Error &w : warnings) {
        if (w.code == ErrorCode::AddressesRefused)
            return w.detail.toInt();
    }
    return 0;
}

FeedItemWriter::Prepared FeedItemWriter::prepare(const Article &article, const FactsEngine &facts,
                                                 const UserCompanyFinder *userCompanies)
{
    Prepared prepared;
    prepared.facts = extract(article, facts, userCompanies);
    prepared.encoded = StoredFacts::encode(prepared.facts);
    prepared.encoded.squeeze(); // it waits in the import's queue: held at its size
    prepared.article = ArticleStore::encode(article);
    return prepared;
}

Result<void> FeedItemWriter::writeItems(const ParsedFeed &feed, FeedId feedId, const QUrl &base, ImportReport *report)
{
    QList<Article> articles;
    articles.reserve(feed.items.size());
    for (const ParsedItem &item : feed.items)
        articles << ArticleBuilder::fromFeedItem(item, feed, base);
    return writeArticles(articles, feedId, report);
}

Result<void> FeedItemWriter::writeArticles(const QList<Article> &articles, FeedId feedId, ImportReport *report,
                                           const QStringList &sourceHashes)
{
    return m_db.transaction([&]() -> Result<void> {
        for (qsizetype i = 0; i < articles.size(); ++i) {
            Article a = articles.at(i);
            a.feedId = feedId;
            auto id = write(a, report, nullptr, sourceHashes.value(i));
            if (!id)
                return id.error();
        }
        return {};
    });
}

Result<ArticleId> FeedItemWriter::write(const Article &given, ImportReport *report, const Prepared *prepared,
                                        const QString &sourceHash)
{
    // Whatever brought the article, a "javascript:" or "file:" address never reaches the
    // library: the article stays, without an address to open.
    const bool refused = AddressPolicy::isRefused(given.url);
    Article cleaned;
    if (refused) {
        cleaned = given;
        cleaned.url.clear();
        report->countRefusedAddress();
    }
    const Article &article = refused ? cleaned : given;
    // The row, and its full-text entry (ArticleStore indexes new rows in batches; the
    // triggers of schema 6 follow changes). A refused address changes the row: what was
    // encoded ahead no longer fits it.
    auto outcome = ArticleStore(m_db).store(article, prepared ? prepared->sourceHash : sourceHash,
                                            prepared && !refused ? &prepared->article : nullptr);
    if (!outcome)
        return outcome.error();
    switch (outcome->kind) {
    case StoreOutcome::Unchanged:
        ++report->unchanged;
        return outcome->id;
    case StoreOutcome::Added:
        report->added.append({outcome->id, article.title});
        break;
    case StoreOutcome::Updated:
        ++report->updated;
        break;
    }
    // New or changed: its key facts and entity links.
    // A new article has none to replace: its old entity links need not be looked for.
    EntityStore entities(m_db);
    const bool added = outcome->kind == StoreOutcome::Added;
    KeyFacts made;
    if (!prepared) {
        if (!m_userCompanies) {
            VEILLE_TRY_ASSIGN(m_userCompanies, UserCompanyStore(m_db).finder());
        }
        made = extract(article, m_facts, m_userCompanies.get());
    }
    const KeyFacts &facts = prepared ? prepared->facts : made;
    const QByteArray *encoded = prepared ? &prepared->encoded : nullptr;
    VEILLE_TRY(added ? entities.saveNewFacts(outcome->id, facts, FactsEngine::kVersion, encoded)
                     : entities.saveFacts(outcome->id, facts, FactsEngine::kVersion, encoded));
    return outcome->id;
}

} // namespace veille
