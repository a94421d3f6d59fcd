#include "text/HtmlCharset.h"
#include "text/HtmlDocument.h"
#include "text/HtmlEntities.h"
#include "text/HtmlTokenizer.h"

#include "Complexity.h"
#include "Sanitized.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>


using namespace veille;

namespace {

// A compact picture of the tree: "p(#text b(#text))".
QString shape(const HtmlDocument &doc, int index)
{
    QString out;
    for (int c = doc.node(index).firstChild; c >= 0; c = doc.node(c).nextSibling) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        if (doc.node(c).isText()) {
            out += QLatin1Char('"') + doc.node(c).text + QLatin1Char('"');
            continue;
        }
        out += doc.tagName(c);
        const QString inner = shape(doc, c);
        if (!inner.isEmpty())
            out += QLatin1Char('(') + inner + QLatin1Char(')');
    }
    return out;
}

QString shapeOf(const char *html)
{
    const HtmlDocument doc = HtmlDocument::parse(QString::fromUtf8(html));
    return shape(doc, doc.root());
}

} // namespace

TEST(HtmlEntities, DecodesCommonNamedEntities)
{
    EXPECT_EQ(HtmlEntities::decode(u"caf&eacute; &laquo;&nbsp;x&nbsp;&raquo; &rsquo;&mdash;&hellip;"),
              QString::fromUtf8("café «\u00A0x\u00A0» ’—…"));
}

TEST(HtmlEntities, DecodesDecimalAndHexadecimalReferences)
{
    EXPECT_EQ(HtmlEntities::decode(u"&#233;&#xE9;&#XE9;&#x1F600;"), QString::fromUtf8("éé\u00E9😀"));
}

TEST(HtmlEntities, ReadsNumericReferencesWithoutSemicolon)
{
    EXPECT_EQ(HtmlEntities::decode(u"&#106avascript"), QStringLiteral("javascript"));
}

TEST(HtmlEntities, MapsC1ReferencesToWindows1252)
{
    EXPECT_EQ(HtmlEntities::decode(u"&#146;&#128;"), QString::fromUtf8("’€"));
}

TEST(HtmlEntities, KeepsUnknownOrBrokenReferencesAsWritten)
{
    EXPECT_EQ(HtmlEntities::decode(u"AT&T &foo; & &#; &#x;"), QStringLiteral("AT&T &foo; & &#; &#x;"));
}

TEST(HtmlEntities, ReadsLegacyNamesWithoutSemicolonInTextOnly)
{
    EXPECT_EQ(HtmlEntities::decode(u"&copy 2024 &amp"), QString::fromUtf8("© 2024 &"));
    EXPECT_EQ(HtmlEntities::decode(u"?a=1&copy=2", true), QStringLiteral("?a=1&copy=2"));
}

TEST(HtmlEntities, ReplacesInvalidCodePoints)
{
    EXPECT_EQ(HtmlEntities::decode(u"&#0;&#xD800;&#99999999999;"), QString(3, QChar(0xFFFD)));
}

TEST(HtmlTokenizer, ReadsAttributesQuotedUnquotedAndBare)
{
    HtmlTokenizer t(u"<A HREF=\"x.html\" data-x='1' checked title=a&amp;b>");
    HtmlToken token;
    ASSERT_TRUE(t.next(token));
    EXPECT_EQ(token.name, QStringLiteral("a"));
    ASSERT_EQ(token.attributes.size(), 4);
    EXPECT_EQ(token.attributes[0].name, QStringLiteral("href"));
    EXPECT_EQ(token.attributes[0].value, QStringLiteral("x.html"));
    EXPECT_EQ(token.attributes[1].value, QStringLiteral("1"));
    EXPECT_EQ(token.attributes[2].name, QStringLiteral("checked"));
    EXPECT_EQ(token.attributes[3].value, QStringLiteral("a&b"));
}

TEST(HtmlTokenizer, ReadsScriptContentAsRawTextUpToItsEndTag)
{
    HtmlTokenizer t(u"<script>if (a<b && c) document.write('</div>')</SCRIPT >x");
    HtmlToken token;
    ASSERT_TRUE(t.next(token));
    ASSERT_TRUE(t.next(token));
    EXPECT_EQ(token.type, HtmlToken::Type::Text);
    EXPECT_EQ(token.text, QStringLiteral("if (a<b && c) document.write('</div>')"));
    ASSERT_TRUE(t.next(token));
    EXPECT_EQ(token.type, HtmlToken::Type::EndTag);
    ASSERT_TRUE(t.next(token));
    EXPECT_EQ(token.text, QStringLiteral("x"));
}

TEST(HtmlTokenizer, DecodesEntitiesInTitleButNotInStyle)
{
    EXPECT_EQ(shapeOf("<title>A &amp; B</title><style>a&amp;b</style>"),
              QStringLiteral("title(\"A & B\") style(\"a&amp;b\")"));
}

TEST(HtmlTokenizer, DropsCommentsDoctypeAndProcessingInstructions)
{
    EXPECT_EQ(shapeOf("<!DOCTYPE html><?xml version='1.0'?>a<!-- <p>hidden</p> -->b<!---->c<![CDATA[x]]>d"),
              QStringLiteral("\"abcd\""));
}

TEST(HtmlTokenizer, UnterminatedCommentRunsToTheEnd)
{
    EXPECT_EQ(shapeOf("before<!-- never closed <p>text"), QStringLiteral("\"before\""));
}

TEST(HtmlTokenizer, UnterminatedAttributeDropsTheTag)
{
    EXPECT_EQ(shapeOf("text<a href=\"never closed>more"), QStringLiteral("\"text\""));
}

TEST(HtmlTokenizer, LoneLessThanSignIsText)
{
    EXPECT_EQ(shapeOf("a < b <3 c"), QStringLiteral("\"a < b <3 c\""));
}

TEST(HtmlDocument, ImpliesEndTagsOfParagraphsAndListItems)
{
    EXPECT_EQ(shapeOf("<p>one<p>two<ul><li>a<li>b</ul>"),
              QStringLiteral("p(\"one\") p(\"two\") ul(li(\"a\") li(\"b\"))"));
}

TEST(HtmlDocument, ImpliesEndTagsOfTableCellsAndRows)
{
    EXPECT_EQ(shapeOf("<table><tr><td>1<td>2<tr><td>3</table>"),
              QStringLiteral("table(tr(td(\"1\") td(\"2\")) tr(td(\"3\")))"));
}

TEST(HtmlDocument, BlockElementClosesOpenParagraph)
{
    EXPECT_EQ(shapeOf("<p>text<div>block</div>"), QStringLiteral("p(\"text\") div(\"block\")"));
}

TEST(HtmlDocument, VoidElementsHaveNoChildren)
{
    EXPECT_EQ(shapeOf("<p>a<br>b<img src=x>c</p>"), QStringLiteral("p(\"a\" br \"b\" img \"c\")"));
}

TEST(HtmlDocument, IgnoresStrayEndTags)
{
    EXPECT_EQ(shapeOf("</div><p>a</span>b</p></p>"), QStringLiteral("p(\"ab\")"));
}

TEST(HtmlDocument, UnclosedTagsCloseAtTheEnd)
{
    EXPECT_EQ(shapeOf("<div><p><b>bold"), QStringLiteral("div(p(b(\"bold\")))"));
}

TEST(HtmlDocument, NestedLinksAreSplit)
{
    EXPECT_EQ(shapeOf("<a href=1>x<a href=2>y</a>"), QStringLiteral("a(\"x\") a(\"y\")"));
}

TEST(HtmlDocument, KeepsOneBodyAndMergesItsAttributes)
{
    const HtmlDocument doc = HtmlDocument::parse(u"<html lang=fr><body class=a><p>x<body id=b>");
    const int body = doc.firstElement(HtmlTag::Body);
    ASSERT_GE(body, 0);
    EXPECT_EQ(doc.attribute(body, QLatin1StringView("id")), QStringLiteral("b"));
    EXPECT_EQ(doc.attribute(doc.firstElement(HtmlTag::Html), QLatin1StringView("lang")), QStringLiteral("fr"));
}

TEST(HtmlDocument, CapsNestingDepth)
{
    QString html;
    for (int i = 0; i < 2000; ++i)
        html += QLatin1StringView("<div>");
    html += QLatin1StringView("deep");
    const HtmlDocument doc = HtmlDocument::parse(html);
    int depth = 0;
    for (int i = doc.size() - 1; i >= 0; i = doc.node(i).parent)
        ++depth;
    EXPECT_LE(depth, HtmlDocument::kMaxDepth + 2);
    EXPECT_EQ(doc.textContent(doc.root()), QStringLiteral("deep"));
}

TEST(HtmlDocument, HostileInputStaysLinear)
{
    // Unclosed inline tags, then as many stray end tags: 8 times as many must cost about
    // 8 times as long, not 64 (tests/Complexity.h). Fewer under the sanitizers.
    auto hostile = [](int pairs) {
        QString html;
        html.reserve(pairs * 14);
        for (int i = 0; i < pairs; ++i)
            html += QLatin1StringView("<b><i>");
        for (int i = 0; i < pairs; ++i)
            html += QLatin1StringView("</p></x>");
        return html;
    };
    const int pairs = veille::test::kSanitized ? 5'000 : 25'000;
    const QString fewer = hostile(pairs);
    const QString more = hostile(pairs * veille::test::kGrowth);
    EXPECT_GT(HtmlDocument::parse(more).size(), 1);
    EXPECT_TRUE(veille::test::growsLinearly([&] { (void)HtmlDocument::parse(fewer); }, [&] { (void)HtmlDocument::parse(more); }));
}

TEST(HtmlCharset, ReadsMetaCharset)
{
    const QByteArray bytes = "<html><head><meta charset=\"iso-8859-15\"></head><body>\xA4</body>";
    QByteArray used;
    EXPECT_TRUE(HtmlCharset::decode(bytes, &used).contains(QChar(0x20AC)));
    EXPECT_EQ(used, QByteArray("iso-8859-15"));
}

TEST(HtmlCharset, ReadsHttpEquivContentType)
{
    const QByteArray bytes = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\x92";
    EXPECT_TRUE(HtmlCharset::decode(bytes).endsWith(QChar(0x2019)));
}

TEST(HtmlCharset, DefaultsToUtf8AndFallsBackToWindows1252)
{
    EXPECT_EQ(HtmlCharset::decode("<p>caf\xC3\xA9</p>"), QString::fromUtf8("<p>café</p>"));
    EXPECT_EQ(HtmlCharset::decode("<p>caf\xE9 \x93x\x94</p>"), QString::fromUtf8("<p>café “x”</p>"));
}

TEST(HtmlCharset, DeclaredUtf8ThatIsNotFallsBack)
{
    EXPECT_EQ(HtmlCharset::decode("<meta charset=utf-8>\xE9t\xE9"), QString::fromUtf8("<meta charset=utf-8>été"));
}

TEST(HtmlCharset, HonoursByteOrderMarks)
{
    EXPECT_EQ(HtmlCharset::decode("\xEF\xBB\xBF<p>\xC3\xA9"), QString::fromUtf8("<p>é"));
    EXPECT_EQ(HtmlCharset::decode(QByteArray("\xFF\xFE<\0p\0>\0", 8)), QStringLiteral("<p>"));
}
