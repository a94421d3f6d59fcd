#include "storage/EntityStore.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "storage/CompactJson.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteStatement.h"
#include "storage/StoredFacts.h"
#include "text/Fold.h"

namespace veille {

namespace {

bool isIndexed(EntityType t)
{
    return t == EntityType::Company || t == EntityType::Person || t == EntityType::Place || t == EntityType::Organisation;
}

} // namespace

Result<qint64> EntityStore::entityId(EntityType type, const Entity &e)
{
    const QString typeName = entityTypeName(type);
    const QString key = Fold::key(e.name);
    const QString aliases = QString::fromUtf8(CompactJson::stringArray(e.aliases));
    const bool newAliases = !e.aliases.isEmpty();
    QHash<QString, Database::KnownEntity> &known = m_db.knownEntities();
    const QString knownKey = typeName + QChar(0x1f) + key;
    const auto found = known.constFind(knownKey);
    if (found != known.constEnd() && (!newAliases || found->aliases == aliases))
        return found->id;

    // A known entity keeps its first name; aliases from the gazetteer replace older ones.
    // An import meets a new name every article or so (people, towns): both statements
    // go through SQLite's own interface.
    VEILLE_TRY_ASSIGN(SqliteStatement *upsert, m_db.statement(QStringLiteral(
        "INSERT INTO entities (type, name, key, aliases) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(type, key) DO UPDATE SET aliases = excluded.aliases "
        "WHERE excluded.aliases <> '[]' AND excluded.aliases <> entities.aliases")));
    const QByteArray type8 = typeName.toUtf8();
    const QByteArray name8 = e.name.toUtf8();
    const QByteArray key8 = key.toUtf8();
    const QByteArray aliases8 = aliases.toUtf8();
    upsert->bindText(1, type8);
    upsert->bindText(2, name8);
    upsert->bindText(3, key8);
    upsert->bindText(4, aliases8);
    VEILLE_TRY(upsert->run());
    VEILLE_TRY_ASSIGN(SqliteStatement *select, m_db.statement(QStringLiteral("SELECT id, aliases FROM entities WHERE type = ? AND key = ?")));
    select->bindText(1, type8);
    select->bindText(2, key8);
    VEILLE_TRY_ASSIGN(const bool stored, select->next());
    if (!stored)
        return makeError(ErrorCode::DatabaseError, e.name);
    const qint64 id = select->columnInt64(0);
    // Remembered up to a bound: the names an import meets again and again are few, but
    // one-off names (people, towns) came to 26,000 in 20,000 articles, a fifth of the
    // import's memory on short items. Forgotten all at once, the few come back at once.
    constexpr qsizetype kKnownAtMost = 4096;
    if (known.size() >= kKnownAtMost)
        known.clear();
    known.insert(knownKey, {id, QString::fromUtf8(select->columnText(1))});
    select->reset();
    return id;
}

Result<void> EntityStore::saveFacts(ArticleId id, const KeyFacts &facts, int engineVersion, const QByteArray *encoded)
{
    return save(id, facts, engineVersion, encoded, true);
}

Result<void> EntityStore::saveNewFacts(ArticleId id, const KeyFacts &facts, int engineVersion, const QByteArray *encoded)
{
    return save(id, facts, engineVersion, encoded, false);
}

Result<void> EntityStore::save(ArticleId id, const KeyFacts &facts, int engineVersion, const QByteArray *encoded, bool replacing)
{
    return m_db.transaction([&]() -> Result<void> {
        if (replacing) {
            VEILLE_TRY_ASSIGN(SqliteStatement *clear, m_db.statement(QStringLiteral("DELETE FROM article_entities WHERE article_id = ?")));
            clear->bind(1, id);
            VEILLE_TRY(clear->run());
        }

        // For a new article, plain inserts: a statement that may replace rows makes
        // SQLite open a statement journal, and each of those makes FTS5 write out the
        // terms it holds for the import's pending batch (Database::indexLater).
        VEILLE_TRY_ASSIGN(SqliteStatement *save, m_db.statement(replacing
            ? QStringLiteral("INSERT OR REPLACE INTO article_facts (article_id, engine, facts) VALUES (?, ?, ?)")
            : QStringLiteral("INSERT INTO article_facts (article_id, engine, facts) VALUES (?, ?, ?)")));
        const QByteArray made = encoded ? QByteArray() : StoredFacts::encode(facts);
        save->bind(1, id);
        save->bind(2, engineVersion);
        save->bindText(3, encoded ? *encoded : made);
        VEILLE_TRY(save->run());

        // The index behind "every article about X", ranked by mentions; where the
        // mentions are, the facts JSON above says. Two names of one entity (folded
        // alike) make one link, with the count of the last, as a replacing insert did.
        QList<std::pair<qint64, qsizetype>> links;
        for (const Entity &e : facts.entities) {
            if (!isIndexed(e.type) || e.name.trimmed().isEmpty())
                continue;
            VEILLE_TRY_ASSIGN(const qint64 eid, entityId(e.type, e));
            auto same = std::find_if(links.begin(), links.end(), [eid](const auto &l) { return l.first == eid; });
            if (same != links.end())
                same->second = e.mentions.size();
            else
                links.append({eid, e.mentions.size()});
        }
        VEILLE_TRY_ASSIGN(SqliteStatement *link, m_db.statement(QStringLiteral(
            "INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)")));
        for (const auto &[eid, mentions] : links) {
            link->bind(1, id);
            link->bind(2, eid);
            link->bind(3, mentions);
            VEILLE_TRY(link->run());
        }
        return {};
    });
}

Result<std::optional<KeyFacts>> EntityStore::facts(ArticleId id, int engineVersion)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT f.facts, a.key_points FROM article_facts f JOIN articles a ON a.id = f.article_id "
                             "WHERE f.article_id = ? AND f.engine = ?"));
    q.addBindValue(id);
    q.addBindValue(engineVersion);
    VEILLE_TRY(SqlUtil::exec(q));
    if (!q.next())
        return std::optional<KeyFacts>();
    return std::optional<KeyFacts>(
        StoredFacts::decode(q.value(0).toString().toUtf8(), StoredFacts::decodeKeyPoints(q.value(1).toString())));
}

Result<std::optional<KeyFacts>> EntityStore::facts(ArticleId id, int engineVersion, const QStringList &keyPoints)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT facts FROM article_facts WHERE article_id = ? AND engine = ?"),
                            {id, engineVersion}));
    if (!q.next())
        return std::optional<KeyFacts>();
    return std::optional<KeyFacts>(StoredFacts::decode(q.value(0).toString().toUtf8(), keyPoints));
}

Result<std::optional<int>> EntityStore::factsVersion(ArticleId id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT engine FROM article_facts WHERE article_id = ?"));
    q.addBindValue(id);
    VEILLE_TRY(SqlUtil::exec(q));
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.value(0).toInt());
}

Result<QList<ArticleId>> EntityStore::staleArticles(int engineVersion)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id FROM articles a LEFT JOIN article_facts f ON f.article_id = a.id "
                             "WHERE f.article_id IS NULL OR f.engine <> ? ORDER BY a.id"));
    q.addBindValue(engineVersion);
    VEILLE_TRY(SqlUtil::exec(q));
    QList<ArticleId> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<std::optional<int>> EntityStore::factsPassVersion()
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT engine FROM facts_pass WHERE id = 1"), {}));
    return q.next() ? std::optional<int>(q.value(0).toInt()) : std::nullopt;
}

Result<void> EntityStore::setFactsPassVersion(int engineVersion)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("INSERT OR REPLACE INTO facts_pass (id, engine) VALUES (1, ?)"), {engineVersion});
}

Result<QList<CompanyCount>> EntityStore::companies()
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral(
        // Counted per company from the ranked index, not by grouping every link. The
        // user's companies are listed even before an article names them, with their
        // names and aliases as the user gave them.
        "SELECT id, name, aliases, n, user FROM (SELECT e.id, COALESCE(u.name, e.name) AS name, "
        "COALESCE(u.aliases, e.aliases) AS aliases, u.id IS NOT NULL AS user, "
        "(SELECT count(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS n "
        "FROM entities e LEFT JOIN user_companies u ON u.key = e.key WHERE e.type = 'company') WHERE n > 0 OR user "
        "UNION ALL SELECT 0, u.name, u.aliases, 0, 1 FROM user_companies u "
        "WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.type = 'company' AND e.key = u.key) "
        "ORDER BY 4 DESC, 2 COLLATE NOCASE")));
    QList<CompanyCount> out;
    while (q.next()) {
        CompanyCount c;
        c.entityId = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        for (const auto &v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
            c.aliases << v.toString();
        c.articles = q.value(3).toInt();
        c.userDefined = q.value(4).toBool();
        out.append(c);
    }
    return out;
}

} // namespace veille
