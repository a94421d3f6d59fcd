#include "text/TrackingFilter.h"

#include "text/HtmlSanitizer.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

QString stripped(const char *address)
{
    return TrackingFilter::withoutTrackingParameters(QString::fromUtf8(address));
}

QString cleaned(const char *html)
{
    return HtmlSanitizer::clean(QString::fromUtf8(html), QUrl(QStringLiteral("https://example.com/news/a.html"))).html;
}

bool pixel(const char *url, const char *width = "", const char *height = "")
{
    return TrackingFilter::isTrackingImage(QUrl(QString::fromUtf8(url)), QString::fromUtf8(width), QString::fromUtf8(height));
}

} // namespace

TEST(TrackingFilter, RemovesEveryUtmParameterAndKeepsTheOthersInOrder)
{
    EXPECT_EQ(stripped("https://a.example/p?utm_source=rss&id=4&utm_medium=feed&utm_campaign=x&q=b"),
              QStringLiteral("https://a.example/p?id=4&q=b"));
}

TEST(TrackingFilter, RemovesClickIdentifiersOfAdvertisersAndMailingLists)
{
    EXPECT_EQ(stripped("https://a.example/p?fbclid=1&gclid=2&mc_eid=3&mc_cid=4&msclkid=5&dclid=6&yclid=7"),
              QStringLiteral("https://a.example/p"));
    EXPECT_EQ(stripped("https://a.example/p?_hsenc=1&_hsmi=2&igshid=3&twclid=4&mkt_tok=5&gbraid=6&wbraid=7"),
              QStringLiteral("https://a.example/p"));
}

TEST(TrackingFilter, ComparesParameterNamesWithoutCase)
{
    EXPECT_EQ(stripped("https://a.example/p?UTM_Source=x&FBCLID=y&keep=1"), QStringLiteral("https://a.example/p?keep=1"));
}

TEST(TrackingFilter, KeepsTheFragmentAfterTheQuery)
{
    EXPECT_EQ(stripped("https://a.example/p?utm_source=x#section-2"), QStringLiteral("https://a.example/p#section-2"));
    EXPECT_EQ(stripped("https://a.example/p?a=1&gclid=x#s"), QStringLiteral("https://a.example/p?a=1#s"));
}

TEST(TrackingFilter, GivesBackAnAddressWithoutTrackingExactlyAsWritten)
{
    for (const char *kept : {"https://a.example/p?id=7&lang=fr", "https://a.example/%C3%A9t%C3%A9?q=a%20b&&x",
                             "https://a.example/p", "mailto:a@b.example?subject=hi", "https://a.example/p#utm_source=x",
                             "https://a.example/p#frag?utm_source=x",
                             "https://a.example/p?utmost=1&source=utm_x", ""}) {
        EXPECT_EQ(stripped(kept), QString::fromUtf8(kept));
    }
}

TEST(TrackingFilter, ReadsAPercentEncodedParameterName)
{
    EXPECT_EQ(stripped("https://a.example/p?utm%5Fsource=x&b=1"), QStringLiteral("https://a.example/p?b=1"));
}

TEST(TrackingFilter, TellsAnImageOfAtMostOnePixelInEitherDirection)
{
    EXPECT_TRUE(pixel("https://a.example/x.gif", "1", "1"));
    EXPECT_TRUE(pixel("https://a.example/x.gif", "0", "0"));
    EXPECT_TRUE(pixel("https://a.example/x.gif", "1px", "1px"));
    EXPECT_TRUE(pixel("https://a.example/x.gif", " 1 ", ""));
    EXPECT_TRUE(pixel("https://a.example/x.gif", "600", "1"));
    EXPECT_FALSE(pixel("https://a.example/x.gif", "2", "2"));
    EXPECT_FALSE(pixel("https://a.example/x.gif", "640", "360"));
    EXPECT_FALSE(pixel("https://a.example/x.gif", "100%", "auto"));
    EXPECT_FALSE(pixel("https://a.example/x.gif"));
}

TEST(TrackingFilter, TellsAnImageFromATrackingHostOrOneOfItsSubdomains)
{
    EXPECT_TRUE(pixel("https://www.google-analytics.com/collect?v=1"));
    EXPECT_TRUE(pixel("https://stats.g.doubleclick.net/r"));
    EXPECT_TRUE(pixel("https://pixel.wp.com/g.gif"));
    EXPECT_TRUE(pixel("https://us1.list-manage.com/track/open.php"));
    EXPECT_TRUE(pixel("https://FEEDS.FEEDBURNER.COM/~r/x"));
    EXPECT_FALSE(pixel("https://notdoubleclick.net/a.jpg")) << "a suffix of the name is not a subdomain";
    EXPECT_FALSE(pixel("https://cdn.example.com/doubleclick.net.jpg"));
}

TEST(TrackingFilter, TheCleanerDropsPixelsAndKeepsPictures)
{
    const QString html = cleaned("<p>Text<img src=\"https://example.com/o.gif\" width=\"1\" height=\"1\">"
                                 "<img src=\"https://www.google-analytics.com/c.gif\">"
                                 "<img src=\"https://example.com/photo.jpg\" width=\"640\" alt=\"Photo\"></p>");
    EXPECT_EQ(html, QStringLiteral("<p>Text<img src=\"https://example.com/photo.jpg\" alt=\"Photo\"></p>"));
}

TEST(TrackingFilter, TheCleanerRemovesTrackingParametersFromLinksAndPictures)
{
    const QString html = cleaned("<p><a href=\"https://shop.example/o?utm_source=n&amp;id=3\">offer</a>"
                                 "<img src=\"https://example.com/p.jpg?utm_medium=rss\"></p>");
    EXPECT_EQ(html, QStringLiteral("<p><a href=\"https://shop.example/o?id=3\">offer</a>"
                                   "<img src=\"https://example.com/p.jpg\"></p>"));
}

TEST(TrackingFilter, TheCleanerKeepsTheTextOfALinkWhoseAddressWasOnlyTracking)
{
    EXPECT_EQ(cleaned("<p><a href=\"https://a.example/?utm_source=x\">home</a></p>"),
              QStringLiteral("<p><a href=\"https://a.example/\">home</a></p>"));
}
