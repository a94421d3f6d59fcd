#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "model/Article.h"
#include "model/KeyFacts.h"
#include "model/Result.h"

namespace veille {

class Database;

struct CompanyCount {
    qint64 entityId = 0;
    QString name;
    QStringList aliases;
    int articles = 0;
    bool userDefined = false; // one of the user's own companies (CompanyBook)
};

// Key facts per article, and the entity index that answers "every article about X".
class EntityStore {
public:
    explicit EntityStore(Database &db) : m_db(db) {}

    // Replaces what is stored for this article (its facts, tagged with the version of the
    // engine that made them, and its entity rows). `encoded`, when given, is
    // StoredFacts::encode(facts) made ahead on another thread.
    Result<void> saveFacts(ArticleId id, const KeyFacts &facts, int engineVersion, const QByteArray *encoded = nullptr);
    // The same for an article just added, which has nothing stored to replace.
    Result<void> saveNewFacts(ArticleId id, const KeyFacts &facts, int engineVersion, const QByteArray *encoded = nullptr);
    // The facts this engine version made for the article; none when there are none or
    // another engine made them (the caller recomputes: see Library::facts).
    Result<std::optional<KeyFacts>> facts(ArticleId id, int engineVersion);
    // The same with the article's key points given, as a caller holding the article has
    // them: the facts row alone is read.
    Result<std::optional<KeyFacts>> facts(ArticleId id, int engineVersion, const QStringList &keyPoints);
    // The version of the engine that made the stored facts, none when there are none.
    Result<std::optional<int>> factsVersion(ArticleId id);
    // Articles whose facts were made by another engine version (or never).
    Result<QList<ArticleId>> staleArticles(int engineVersion);
    // The engine version of the last complete pass of staleArticles' recomputing (none
    // before the first), and its record.
    Result<std::optional<int>> factsPassVersion();
    Result<void> setFactsPassVersion(int engineVersion);

    Result<QList<CompanyCount>> companies();

private:
    Result<qint64> entityId(EntityType type, const Entity &entity);
    Result<void> save(ArticleId id, const KeyFacts &facts, int engineVersion, const QByteArray *encoded, bool replacing);
    Database &m_db;
};

} // namespace veille
