// Veille against the real Tiny Tiny RSS (Debian's tt-rss, PostgreSQL, php -S), through
// veille-cli as a user would drive it. The server is started once for the suite by
// tools/ttrss-server.sh; without it (not root, no packages, VEILLE_SKIP_TTRSS=1) every
// test here is skipped with the reason. ctest runs this suite as one test
// (sync_real_server), never two at once.
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <memory>

#include "CliRunner.h"
#include "RealTtRss.h"

using namespace veille::test;

namespace {

QByteArray rss(const QString &title, const QList<QPair<QString, QString>> &items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>" + title.toUtf8()
                   + "</title><link>http://127.0.0.1/</link><description>Fixture</description>\n";
    int n = 0;
    for (const auto &[headline, body] : items) {
        ++n;
        xml += "<item><title>" + headline.toUtf8() + "</title><link>https://markets.example/" + QByteArray::number(n)
             + ".html</link><guid>" + title.toUtf8().toLower().replace(' ', '-') + "-" + QByteArray::number(n)
             + "</guid><pubDate>Tue, 0" + QByteArray::number(n % 9 + 1) + " Dec 2026 08:00:00 GMT</pubDate><description><![CDATA["
             + body.toUtf8() + "]]></description></item>\n";
    }
    return xml + "</channel></rss>\n";
}

const QList<QPair<QString, QString>> kMarkets = {
    {QStringLiteral("Nvidia beats forecasts"),
     QStringLiteral("<p>Nvidia reported record data-centre revenue of $30 billion on Wednesday, and its shares rose 5%.</p>")},
    {QStringLiteral("Foundries expand in Arizona"), QStringLiteral("<p>TSMC opens a second plant near Phoenix.</p>")},
    {QStringLiteral("Memory prices climb"), QStringLiteral("<p>Samsung and SK Hynix raise their prices again.</p>")},
};

class RealServerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_server = new RealTtRss;
        if (!s_server->unavailable().isEmpty())
            return;
        s_server->writeFeed("markets.xml", rss("Markets Daily", kMarkets));
        s_server->writeFeed("tech.xml", rss("Tech Notes", {{QStringLiteral("Compilers"), QStringLiteral("<p>GCC 15 is out.</p>")}}));
        s_markets = s_server->subscribe("markets.xml");
        s_tech = s_server->subscribe("tech.xml");
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    void SetUp() override
    {
        if (!s_server->unavailable().isEmpty())
            GTEST_SKIP() << "the Tiny Tiny RSS server cannot be started here: " << s_server->unavailable().toStdString();
        ASSERT_GT(s_markets, 0) << "subscribing through the API failed";
        m_db = m_dir.filePath("library.sqlite");
        const CliResult added = addAccount("password");
        ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
        m_account = added.outText().trimmed();
    }

    CliResult addAccount(const QByteArray &password)
    {
        return runCli({"--db", m_db, "account", "add", "ttrss", s_server->url(), "--user", "admin", "--password-stdin"}, 120000,
                      0, password + "\n");
    }
    CliResult cli(const QStringList &args) { return runCliOn(m_db, args); }
    QJsonObject syncJson()
    {
        const CliResult r = cli({"sync", "--json"});
        EXPECT_FALSE(r.crashed);
        return r.json().object();
    }
    // The id in Veille of the article with this title.
    qint64 idOf(const QString &title)
    {
        for (const QJsonValue &v : cli({"list", "--limit", "500", "--json"}).json().array())
            if (v.toObject().value("title").toString() == title)
                return v.toObject().value("id").toInteger();
        return 0;
    }
    QJsonObject shown(qint64 id) { return cli({"show", QString::number(id), "--json"}).json().object(); }

    static RealTtRss *s_server;
    static qint64 s_markets;
    static qint64 s_tech;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_account;
};

RealTtRss *RealServerTest::s_server = nullptr;
qint64 RealServerTest::s_markets = 0;
qint64 RealServerTest::s_tech = 0;

} // namespace

TEST_F(RealServerTest, ASyncBringsTheServersArticlesWithTheirKeyFactsAndStarsGoBothWays)
{
    const QJsonObject first = syncJson();
    EXPECT_EQ(first.value("accounts").toInt(), 1);
    EXPECT_EQ(first.value("feeds").toInt(), 2);
    EXPECT_GE(first.value("new_articles").toInt(), 4);
    EXPECT_TRUE(first.value("errors").toArray().isEmpty()) << QJsonDocument(first).toJson().toStdString();

    // Found by company, though only the server fetched it.
    const QJsonArray hits = cli({"search", "company:nvidia", "--json"}).json().array();
    ASSERT_EQ(hits.size(), 1);
    const qint64 nvidia = hits.first().toObject().value("id").toInteger();

    // Starred in Veille, then synced: starred on the server.
    ASSERT_EQ(cli({"fav", QString::number(nvidia)}).exitCode, 0);
    const QJsonObject pushed = syncJson();
    EXPECT_EQ(pushed.value("pushed").toInt(), 1);
    EXPECT_TRUE(s_server->headline("Nvidia beats forecasts").value("marked").toBool());

    // Read on the server, then synced: read in Veille.
    const qint64 remote = s_server->headline("Memory prices climb").value("id").toInteger();
    s_server->api("updateArticle", {{"article_ids", QString::number(remote)}, {"mode", 0}, {"field", 2}});
    const QJsonObject pulled = syncJson();
    EXPECT_GE(pulled.value("pulled").toInt(), 1);
    EXPECT_TRUE(shown(idOf("Memory prices climb")).value("read").toBool());

    // Nothing changed since: a sync changes nothing.
    const QJsonObject again = syncJson();
    EXPECT_EQ(again.value("new_articles").toInt(), 0);
    EXPECT_EQ(again.value("pushed").toInt(), 0);
    EXPECT_EQ(again.value("pulled").toInt(), 0);

    // Back as it was, for the other tests.
    ASSERT_EQ(cli({"unfav", QString::number(nvidia)}).exitCode, 0);
    ASSERT_EQ(cli({"unread", QString::number(idOf("Memory prices climb"))}).exitCode, 0);
    EXPECT_EQ(syncJson().value("pushed").toInt(), 2);
    EXPECT_FALSE(s_server->headline("Nvidia beats forecasts").value("marked").toBool());
}

TEST_F(RealServerTest, AChangeMadeWhileTheServerIsAwayIsKeptAndPushedWhenItIsBack)
{
    ASSERT_EQ(cli({"sync"}).exitCode, 0);
    const qint64 foundries = idOf("Foundries expand in Arizona");
    ASSERT_GT(foundries, 0);
    ASSERT_TRUE(s_server->pause());
    ASSERT_EQ(cli({"fav", QString::number(foundries)}).exitCode, 0);
    const CliResult failed = cli({"sync"});
    const bool resumed = s_server->resume();
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_EQ(failed.errText().count('\n'), 1) << "one clear line: " << failed.errText().toStdString();
    EXPECT_TRUE(failed.errText().contains("refused")) << failed.errText().toStdString();
    EXPECT_TRUE(shown(foundries).value("favourite").toBool());
    const QJsonArray accounts = cli({"accounts", "--json"}).json().array();
    ASSERT_EQ(accounts.size(), 1);
    EXPECT_FALSE(accounts.first().toObject().value("error").isNull());

    ASSERT_TRUE(resumed);
    const QJsonObject back = syncJson();
    EXPECT_EQ(back.value("pushed").toInt(), 1);
    EXPECT_TRUE(s_server->headline("Foundries expand in Arizona").value("marked").toBool());
    EXPECT_TRUE(cli({"accounts", "--json"}).json().array().first().toObject().value("error").isNull());

    ASSERT_EQ(cli({"unfav", QString::number(foundries)}).exitCode, 0);
    EXPECT_EQ(syncJson().value("pushed").toInt(), 1);
}

TEST_F(RealServerTest, AnArticleTheServerFetchesLaterArrivesAtTheNextSync)
{
    ASSERT_EQ(cli({"sync"}).exitCode, 0);
    QList<QPair<QString, QString>> more = kMarkets;
    more.append({QStringLiteral("Chip tariffs loom"), QStringLiteral("<p>Intel and AMD warn about new tariffs.</p>")});
    s_server->writeFeed("markets.xml", rss("Markets Daily", more));
    s_server->updateFeed(s_markets);
    const QJsonObject next = syncJson();
    EXPECT_EQ(next.value("new_articles").toInt(), 1);
    EXPECT_GT(idOf("Chip tariffs loom"), 0);
    EXPECT_EQ(cli({"search", "company:intel", "--json"}).json().array().size(), 1);

    // The feeds are shown under the server's addresses, never the library's keys.
    QStringList urls;
    for (const QJsonValue &v : cli({"feeds", "--json"}).json().array())
        urls << v.toObject().value("url").toString();
    urls.sort();
    EXPECT_EQ(urls, QStringList({s_server->feedUrl("markets.xml"), s_server->feedUrl("tech.xml")}));
    EXPECT_FALSE(cli({"feeds"}).outText().contains("sync:"));
}

TEST_F(RealServerTest, AnArticleChangedOnTheServerIsStoredAgainAtTheNextSync)
{
    ASSERT_EQ(cli({"sync"}).exitCode, 0);
    const qint64 nvidia = idOf("Nvidia beats forecasts");
    ASSERT_GT(nvidia, 0);
    // The publisher corrects the item and dates the correction: tt-rss stores the new
    // version under the same id, with the new date as its "updated" (a date still to come,
    // as here, is taken as the time of the change).
    QList<QPair<QString, QString>> corrected = kMarkets;
    corrected[0].second = QStringLiteral("<p>Nvidia raised its guidance after record revenue; Foxconn assembles its servers.</p>");
    s_server->writeFeed("markets.xml",
                        rss("Markets Daily", corrected).replace("Tue, 02 Dec 2026 08:00:00", "Thu, 31 Dec 2026 09:30:00"));
    s_server->updateFeed(s_markets);
    const QJsonObject next = syncJson();
    EXPECT_EQ(next.value("new_articles").toInt(), 0);
    EXPECT_TRUE(next.value("errors").toArray().isEmpty());
    EXPECT_EQ(idOf("Nvidia beats forecasts"), nvidia) << "the same article, stored again";
    EXPECT_TRUE(shown(nvidia).value("text").toString().contains("guidance"));
    EXPECT_EQ(cli({"search", "company:foxconn", "--json"}).json().array().size(), 1);

    s_server->writeFeed("markets.xml", rss("Markets Daily", kMarkets));
    s_server->updateFeed(s_markets);
}

TEST_F(RealServerTest, AWrongPasswordIsRefusedWhenTheAccountIsAdded)
{
    QTemporaryDir other;
    m_db = other.filePath("library.sqlite");
    const CliResult r = addAccount("not-the-password");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains("refused the user name or password")) << r.errText().toStdString();
    EXPECT_TRUE(cli({"accounts", "--json"}).json().array().isEmpty());
}

TEST_F(RealServerTest, RemovingTheAccountRemovesItsFeedsButKeepsFavourites)
{
    ASSERT_EQ(cli({"sync"}).exitCode, 0);
    const qint64 compilers = idOf("Compilers");
    ASSERT_GT(compilers, 0);
    ASSERT_EQ(cli({"fav", QString::number(compilers)}).exitCode, 0);
    const CliResult removed = cli({"account", "remove", m_account});
    ASSERT_EQ(removed.exitCode, 0) << removed.errText().toStdString();
    EXPECT_TRUE(cli({"feeds", "--json"}).json().array().isEmpty());
    const QJsonArray left = cli({"list", "--json"}).json().array();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().toObject().value("id").toInteger(), compilers);
    EXPECT_TRUE(cli({"accounts", "--json"}).json().array().isEmpty());
}
