// Feeds that count their readers (tests/data/hostile/tracking-*.{rss,xml}: pixels 1×1 and
// 0×0, beacons from analytics and mailing-list hosts, links with utm_*, fbclid, gclid,
// mc_eid...) imported through veille-cli: no stored article keeps a pixel or a tracked
// link, in its body or its own address, and the real pictures and plain links stay.
#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "CliRun.h"
#include "TestPaths.h"
#include "text/TrackingFilter.h"

using namespace veille;
using namespace veille::test;

namespace {

class TrackingFeeds : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        for (const char *name : {"hostile/tracking-newsletter.rss", "hostile/tracking-atom.xml"}) {
            const CliResult r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), dataPath(QString::fromUtf8(name))});
            ASSERT_EQ(r.exitCode, 0) << r.err.constData();
            for (const QByteArray &line : r.out.split('\n')) {
                if (!line.isEmpty())
                    m_ids.insert(QString::fromUtf8(line.mid(line.indexOf('\t') + 1)), QString::fromUtf8(line.left(line.indexOf('\t'))));
            }
        }
        ASSERT_EQ(m_ids.size(), 4);
    }
    QJsonObject show(const QString &title)
    {
        const CliResult r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("show"), m_ids.value(title), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return QJsonDocument::fromJson(r.out).object();
    }
    // Every address an article's stored HTML names, in src and href attributes.
    static QStringList addresses(const QString &html)
    {
        static const QRegularExpression attribute(QStringLiteral("(?:src|href)=\"([^\"]*)\""));
        QStringList found;
        for (auto it = attribute.globalMatch(html); it.hasNext();)
            found << it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        return found;
    }
    static bool tracked(const QString &address)
    {
        return TrackingFilter::withoutTrackingParameters(address) != address;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, QString> m_ids; // title → id
};

} // namespace

TEST_F(TrackingFeeds, NoStoredArticleKeepsAPixelABeaconOrATrackedLink)
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        const QJsonObject shown = show(it.key());
        const QString html = shown.value(QStringLiteral("html")).toString();
        for (const QString &address : addresses(html)) {
            EXPECT_FALSE(tracked(address)) << qPrintable(it.key()) << " keeps " << qPrintable(address);
            EXPECT_FALSE(TrackingFilter::isTrackingHost(QUrl(address).host())) << qPrintable(it.key()) << " keeps " << qPrintable(address);
        }
        for (const char *pixel : {"open.gif", "zero.png", "px.gif", "wide-but-flat.gif", "b.gif"})
            EXPECT_FALSE(html.contains(QString::fromUtf8(pixel))) << qPrintable(it.key()) << " keeps " << pixel;
        EXPECT_FALSE(tracked(shown.value(QStringLiteral("url")).toString())) << qPrintable(it.key());
    }
}

TEST_F(TrackingFeeds, NoRowOfTheLibraryNamesATrackingParameterOrHost)
{
    // Read past the code under test: the stored rows themselves.
    for (const char *needle : {"utm_", "fbclid", "gclid", "mc_eid", "msclkid", "_hsenc", "google-analytics", "doubleclick",
                               "pixel.wp.com", "feedburner", "list-manage", "scorecardresearch", "facebook.com/tr",
                               "analytics.twitter"}) {
        const QByteArray sql = "SELECT count(*) FROM articles WHERE instr(lower(html), '" + QByteArray(needle)
            + "') > 0 OR instr(lower(url), '" + QByteArray(needle) + "') > 0";
        EXPECT_EQ(sqliteScalar(m_db, sql.constData()), QStringLiteral("0")) << needle;
    }
}

TEST_F(TrackingFeeds, TheRealPicturesAndPlainParametersStay)
{
    const QString pixels = show(QStringLiteral("Pixels of every size")).value(QStringLiteral("html")).toString();
    EXPECT_TRUE(pixels.contains(QStringLiteral("https://news.example/media/usine.jpg")));
    const QString beacons = show(QStringLiteral("Beacons from tracking hosts")).value(QStringLiteral("html")).toString();
    EXPECT_TRUE(beacons.contains(QStringLiteral("https://cdn.news.example/photos/poissy.jpg?w=800\"")));
    const QString links = show(QStringLiteral("Tracked links")).value(QStringLiteral("html")).toString();
    EXPECT_TRUE(links.contains(QStringLiteral("https://shop.example/offer\"")));
    EXPECT_TRUE(links.contains(QStringLiteral("https://news.example/x?ref=home&amp;q=usine\"")));
    EXPECT_TRUE(links.contains(QStringLiteral("https://news.example/y#part\"")));
    EXPECT_TRUE(links.contains(QStringLiteral("https://news.example/plain?id=7&amp;lang=fr\"")));
    EXPECT_TRUE(show(QStringLiteral("Atom pixels")).value(QStringLiteral("html")).toString()
                    .contains(QStringLiteral("https://atom.example/img/a350.jpg")));
}

TEST_F(TrackingFeeds, AnArticlesOwnAddressLosesItsTrackingAndKeepsItsOwnParameters)
{
    EXPECT_EQ(show(QStringLiteral("Pixels of every size")).value(QStringLiteral("url")).toString(),
              QStringLiteral("https://news.example/a/pixels?id=42"));
    EXPECT_EQ(show(QStringLiteral("Beacons from tracking hosts")).value(QStringLiteral("url")).toString(),
              QStringLiteral("https://news.example/a/beacons"));
    EXPECT_EQ(show(QStringLiteral("Tracked links")).value(QStringLiteral("url")).toString(),
              QStringLiteral("https://news.example/a/links?page=2#top"));
    EXPECT_EQ(show(QStringLiteral("Atom pixels")).value(QStringLiteral("url")).toString(), QStringLiteral("https://atom.example/post"));
}

TEST_F(TrackingFeeds, ImportingTheFeedAgainAddsNothing)
{
    // The identity still comes from the link as the feed gives it: a refresh finds the
    // same articles, not new ones without the tracking.
    const CliResult again = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                    dataPath(QStringLiteral("hostile/tracking-newsletter.rss"))});
    ASSERT_EQ(again.exitCode, 0) << again.err.constData();
    EXPECT_EQ(sqliteScalar(m_db, "SELECT count(*) FROM articles"), QStringLiteral("4"));
}

TEST_F(TrackingFeeds, TheFeedsSiteLosesItsTrackingToo)
{
    EXPECT_EQ(sqliteScalar(m_db, "SELECT site_url FROM feeds WHERE title = 'Tracking newsletter'"),
              QStringLiteral("https://news.example/"));
}
