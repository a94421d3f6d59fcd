#include "storage/Database.h"
#include "storage/WalCheckpointer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include "storage/FoldFunction.h"
#include "storage/RankFunction.h"
#include "storage/SqlScript.h"
#include "storage/SqliteHandle.h"
#include "storage/SqliteStatement.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteHeader.h"

namespace veille {

namespace {

// Schema steps, one file each, compiled in from resources/sql.
const QStringList &schemaSteps()
{
    static const QStringList steps = {
        QStringLiteral(":/sql/001_initial.sql"),
        QStringLiteral(":/sql/002_key_facts.sql"),
        QStringLiteral(":/sql/003_feed_upkeep.sql"),
        QStringLiteral(":/sql/004_entity_ranking.sql"),
        QStringLiteral(":/sql/005_batched_index.sql"),
        QStringLiteral(":/sql/006_index_language_prefixes.sql"),
        QStringLiteral(":/sql/007_text_blocks.sql"),
        QStringLiteral(":/sql/008_entity_keys.sql"),
        QStringLiteral(":/sql/009_facts_pass.sql"),
        QStringLiteral(":/sql/010_company_follow.sql"),
        QStringLiteral(":/sql/011_sync_accounts.sql"),
        QStringLiteral(":/sql/012_images_privacy.sql"),
        QStringLiteral(":/sql/013_ingest_speed.sql"),
        QStringLiteral(":/sql/014_sync_article_stamps.sql"),
        QStringLiteral(":/sql/015_index_batches.sql"),
        QStringLiteral(":/sql/016_feed_documents.sql"),
    };
    return steps;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("veille-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QSqlDatabase db, QString path, QString connectionName, Access access)
    : m_db(std::move(db)), m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_access(access)
{
}

Database::~Database()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    qDeleteAll(m_sqliteStatements);
    m_sqliteStatements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion()
{
    return int(schemaSteps().size());
}

int Database::storedVersion(const QString &path)
{
    if (!QFileInfo::exists(path))
        return 0;
    const SqliteHeader header = SqliteHeader::readFile(path);
    if (header.kind == SqliteHeader::Empty)
        return 0;
    return header.kind == SqliteHeader::Complete ? header.userVersion : -1;
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/veille");
    return dir + QStringLiteral("/library.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (access == Access::Read && !info.isFile() && !info.isDir())
        return makeError(ErrorCode::DatabaseCantOpen, QStringLiteral("no library at %1").arg(path));
    if (info.exists()) {
        if (info.isDir())
            return makeError(ErrorCode::LibraryIsFolder);
        // An empty file is a new library; anything but SQLite is another program's file.
        if (const SqliteHeader header = SqliteHeader::readFile(path);
            header.kind != SqliteHeader::Empty && !header.isSqlite())
            return makeError(ErrorCode::DatabaseForeign);
    } else if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ErrorCode::LibraryFolderNotCreated, info.absolutePath());
    }

    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        Error why = SqlUtil::error(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return why;
    }
    std::unique_ptr<Database> database(new Database(db, path, name, access));
    // The Database holds the connection now; a second handle here would outlive it on
    // the error paths below and make Qt warn "connection is still in use" on stderr.
    db = QSqlDatabase();

    // Read the version before anything writes: a newer or damaged file stays untouched.
    // An SQLite header on a damaged file fails here: SQLite reads the schema on the
    // first statement.
    QSqlQuery q(database->m_db);
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("PRAGMA user_version")));
    if (!q.next())
        return makeError(ErrorCode::DatabaseCorrupt);
    const int version = q.value(0).toInt();
    q.finish();
    if (version > latestVersion())
        return makeError(ErrorCode::DatabaseNewer, version);

    if (access == Access::Read) {
        // The writer opened the file first and brought it up to date; a reader that finds
        // it otherwise would read tables that are not there yet.
        if (version < latestVersion())
            return makeError(ErrorCode::DatabaseReadOnly, QStringLiteral("schema %1 not yet upgraded").arg(version));
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                                   "PRAGMA cache_size = -32000", "PRAGMA query_only = 1"}) {
            VEILLE_TRY(SqlUtil::exec(q, QString::fromLatin1(pragma)));
        }
        q.finish();
        VEILLE_TRY(registerRankFunction(database->m_db));
        VEILLE_TRY(registerFoldFunction(database->m_db));
        return database;
    }
    // A new library's pages are 16 KiB: an import writes and reads a third as many of
    // them, each a system call, and an article's row fits in one. Fixed once the file has
    // any (an older library keeps its 4 KiB).
    if (version == 0)
        VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("PRAGMA page_size = %1").arg(kNewPageSize)));
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                               "PRAGMA temp_store = MEMORY"}) {
        VEILLE_TRY(SqlUtil::exec(q, QString::fromLatin1(pragma)));
    }
    q.finish();
    VEILLE_TRY(database->setCacheSize(kCacheKiB));
    VEILLE_TRY(registerRankFunction(database->m_db));
    VEILLE_TRY(registerFoldFunction(database->m_db));
    VEILLE_TRY(database->migrate());
    return database;
}

int Database::version() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::migrate()
{
    const int current = version();
    if (current < 0)
        return makeError(ErrorCode::DatabaseCorrupt);
    for (int step = current + 1; step <= latestVersion(); ++step) {
        QFile file(schemaSteps().at(step - 1));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::SchemaStepMissing, step);
        VEILLE_TRY(applyStep(step, QString::fromUtf8(file.readAll())));
    }
    return {};
}

Result<void> Database::applyStep(int step, const QString &sql)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        for (const QString &statement : SqlScript::statements(sql))
            VEILLE_TRY(SqlUtil::exec(q, statement));
        return SqlUtil::exec(q, QStringLiteral("PRAGMA user_version = %1").arg(step));
    });
}

Result<QSqlQuery *> Database::prepared(const QString &sql)
{
    if (QSqlQuery *q = m_statements.value(sql))
        return q;
    auto *q = new QSqlQuery(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        Error why = SqlUtil::error(q->lastError());
        delete q;
        return why;
    }
    m_statements.insert(sql, q);
    return q;
}

void Database::startBatches()
{
    m_batched = true;
    m_batchItems = 0;
    m_sinceCheckpoint = 0;
    m_checkpoints = 0;
    m_sinceCommit.start();
    // Checkpoints happen between batches (batchPoint), never in the commit a priority job
    // waits for.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

void Database::endBatches()
{
    m_batched = false;
    m_checkpointer.reset();
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
}

Result<void> Database::batchPoint()
{
    if (m_yielding)
        return {}; // a priority job's own loop: it runs whole
    const bool priority = m_yield.waiting && m_yield.waiting();
    if (m_transactionDepth == 0) {
        if (priority)
            runPriority();
        return {};
    }
    if (!m_batched || m_transactionDepth != 1)
        return {};
    ++m_batchItems;
    const bool full = m_batchItems >= kBatchSize;
    // While the window is writing (a priority job ran in the last second), batches stay
    // short, so that the commit its next write waits for is small.
    const bool windowActive = m_lastPriority.isValid() && m_lastPriority.elapsed() < kWindowActiveMs;
    if (!full && !priority && !(windowActive && m_sinceCommit.elapsed() >= kActiveBatchMs))
        return {};
    // The batch so far commits as a whole, as the job's own transaction would have.
    VEILLE_TRY(endTransaction(true));
    if (priority)
        runPriority();
    m_sinceCheckpoint += m_batchItems;
    if (m_sinceCheckpoint >= kBatchSize) {
        // What autocheckpoint would have done, but on a thread of its own rather than in
        // the commit the window's writes wait for, and before the log grows long.
        m_sinceCheckpoint = 0;
        if (!m_checkpointer)
            m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
        // Every few checkpoints the writer waits for the log to be all copied, so that its
        // next batch writes the log again from the start. Otherwise the log only grows
        // while batches keep coming: 625 MB for an import that makes a 350 MB library.
        const bool catchUp = ++m_checkpoints % kCatchUpEvery == 0;
        // A write of the window's ends the wait: it goes first, as at any batch point.
        if (!(catchUp ? m_checkpointer->catchUp(m_yield.waiting) : m_checkpointer->request())) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
        if (catchUp && m_yield.waiting && m_yield.waiting())
            runPriority(); // one that ended the wait
    }
    m_batchItems = 0;
    m_sinceCommit.start();
    return beginTransaction();
}

void Database::runPriority()
{
    m_yielding = true;
    m_yield.run();
    m_yielding = false;
    m_lastPriority.start();
}

Result<void> Database::setCacheSize(int kib)
{
    QSqlQuery q(m_db);
    return SqlUtil::exec(q, QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

Result<SqliteStatement *> Database::statement(const QString &sql)
{
    if (SqliteStatement *s = m_sqliteStatements.value(sql))
        return s;
    VEILLE_TRY_ASSIGN(std::unique_ptr<SqliteStatement> made, SqliteStatement::prepare(sqliteHandle(m_db), sql));
    SqliteStatement *s = made.release();
    m_sqliteStatements.insert(sql, s);
    return s;
}

Result<void> Database::beginTransaction()
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        return {};
    }
    QSqlQuery q(m_db);
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("BEGIN IMMEDIATE")));
    ++m_transactionDepth;
    return {};
}

Result<void> Database::endTransaction(bool succeeded)
{
    if (m_transactionDepth == 0)
        return {}; // a batch point committed and could not begin the next batch
    if (m_transactionDepth > 1) {
        --m_transactionDepth;
        return {};
    }
    Result<void> r = succeeded ? flushIndex() : Result<void>();
    --m_transactionDepth;
    QSqlQuery q(m_db);
    if (succeeded && r.ok())
        r = SqlUtil::exec(q, QStringLiteral("COMMIT"));
    if (succeeded && r.ok())
        return {};
    q.exec(QStringLiteral("ROLLBACK"));
    m_knownEntities.clear();
    m_pendingIndex.clear();
    return r;
}

Result<void> Database::indexLater(qint64 articleId, const QByteArray &title, const QByteArray &text, const QByteArray &language)
{
    // A thousand articles' text at most is held (about 3 MB): FTS5 writes its pending
    // terms as one segment when the batch ends, and its hash size (schema 15) lets it
    // hold a batch's terms until then. Fewer, larger segments are fewer merges: 200
    // articles to a batch with FTS5's 1 MB default cost a quarter more indexing time.
    constexpr qsizetype kBatch = 1000;
    m_pendingIndex.append({articleId, title, text, language});
    if (m_transactionDepth == 0 || m_pendingIndex.size() >= kBatch)
        return flushIndex();
    return {};
}

Result<void> Database::flushIndex()
{
    if (m_pendingIndex.isEmpty())
        return {};
    VEILLE_TRY_ASSIGN(SqliteStatement *insert, statement(QStringLiteral("INSERT INTO articles_fts (rowid, title, text, language) VALUES (?, ?, ?, ?)")));
    const QList<PendingIndex> pending = std::exchange(m_pendingIndex, {});
    for (const PendingIndex &p : pending) {
        insert->bind(1, p.id);
        insert->bindText(2, p.title);
        insert->bindText(3, p.text);
        insert->bindText(4, p.language);
        VEILLE_TRY(insert->run());
    }
    return {};
}

} // namespace veille
