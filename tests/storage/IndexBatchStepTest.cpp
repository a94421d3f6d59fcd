// The index-batches schema step gives FTS5 room for a whole batch of pending terms (its
// hash size): a library from before gets it, keeps its articles and still finds them,
// and new articles are indexed in batches under it. Facts are written with flat mention
// pairs from then on; those stored before, with mention objects, are read as they were.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "RawSql.h"
#include "TempLibrary.h"
#include "storage/ArticleStore.h"
#include "storage/EntityStore.h"
#include "storage/StoredFacts.h"

namespace veille {
namespace {

// The schema version before 015_index_batches.sql.
constexpr int kBeforeStep = 14;

using test::scalar;

class IndexBatchStep : public ::testing::Test {
protected:
    void SetUp() override
    {
        // A library as the step before left it: FTS5's default hash size.
        test::makeOlderLibrary(m_lib, kBeforeStep, {
            QStringLiteral("DELETE FROM articles_fts_config WHERE k = 'hashsize'"),
            // Facts as the versions before wrote them: each mention an object.
            QStringLiteral("INSERT INTO article_facts (article_id, engine, facts) VALUES (1, 7, "
                           "'{\"entities\":[{\"mentions\":[{\"end\":8,\"start\":0},{\"end\":26,\"start\":18}],"
                           "\"name\":\"Michelin\",\"type\":\"company\"}],\"summary\":[]}')"),
        });
    }

    test::TempLibrary m_lib;
};

TEST_F(IndexBatchStep, AnOlderLibraryGetsTheLargerHashAndKeepsItsIndex)
{
    auto db = m_lib.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->version(), Database::latestVersion());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT v FROM articles_fts_config WHERE k = 'hashsize'")).toInt(), 8388608);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'michelin'")).toInt(), 1);
}

TEST_F(IndexBatchStep, FactsStoredBeforeAreReadAsTheyWereAndNewOnesAreFlatPairs)
{
    auto db = m_lib.open();
    ASSERT_TRUE(db);
    EntityStore entities(*db);
    auto older = entities.facts(1, 7);
    ASSERT_TRUE(older.ok() && older->has_value());
    ASSERT_EQ((*older)->entities.size(), 1);
    EXPECT_EQ((*older)->entities.at(0).name, QStringLiteral("Michelin"));
    EXPECT_EQ((*older)->entities.at(0).mentions, (QList<Span>{{0, 8}, {18, 26}}));
    // The company page's reader, which skips what it does not need, reads both forms.
    const QByteArray olderBytes = scalar(*db, QStringLiteral("SELECT facts FROM article_facts WHERE article_id = 1")).toByteArray();
    const QList<Entity> companies = StoredFacts::decodeEntities(olderBytes, {EntityType::Company});
    ASSERT_EQ(companies.size(), 1);
    EXPECT_EQ(companies.at(0).mentions, (QList<Span>{{0, 8}, {18, 26}}));
    // Rewritten by today's encoding: the same facts, in fewer bytes.
    ASSERT_TRUE(entities.saveFacts(1, **older, 7).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT facts FROM article_facts WHERE article_id = 1")).toString(),
              QStringLiteral(R"({"entities":[{"mentions":[0,8,18,26],"name":"Michelin","type":"company"}],"summary":[]})"));
    auto again = entities.facts(1, 7);
    ASSERT_TRUE(again.ok() && again->has_value());
    EXPECT_EQ((*again)->entities.at(0).mentions, (QList<Span>{{0, 8}, {18, 26}}));
    const QByteArray flat = scalar(*db, QStringLiteral("SELECT facts FROM article_facts WHERE article_id = 1")).toByteArray();
    EXPECT_EQ(StoredFacts::decodeEntities(flat, {EntityType::Company}).at(0).mentions, (QList<Span>{{0, 8}, {18, 26}}));
}

TEST_F(IndexBatchStep, ArticlesStoredInOneTransactionAreAllFoundAfterItAndTheIndexIsSound)
{
    auto db = m_lib.open();
    ASSERT_TRUE(db);
    ArticleStore store(*db);
    // More than one batch of Database::indexLater, in one transaction.
    auto stored = db->transaction([&]() -> Result<void> {
        for (int i = 0; i < 2500; ++i) {
            Article a;
            a.identity = QStringLiteral("guid:%1").arg(i);
            a.title = QStringLiteral("Renault %1").arg(i);
            a.text = QStringLiteral("Renault vend des voitures électriques numéro%1.").arg(i);
            a.language = QStringLiteral("fr");
            VEILLE_TRY(store.store(a));
        }
        return {};
    });
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'electriques'")).toInt(), 2500);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'numero2499'")).toInt(), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'voit*'")).toInt(), 2500);
    QSqlQuery check(db->connection());
    EXPECT_TRUE(check.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")))
        << check.lastError().text().toStdString();
}

} // namespace
} // namespace veille
