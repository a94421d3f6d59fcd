// The index-batches schema step gives FTS5 room for a whole batch of pending terms (its
// hash size): a library from before gets it, keeps its articles and still finds them,
// and new articles are indexed in batches under it.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "RawSql.h"
#include "TempLibrary.h"
#include "storage/ArticleStore.h"

namespace veille {
namespace {

// The schema version before 016_index_batches.sql, the last step.
const int kBeforeStep = Database::latestVersion() - 1;

using test::rawSql;

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0);
}

class IndexBatchStep : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = m_lib.open();
        ASSERT_TRUE(db);
        db.reset();
        // A library as the step before left it: FTS5's default hash size.
        rawSql(m_lib.path(), {
            QStringLiteral("INSERT INTO articles (id, identity, title, text, language, added, sort_time, content_hash) "
                           "VALUES (1, 'guid:a', 'Michelin', 'Michelin ferme deux sites.', 'fr', 0, 0, 'old')"),
            QStringLiteral("INSERT INTO articles_fts (rowid, title, text, language) "
                           "VALUES (1, 'Michelin', 'Michelin ferme deux sites.', 'fr')"),
            QStringLiteral("DELETE FROM articles_fts_config WHERE k = 'hashsize'"),
            QStringLiteral("PRAGMA user_version = %1").arg(kBeforeStep),
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
