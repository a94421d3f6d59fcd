#include <gtest/gtest.h>

#include "QtPrinters.h"
#include "TestPaths.h"
#include "parse/FeedDiscovery.h"

using namespace veille;

TEST(FeedDiscovery, ListsDeclaredFeedsFirstThenCommonPaths)
{
    const QByteArray html = R"(<html><head>
        <link rel="stylesheet" href="/s.css">
        <LINK REL="alternate" TYPE="application/rss+xml" title="RSS" href="/rss/une.xml">
        <link rel='alternate' type='application/atom+xml' href='https://cdn.example.fr/atom.xml?a=1&amp;b=2'>
        <link rel="alternate" type="application/feed+json" href="feed.json">
        <link rel="alternate" hreflang="en" href="/en/">
        </head><body></body></html>)";
    const QStringList found = FeedDiscovery::candidates(html, QUrl("https://www.example.fr/economie/page.html"));
    ASSERT_GE(found.size(), 3);
    EXPECT_EQ(found[0], "https://www.example.fr/rss/une.xml");
    EXPECT_EQ(found[1], "https://cdn.example.fr/atom.xml?a=1&b=2");
    EXPECT_EQ(found[2], "https://www.example.fr/economie/feed.json");
    EXPECT_TRUE(found.contains("https://www.example.fr/feed"));
    EXPECT_TRUE(found.contains("https://www.example.fr/index.xml"));
    EXPECT_EQ(found.last(), "https://www.example.fr/feed.json");
    EXPECT_EQ(QStringList(found).removeDuplicates(), 0);
}

TEST(FeedDiscovery, HonoursBaseHref)
{
    const QByteArray html = R"(<head><base href="https://static.example.com/blog/">
        <link rel="alternate" type="application/rss+xml" href="rss.xml"></head>)";
    const QStringList found = FeedDiscovery::candidates(html, QUrl("https://example.com/post"));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found[0], "https://static.example.com/blog/rss.xml");
}

TEST(FeedDiscovery, FindsTheFeedLinksOfRealPages)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    auto first = [](const char *name, const char *page) {
        const QStringList found = FeedDiscovery::candidates(
            test::readAll(test::sharedPath(QStringLiteral("corpus/netnewswire/") + name)), QUrl(page));
        return found.isEmpty() ? QString() : found.first();
    };
    EXPECT_EQ(first("DaringFireball.html", "http://daringfireball.net/"), "http://daringfireball.net/feeds/main");
    EXPECT_EQ(first("inessential.html", "http://inessential.com/"), "http://inessential.com/xml/rss.xml");
    EXPECT_EQ(first("sixcolors.html", "https://sixcolors.com/"), "http://feedpress.me/sixcolors");
    EXPECT_EQ(first("YouTubeTheVolvoRocks.html", "https://www.youtube.com/"),
              "https://www.youtube.com/feeds/videos.xml?channel_id=UCct7QF2jcWRY6dhXWMSq9LQ");
}
