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

Library::Library(Database &db, const FactsEngine &facts)
    : m_db(&db), m_facts(facts), m_articles(db), m_states(db), m_feeds(db), m_entities(db), m_importer(db, facts),
      m_companyBook(*this)
{
}

Library::~Library()
{
    // The writes still queued (a mark read, facts kept for next time) are made; the
    // objects whose long jobs were queued have dropped them (forget) as they went. The
    // writer then closes its connection on its own thread; the Library its jobs saw goes
    // after it.
    if (m_writer)
        m_writer->drain();
    m_writer.reset();
    m_writerSide.reset();
    // An object that outlives the library has nothing left to forget.
    for (const QMetaObject::Connection &watch : std::as_const(m_watched))
        QObject::disconnect(watch);
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, const FactsEngine &facts)
{
    VEILLE_TRY_ASSIGN(auto db, Database::open(path, Access::Write));
    std::unique_ptr<Library> library(new Library(*db, facts));
    library->m_ownDb = std::move(db);
    return library;
}

Result<std::unique_ptr<Library>> Library::openWithWriter(const QString &path, const FactsEngine &facts)
{
    // The writer opens first: it creates the file and brings its schema up to date, which
    // a reading connection never does.
    auto writer = std::make_unique<StorageThread>(path, Access::Write);
    if (const Error error = writer->openError(); !error.isNone())
        return error;
    VEILLE_TRY_ASSIGN(auto db, Database::open(path, Access::Read));
    std::unique_ptr<Library> library(new Library(*db, facts));
    library->m_ownDb = std::move(db);
    library->m_writer = std::move(writer);
    return library;
}

Result<void> Library::upgrade(const QString &path)
{
    VEILLE_TRY_ASSIGN(auto db, Database::open(path, Access::Write));
    if (db->version() != Database::latestVersion())
        return makeError(ErrorCode::DatabaseCorrupt, QStringLiteral("schema %1 after the upgrade").arg(db->version()));
    return {};
}

Result<std::unique_ptr<Library>> Library::openReader(Library &beside)
{
    VEILLE_TRY_ASSIGN(auto db, Database::open(beside.database().path(), Access::Read));
    std::unique_ptr<Library> library(new Library(*db, beside.m_facts));
    library->m_ownDb = std::move(db);
    library->m_owner = beside.m_owner;
    return library;
}

Library &Library::writerSide(Database &db)
{
    if (!m_writerSide)
        m_writerSide.reset(new Library(db, m_facts));
    return *m_writerSide;
}

void Library::post(WriteJob job, Lane lane, const void *owner)
{
    if (m_owner != this) {
        m_owner->post(std::move(job), lane, owner);
        return;
    }
    if (!m_writer && QThread::currentThread() != m_home->thread()) {
        QMetaObject::invokeMethod(m_home.get(), [this, job = std::move(job)] { job(this, Error()); }, Qt::QueuedConnection);
        return;
    }
    if (!m_writer || m_writer->isCurrentThread()) {
        job(m_writer ? m_writerSide.get() : this, Error());
        return;
    }
    m_writer->post([this, job = std::move(job)](Database *db, const Error &error) {
        job(db ? &writerSide(*db) : nullptr, error);
    }, lane, owner);
}

void Library::forget(const void *owner)
{
    if (StorageThread *w = writer(); w && !w->isCurrentThread())
        w->forget(owner);
}

void Library::drain()
{
    if (StorageThread *w = writer(); w && !w->isCurrentThread())
        w->drain();
}

void Library::watch(QObject *context)
{
    // A result must not be handed to an object that is gone: the first write for an
    // object arranges for its jobs to be dropped, or waited for, when it goes.
    QMutexLocker lock(&m_watchMutex);
    if (m_watched.contains(context))
        return;
    m_watched.insert(context, QObject::connect(context, &QObject::destroyed, [this, context] {
        forget(context);
        QMutexLocker lock(&m_watchMutex);
        m_watched.remove(context);
    }));
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
    QList<QStringList> organisationKeys;
    for (const QString &name : query.organisations) {
        QSet<QString> keys{Fold::key(name)};
        for (const QString &alias : m_facts.organisationAliases(name))
            keys.insert(Fold::key(alias));
        organisationKeys << QStringList(keys.begin(), keys.end());
    }
    return SearchStore(*m_db).search(query, companyKeys, organisationKeys, limit, detail);
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
    if (m_owner == this && !m_writer)
        VEILLE_TRY(m_entities.saveFacts(a.id, facts, FactsEngine::kVersion));
    else // stored for next time without making the reader wait
        post([id = a.id, facts](Library *writer, const Error &) {
            if (writer)
                (void)writer->entities().saveFacts(id, facts, FactsEngine::kVersion);
        });
    return facts;
}

Result<int> Library::loadDemo()
{
    return call([](Library &writer) { return writer.storeDemo(); });
}

Result<int> Library::storeDemo()
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
