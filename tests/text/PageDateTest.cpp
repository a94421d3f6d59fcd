// Saved pages read their dates with DateParser, as feeds do, instead of a reader of their
// own; these are the cases where the two used to disagree.
#include "text/DateParser.h"
#include "text/HtmlDocument.h"
#include "text/HtmlMetadata.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

QDateTime pageDate(const char *head)
{
    const HtmlDocument doc = HtmlDocument::parse(QString::fromUtf8(head));
    return HtmlMetadata::read(doc, QUrl(QStringLiteral("https://example.com/a.html"))).published;
}

} // namespace

TEST(PageDates, ReadADateWithoutZoneAsUtcLikeFeeds)
{
    // The page reader gave local time here, so the same article moved with the machine's zone.
    const QDateTime d = pageDate("<meta property=\"article:published_time\" content=\"2024-03-05T14:30:00\">");
    EXPECT_EQ(d, QDateTime(QDate(2024, 3, 5), QTime(14, 30), Qt::UTC));
    EXPECT_EQ(d.timeSpec(), Qt::UTC);
}

TEST(PageDates, ReadFrenchAndRfc822DatesInMarkup)
{
    EXPECT_EQ(pageDate("<body><time datetime=\"5 mars 2024 14:30\" pubdate>hier</time></body>"),
              QDateTime(QDate(2024, 3, 5), QTime(14, 30), Qt::UTC));
    EXPECT_EQ(pageDate("<meta name=\"date\" content=\"mardi 5 mars 2024\">"),
              QDateTime(QDate(2024, 3, 5), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(pageDate("<meta name=\"pubdate\" content=\"Tue, 05 Mar 2024 14:30:00 EST\">"),
              QDateTime(QDate(2024, 3, 5), QTime(19, 30), Qt::UTC));
}

TEST(PageDates, ReadOffsetsWrittenWithoutAColon)
{
    EXPECT_EQ(pageDate("<meta property=\"article:published_time\" content=\"2024-03-05T14:30:00+0100\">"),
              QDateTime(QDate(2024, 3, 5), QTime(13, 30), Qt::UTC));
    EXPECT_EQ(pageDate("<meta property=\"article:published_time\" content=\"2024-03-05 14:30:00\">"),
              QDateTime(QDate(2024, 3, 5), QTime(14, 30), Qt::UTC));
}

TEST(DateParser, KeepsTheDayOfAnIsoDateWhoseTimeCannotBeRead)
{
    // The page reader kept the day here; the feed reader gave nothing.
    EXPECT_EQ(DateParser::parse(QStringLiteral("2024-03-05T14h30")), QDateTime(QDate(2024, 3, 5), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(DateParser::parse(QStringLiteral("2024-03-05 \u00e0 14:30")), QDateTime(QDate(2024, 3, 5), QTime(0, 0), Qt::UTC));
    EXPECT_FALSE(DateParser::parse(QStringLiteral("2024-02-30T14h30")).isValid());
    EXPECT_FALSE(DateParser::parse(QStringLiteral("2024-03-05xyz")).isValid());
}

TEST(PageDates, PreferTheMetaTagOverJsonLdAndMarkup)
{
    EXPECT_EQ(pageDate("<meta property=\"article:published_time\" content=\"2024-03-05\">"
                       "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-01\"}</script>"),
              QDateTime(QDate(2024, 3, 5), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(pageDate("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-02T08:00:00Z\"}</script>"),
              QDateTime(QDate(2020, 1, 2), QTime(8, 0), Qt::UTC));
}
