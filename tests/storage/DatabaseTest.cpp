#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "TempLibrary.h"
#include "VersionOneLibrary.h"
#include "search/QueryParser.h"
#include "storage/ArticleStore.h"
#include "storage/SearchStore.h"
#include "storage/SqlScript.h"
#include "storage/StateStore.h"

using namespace veille;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Article sampleArticle(const QString &identity)
{
    Article a;
    a.identity = identity;
    a.title = QStringLiteral("Airbus relève ses objectifs");
    a.text = QStringLiteral("Airbus a relevé ses objectifs de livraisons pour l'année.");
    a.language = QStringLiteral("fr");
    return a;
}

} // namespace

TEST(Database, NewLibraryIsAtTheLatestSchemaWithWalAndForeignKeys)
{
    test::TempLibrary lib;
    auto db = lib.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->version(), Database::latestVersion());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Database::kNewPageSize);
}

TEST(Database, UpgradesAVersionOneLibraryAndKeepsItsArticlesAndStates)
{
    test::TempLibrary lib;
    ASSERT_NO_FATAL_FAILURE(test::writeVersionOneLibrary(lib.path()));

    auto db = lib.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->version(), Database::latestVersion());
    ArticleStore articles(*db);
    auto id = articles.idForIdentity(QStringLiteral("url:https://example.org/a"));
    ASSERT_TRUE(id.ok() && id->has_value());
    auto state = StateStore(*db).state(**id);
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->favourite);
    EXPECT_TRUE(state->read);
    QSqlQuery q(db->connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM entities")));
    // The full-text index, rebuilt by later steps, still finds the old article.
    auto hits = SearchStore(*db).search(QueryParser::parse(QStringLiteral("conserve")), {}, 10);
    ASSERT_TRUE(hits.ok()) << hits.errorMessage().toStdString();
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, **id);
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")))
        << q.lastError().text().toStdString();
    // The file keeps the page size it was made with.
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 4096);
}

TEST(Database, ReadsTheStoredVersionFromTheFileHeaderWithoutOpeningIt)
{
    test::TempLibrary lib;
    { ASSERT_TRUE(lib.open()); }
    EXPECT_EQ(Database::storedVersion(lib.path()), Database::latestVersion());

    EXPECT_EQ(Database::storedVersion(lib.dir() + QStringLiteral("/missing.sqlite")), 0);

    const QString empty = lib.dir() + QStringLiteral("/empty.sqlite");
    ASSERT_TRUE(QFile(empty).open(QIODevice::WriteOnly));
    EXPECT_EQ(Database::storedVersion(empty), 0);

    const QString text = lib.dir() + QStringLiteral("/notes.sqlite");
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Notes from the meeting, not a library at all.\n"
                "A second line, so that the file is longer than an SQLite header.\n");
    }
    EXPECT_EQ(Database::storedVersion(text), -1);

    const QString old = lib.dir() + QStringLiteral("/old.sqlite");
    ASSERT_NO_FATAL_FAILURE(test::writeVersionOneLibrary(old));
    const QByteArray before = fileBytes(old);
    EXPECT_EQ(Database::storedVersion(old), 1);
    EXPECT_EQ(fileBytes(old), before) << "reading the version must not change the file";
}

TEST(Database, RefusesALibraryFromANewerVersionAndLeavesItUntouched)
{
    test::TempLibrary lib;
    {
        auto db = lib.open();
        ASSERT_TRUE(db);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileBytes(lib.path());
    auto again = Database::open(lib.path(), Access::Write);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::DatabaseNewer) << again.errorMessage().toStdString();
    EXPECT_EQ(again.error().detail, QStringLiteral("99"));
    EXPECT_EQ(fileBytes(lib.path()), before);
    EXPECT_FALSE(QFile::exists(lib.path() + QStringLiteral("-wal")));
}

TEST(Database, RefusesAFileThatIsNotALibraryAndLeavesItUntouched)
{
    test::TempLibrary lib;
    const QByteArray garbage("This is a shopping list, not a database.\n");
    {
        QFile f(lib.path());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    auto db = Database::open(lib.path(), Access::Write);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DatabaseForeign) << db.errorMessage().toStdString();
    EXPECT_EQ(fileBytes(lib.path()), garbage);
}

TEST(Database, ReportsADamagedLibraryClearly)
{
    test::TempLibrary lib;
    {
        auto db = lib.open();
        ASSERT_TRUE(db);
        ASSERT_TRUE(ArticleStore(*db).store(sampleArticle(QStringLiteral("url:x"))).ok());
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    {
        // Keep the header, wreck the pages after it.
        QFile f(lib.path());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(8192, '\xAB'));
    }
    const QByteArray before = fileBytes(lib.path());
    auto db = Database::open(lib.path(), Access::Write);
    if (db.ok()) {
        // SQLite may open it; reading must then fail with a clear message, not crash.
        auto list = ArticleStore(**db).list({});
        ASSERT_FALSE(list.ok());
        EXPECT_EQ(list.error().code, ErrorCode::DatabaseCorrupt) << list.errorMessage().toStdString();
    } else {
        EXPECT_EQ(db.error().code, ErrorCode::DatabaseCorrupt) << db.errorMessage().toStdString();
        EXPECT_EQ(fileBytes(lib.path()), before);
    }
}

TEST(Database, RollsBackEverythingWhenATransactionFails)
{
    test::TempLibrary lib;
    auto db = lib.open();
    ASSERT_TRUE(db);
    ArticleStore store(*db);
    auto r = db->transaction([&]() -> Result<void> {
        VEILLE_TRY(store.store(sampleArticle(QStringLiteral("url:first"))));
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("second.txt"));
    });
    EXPECT_FALSE(r.ok());
    auto count = store.count({});
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 0);
}

TEST(SqlScript, KeepsTriggerBodiesWhole)
{
    const QStringList s = SqlScript::statements(QStringLiteral(
        "-- comment\nCREATE TABLE t (a);\n\nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n  INSERT INTO t VALUES (1);\n  SELECT 2;\nEND;\n"));
    ASSERT_EQ(s.size(), 2);
    EXPECT_TRUE(s[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(s[1].endsWith(QStringLiteral("END;")));
}
