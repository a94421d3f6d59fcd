// The ingest-speed schema step adds each article's source fingerprint: a library from
// before keeps every article, with an empty fingerprint that its next import fills in.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "RawSql.h"
#include "TempLibrary.h"
#include "storage/ArticleStore.h"

namespace veille {
namespace {

constexpr int kBeforeStep = 12; // the schema version before 013_ingest_speed.sql

using test::scalar;

class SourceHashStep : public ::testing::Test {
protected:
    void SetUp() override
    {
        // A library as step 012 left it: no source_hash column (step 013).
        test::makeOlderLibrary(m_lib, kBeforeStep, {
            QStringLiteral("ALTER TABLE articles DROP COLUMN source_hash"),
            // and without what the steps after it add (014: the server's date of a synced article)
            QStringLiteral("ALTER TABLE remote_articles DROP COLUMN updated"),
        });
    }

    test::TempLibrary m_lib;
};

TEST_F(SourceHashStep, AnOlderLibraryGetsAnEmptyFingerprintPerArticleAndKeepsItsText)
{
    auto db = m_lib.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->version(), Database::latestVersion());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM articles")).toInt(), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT source_hash FROM articles WHERE id = 1")).toString(), QString());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT content_hash FROM articles WHERE id = 1")).toString(), QStringLiteral("old"));
    // The full-text index is untouched by the step.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'michelin'")).toInt(), 1);
}

TEST_F(SourceHashStep, AnArticleStoredWithAFingerprintKeepsItAndAnUnchangedOneLearnsIt)
{
    auto db = m_lib.open();
    ASSERT_TRUE(db);
    Article a;
    a.identity = QStringLiteral("guid:b");
    a.title = QStringLiteral("Renault");
    a.text = QStringLiteral("Renault vend des voitures.");
    a.language = QStringLiteral("fr");
    ArticleStore store(*db);
    auto added = store.store(a, QStringLiteral("1:abc"));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->kind, StoreOutcome::Added);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT source_hash FROM articles WHERE identity = 'guid:b'")).toString(),
              QStringLiteral("1:abc"));
    // The same article from an item read differently: unchanged, with the new fingerprint.
    auto again = store.store(a, QStringLiteral("1:def"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->kind, StoreOutcome::Unchanged);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT source_hash FROM articles WHERE identity = 'guid:b'")).toString(),
              QStringLiteral("1:def"));
    // Stored without one (not from a feed): the fingerprint stays as it was.
    ASSERT_TRUE(store.store(a).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT source_hash FROM articles WHERE identity = 'guid:b'")).toString(),
              QStringLiteral("1:def"));
}

} // namespace
} // namespace veille
