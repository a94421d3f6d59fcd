#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QTcpServer>

#include "FakeTtRss.h"
#include "fetch/Fetcher.h"
#include "sync/TtRssClient.h"

using namespace veille;
using veille::test::FakeTtRss;
using veille::test::HttpResponse;

namespace {

class TtRssClientTest : public ::testing::Test {
protected:
    TtRssClient client() { return TtRssClient(QUrl(m_server.url()), m_server.user, m_server.password); }
    FakeTtRss m_server;
};

} // namespace

TEST_F(TtRssClientTest, TheApiAddressIsTheServersOwnWithApiAddedOnce)
{
    EXPECT_EQ(TtRssClient::apiUrl(QUrl("https://rss.example/tt-rss")).toString(), "https://rss.example/tt-rss/api/");
    EXPECT_EQ(TtRssClient::apiUrl(QUrl("https://rss.example/tt-rss/")).toString(), "https://rss.example/tt-rss/api/");
    EXPECT_EQ(TtRssClient::apiUrl(QUrl("https://rss.example/tt-rss/api/")).toString(), "https://rss.example/tt-rss/api/");
    EXPECT_EQ(TtRssClient::apiUrl(QUrl("https://rss.example")).toString(), "https://rss.example/api/");
}

TEST_F(TtRssClientTest, LogsInAndListsFoldersAndFeedsWithOneUserAgent)
{
    const qint64 cat = m_server.addCategory("Markets");
    const qint64 feed = m_server.addFeed("Wire", "https://wire.example/rss", cat);
    m_server.addFeed("Loose", "https://loose.example/rss");
    TtRssClient c = client();
    ASSERT_TRUE(c.login());
    EXPECT_FALSE(c.sessionId().isEmpty());
    const auto categories = c.categories();
    ASSERT_TRUE(categories);
    ASSERT_EQ(categories->size(), 1) << "Special and Uncategorized are not folders";
    EXPECT_EQ(categories->first().title, "Markets");
    const auto feeds = c.feeds();
    ASSERT_TRUE(feeds);
    ASSERT_EQ(feeds->size(), 2);
    EXPECT_EQ(feeds->first().id, QString::number(feed));
    EXPECT_EQ(feeds->first().categoryId, QString::number(cat));
    EXPECT_EQ(feeds->at(1).categoryId, "");
    ASSERT_TRUE(c.logout());
    EXPECT_EQ(m_server.userAgents(), QSet<QByteArray>{Fetcher::defaultUserAgent().toUtf8()});
}

TEST_F(TtRssClientTest, AWrongPasswordIsRefusedLoginInOneClearError)
{
    TtRssClient c(QUrl(m_server.url()), m_server.user, "wrong");
    const auto r = c.login();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::SyncLoginRefused);
    EXPECT_EQ(r.error().detail, m_server.user);
}

TEST_F(TtRssClientTest, AnApiTurnedOffSaysSo)
{
    m_server.fail("login", HttpResponse::ok(R"({"seq":0,"status":1,"content":{"error":"API_DISABLED"}})", "text/json"));
    const auto r = client().login();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::SyncApiDisabled);
}

TEST_F(TtRssClientTest, AnExpiredSessionLogsInAgainOnceAndTheCallGoesThrough)
{
    m_server.addFeed("Wire", "https://wire.example/rss");
    TtRssClient c = client();
    ASSERT_TRUE(c.login());
    m_server.expireSessions();
    const auto feeds = c.feeds();
    ASSERT_TRUE(feeds) << feeds.error().debugText().toStdString();
    EXPECT_EQ(feeds->size(), 1);
    EXPECT_EQ(c.logins(), 2);
}

TEST_F(TtRssClientTest, ASessionThatKeepsExpiringIsAnErrorNotALoop)
{
    TtRssClient c = client();
    m_server.fail("getFeeds", HttpResponse::ok(R"({"seq":0,"status":1,"content":{"error":"NOT_LOGGED_IN"}})", "text/json"));
    const auto r = c.feeds();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::SyncServerRefused);
    EXPECT_EQ(r.error().detail, "getFeeds: NOT_LOGGED_IN");
    EXPECT_EQ(c.logins(), 2);
}

TEST_F(TtRssClientTest, AnAnswerThatIsNotJsonIsRefused)
{
    m_server.fail("getFeeds", HttpResponse::ok("<html><body>Maintenance</body></html>", "text/html"));
    const auto r = client().feeds();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::SyncBadAnswer);
    EXPECT_EQ(r.error().detail, "getFeeds");
}

TEST_F(TtRssClientTest, JsonOfTheWrongShapeIsRefusedWholeNotHalfRead)
{
    // The second headline has no id: none of the page is taken.
    m_server.fail("getHeadlines",
                  HttpResponse::ok(R"({"seq":0,"status":0,"content":[{"id":1,"feed_id":1,"unread":true,"marked":false,"title":"A"},)"
                                   R"({"feed_id":1,"unread":true,"marked":false,"title":"B"}]})",
                                   "text/json"));
    const auto r = client().newArticles(0, 0);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::SyncBadAnswer);
}

TEST_F(TtRssClientTest, AnAnswerWithoutStatusOrContentIsRefused)
{
    m_server.fail("getCategories", HttpResponse::ok(R"({"seq":0,"categories":[]})", "text/json"));
    EXPECT_EQ(client().categories().error().code, ErrorCode::SyncBadAnswer);
    m_server.fail("getCategories", HttpResponse::ok(R"({"seq":0,"status":0,"content":{"not":"a list"}})", "text/json"));
    EXPECT_EQ(client().categories().error().code, ErrorCode::SyncBadAnswer);
}

TEST_F(TtRssClientTest, AnHttpErrorIsItsStatus)
{
    m_server.fail("login", HttpResponse::status_(500));
    const auto r = client().login();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::HttpStatus);
    EXPECT_TRUE(r.error().detail.startsWith("500")) << r.error().detail.toStdString();
}

TEST_F(TtRssClientTest, ARedirectIsNotFollowedButNamed)
{
    m_server.fail("login", HttpResponse::redirect(301, "https://elsewhere.example/tt-rss/api/"));
    const auto r = client().login();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::SyncRedirected);
    EXPECT_EQ(r.error().detail, "https://elsewhere.example/tt-rss/api/");
}

TEST_F(TtRssClientTest, ASilentServerTimesOut)
{
    HttpResponse slow = HttpResponse::ok(R"({"seq":0,"status":0,"content":{"session_id":"x"}})", "text/json");
    slow.delayMs = 3000;
    m_server.fail("login", slow);
    TtRssClient c = client();
    c.setTimeoutMs(300);
    QElapsedTimer clock;
    clock.start();
    const auto r = c.login();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NetworkTimeout);
    EXPECT_LT(clock.elapsed(), 2500);
}

TEST_F(TtRssClientTest, NobodyListeningIsConnectionRefused)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    TtRssClient c(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), "u", "p");
    EXPECT_EQ(c.login().error().code, ErrorCode::ConnectionRefused);
}

TEST_F(TtRssClientTest, NewArticlesComeWithContentAfterTheGivenIdInPagesOf200)
{
    const qint64 feed = m_server.addFeed("Wire", "https://wire.example/rss");
    QList<qint64> ids;
    for (int i = 0; i < 250; ++i)
        ids << m_server.addArticle(feed, QStringLiteral("Story %1").arg(i), QStringLiteral("<p>Body %1</p>").arg(i));
    TtRssClient c = client();
    const auto first = c.newArticles(0, 0);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->articles.size(), 200);
    EXPECT_TRUE(first->more);
    EXPECT_EQ(first->articles.first().html, "<p>Body 0</p>");
    EXPECT_EQ(first->articles.first().feedId, QString::number(feed));
    EXPECT_TRUE(first->articles.first().published.isValid());
    const auto second = c.newArticles(0, 200);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->articles.size(), 50);
    EXPECT_FALSE(second->more);
    const auto since = c.newArticles(ids.at(244), 0);
    ASSERT_TRUE(since);
    EXPECT_EQ(since->articles.size(), 5);
}

TEST_F(TtRssClientTest, ReadAndStarredAreSetOnTheServerAndReadBack)
{
    const qint64 feed = m_server.addFeed("Wire", "https://wire.example/rss");
    const qint64 a = m_server.addArticle(feed, "A", "<p>a</p>");
    const qint64 b = m_server.addArticle(feed, "B", "<p>b</p>");
    TtRssClient c = client();
    ASSERT_TRUE(c.setRead({a}, true));
    ASSERT_TRUE(c.setStarred({a, b}, true));
    ASSERT_TRUE(c.setStarred({b}, false));
    EXPECT_FALSE(m_server.article(a).unread);
    EXPECT_TRUE(m_server.article(a).marked);
    EXPECT_FALSE(m_server.article(b).marked);
    EXPECT_EQ(*c.unreadIds(), QSet<qint64>{b});
    EXPECT_EQ(*c.starredIds(), QSet<qint64>{a});
    EXPECT_EQ(*c.unreadCount(), 1);
    const auto fetched = c.articles({b, 999});
    ASSERT_TRUE(fetched);
    ASSERT_EQ(fetched->size(), 1);
    EXPECT_EQ(fetched->first().html, "<p>b</p>");
}

TEST_F(TtRssClientTest, SubscribesAndUnsubscribes)
{
    TtRssClient c = client();
    const auto id = c.subscribe("https://new.example/feed.xml", QString());
    ASSERT_TRUE(id);
    EXPECT_FALSE(id->isEmpty());
    EXPECT_EQ(c.feeds()->size(), 1);
    EXPECT_EQ(*c.subscribe("https://new.example/feed.xml", QString()), *id) << "already subscribed: the same feed";
    const auto refused = c.subscribe("ftp://new.example/feed.xml", QString());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::SyncServerRefused);
    ASSERT_TRUE(c.unsubscribe(*id));
    EXPECT_TRUE(c.feeds()->isEmpty());
}

TEST_F(TtRssClientTest, AServerAddressThatIsNotHttpIsRefusedBeforeAnyCall)
{
    TtRssClient c(QUrl("ftp://rss.example/"), "u", "p");
    EXPECT_EQ(c.login().error().code, ErrorCode::NotAWebAddress);
}

TEST_F(TtRssClientTest, StampsComeNewestFirstWithoutContent)
{
    const qint64 feed = m_server.addFeed("Wire", "https://wire.example/rss");
    const qint64 a = m_server.addArticle(feed, "A", "<p>a</p>");
    const qint64 b = m_server.addArticle(feed, "B", "<p>b</p>");
    m_server.changeArticle(a, "A, corrected", "<p>a2</p>", m_server.article(b).updated + 300);
    const auto page = client().stamps(0);
    ASSERT_TRUE(page) << page.error().debugText().toStdString();
    ASSERT_EQ(page->stamps.size(), 2);
    EXPECT_EQ(page->stamps.at(0).id, a) << "the changed article first";
    EXPECT_EQ(page->stamps.at(0).updated, m_server.article(b).updated + 300);
    EXPECT_EQ(page->stamps.at(1).id, b);
    EXPECT_FALSE(page->more);
}

TEST_F(TtRssClientTest, AStampWithoutItsDateIsRefusedWhole)
{
    m_server.fail("getHeadlines", HttpResponse::ok(R"({"seq":0,"status":0,"content":[{"id":1,"updated":1700000000},{"id":2}]})",
                                                   "text/json"));
    const auto r = client().stamps(0);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::SyncBadAnswer);
}
