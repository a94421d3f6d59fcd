#include "update/Library.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include "facts/FactsEngine.h"
#include "facts/UserCompanyFinder.h"
#include "search/QueryParser.h"
#include "storage/UserCompanyStore.h"
#include "text/Fold.h"

namespace veille {

Library::Library(std::unique_ptr<Database> db, const FactsEngine &facts)
    : m_db(std::move(db)), m_facts(facts), m_articles(*m_db), m_states(*m_db), m_feeds(*m_db), m_entities(*m_db),
      m_importer(*m_db, facts), m_companyBook(*this)
{
}

Library::~Library() = default;

Result<std::unique_ptr<Library>> Library::open(const QString &path, const FactsEngine &facts)
{
    VEILLE_TRY_ASSIGN(auto db, Database::open(path));
    return std::unique_ptr<Library>(new Library(std::move(db), facts));
}

Result<QList<SearchHit>> Library::search(const QString &input, int limit, SearchStore::Detail detail)
{
    const SearchQuery query = QueryParser::parse(input);
    QList<QStringList> companyKeys;
    for (const QString &name : query.companies) {
        // The user's companies first, then the gazetteer: "acme" finds Acme Robotics.
        QSet<QString> keys{Fold::key(name)};
        VEILLE_TRY_ASSIGN(const std::optional<CompanyName> company, m_companyBook.resolve(name));
        if (company) {
            for (const QString &key : CompanyBook::keys(*company))
                keys.insert(key);
        }
        companyKeys << QStringList(keys.begin(), keys.end());
    }
    return SearchStore(*m_db).search(query, companyKeys, limit, detail);
}

Result<KeyFacts> Library::facts(ArticleId id)
{
    VEILLE_TRY_ASSIGN(const std::optional<Article> article, m_articles.article(id));
    if (!article)
        return makeError(ErrorCode::ArticleNotFound, id);
    return facts(*article);
}

Result<KeyFacts> Library::facts(const Article &a)
{
    // Facts of another engine version are as good as none: the reader sees what this
    // engine finds, stored for next time (a library opened after an upgrade needs no reindex).
    VEILLE_TRY_ASSIGN(const auto stored, m_entities.facts(a.id, FactsEngine::kVersion, a.keyPoints));
    if (stored)
        return *stored;
    VEILLE_TRY_ASSIGN(const auto userCompanies, UserCompanyStore(*m_db).finder());
    const KeyFacts facts = FeedItemWriter::extract(a, m_facts, userCompanies.get());
    VEILLE_TRY(m_entities.saveFacts(a.id, facts, FactsEngine::kVersion));
    return facts;
}

Result<int> Library::loadDemo()
{
    const QDir demo(QStringLiteral(":/demo"));
    int added = 0;
    for (const QString &name : demo.entryList(QDir::Files, QDir::Name)) {
        QFile f(demo.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::DemoArticleMissing, name);
        VEILLE_TRY_ASSIGN(const ImportReport report, m_importer.importBytes(f.readAll(), QUrl(QStringLiteral("veille-demo:/") + name)));
        added += int(report.added.size());
    }
    return added;
}

} // namespace veille
