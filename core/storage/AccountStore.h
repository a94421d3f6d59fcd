#pragma once

#include <QList>
#include <optional>

#include "model/Result.h"
#include "sync/Account.h"

namespace veille {

class Database;

// The sync accounts of a library (schema 11). Removing one removes its feeds and their
// articles, except the favourites, which stay as imported articles.
class AccountStore {
public:
    explicit AccountStore(Database &db) : m_db(db) {}

    // AccountExists when the same user on the same server is already there.
    Result<AccountId> add(const QString &type, const QString &url, const QString &user);
    Result<QList<Account>> accounts();
    Result<std::optional<Account>> account(AccountId id);
    // The outcome of a sync: the error (None: it went well, and the time is kept).
    Result<void> recordSync(AccountId id, const Error &error);
    Result<void> setSinceId(AccountId id, qint64 sinceId);
    // AccountNotFound when there is none. Returns how many favourites were kept.
    Result<int> remove(AccountId id);

private:
    Database &m_db;
};

} // namespace veille
