#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "NetTestSupport.h"
#include "storage/Database.h"
#include "storage/FeedStore.h"
#include "storage/SqlScript.h"
#include "update/OpmlExporter.h"

using namespace veille;

namespace {

std::unique_ptr<Database> openAt(const QString &path)
{
    auto db = Database::open(path, Access::Write);
    EXPECT_TRUE(db.ok()) << db.errorMessage().toStdString();
    return db.ok() ? std::move(db).value() : nullptr;
}

Feed webFeed(const QString &title, const QString &url, const QString &folder)
{
    Feed f;
    f.title = title;
    f.url = url;
    f.folder = folder;
    return f;
}

} // namespace

TEST(FeedUpkeepSchema, AVersionTwoLibraryUpgradesWithEveryFeedKeepingEverything)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        for (const char *step : {":/sql/001_initial.sql", ":/sql/002_key_facts.sql"}) {
            QFile f(QString::fromLatin1(step));
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            for (const QString &s : SqlScript::statements(QString::fromUtf8(f.readAll())))
                ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO feeds (url, title, etag, added) VALUES ('https://example.org/rss', 'Ancien flux', '\"e\"', 1)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    auto db = openAt(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->version(), Database::latestVersion());
    FeedStore feeds(*db);
    auto all = feeds.feeds();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().etag, QStringLiteral("\"e\""));
    auto policy = feeds.retention(all->first().id);
    ASSERT_TRUE(policy.ok());
    EXPECT_TRUE(policy->keepsEverything());
}

TEST(FeedUpkeepStore, OnlyWebFeedsAreDueAndNeverFetchedOnesComeFirst)
{
    QTemporaryDir dir;
    auto db = openAt(dir.filePath(QStringLiteral("l.sqlite")));
    ASSERT_TRUE(db);
    FeedStore feeds(*db);
    const FeedId web = *feeds.ensure(QStringLiteral("https://example.org/rss"), QStringLiteral("Web"), {});
    const FeedId fetched = *feeds.ensure(QStringLiteral("http://example.org/atom"), QStringLiteral("Fetched"), {});
    *feeds.ensure(QStringLiteral("file:///home/me/saved.rss"), QStringLiteral("Saved"), {});
    ASSERT_TRUE(feeds.recordFetch(fetched, {}, {}).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(*feeds.dueFeeds(now, 60), QList<FeedId>{web});
    EXPECT_EQ(*feeds.dueFeeds(now.addSecs(3601), 60), (QList<FeedId>{web, fetched}));
    EXPECT_EQ(*feeds.webFeeds(), (QList<FeedId>{fetched, web}));
}

TEST(FeedUpkeepStore, AFailedFetchKeepsTheValidatorsAndARefreshKeepsAGivenTitle)
{
    QTemporaryDir dir;
    auto db = openAt(dir.filePath(QStringLiteral("l.sqlite")));
    ASSERT_TRUE(db);
    FeedStore feeds(*db);
    const FeedId id = *feeds.ensure(QStringLiteral("https://example.org/rss"), QStringLiteral("Mon nom à moi"), {});
    ASSERT_TRUE(feeds.recordFetch(id, QStringLiteral("\"v1\""), QStringLiteral("Wed, 25 Nov 2026 07:45:00 GMT")).ok());
    ASSERT_TRUE(feeds.recordError(id, makeError(ErrorCode::HttpStatus, QStringLiteral("503 Service Unavailable"))).ok());
    ASSERT_TRUE(feeds.fillIn(id, QStringLiteral("Titre du flux"), QStringLiteral("https://example.org/")).ok());
    const Feed f = **feeds.feed(id);
    EXPECT_EQ(f.etag, QStringLiteral("\"v1\""));
    EXPECT_EQ(f.lastModified, QStringLiteral("Wed, 25 Nov 2026 07:45:00 GMT"));
    EXPECT_EQ(f.lastError, makeError(ErrorCode::HttpStatus, QStringLiteral("503 Service Unavailable")));
    // The library keeps the code and its facts, never a sentence in some language.
    QSqlQuery raw(db->connection());
    ASSERT_TRUE(raw.exec(QStringLiteral("SELECT last_error FROM feeds WHERE id = %1").arg(id)) && raw.next());
    EXPECT_EQ(raw.value(0).toString(), QStringLiteral("HttpStatus\t503 Service Unavailable"));
    EXPECT_EQ(f.title, QStringLiteral("Mon nom à moi"));
    EXPECT_EQ(f.siteUrl, QStringLiteral("https://example.org/"));
}

TEST(OpmlExporter, NestsFoldersFoldersFirstAndLeavesOutFilesThatAreNotWebFeeds)
{
    const QList<OpmlOutline> top = OpmlExporter::outlines({
        webFeed(QStringLiteral("Zeit"), QStringLiteral("https://zeit.example/rss"), {}),
        webFeed(QStringLiteral("Boursorama"), QStringLiteral("https://bourse.example/rss"), QStringLiteral("Économie/Marchés")),
        webFeed(QStringLiteral("Les Échos"), QStringLiteral("https://echos.example/rss"), QStringLiteral("Économie")),
        webFeed(QStringLiteral("Sauvé"), QStringLiteral("file:///home/me/saved.rss"), QStringLiteral("Économie")),
        webFeed(QStringLiteral("Agence"), QStringLiteral("https://agence.example/rss"), {}),
    });
    ASSERT_EQ(top.size(), 3);
    EXPECT_EQ(top[0].title, QStringLiteral("Économie"));
    EXPECT_TRUE(top[0].xmlUrl.isEmpty());
    EXPECT_EQ(top[1].title, QStringLiteral("Agence"));
    EXPECT_EQ(top[2].title, QStringLiteral("Zeit"));
    ASSERT_EQ(top[0].children.size(), 2);
    EXPECT_EQ(top[0].children[0].title, QStringLiteral("Marchés"));
    EXPECT_EQ(top[0].children[0].children.value(0).xmlUrl, QStringLiteral("https://bourse.example/rss"));
    EXPECT_EQ(top[0].children[1].xmlUrl, QStringLiteral("https://echos.example/rss"));
}
