// The feed cleaner (XmlCleaner) and the page tokenizer used two entity tables that
// disagreed; both read HtmlEntities' one table now. Each test is a case where they differed.
#include "parse/TextDecoder.h"
#include "text/HtmlEntities.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

QString cleanFeed(const char *xml)
{
    return TextDecoder::cleanXml(QString::fromUtf8(xml));
}

} // namespace

TEST(HtmlEntityTable, ReadsLangAndRangAsHtml5DoesInPagesAndFeeds)
{
    // HTML 4 said U+2329 and U+232A; HTML 5 and the browsers say U+27E8 and U+27E9.
    EXPECT_EQ(HtmlEntities::decode(u"&lang;x&rang;"), QString::fromUtf8("\u27E8x\u27E9"));
    EXPECT_EQ(cleanFeed("<t>&lang;x&rang;</t>"), QString::fromUtf8("<t>\u27E8x\u27E9</t>"));
}

TEST(HtmlEntityTable, FeedsKnowTheHtml5NamesPagesKnew)
{
    // The feed table had neither these names nor any longer than ten letters.
    EXPECT_EQ(cleanFeed("<t>&hyphen;&check;&hellip;&CloseCurlyDoubleQuote;&NonBreakingSpace;&starf;</t>"),
              QString::fromUtf8("<t>\u2010\u2713\u2026\u201D\u00A0\u2605</t>"));
    EXPECT_EQ(HtmlEntities::decode(u"&CloseCurlyDoubleQuote;&hyphen;"), QString::fromUtf8("\u201D\u2010"));
}

TEST(HtmlEntityTable, FeedsKeepUpperCaseMarkupEntitiesEscaped)
{
    // &QUOT; and &AMP; are HTML names for characters XML escapes itself: decoding them to
    // the bare character would end the attribute or start an entity.
    EXPECT_EQ(cleanFeed("<t a=\"&QUOT;x&QUOT;\">&AMP;&LT;b&GT;</t>"),
              QStringLiteral("<t a=\"&quot;x&quot;\">&amp;&lt;b&gt;</t>"));
    EXPECT_EQ(HtmlEntities::decode(u"&QUOT;&AMP;&LT;"), QStringLiteral("\"&<"));
}

TEST(HtmlEntityTable, ReadsWindows1252ReferencesAlikeInPagesAndFeeds)
{
    EXPECT_EQ(HtmlEntities::decode(u"&#128;&#150;&#x9C;&#x81;"), QString::fromUtf8("\u20AC\u2013\u0153\u0081"));
    EXPECT_EQ(cleanFeed("<t>&#128;&#150;&#x9C;</t>"), QString::fromUtf8("<t>\u20AC\u2013\u0153</t>"));
}

TEST(HtmlEntityTable, FeedsStayStricterThanPagesAboutSemicolonsAndLength)
{
    // A page reads legacy names without ';' and any number of digits; a feed treats both
    // as a stray ampersand, so a piece of a feed never waits on an endless reference.
    EXPECT_EQ(HtmlEntities::decode(u"&copy 2024"), QString::fromUtf8("\u00A9 2024"));
    EXPECT_EQ(cleanFeed("<t>&copy 2024</t>"), QStringLiteral("<t>&amp;copy 2024</t>"));
    EXPECT_EQ(HtmlEntities::decode(u"&#00000000065;"), QStringLiteral("A"));
    EXPECT_EQ(cleanFeed("<t>&#00000000065;</t>"), QStringLiteral("<t>&amp;#00000000065;</t>"));
    EXPECT_EQ(cleanFeed("<t>&#0000000065;</t>"), QStringLiteral("<t>&#0000000065;</t>"));
}

TEST(HtmlEntityTable, ReadsNumericReferencesTheSameWayEverywhere)
{
    const auto ref = HtmlEntities::readNumeric(u"x&#x1F600;", 3);
    EXPECT_TRUE(ref.hasDigits);
    EXPECT_TRUE(ref.semicolon);
    EXPECT_EQ(ref.value, char32_t(0x1F600));
    EXPECT_EQ(ref.end, 9);
    EXPECT_FALSE(HtmlEntities::readNumeric(u"&#;", 2).hasDigits);
    EXPECT_EQ(HtmlEntities::readNumeric(u"&#99999999999;", 2).value, char32_t(0x110000));
    EXPECT_EQ(HtmlEntities::readNumeric(u"&#123456", 2, 3).end, 5);
    // Past U+10FFFF a feed drops the reference, a page shows U+FFFD.
    EXPECT_EQ(cleanFeed("<t>a&#x110000;b</t>"), QStringLiteral("<t>ab</t>"));
    EXPECT_EQ(HtmlEntities::decode(u"a&#x110000;b"), QString::fromUtf8("a\uFFFDb"));
}

TEST(HtmlEntityTable, KnowsTheFirstAndLastNameOfEachList)
{
    EXPECT_EQ(HtmlEntities::named(u"nbsp"), char32_t(0xA0));
    EXPECT_EQ(HtmlEntities::named(u"yuml"), char32_t(0xFF));
    EXPECT_EQ(HtmlEntities::named(u"quot"), char32_t('"'));
    EXPECT_EQ(HtmlEntities::named(u"Tab"), char32_t('\t'));
    EXPECT_EQ(HtmlEntities::named(u"DiacriticalGrave"), char32_t('`'));
    EXPECT_EQ(HtmlEntities::named(u"male"), char32_t(0x2642));
    EXPECT_EQ(HtmlEntities::named(u"mal"), char32_t(0));
    EXPECT_EQ(HtmlEntities::named(u"males"), char32_t(0));
    EXPECT_EQ(HtmlEntities::named(u""), char32_t(0));
}
