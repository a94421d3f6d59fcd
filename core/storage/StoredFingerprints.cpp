#include "storage/StoredFingerprints.h"

#include "storage/SqliteHandle.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace veille {

std::unique_ptr<StoredFingerprints> StoredFingerprints::open(const QString &libraryPath)
{
    if (!QFileInfo(libraryPath).isFile())
        return nullptr;
    static QAtomicInt counter;
    std::unique_ptr<StoredFingerprints> reader(
        new StoredFingerprints(QStringLiteral("veille-fingerprints-%1").arg(counter.fetchAndAddRelaxed(1))));
    reader->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader->m_connectionName);
    reader->m_db.setDatabaseName(libraryPath);
    reader->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!reader->m_db.open())
        return nullptr;
    QSqlQuery pragma(reader->m_db);
    // Only the identity index is read: a small page cache keeps the import's memory low.
    pragma.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    // A reader beside the writer (see Access): it never writes.
    pragma.exec(QStringLiteral("PRAGMA query_only = 1"));
    // A library older than schema 13 has no fingerprints: every item is built.
    auto lookup = SqliteStatement::prepare(sqliteHandle(reader->m_db), QStringLiteral("SELECT source_hash FROM articles WHERE identity = ?"));
    if (!lookup)
        return nullptr;
    reader->m_lookup = std::move(lookup).value();
    return reader;
}

StoredFingerprints::~StoredFingerprints()
{
    m_lookup.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool StoredFingerprints::matches(const QString &identity, const QString &fingerprint)
{
    if (identity.isEmpty() || fingerprint.isEmpty())
        return false;
    const QByteArray key = identity.toUtf8();
    m_lookup->bindText(1, key);
    const Result<bool> row = m_lookup->next();
    const bool same = row && *row && m_lookup->columnText(0) == QByteArrayView(fingerprint.toLatin1());
    m_lookup->reset();
    return same;
}

} // namespace veille
