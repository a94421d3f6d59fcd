#include <gtest/gtest.h>

#include "text/DateParser.h"

using veille::DateParser;

namespace {

QString iso(const QString &s)
{
    const QDateTime d = DateParser::parse(s);
    return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("invalid");
}

} // namespace

TEST(DateParser, ReadsRfc822WithGmt)
{
    EXPECT_EQ(iso("Thu, 01 Jan 2004 19:48:21 GMT"), "2004-01-01T19:48:21.000Z");
}

TEST(DateParser, ReadsNamedAmericanZones)
{
    EXPECT_EQ(iso("Mon, 10 Apr 2023 09:00:00 EST"), "2023-04-10T14:00:00.000Z");
    EXPECT_EQ(iso("Mon, 10 Apr 2023 09:00:00 PDT"), "2023-04-10T16:00:00.000Z");
}

TEST(DateParser, ReadsNumericOffsetsAndUt)
{
    EXPECT_EQ(iso("Mon, 10 Apr 2023 14:30:00 +0200"), "2023-04-10T12:30:00.000Z");
    EXPECT_EQ(iso("Mon, 10 Apr 2023 14:30:00 -05:30"), "2023-04-10T20:00:00.000Z");
    EXPECT_EQ(iso("Mon, 10 Apr 2023 14:30:00 UT"), "2023-04-10T14:30:00.000Z");
    EXPECT_EQ(iso("Thu, 15 May 2014 02:11:21 Z"), "2014-05-15T02:11:21.000Z");
}

TEST(DateParser, ToleratesMissingSecondsWeekdayAndSingleDigitDays)
{
    EXPECT_EQ(iso("Mon, 10 Apr 2023 14:30 GMT"), "2023-04-10T14:30:00.000Z");
    EXPECT_EQ(iso("5 Apr 2023 14:30:00 GMT"), "2023-04-05T14:30:00.000Z");
    EXPECT_EQ(iso("Fri, 5 Apr 2023 14:30:00 +0000"), "2023-04-05T14:30:00.000Z");
}

TEST(DateParser, IgnoresAWrongWeekday)
{
    EXPECT_EQ(iso("Sun, 10 Apr 2023 14:30:00 GMT"), "2023-04-10T14:30:00.000Z");
}

TEST(DateParser, ReadsFrenchMonthAndWeekdayNames)
{
    EXPECT_EQ(iso(QStringLiteral("lun., 10 avr. 2025 14:30:00 +0200")), "2025-04-10T12:30:00.000Z");
    EXPECT_EQ(iso(QStringLiteral("10 avril 2025")), "2025-04-10T00:00:00.000Z");
    EXPECT_EQ(iso(QStringLiteral("mar., 4 févr. 2025 08:00:00 +0100")), "2025-02-04T07:00:00.000Z");
    EXPECT_EQ(iso(QStringLiteral("jeudi 14 août 2025 10:00")), "2025-08-14T10:00:00.000Z");
    EXPECT_EQ(iso(QStringLiteral("1er décembre 2024")), "2024-12-01T00:00:00.000Z");
    EXPECT_EQ(iso(QStringLiteral("12 mars 2024")), "2024-03-12T00:00:00.000Z");
    EXPECT_EQ(iso(QStringLiteral("3 juillet 2024 9:05")), "2024-07-03T09:05:00.000Z");
}

TEST(DateParser, ReadsRfc3339WithAndWithoutFractionAndZone)
{
    EXPECT_EQ(iso("2019-10-12T07:20:50.52Z"), "2019-10-12T07:20:50.520Z");
    EXPECT_EQ(iso("2019-10-12T07:20:50+02:00"), "2019-10-12T05:20:50.000Z");
    EXPECT_EQ(iso("2019-10-12T07:20:50"), "2019-10-12T07:20:50.000Z");
    EXPECT_EQ(iso("2019-10-12T07:20Z"), "2019-10-12T07:20:00.000Z");
    EXPECT_EQ(iso("2019-10-12"), "2019-10-12T00:00:00.000Z");
    EXPECT_EQ(iso("2019-10-12T07:20:50.123456789-0500"), "2019-10-12T12:20:50.123Z");
}

TEST(DateParser, ReadsSlashAndSpaceSeparatedForms)
{
    EXPECT_EQ(iso("2020/1/10 18:25:03"), "2020-01-10T18:25:03.000Z");
    EXPECT_EQ(iso("2020-01-10 18:25:03"), "2020-01-10T18:25:03.000Z");
}

TEST(DateParser, ReadsRfc850AndTwoDigitYears)
{
    EXPECT_EQ(iso("Sunday, 06-Nov-94 08:49:37 GMT"), "1994-11-06T08:49:37.000Z");
    EXPECT_EQ(iso("Thu, 01 Jan 04 19:48:21 GMT"), "2004-01-01T19:48:21.000Z");
}

TEST(DateParser, ReturnsInvalidForUnreadableText)
{
    EXPECT_EQ(iso(""), "invalid");
    EXPECT_EQ(iso("yesterday"), "invalid");
    EXPECT_EQ(iso("Mon, 32 Apr 2023 10:00:00 GMT"), "invalid");
    EXPECT_EQ(iso("2023-02-30"), "invalid");
    EXPECT_EQ(iso("not a date at all 12"), "invalid");
}
