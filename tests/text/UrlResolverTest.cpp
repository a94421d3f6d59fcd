// Feed content (XmlNode::resolve, resolveHtmlUrls) and the sanitizer (safeUrl) resolve
// references through UrlResolver now; these are the forms where they used to differ.
#include "parse/FeedParser.h"
#include "parse/FeedXmlContent.h"
#include "text/HtmlSanitizer.h"
#include "text/QtPrinters.h"
#include "text/UrlResolver.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

const QUrl kBase(QStringLiteral("https://example.com/news/article.html"));

feedxml::XmlNode feedNode()
{
    feedxml::XmlNode node;
    node.base = kBase;
    return node;
}

} // namespace

TEST(UrlResolver, ResolvesTheRelativeFormsOfRfc3986)
{
    EXPECT_EQ(UrlResolver::resolve(u"//cdn.example.org/x.png", kBase), QStringLiteral("https://cdn.example.org/x.png"));
    EXPECT_EQ(UrlResolver::resolve(u"?q=1", kBase), QStringLiteral("https://example.com/news/article.html?q=1"));
    EXPECT_EQ(UrlResolver::resolve(u"#frag", kBase), QStringLiteral("https://example.com/news/article.html#frag"));
    EXPECT_EQ(UrlResolver::resolve(u"../a", kBase), QStringLiteral("https://example.com/a"));
    EXPECT_EQ(UrlResolver::resolve(u"b/c.png", kBase), QStringLiteral("https://example.com/news/b/c.png"));
    EXPECT_EQ(UrlResolver::resolve(u"/root", kBase), QStringLiteral("https://example.com/root"));
}

TEST(UrlResolver, LeavesAbsoluteReferencesAsWritten)
{
    EXPECT_EQ(UrlResolver::resolve(u"https://example.org/\u00e9t\u00e9?a=1&b=2", kBase),
              QStringLiteral("https://example.org/\u00e9t\u00e9?a=1&b=2"));
    EXPECT_EQ(UrlResolver::resolve(u"mailto:a@example.org", kBase), QStringLiteral("mailto:a@example.org"));
}

TEST(UrlResolver, CleansReferencesAsBrowsersDo)
{
    // Feed content only trimmed spaces: a tab inside stayed and "java\tscript:" was read as
    // a relative path.
    EXPECT_EQ(UrlResolver::resolve(u" \x01im\tage\n.png\r ", kBase), QStringLiteral("https://example.com/news/image.png"));
    EXPECT_EQ(UrlResolver::clean(u"java\tscript:alert(1)"), QStringLiteral("javascript:alert(1)"));
    EXPECT_TRUE(UrlResolver::hasScheme(u"javascript:alert(1)"));
    EXPECT_FALSE(UrlResolver::hasScheme(u"2024:notes.html"));
    EXPECT_FALSE(UrlResolver::hasScheme(u"/a:b"));
    EXPECT_EQ(feedNode().resolve(QStringLiteral("java\tscript:alert(1)")), QStringLiteral("javascript:alert(1)"));
    EXPECT_EQ(HtmlSanitizer::safeUrl(QStringLiteral("java\tscript:alert(1)"), kBase, true), QString());
}

TEST(UrlResolver, KeepsTheReferenceWhenThereIsNoAbsoluteBase)
{
    EXPECT_EQ(UrlResolver::resolve(u"a.png", QUrl()), QStringLiteral("a.png"));
    EXPECT_EQ(UrlResolver::resolve(u"a.png", QUrl(QStringLiteral("news/"))), QStringLiteral("a.png"));
    // The sanitizer's policy on top: nothing relative is linked to.
    EXPECT_EQ(HtmlSanitizer::safeUrl(QStringLiteral("a.png"), QUrl(), false), QString());
}

TEST(UrlResolver, FeedContentKeepsFragmentLinksForTheArticleWhileTheSanitizerResolvesThem)
{
    // "#fn1" in an item's content points into the article, not the feed: the feed stage
    // keeps it, and the sanitizer resolves it against the article's own URL.
    const feedxml::XmlNode node = feedNode();
    EXPECT_EQ(node.resolve(QStringLiteral("#fn1")), QStringLiteral("#fn1"));
    EXPECT_EQ(feedxml::resolveHtmlUrls(QStringLiteral("<a href=\"#fn1\">1</a>"), node), QStringLiteral("<a href=\"#fn1\">1</a>"));
    EXPECT_EQ(HtmlSanitizer::safeUrl(QStringLiteral("#fn1"), kBase, true), QStringLiteral("https://example.com/news/article.html#fn1"));
}

TEST(UrlResolver, FeedContentResolvesEachSrcsetCandidate)
{
    const feedxml::XmlNode node = feedNode();
    EXPECT_EQ(feedxml::resolveHtmlUrls(QStringLiteral("<img src=\"../a.png\" srcset=\"b.png 1x, //cdn.example.org/c.png 2x\">"), node),
              QStringLiteral("<img src=\"https://example.com/a.png\" srcset=\"https://example.com/news/b.png 1x, https://cdn.example.org/c.png 2x\">"));
    EXPECT_EQ(node.resolveSrcset(QStringLiteral("?w=1 100w")), QStringLiteral("https://example.com/news/article.html?w=1 100w"));
}

TEST(UrlResolver, TheSanitizerEncodesWhatItResolves)
{
    EXPECT_EQ(HtmlSanitizer::safeUrl(QStringLiteral("../caf\u00e9 1.png"), kBase, false),
              QStringLiteral("https://example.com/caf%C3%A9%201.png"));
    EXPECT_EQ(HtmlSanitizer::safeUrl(QStringLiteral("//cdn.example.org/x"), kBase, false), QStringLiteral("https://cdn.example.org/x"));
}

TEST(UrlResolver, JsonFeedsResolveTheirLinksAsRssAndAtomDo)
{
    const QByteArray json = R"json({"version": "https://jsonfeed.org/version/1.1", "title": "T",
        "home_page_url": " /news/ ",
        "items": [{"id": "1", "url": "../a\tb.html", "content_text": "x"},
                  {"id": "2", "url": "#section", "content_text": "y"},
                  {"id": "3", "url": "java\tscript:alert(1)", "content_text": "z"}]})json";
    const auto feed = FeedParser::parse(json, kBase);
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    ASSERT_EQ(feed->items.size(), 3);
    EXPECT_EQ(feed->siteUrl, feedNode().resolve(QStringLiteral(" /news/ ")));
    EXPECT_EQ(feed->items[0].link, QStringLiteral("https://example.com/ab.html"));
    EXPECT_EQ(feed->items[1].link, QStringLiteral("#section"));
    // The tab no longer hides the scheme: the reference is what a browser would read.
    EXPECT_EQ(feed->items[2].link, QStringLiteral("javascript:alert(1)"));
    EXPECT_EQ(feed->items[2].link, feedNode().resolve(QStringLiteral("java\tscript:alert(1)")));
}
