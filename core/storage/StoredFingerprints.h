#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

#include "storage/SqliteStatement.h"

namespace veille {

// The source fingerprints of stored articles (articles.source_hash, see ItemFingerprint),
// read on a connection of its own so that an import's parsing thread can tell an
// unchanged item while the storing thread holds the write transaction. In WAL mode it
// sees the library as last committed: an item stored earlier in the same import is not
// seen and goes the long way (built, then found unchanged by its content hash).
//
// Made, used and destroyed on one thread (a Qt SQL connection belongs to its thread).
class StoredFingerprints {
public:
    // Nothing when the library cannot be opened a second time: the import then builds
    // every item, as before.
    static std::unique_ptr<StoredFingerprints> open(const QString &libraryPath);
    ~StoredFingerprints();
    StoredFingerprints(const StoredFingerprints &) = delete;
    StoredFingerprints &operator=(const StoredFingerprints &) = delete;

    // True when the article of this identity is stored with this fingerprint.
    bool matches(const QString &identity, const QString &fingerprint);

private:
    explicit StoredFingerprints(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    QString m_connectionName;
    QSqlDatabase m_db;
    // Through SQLite's own interface: a re-import asks once for every item of the file.
    std::unique_ptr<SqliteStatement> m_lookup;
};

} // namespace veille
