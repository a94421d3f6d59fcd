#include <QElapsedTimer>
#include <QTcpServer>
#include <gtest/gtest.h>

#include "MadeUp.h"
#include "NetTestSupport.h"
#include "TestHttpServer.h"
#include "parse/FeedParser.h"

using namespace veille;
using test::HttpRequest;
using test::HttpResponse;

namespace {

const QByteArray kFeed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Fil</title>"
                         "<item><guid>1</guid><title>Un</title></item></channel></rss>";
const QByteArray kLastModified = "Wed, 25 Nov 2026 07:45:00 GMT";

class FetcherTest : public ::testing::Test {
protected:
    FetcherTest() { m_fetcher.setLimits(test::quickLimits()); }

    FetchResult get(const QString &path, const QString &etag = {}, const QString &lastModified = {})
    {
        return test::fetchNow(m_fetcher, {QUrl(m_server.url(path)), etag, lastModified});
    }

    test::TestHttpServer m_server;
    Fetcher m_fetcher;
};


} // namespace

TEST_F(FetcherTest, A200GivesTheBodyItsCharsetAndItsValidators)
{
    m_server.route("/feed.xml", HttpResponse::ok(kFeed, "application/rss+xml; charset=\"ISO-8859-1\"")
                                    .header("ETag", "\"v1\"")
                                    .header("Last-Modified", kLastModified));
    const FetchResult r = get(QStringLiteral("/feed.xml"));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.status, 200);
    EXPECT_FALSE(r.notModified);
    EXPECT_EQ(r.body, kFeed);
    EXPECT_EQ(r.contentType, QStringLiteral("application/rss+xml"));
    EXPECT_EQ(r.charset, QStringLiteral("ISO-8859-1"));
    EXPECT_EQ(r.etag, QStringLiteral("\"v1\""));
    EXPECT_EQ(r.lastModified, QString::fromLatin1(kLastModified));
    EXPECT_EQ(r.finalUrl, QUrl(m_server.url(QStringLiteral("/feed.xml"))));
    EXPECT_FALSE(r.movedTo.isValid());
}

TEST_F(FetcherTest, TheUserAgentNamesVeilleAndGzipAndDeflateAreAccepted)
{
    m_server.route("/feed.xml", HttpResponse::ok(kFeed, "application/rss+xml"));
    ASSERT_TRUE(get(QStringLiteral("/feed.xml")).ok());
    const QList<HttpRequest> seen = m_server.requests("/feed.xml");
    ASSERT_EQ(seen.size(), 1);
    const QString agent = QString::fromUtf8(seen[0].header("User-Agent"));
    EXPECT_TRUE(agent.startsWith(QStringLiteral("Veille/"))) << agent.toStdString();
    EXPECT_TRUE(agent.endsWith(QStringLiteral(" (+feed reader)"))) << agent.toStdString();
    const QByteArray encodings = seen[0].header("Accept-Encoding");
    EXPECT_TRUE(encodings.contains("gzip")) << encodings.constData();
    EXPECT_TRUE(encodings.contains("deflate")) << encodings.constData();
    EXPECT_TRUE(seen[0].header("If-None-Match").isEmpty());
    EXPECT_TRUE(seen[0].header("If-Modified-Since").isEmpty());
}

TEST_F(FetcherTest, AKnownETagIsSentAndA304MeansNothingNew)
{
    m_server.route("/feed.xml", [](const HttpRequest &req) {
        if (req.header("If-None-Match") == "\"v1\"")
            return HttpResponse::status_(304).header("ETag", "\"v1\"");
        return HttpResponse::ok(kFeed, "application/rss+xml").header("ETag", "\"v1\"");
    });
    const FetchResult r = get(QStringLiteral("/feed.xml"), QStringLiteral("\"v1\""));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_TRUE(r.notModified);
    EXPECT_EQ(r.status, 304);
    EXPECT_TRUE(r.body.isEmpty());
    EXPECT_EQ(r.etag, QStringLiteral("\"v1\""));
    EXPECT_EQ(m_server.requests("/feed.xml").value(0).header("If-None-Match"), QByteArray("\"v1\""));
}

TEST_F(FetcherTest, AKnownLastModifiedDateIsSentAndA304KeepsIt)
{
    m_server.route("/feed.xml", [](const HttpRequest &req) {
        if (req.header("If-Modified-Since") == kLastModified)
            return HttpResponse::status_(304); // no validators repeated: the asked ones stay
        return HttpResponse::ok(kFeed, "application/rss+xml").header("Last-Modified", kLastModified);
    });
    const FetchResult r = get(QStringLiteral("/feed.xml"), QString(), QString::fromLatin1(kLastModified));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_TRUE(r.notModified);
    EXPECT_EQ(r.lastModified, QString::fromLatin1(kLastModified));
    const HttpRequest seen = m_server.requests("/feed.xml").value(0);
    EXPECT_EQ(seen.header("If-Modified-Since"), kLastModified);
    EXPECT_TRUE(seen.header("If-None-Match").isEmpty());
}

TEST_F(FetcherTest, A301Then302ChainIsFollowedAndOnlyThePermanentMoveIsReported)
{
    m_server.route("/old.xml", HttpResponse::redirect(301, "/moved.xml"));
    m_server.route("/moved.xml", HttpResponse::redirect(302, m_server.url(QStringLiteral("/cdn/feed.xml?token=1")).toUtf8()));
    m_server.route("/cdn/feed.xml?token=1", HttpResponse::ok(kFeed, "application/rss+xml"));
    const FetchResult r = get(QStringLiteral("/old.xml"), QStringLiteral("\"v0\""));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.body, kFeed);
    EXPECT_EQ(r.finalUrl, QUrl(m_server.url(QStringLiteral("/cdn/feed.xml?token=1"))));
    EXPECT_EQ(r.movedTo, QUrl(m_server.url(QStringLiteral("/moved.xml"))));
    // The validators follow the feed to its new address.
    EXPECT_EQ(m_server.requests("/cdn/feed.xml?token=1").value(0).header("If-None-Match"), QByteArray("\"v0\""));
}

TEST_F(FetcherTest, AChainOfPermanentMovesReportsItsLastAddress)
{
    m_server.route("/a.xml", HttpResponse::redirect(301, "/b.xml"));
    m_server.route("/b.xml", HttpResponse::redirect(308, "/c.xml"));
    m_server.route("/c.xml", HttpResponse::ok(kFeed, "application/rss+xml"));
    const FetchResult r = get(QStringLiteral("/a.xml"));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.movedTo, QUrl(m_server.url(QStringLiteral("/c.xml"))));
}

TEST_F(FetcherTest, APermanentMoveBehindATemporaryOneDoesNotCount)
{
    m_server.route("/t.xml", HttpResponse::redirect(307, "/p.xml"));
    m_server.route("/p.xml", HttpResponse::redirect(301, "/f.xml"));
    m_server.route("/f.xml", HttpResponse::ok(kFeed, "application/rss+xml"));
    const FetchResult r = get(QStringLiteral("/t.xml"));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_FALSE(r.movedTo.isValid());
    EXPECT_EQ(r.finalUrl, QUrl(m_server.url(QStringLiteral("/f.xml"))));
}

TEST_F(FetcherTest, ARedirectLoopIsStoppedWithAClearMessage)
{
    m_server.route("/loop-a", HttpResponse::redirect(302, "/loop-b"));
    m_server.route("/loop-b", HttpResponse::redirect(302, "/loop-a"));
    const FetchResult r = get(QStringLiteral("/loop-a"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.code, ErrorCode::RedirectLoop) << r.error.debugText().toStdString();
    EXPECT_EQ(m_server.requests().size(), 2);
}

TEST_F(FetcherTest, FiveRedirectsAreFollowedAndASixthIsRefused)
{
    for (int i = 0; i < 6; ++i)
        m_server.route("/r" + QByteArray::number(i), HttpResponse::redirect(302, "/r" + QByteArray::number(i + 1)));
    m_server.route("/r5", HttpResponse::ok(kFeed, "application/rss+xml"));
    const FetchResult five = get(QStringLiteral("/r0"));
    EXPECT_TRUE(five.ok()) << five.error.debugText().toStdString();

    m_server.route("/r5", HttpResponse::redirect(302, "/r6"));
    m_server.route("/r6", HttpResponse::ok(kFeed, "application/rss+xml"));
    const FetchResult six = get(QStringLiteral("/r0"));
    ASSERT_FALSE(six.ok());
    EXPECT_EQ(six.error.code, ErrorCode::TooManyRedirects) << six.error.debugText().toStdString();
    EXPECT_TRUE(m_server.requests("/r6").isEmpty());
}

TEST_F(FetcherTest, HttpErrorsAreOneLineMessages)
{
    m_server.route("/missing.xml", HttpResponse::status_(404));
    m_server.route("/broken.xml", HttpResponse::status_(500));
    const FetchResult missing = get(QStringLiteral("/missing.xml"));
    const FetchResult broken = get(QStringLiteral("/broken.xml"));
    EXPECT_EQ(missing.error, makeError(ErrorCode::HttpStatus, QStringLiteral("404 Not Found")));
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(broken.error, makeError(ErrorCode::HttpStatus, QStringLiteral("500 Internal Server Error")));
    EXPECT_TRUE(missing.body.isEmpty());
}

TEST_F(FetcherTest, AnAnswerThatStallsGivesUpAfterTheIdleTimeout)
{
    HttpResponse stall = HttpResponse::ok("<?xml version=\"1.0\"?><rss", "application/rss+xml");
    stall.mode = HttpResponse::Mode::StallAfterHeaders;
    m_server.route("/stall.xml", stall);
    QElapsedTimer clock;
    clock.start();
    const FetchResult r = get(QStringLiteral("/stall.xml"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error, makeError(ErrorCode::NetworkTimeout, QStringLiteral("127.0.0.1:%1").arg(m_server.port())));
    EXPECT_LT(clock.elapsed(), 15000); // gave up, however loaded the machine
    EXPECT_TRUE(r.body.isEmpty());
}

TEST_F(FetcherTest, ABodyThatNeverEndsGivesUpAfterTheTotalTimeout)
{
    HttpResponse trickle = HttpResponse::ok("<?xml version=\"1.0\"?><rss>", "application/rss+xml");
    trickle.mode = HttpResponse::Mode::TrickleForever;
    m_server.route("/endless.xml", trickle);
    QElapsedTimer clock;
    clock.start();
    const FetchResult r = get(QStringLiteral("/endless.xml"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error, makeError(ErrorCode::NetworkTimeout, QStringLiteral("127.0.0.1:%1").arg(m_server.port())));
    // Not before the 2 s limit; the upper bound only says it did give up (the body never
    // ends), wide enough for a loaded machine or a sanitizer build.
    EXPECT_GE(clock.elapsed(), 1900);
    EXPECT_LT(clock.elapsed(), 30000);
}

TEST_F(FetcherTest, AnOversizedBodyIsCutAtTheCap)
{
    HttpResponse endless = HttpResponse::ok("<?xml version=\"1.0\"?><rss>", "application/rss+xml");
    endless.mode = HttpResponse::Mode::EndlessStream;
    m_server.route("/huge.xml", endless);
    const FetchResult r = get(QStringLiteral("/huge.xml"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error, makeError(ErrorCode::TooLarge, QStringLiteral("127.0.0.1:%1").arg(m_server.port())));
    EXPECT_TRUE(r.body.isEmpty());
}

TEST_F(FetcherTest, AnAnnouncedLengthPastTheCapIsNotDownloaded)
{
    HttpResponse lying;
    lying.mode = HttpResponse::Mode::Raw;
    lying.body = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 52428800\r\n\r\n<rss>";
    m_server.route("/announced.xml", lying);
    const FetchResult r = get(QStringLiteral("/announced.xml"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error, makeError(ErrorCode::TooLarge, QStringLiteral("127.0.0.1:%1").arg(m_server.port())));
}

TEST_F(FetcherTest, AGzippedBodyArrivesDecompressed)
{
    m_server.route("/gz.xml", HttpResponse::ok(test::gzip(kFeed), "application/rss+xml").header("Content-Encoding", "gzip"));
    const FetchResult r = get(QStringLiteral("/gz.xml"));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.body, kFeed);
}

TEST_F(FetcherTest, ADeflatedBodyArrivesDecompressed)
{
    m_server.route("/deflate.xml", HttpResponse::ok(test::zlibDeflate(kFeed), "application/rss+xml").header("Content-Encoding", "deflate"));
    const FetchResult r = get(QStringLiteral("/deflate.xml"));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.body, kFeed);
}

TEST_F(FetcherTest, ARawDeflateBodyWithoutTheZlibWrapperArrivesDecompressedToo)
{
    // What some servers (old IIS) send for "deflate": the bare stream, no zlib header.
    const QByteArray zlib = test::zlibDeflate(kFeed);
    m_server.route("/raw.xml", HttpResponse::ok(zlib.mid(2, zlib.size() - 6), "application/rss+xml").header("Content-Encoding", "deflate"));
    const FetchResult r = get(QStringLiteral("/raw.xml"));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.body, kFeed);
}

TEST_F(FetcherTest, ABodyThatIsNotTheGzipItClaimsIsAnErrorNotAnEmptyFeed)
{
    m_server.route("/bad.gz", HttpResponse::ok("\x1f\x8b\x08\x00garbage that is not deflate data", "application/rss+xml")
                                  .header("Content-Encoding", "gzip"));
    const FetchResult r = get(QStringLiteral("/bad.gz"));
    EXPECT_EQ(r.error, makeError(ErrorCode::Undecompressable, QStringLiteral("gzip")));

    m_server.route("/plain.gz", HttpResponse::ok(kFeed, "application/rss+xml").header("Content-Encoding", "gzip"));
    const FetchResult plain = get(QStringLiteral("/plain.gz"));
    EXPECT_EQ(plain.error, r.error);
    EXPECT_TRUE(plain.body.isEmpty());
}

TEST_F(FetcherTest, ARefusedConnectionIsReportedWithItsAddress)
{
    const quint16 port = test::closedPort();
    const FetchResult r = test::fetchNow(m_fetcher, {QUrl(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(port)), {}, {}});
    EXPECT_EQ(r.error, makeError(ErrorCode::ConnectionRefused, QStringLiteral("127.0.0.1:%1").arg(port)));
}

TEST_F(FetcherTest, AServerThatHangsUpWithoutAnsweringIsReported)
{
    HttpResponse hangUp;
    hangUp.mode = HttpResponse::Mode::CloseWithoutAnswer;
    m_server.route("/hangup.xml", hangUp);
    const FetchResult r = get(QStringLiteral("/hangup.xml"));
    EXPECT_EQ(r.error, makeError(ErrorCode::ConnectionClosed, QStringLiteral("127.0.0.1:%1").arg(m_server.port())));
}

TEST_F(FetcherTest, AnAddressThatIsNotHttpIsRefusedAndStillCalledBackLater)
{
    bool called = false;
    FetchResult result;
    m_fetcher.get({QUrl(QStringLiteral("ftp://127.0.0.1/feed.xml")), {}, {}}, [&](const FetchResult &r) {
        called = true;
        result = r;
    });
    EXPECT_FALSE(called); // never from inside get()
    ASSERT_TRUE(test::waitUntil([&] { return called; }));
    EXPECT_EQ(result.error, makeError(ErrorCode::NotAWebAddress, QStringLiteral("ftp://127.0.0.1/feed.xml")));
}

TEST_F(FetcherTest, AbortAllDropsEveryCallback)
{
    HttpResponse slow = HttpResponse::ok(kFeed, "application/rss+xml");
    slow.delayMs = 200;
    m_server.route("/slow.xml", slow);
    int calls = 0;
    for (int i = 0; i < 3; ++i)
        m_fetcher.get({QUrl(m_server.url(QStringLiteral("/slow.xml"))), {}, {}}, [&](const FetchResult &) { ++calls; });
    EXPECT_EQ(m_fetcher.pending(), 3);
    m_fetcher.abortAll();
    EXPECT_EQ(m_fetcher.pending(), 0);
    test::waitUntil([] { return false; }, 500);
    EXPECT_EQ(calls, 0);
}

// Charsets: the HTTP header and the document may disagree. The document's own XML
// declaration wins (see docs/fetching.md); the header decides when the document is silent.

TEST_F(FetcherTest, TheDeclaredXmlEncodingWinsOverAWrongHttpCharset)
{
    const QByteArray utf8 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Société Générale</title>"
                            "<item><guid>1</guid><title>Résultats de l'exercice</title></item></channel></rss>";
    m_server.route("/wrong-header.xml", HttpResponse::ok(utf8, "text/xml; charset=ISO-8859-1"));
    const FetchResult r = get(QStringLiteral("/wrong-header.xml"));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.charset, QStringLiteral("ISO-8859-1"));
    auto feed = FeedParser::parse(r.body, r.finalUrl, r.charset);
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->title, QStringLiteral("Société Générale"));
    EXPECT_EQ(feed->items.value(0).title, QStringLiteral("Résultats de l'exercice"));
}

TEST_F(FetcherTest, TheHttpCharsetDecidesWhenTheDocumentDeclaresNone)
{
    // ISO-8859-15: Œ 0xBC, € 0xA4, œ 0xBD, é 0xE9.
    const QByteArray latin9 = "<rss version=\"2.0\"><channel><title>\xBCuvres et 100 \xA4</title>"
                              "<item><guid>1</guid><title>C\xBDur de m\xE9tier</title></item></channel></rss>";
    m_server.route("/latin9.xml", HttpResponse::ok(latin9, "application/rss+xml; charset=iso-8859-15"));
    const FetchResult r = get(QStringLiteral("/latin9.xml"));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    auto feed = FeedParser::parse(r.body, r.finalUrl, r.charset);
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->title, QStringLiteral("Œuvres et 100 €"));
    EXPECT_EQ(feed->items.value(0).title, QStringLiteral("Cœur de métier"));
}

TEST_F(FetcherTest, AnHttpUtf8ThatTheBytesBelieAreReadAsWindows1252)
{
    // Windows-1252: ’ 0x92, é 0xE9, É 0xC9.
    const QByteArray cp1252 = "<rss version=\"2.0\"><channel><title>L\x92Or\xE9" "al</title>"
                              "<item><guid>1</guid><title>\xC9t\xE9 record</title></item></channel></rss>";
    m_server.route("/cp1252.xml", HttpResponse::ok(cp1252, "application/rss+xml; charset=utf-8"));
    const FetchResult r = get(QStringLiteral("/cp1252.xml"));
    ASSERT_TRUE(r.ok()) << r.error.debugText().toStdString();
    auto feed = FeedParser::parse(r.body, r.finalUrl, r.charset);
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->title, QStringLiteral("L’Oréal"));
    EXPECT_EQ(feed->items.value(0).title, QStringLiteral("Été record"));
}
