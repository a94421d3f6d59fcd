#pragma once

#include <QList>

#include "model/Article.h"
#include "model/Result.h"

namespace veille {

class Database;

// Read and favourite flags: the only mutable part of an article, kept in their own
// table so no refresh or re-import can reset them.
class StateStore {
public:
    explicit StateStore(Database &db) : m_db(db) {}

    // Errors when the article does not exist.
    Result<ArticleState> state(ArticleId id);
    Result<void> setFavourite(ArticleId id, bool favourite);
    Result<void> setRead(ArticleId id, bool read);
    // Marks many at once, in one transaction.
    Result<void> setRead(const QList<ArticleId> &ids, bool read);

private:
    Result<void> setFlag(const char *column, ArticleId id, bool value);
    Database &m_db;
};

} // namespace veille
