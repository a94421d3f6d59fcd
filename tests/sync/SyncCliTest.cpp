// veille-cli's account and sync commands against the fake server: what the real-server
// suite checks too, and what only a fake can make happen.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "FakeTtRss.h"

using namespace veille::test;

namespace {

class SyncCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath("library.sqlite");
        const qint64 feed = m_server.addFeed("Chip Wire", "https://chips.example/rss");
        m_server.addArticle(feed, "Nvidia beats forecasts", "<p>Nvidia reported record revenue.</p>");
    }

    // veille-cli runs in another process while the fake serves it.
    CliResult cli(const QStringList &args, const QByteArray &input = {})
    {
        return runCli(QStringList{"--db", m_db} + args, 120000, 0, input);
    }
    CliResult add(const QByteArray &password = "s3cret\n")
    {
        return cli({"account", "add", "ttrss", m_server.url(), "--user", m_server.user, "--password-stdin"}, password);
    }

    QTemporaryDir m_dir;
    QString m_db;
    FakeTtRss m_server;
};

} // namespace

TEST_F(SyncCliTest, AnAccountIsAddedListedSyncedAndRemoved)
{
    const CliResult added = add();
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    EXPECT_EQ(added.outText().trimmed(), "1");
    EXPECT_TRUE(added.errText().contains("warning: No keychain is running")) << added.errText().toStdString();

    const QJsonArray accounts = cli({"accounts", "--json"}).json().array();
    ASSERT_EQ(accounts.size(), 1);
    const QJsonObject a = accounts.first().toObject();
    EXPECT_EQ(a.value("type").toString(), "ttrss");
    EXPECT_EQ(a.value("url").toString(), m_server.url());
    EXPECT_EQ(a.value("user").toString(), m_server.user);
    EXPECT_TRUE(a.value("last_sync").isNull());
    EXPECT_TRUE(a.value("error").isNull());
    EXPECT_EQ(QStringList(a.keys()), (QStringList{"error", "id", "last_sync", "type", "url", "user"}));

    const CliResult synced = cli({"sync", "--json"});
    ASSERT_EQ(synced.exitCode, 0) << synced.errText().toStdString();
    const QJsonObject s = synced.json().object();
    EXPECT_EQ(QStringList(s.keys()), (QStringList{"accounts", "errors", "feeds", "new_articles", "pulled", "pushed"}));
    EXPECT_EQ(s.value("accounts").toInt(), 1);
    EXPECT_EQ(s.value("feeds").toInt(), 1);
    EXPECT_EQ(s.value("new_articles").toInt(), 1);
    EXPECT_EQ(cli({"search", "company:nvidia", "--json"}).json().array().size(), 1);
    EXPECT_FALSE(cli({"accounts", "--json"}).json().array().first().toObject().value("last_sync").isNull());

    const CliResult plain = cli({"sync"});
    EXPECT_EQ(plain.outText(), "1\t1 feeds, 0 new, 0 pushed, 0 pulled\n");

    ASSERT_EQ(cli({"account", "remove", "1"}).exitCode, 0);
    EXPECT_TRUE(cli({"accounts", "--json"}).json().array().isEmpty());
    EXPECT_EQ(cli({"account", "remove", "1"}).exitCode, 1);
}

TEST_F(SyncCliTest, AFailedAccountMakesSyncExitOneWithOneLineAndTheErrorInTheJson)
{
    ASSERT_EQ(add().exitCode, 0);
    m_server.fail("login", HttpResponse::status_(500));
    const CliResult r = cli({"sync", "--json"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errText().count('\n'), 1) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().startsWith("veille-cli: account 1 (")) << r.errText().toStdString();
    const QJsonArray errors = r.json().object().value("errors").toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().toObject().value("code").toString(), "HttpStatus");
    EXPECT_EQ(errors.first().toObject().value("account").toInt(), 1);
    EXPECT_FALSE(cli({"accounts", "--json"}).json().array().first().toObject().value("error").isNull());
}

TEST_F(SyncCliTest, AWrongPasswordIsRefusedAndNothingIsKept)
{
    const CliResult r = add("wrong\n");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains("refused the user name or password")) << r.errText().toStdString();
    EXPECT_TRUE(cli({"accounts", "--json"}).json().array().isEmpty());
}

TEST_F(SyncCliTest, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({"account"}).exitCode, 2);
    EXPECT_EQ(cli({"account", "add", "ttrss", m_server.url(), "--user", "u"}).exitCode, 2) << "no password on the command line";
    EXPECT_EQ(cli({"account", "add", "ttrss", "ftp://x/", "--user", "u", "--password-stdin"}).exitCode, 2);
    EXPECT_EQ(cli({"account", "remove", "x"}).exitCode, 2);
    EXPECT_EQ(cli({"sync", "now"}).exitCode, 2);
    EXPECT_EQ(cli({"accounts", "--all"}).exitCode, 2);
    EXPECT_EQ(cli({"account", "add", "greader", m_server.url(), "--user", "u", "--password-stdin"}, "p\n").exitCode, 1);
}

TEST_F(SyncCliTest, FeedsAndTheOpmlExportShowTheServersFeedAddressNeverTheLibrarysKey)
{
    ASSERT_EQ(add().exitCode, 0);
    ASSERT_EQ(cli({"sync"}).exitCode, 0);
    const QJsonArray feeds = cli({"feeds", "--json"}).json().array();
    ASSERT_EQ(feeds.size(), 1);
    EXPECT_EQ(feeds.first().toObject().value("url").toString(), "https://chips.example/rss");
    const QString plain = cli({"feeds"}).outText();
    EXPECT_TRUE(plain.contains("https://chips.example/rss")) << plain.toStdString();
    EXPECT_FALSE(plain.contains("sync:")) << plain.toStdString();
    const QString opml = m_dir.filePath("feeds.opml");
    ASSERT_EQ(cli({"export-opml", opml}).exitCode, 0);
    QFile file(opml);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    EXPECT_TRUE(written.contains("xmlUrl=\"https://chips.example/rss\"")) << written.toStdString();
    EXPECT_FALSE(written.contains("sync:"));
}
