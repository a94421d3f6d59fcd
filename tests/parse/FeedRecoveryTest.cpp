// A malformed item does not cost the items after it: the reader resumes at the next item's
// start tag, keeps what it could read of the broken one, and says so in a warning. And
// Microsoft's Channel Definition Format is read as a feed.
#include <gtest/gtest.h>

#include "QtPrinters.h"
#include "TestPaths.h"
#include "parse/FeedParser.h"
#include "parse/FeedTextSource.h"

using namespace veille;

namespace {

QByteArray fixture(const char *name)
{
    return test::readAll(test::dataPath(QStringLiteral("feeds/") + QLatin1StringView(name)));
}

// The feed read in pieces of `piece` characters, as a refresh reads it from the network.
Result<ParsedFeed> readInPieces(const QByteArray &bytes, qsizetype piece, const QUrl &url = {})
{
    FeedTextSource source(bytes, QString(), piece);
    QList<ParsedItem> items;
    auto feed = FeedParser::read(source, url, [&items](ParsedItem &&item, const ParsedFeed &) {
        items.append(std::move(item));
        return true;
    });
    if (feed.ok())
        feed->items = items;
    return feed;
}

QStringList titles(const ParsedFeed &feed)
{
    QStringList out;
    for (const ParsedItem &item : feed.items)
        out << item.title;
    return out;
}

QList<ErrorCode> codes(const ParsedFeed &feed)
{
    QList<ErrorCode> out;
    for (const Error &e : feed.warnings)
        out << e.code;
    return out;
}

} // namespace

TEST(FeedRecovery, AnRssItemWithAWrongEndTagDoesNotLoseTheItemsAfterIt)
{
    const auto feed = FeedParser::parse(fixture("rss-malformed-items.xml"), QUrl());
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->title, QStringLiteral("Broken items"));
    const QStringList t = titles(*feed);
    // The whole items are all there, in order; the broken ones keep what came before their fault.
    EXPECT_EQ(t, (QStringList{"First whole item", "Second item", "Third whole item", "Fourth item", "Fifth whole item"}));
    EXPECT_EQ(feed->items.last().link, QStringLiteral("https://broken.example.org/5"));
    EXPECT_EQ(feed->items[2].summaryHtml, QStringLiteral("Also fine."));
    // One warning per broken item, each saying where.
    EXPECT_EQ(codes(*feed), (QList<ErrorCode>{ErrorCode::FeedItemMalformed, ErrorCode::FeedItemMalformed}));
    EXPECT_TRUE(feed->warnings[0].detail.startsWith(QStringLiteral("line 14:"))) << feed->warnings[0].detail.toStdString();
    EXPECT_TRUE(feed->warnings[1].detail.startsWith(QStringLiteral("line 25:"))) << feed->warnings[1].detail.toStdString();
}

TEST(FeedRecovery, AnAtomEntryClosingATagItNeverOpenedDoesNotLoseTheEntriesAfterIt)
{
    const auto feed = FeedParser::parse(fixture("atom-malformed-entry.xml"), QUrl());
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(titles(*feed), (QStringList{"Before the fault", "The fault", "After the fault"}));
    // The entry after the fault still resolves its link against the feed's xml:base.
    EXPECT_EQ(feed->items.last().link, QStringLiteral("https://atom.example.net/blog/posts/3"));
    EXPECT_EQ(feed->items.last().published.isValid() || feed->items.last().updated.isValid(), true);
    EXPECT_EQ(codes(*feed), QList<ErrorCode>{ErrorCode::FeedItemMalformed});
}

TEST(FeedRecovery, ReadingInPiecesRecoversTheSameWayWhereverThePiecesEnd)
{
    for (const char *name : {"rss-malformed-items.xml", "atom-malformed-entry.xml"}) {
        const QByteArray bytes = fixture(name);
        const auto whole = FeedParser::parse(bytes, QUrl());
        ASSERT_TRUE(whole.ok());
        for (const qsizetype piece : {1, 2, 7, 64, 333}) {
            SCOPED_TRACE(std::string(name) + " in pieces of " + std::to_string(piece));
            const auto streamed = readInPieces(bytes, piece);
            ASSERT_TRUE(streamed.ok()) << streamed.errorMessage().toStdString();
            EXPECT_EQ(titles(*streamed), titles(*whole));
            EXPECT_EQ(streamed->warnings, whole->warnings);
        }
    }
}

TEST(FeedRecovery, AFaultWithNoItemAfterItStillEndsTheFeedWithACutOffWarning)
{
    const auto feed = FeedParser::parse(
        "<rss><channel><title>T</title><item><title>One</title></item><item><title>Two</titel></item></channel></rss>",
        QUrl());
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(titles(*feed), (QStringList{"One", "Two"}));
    EXPECT_EQ(codes(*feed), QList<ErrorCode>{ErrorCode::FeedCutOff});
}

TEST(FeedRecovery, ManyBrokenItemsInARowAreEachSkippedAndTheLastWholeOneKept)
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Many</title>";
    for (int i = 0; i < 30; ++i)
        xml += "<item><title>Broken " + QByteArray::number(i) + "</title><link>x</lnk></item>\n";
    xml += "<item><title>Whole</title><link>https://example.org/whole</link></item></channel></rss>";
    for (const qsizetype piece : {5, 4096}) {
        const auto feed = readInPieces(xml, piece);
        ASSERT_TRUE(feed.ok());
        ASSERT_EQ(feed->items.size(), 31);
        EXPECT_EQ(feed->items.last().link, QStringLiteral("https://example.org/whole"));
        EXPECT_EQ(feed->warnings.size(), 30);
    }
}

TEST(FeedRecovery, AnItemStartTagInsideTextIsNotMistakenForTheNextItem)
{
    // "<items" and "<itemize" are not "<item": the recovery waits for the real one.
    const auto feed = FeedParser::parse("<rss><channel><item><title>A</titl> &lt;items <itemize></item>"
                                        "<item><title>B</title></item></channel></rss>",
                                        QUrl());
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(titles(*feed), (QStringList{"A", "B"}));
}

TEST(CdfFeed, AChannelDefinitionFileIsReadAsAFeed)
{
    const QByteArray bytes = fixture("channel-definition-format.cdf");
    EXPECT_TRUE(FeedParser::looksLikeFeed(bytes));
    const auto feed = FeedParser::parse(bytes, QUrl(QStringLiteral("http://cdf.example.com/channel.cdf")));
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->format, FeedFormat::Cdf);
    EXPECT_EQ(feed->title, QStringLiteral("Example Channel News"));
    EXPECT_EQ(feed->description, QStringLiteral("The latest news & notes from the example site."));
    EXPECT_EQ(feed->siteUrl, QStringLiteral("http://cdf.example.com/index.html"));
    EXPECT_EQ(feed->imageUrl, QStringLiteral("http://cdf.example.com/logo.gif"));
    EXPECT_TRUE(feed->warnings.isEmpty());
    // The sub-channel's item among the others, in the file's order; its own title is not the feed's.
    EXPECT_EQ(titles(*feed), (QStringList{"First story", "Second story", "The match", "Third story"}));
}

TEST(CdfFeed, RelativeAddressesResolveAgainstTheirChannelsBase)
{
    const auto feed = FeedParser::parse(fixture("channel-definition-format.cdf"), QUrl());
    ASSERT_TRUE(feed.ok());
    ASSERT_EQ(feed->items.size(), 4);
    EXPECT_EQ(feed->items[0].link, QStringLiteral("http://cdf.example.com/news/first.html"));
    EXPECT_EQ(feed->items[1].link, QStringLiteral("http://elsewhere.example.org/second.html"));
    EXPECT_EQ(feed->items[2].link, QStringLiteral("http://cdf.example.com/sport/match.html"));
    // After the sub-channel, the outer channel's base again.
    EXPECT_EQ(feed->items[3].link, QStringLiteral("http://cdf.example.com/news/third.html"));
}

TEST(CdfFeed, ItemsKeepTheirAbstractAndLastModifiedDate)
{
    const auto feed = FeedParser::parse(fixture("channel-definition-format.cdf"), QUrl());
    ASSERT_TRUE(feed.ok());
    ASSERT_EQ(feed->items.size(), 4);
    EXPECT_EQ(feed->items[0].summaryHtml, QStringLiteral("<p>What happened first.</p>"));
    EXPECT_EQ(feed->items[0].published, QDateTime(QDate(1998, 11, 5), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(feed->items[2].published, QDateTime(QDate(1998, 11, 4), QTime(20, 30), Qt::UTC));
    EXPECT_FALSE(feed->items[1].published.isValid());
    EXPECT_TRUE(feed->items[1].summaryHtml.isEmpty());
}

TEST(CdfFeed, LowerCaseNamesAreReadTooButABareRssChannelStaysRss)
{
    const auto cdf = FeedParser::parse("<channel href=\"http://x.example/\"><title>Lower</title>"
                                       "<item href=\"http://x.example/a\"><title>A</title></item></channel>",
                                       QUrl());
    ASSERT_TRUE(cdf.ok());
    EXPECT_EQ(cdf->format, FeedFormat::Cdf);
    EXPECT_EQ(titles(*cdf), QStringList{"A"});
    EXPECT_EQ(cdf->items[0].link, QStringLiteral("http://x.example/a"));

    const auto rss = FeedParser::parse("<channel><title>Bare</title><item><title>B</title><link>http://x.example/b</link>"
                                       "</item></channel>",
                                       QUrl());
    ASSERT_TRUE(rss.ok());
    EXPECT_EQ(rss->format, FeedFormat::Rss);
    EXPECT_EQ(titles(*rss), QStringList{"B"});
}

TEST(CdfFeed, ReadInPiecesGivesTheSameItems)
{
    const QByteArray bytes = fixture("channel-definition-format.cdf");
    const auto whole = FeedParser::parse(bytes, QUrl());
    ASSERT_TRUE(whole.ok());
    for (const qsizetype piece : {1, 13, 200}) {
        const auto streamed = readInPieces(bytes, piece);
        ASSERT_TRUE(streamed.ok());
        EXPECT_EQ(titles(*streamed), titles(*whole));
        ASSERT_EQ(streamed->items.size(), whole->items.size());
        for (qsizetype i = 0; i < whole->items.size(); ++i)
            EXPECT_EQ(streamed->items[i].link, whole->items[i].link);
    }
}
