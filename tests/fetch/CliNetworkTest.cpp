#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "NetTestSupport.h"
#include "TestHttpServer.h"

using namespace veille;
using test::HttpRequest;
using test::HttpResponse;

namespace {

// The real veille-cli against the in-test server, which answers from its own thread
// while this one waits for the process.
class CliNetworkTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!QFile::exists(QStringLiteral(VEILLE_CLI_PATH)))
            GTEST_SKIP() << "veille-cli is not built (" VEILLE_CLI_PATH "); build every target first";
    }

    test::CliResult cli(const QStringList &args, const QString &db = {})
    {
        const test::CliResult r = test::runCliOn(db.isEmpty() ? m_dir.filePath(QStringLiteral("cli.sqlite")) : db, args, 60000);
        EXPECT_FALSE(r.crashed);
        return r;
    }

    QJsonArray feedsJson(const QString &db = {})
    {
        const test::CliResult r = cli({QStringLiteral("feeds"), QStringLiteral("--json")}, db);
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        return r.json().array();
    }

    int articleCount()
    {
        return int(cli({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size());
    }

    void serveFeed(const QByteArray &path, const QString &fixture, const QByteArray &etag)
    {
        const QByteArray body = test::netFixture(fixture);
        m_server.route(path, [body, etag](const HttpRequest &req) {
            if (req.header("If-None-Match") == etag)
                return HttpResponse::status_(304).header("ETag", etag);
            return HttpResponse::ok(body, "application/rss+xml; charset=utf-8")
                .header("ETag", etag)
                .header("Last-Modified", "Wed, 25 Nov 2026 07:45:00 GMT");
        });
    }

    QString url(const char *path) const { return m_server.url(QString::fromLatin1(path)); }

    QTemporaryDir m_dir;
    test::TestHttpServer m_server;
};

} // namespace

TEST_F(CliNetworkTest, SubscribeThenRefreshStoresTheItemsAndASecondRefreshAsksConditionallyAndAddsNothing)
{
    serveFeed("/feed.xml", QStringLiteral("newsroom-three-items.rss"), "\"v1\"");
    const test::CliResult sub = cli({QStringLiteral("subscribe"), url("/feed.xml")});
    ASSERT_EQ(sub.exitCode, 0) << sub.errText().toStdString();
    EXPECT_EQ(sub.outText(), QStringLiteral("1\tLe Fil Industrie\n"));
    EXPECT_EQ(articleCount(), 3);

    serveFeed("/feed.xml", QStringLiteral("newsroom-three-items-revised.rss"), "\"v2\"");
    const test::CliResult first = cli({QStringLiteral("refresh")});
    ASSERT_EQ(first.exitCode, 0) << first.errText().toStdString();
    EXPECT_EQ(first.outText(), QStringLiteral("1\t1 new\n"));
    EXPECT_EQ(articleCount(), 4);

    m_server.clearRequests();
    const test::CliResult second = cli({QStringLiteral("refresh"), QStringLiteral("1")});
    ASSERT_EQ(second.exitCode, 0) << second.errText().toStdString();
    EXPECT_EQ(second.outText(), QStringLiteral("1\t0 new\n"));
    const QList<HttpRequest> seen = m_server.requests("/feed.xml");
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen[0].header("If-None-Match"), QByteArray("\"v2\""));
    EXPECT_EQ(seen[0].header("If-Modified-Since"), QByteArray("Wed, 25 Nov 2026 07:45:00 GMT"));
    EXPECT_EQ(articleCount(), 4);
}

TEST_F(CliNetworkTest, AFailedRefreshExitsOneAndFeedsJsonShowsTheLastError)
{
    serveFeed("/feed.xml", QStringLiteral("newsroom-three-items.rss"), "\"v1\"");
    serveFeed("/other.xml", QStringLiteral("newsroom-summaries-only.rss"), "\"o1\"");
    ASSERT_EQ(cli({QStringLiteral("subscribe"), url("/feed.xml")}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("subscribe"), url("/other.xml")}).exitCode, 0);
    m_server.route("/feed.xml", HttpResponse::status_(500));

    const test::CliResult r = cli({QStringLiteral("refresh")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("veille-cli: feed 1: The server answered with an error: HTTP 500 Internal Server Error."))) << r.errText().toStdString();
    EXPECT_EQ(r.outText(), QStringLiteral("2\t0 new\n")); // the other feed still refreshed
    for (const QJsonValue &v : feedsJson()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("id")).toInt() == 1)
            EXPECT_EQ(f.value(QStringLiteral("last_error")).toString(), QStringLiteral("The server answered with an error: HTTP 500 Internal Server Error."));
        else
            EXPECT_TRUE(f.value(QStringLiteral("last_error")).isNull());
    }
    EXPECT_EQ(articleCount(), 5);
}

TEST_F(CliNetworkTest, APermanentRedirectChangesTheAddressFeedsJsonShows)
{
    serveFeed("/feed.xml", QStringLiteral("newsroom-three-items.rss"), "\"v1\"");
    ASSERT_EQ(cli({QStringLiteral("subscribe"), url("/feed.xml")}).exitCode, 0);
    m_server.route("/feed.xml", HttpResponse::redirect(308, "/feeds/all.xml"));
    serveFeed("/feeds/all.xml", QStringLiteral("newsroom-three-items.rss"), "\"v1\"");
    const test::CliResult r = cli({QStringLiteral("refresh")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(feedsJson().first().toObject().value(QStringLiteral("url")).toString(), url("/feeds/all.xml"));
}

TEST_F(CliNetworkTest, SubscribingToASiteGoesThroughDiscovery)
{
    m_server.route("/", HttpResponse::ok(test::netFixture(QStringLiteral("newsroom-home-with-alternate-link.html")), "text/html"));
    serveFeed("/feeds/news.xml", QStringLiteral("newsroom-three-items.rss"), "\"v1\"");
    const test::CliResult r = cli({QStringLiteral("subscribe"), url("/")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.outText(), QStringLiteral("1\tLe Fil Industrie\n"));
    EXPECT_EQ(feedsJson().first().toObject().value(QStringLiteral("url")).toString(), url("/feeds/news.xml"));
    EXPECT_EQ(articleCount(), 3);
}

TEST_F(CliNetworkTest, SubscribeFailuresAndBadArgumentsAreReportedWithTheRightExitCode)
{
    m_server.route("/gone.xml", HttpResponse::status_(404));
    const test::CliResult gone = cli({QStringLiteral("subscribe"), url("/gone.xml")});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_EQ(gone.errText(), QStringLiteral("veille-cli: cannot subscribe to %1: The server answered with an error: HTTP 404 Not Found.\n").arg(url("/gone.xml")));
    EXPECT_TRUE(feedsJson().isEmpty());
    EXPECT_EQ(cli({QStringLiteral("subscribe"), QStringLiteral("feed.xml")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("subscribe")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("refresh"), QStringLiteral("abc")}).exitCode, 2);
    const test::CliResult unknown = cli({QStringLiteral("refresh"), QStringLiteral("99")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.errText(), QStringLiteral("veille-cli: There is no feed 99.\n"));
    EXPECT_EQ(cli({QStringLiteral("export-opml")}).exitCode, 2);
}

TEST_F(CliNetworkTest, RefreshingAnEmptyLibraryDoesNothingAndSucceeds)
{
    const test::CliResult r = cli({QStringLiteral("refresh")});
    EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().isEmpty());
}

TEST_F(CliNetworkTest, ImportTakesWebAddressesLikeFiles)
{
    m_server.route("/feed.xml", HttpResponse::ok(test::netFixture(QStringLiteral("newsroom-three-items.rss")), "application/rss+xml"));
    m_server.route("/page.html", HttpResponse::ok(test::netFixture(QStringLiteral("newsroom-article-full-page.html")), "text/html; charset=utf-8"));
    const test::CliResult feed = cli({QStringLiteral("import"), url("/feed.xml")});
    ASSERT_EQ(feed.exitCode, 0) << feed.errText().toStdString();
    EXPECT_EQ(feed.outText().count(QLatin1Char('\n')), 3);
    EXPECT_EQ(feedsJson().first().toObject().value(QStringLiteral("url")).toString(), url("/feed.xml"));

    const test::CliResult page = cli({QStringLiteral("import"), url("/page.html")});
    ASSERT_EQ(page.exitCode, 0) << page.errText().toStdString();
    EXPECT_EQ(page.outText().section(QLatin1Char('\t'), 1).trimmed(), QStringLiteral("Airbus relève ses objectifs de livraisons pour l'année"));

    m_server.route("/error.rss", HttpResponse::status_(404));
    const test::CliResult missing = cli({QStringLiteral("import"), url("/error.rss")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.errText(), QStringLiteral("veille-cli: %1: The server answered with an error: HTTP 404 Not Found.\n").arg(url("/error.rss")));
    EXPECT_EQ(articleCount(), 4);
}

TEST_F(CliNetworkTest, ExportedOpmlImportsBackWithItsNestedFolders)
{
    const test::CliResult imported = cli({QStringLiteral("import"), test::dataPath(QStringLiteral("feeds/subscriptions-nested-folders.opml"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const QString opml = m_dir.filePath(QStringLiteral("export.opml"));
    const test::CliResult exported = cli({QStringLiteral("export-opml"), opml});
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    EXPECT_TRUE(QFile::exists(opml));

    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    const test::CliResult back = cli({QStringLiteral("import"), opml}, other);
    ASSERT_EQ(back.exitCode, 0) << back.errText().toStdString();

    auto summary = [](const QJsonArray &feeds) {
        QSet<QString> out;
        for (const QJsonValue &v : feeds) {
            const QJsonObject f = v.toObject();
            out.insert(f.value(QStringLiteral("url")).toString() + QLatin1Char('|') + f.value(QStringLiteral("title")).toString()
                       + QLatin1Char('|') + f.value(QStringLiteral("folder")).toString() + QLatin1Char('|')
                       + f.value(QStringLiteral("site")).toString());
        }
        return out;
    };
    const QSet<QString> before = summary(feedsJson());
    EXPECT_EQ(before.size(), 3);
    EXPECT_TRUE(before.contains(QStringLiteral("https://www.boursorama.com/rss|Boursorama|Économie/Marchés|")));
    EXPECT_EQ(summary(feedsJson(other)), before);
}
