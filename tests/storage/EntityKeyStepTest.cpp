// Schema step 8 refolds entity keys with today's Fold::key: a library written when "ø" and
// ligatures were kept must find its companies by the keys searches now fold to.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "RawSql.h"
#include "TempLibrary.h"
#include "text/Fold.h"

namespace veille {
namespace {

using test::rawSql;

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0).toLongLong();
}

class EntityKeyStep : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = m_lib.open();
        ASSERT_TRUE(db);
        db.reset();
        // Three articles; "Ørsted" keyed as before (ø kept) on two of them, "Orsted" keyed
        // by the new rule on one of those and a third; a ligature name alone.
        rawSql(m_lib.path(), test::withoutFeedDocuments() + QStringList{
            QStringLiteral("INSERT INTO feeds (id, url, title, added) VALUES (1, 'file:///f', 'f', 0)"),
            QStringLiteral("INSERT INTO articles (id, feed_id, identity, title, text, language, added, sort_time) "
                           "VALUES (1, 1, 'a', 'a', 't', 'en', 0, 0), (2, 1, 'b', 'b', 't', 'en', 0, 0), "
                           "(3, 1, 'c', 'c', 't', 'en', 0, 0)"),
            QStringLiteral("INSERT INTO entities (id, type, name, key) VALUES "
                           "(10, 'company', 'Ørsted', 'ørsted'), (11, 'company', 'Orsted', 'orsted'), "
                           "(12, 'company', 'Cæsar Holding', 'cæsar holding'), (13, 'place', 'Ørsted', 'ørsted')"),
            QStringLiteral("INSERT INTO article_entities (article_id, entity_id, mentions) VALUES "
                           "(1, 10, 4), (2, 10, 1), (2, 11, 3), (3, 11, 2), (3, 12, 1), (1, 13, 1)"),
            // What later steps added is not there yet in a version-7 library.
            QStringLiteral("DROP TRIGGER article_images_unstarred"),
            QStringLiteral("DROP TRIGGER article_images_feed_stops"),
            QStringLiteral("DROP TABLE article_images"),
            QStringLiteral("ALTER TABLE feeds DROP COLUMN images"),
            QStringLiteral("ALTER TABLE feeds DROP COLUMN offline_images"),
            QStringLiteral("DROP TABLE facts_pass"),
            QStringLiteral("DROP TRIGGER sync_queue_read"),
            QStringLiteral("DROP TRIGGER sync_queue_favourite"),
            QStringLiteral("DROP TABLE sync_applying"),
            QStringLiteral("DROP TABLE sync_queue"),
            QStringLiteral("DROP TABLE remote_articles"),
            QStringLiteral("DROP INDEX feeds_by_account"),
            QStringLiteral("ALTER TABLE feeds DROP COLUMN account_id"),
            QStringLiteral("ALTER TABLE feeds DROP COLUMN remote_id"),
            QStringLiteral("ALTER TABLE feeds DROP COLUMN remote_url"),
            QStringLiteral("DROP TABLE accounts"),
            QStringLiteral("DROP TABLE follows"),
            QStringLiteral("DROP TABLE user_companies"),
            QStringLiteral("ALTER TABLE articles DROP COLUMN source_hash"),
            QStringLiteral("PRAGMA user_version = 7"),
        });
    }

    test::TempLibrary m_lib;
};

TEST_F(EntityKeyStep, NamesThatNowFoldAlikeBecomeOneEntityWithEveryArticle)
{
    auto db = m_lib.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->version(), Database::latestVersion()); // step 8 ran, and those after it
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM entities WHERE type = 'company' AND key = 'orsted'")), 1);
    // The row that already had the new key is kept; every article is linked to it once.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT id FROM entities WHERE type = 'company' AND key = 'orsted'")), 11);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM article_entities WHERE entity_id = 11")), 3);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM entities WHERE id = 10")), 0);
}

TEST_F(EntityKeyStep, AnArticleLinkedToBothKeepsTheLargerMentionCount)
{
    auto db = m_lib.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT mentions FROM article_entities WHERE article_id = 2 AND entity_id = 11")), 3);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT mentions FROM article_entities WHERE article_id = 1 AND entity_id = 11")), 4);
}

TEST_F(EntityKeyStep, ALoneEntityKeepsItsIdAndGetsTheKeyOfTodaysFold)
{
    auto db = m_lib.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM entities WHERE id = 12 AND key = 'caesar holding'")), 1);
    EXPECT_EQ(Fold::key(QStringLiteral("Cæsar Holding")), QStringLiteral("caesar holding"));
    // Another type with the same name is another entity, refolded on its own.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM entities WHERE id = 13 AND key = 'orsted'")), 1);
}

TEST_F(EntityKeyStep, EveryKeyEqualsTheFoldOfItsNameAfterTheStep)
{
    auto db = m_lib.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM entities WHERE key <> veille_fold(name)")), 0);
}

} // namespace
} // namespace veille
