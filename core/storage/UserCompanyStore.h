#pragma once

#include <QList>
#include <QString>
#include <memory>
#include <optional>

#include "model/CompanyProfile.h"
#include "model/Result.h"

namespace veille {

class Database;
class UserCompanyFinder;

// The user's own companies (table user_companies, schema 10): rows only. The rules (a
// name is not empty, no alias of another company) are CompanyBook's.
class UserCompanyStore {
public:
    explicit UserCompanyStore(Database &db) : m_db(db) {}

    // In the order they were added.
    Result<QList<UserCompany>> all();
    // The company whose name folds like `name` (Fold::key), if any.
    Result<std::optional<UserCompany>> find(const QString &name);
    Result<void> insert(const UserCompany &company);
    // Replaces the company named `name` (folded) by `company`, keeping its place.
    Result<void> replace(const QString &name, const UserCompany &company);
    // Returns false when there was no such company.
    Result<bool> remove(const QString &name);

    // A finder for what is stored now, for every path that computes key facts (import,
    // refresh, Library::facts, the facts pass). Read at each call: another connection
    // (the window's, the storage thread's) may have changed the list meanwhile.
    Result<std::shared_ptr<const UserCompanyFinder>> finder();

private:
    Database &m_db;
};

} // namespace veille
