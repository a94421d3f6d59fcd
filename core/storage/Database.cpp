#include "storage/Database.h"

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
    };
    return steps;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("veille-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QSqlDatabase db, QString path, QString connectionName)
    : m_db(std::move(db)), m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    qDeleteAll(m_statements);
    m_statements.clear();
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

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return makeError(QStringLiteral("%1 is a folder, not a library file").arg(path));
        // An empty file is a new library; anything but SQLite is another program's file.
        if (const SqliteHeader header = SqliteHeader::readFile(path);
            header.kind != SqliteHeader::Empty && !header.isSqlite())
            return makeError(QStringLiteral("%1 is not a Veille library (not an SQLite database); it was left untouched").arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return makeError(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    }

    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(QStringLiteral("cannot open %1: %2").arg(path, why));
    }
    std::unique_ptr<Database> database(new Database(db, path, name));
    // The Database holds the connection now; a second handle here would outlive it on
    // the error paths below and make Qt warn "connection is still in use" on stderr.
    db = QSqlDatabase();

    // Read the version before anything writes: a newer or damaged file stays untouched.
    QSqlQuery q(database->m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return makeError(QStringLiteral("%1 is damaged or not a Veille library (%2); it was left untouched")
                             .arg(path, q.lastError().text()));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > latestVersion()) {
        return makeError(QStringLiteral("%1 was written by a newer version of Veille (schema %2, this one reads up to %3); "
                                        "it was left untouched")
                             .arg(path).arg(version).arg(latestVersion()));
    }

    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            return makeError(QStringLiteral("cannot prepare %1: %2").arg(path, q.lastError().text()));
        }
    }
    q.finish();
    if (auto registered = registerRankFunction(database->m_db); !registered)
        return makeError(QStringLiteral("cannot prepare %1: %2").arg(path, registered.errorMessage()));
    if (auto registered = registerFoldFunction(database->m_db); !registered)
        return makeError(QStringLiteral("cannot prepare %1: %2").arg(path, registered.errorMessage()));

    if (auto migrated = database->migrate(); !migrated)
        return migrated.error();
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
        return makeError(QStringLiteral("%1 is damaged: its schema version cannot be read").arg(m_path));
    for (int step = current + 1; step <= latestVersion(); ++step) {
        QFile file(schemaSteps().at(step - 1));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("schema step %1 is missing from this build").arg(step));
        VEILLE_TRY(applyStep(step, QString::fromUtf8(file.readAll())));
    }
    return {};
}

Result<void> Database::applyStep(int step, const QString &sql)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        for (const QString &statement : SqlScript::statements(sql)) {
            if (!q.exec(statement)) {
                return makeError(QStringLiteral("upgrading %1 to schema %2 failed: %3")
                                     .arg(m_path).arg(step).arg(q.lastError().text()));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step)))
            return makeError(QStringLiteral("upgrading %1 to schema %2 failed: %3").arg(m_path).arg(step).arg(q.lastError().text()));
        return {};
    });
}

Result<QSqlQuery *> Database::prepared(const QString &sql)
{
    if (QSqlQuery *q = m_statements.value(sql))
        return q;
    auto *q = new QSqlQuery(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        const QString why = q->lastError().text();
        delete q;
        return makeError(QStringLiteral("database error: %1").arg(why));
    }
    m_statements.insert(sql, q);
    return q;
}

Result<void> Database::transaction(const std::function<Result<void>()> &fn)
{
    // Nested calls join the outer transaction: one file's import is one unit even when
    // it is made of several store calls that each ask for a transaction.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> r = fn();
        --m_transactionDepth;
        return r;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return makeError(QStringLiteral("cannot write to %1: %2").arg(m_path, q.lastError().text()));
    ++m_transactionDepth;
    Result<void> r = fn();
    if (r.ok())
        r = flushIndex();
    --m_transactionDepth;
    if (!r.ok()) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_knownEntities.clear();
        m_pendingIndex.clear();
        return r;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        m_knownEntities.clear();
        return makeError(QStringLiteral("cannot save to %1: %2").arg(m_path, why));
    }
    return {};
}

Result<void> Database::indexLater(qint64 articleId, const QString &title, const QString &text, const QString &language)
{
    // A few hundred articles' text at most is held: FTS5 keeps about 1 MB of pending
    // terms in memory before it writes a segment of its own accord.
    constexpr qsizetype kBatch = 200;
    m_pendingIndex.append({articleId, title, text, language});
    if (m_transactionDepth == 0 || m_pendingIndex.size() >= kBatch)
        return flushIndex();
    return {};
}

Result<void> Database::flushIndex()
{
    if (m_pendingIndex.isEmpty())
        return {};
    auto insert = prepared(QStringLiteral("INSERT INTO articles_fts (rowid, title, text, language) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    QSqlQuery &q = **insert;
    const QList<PendingIndex> pending = std::exchange(m_pendingIndex, {});
    for (const PendingIndex &p : pending) {
        q.addBindValue(p.id);
        q.addBindValue(p.title.isNull() ? QStringLiteral("") : p.title);
        q.addBindValue(p.text.isNull() ? QStringLiteral("") : p.text);
        q.addBindValue(p.language.isNull() ? QStringLiteral("") : p.language);
        if (!q.exec())
            return makeError(QStringLiteral("cannot index the article %1: %2").arg(p.id).arg(q.lastError().text()));
    }
    return {};
}

} // namespace veille
