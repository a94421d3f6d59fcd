#include "text/HtmlImages.h"

#include "text/HtmlSanitizer.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

TEST(HtmlImages, GivesThePicturesOfCleanHtmlInOrderEachOnce)
{
    const CleanHtml clean = HtmlSanitizer::clean(
        QStringLiteral("<p>a<img src=\"/b.png\" alt=\"B\"></p><figure><img alt=\"first\" src=\"https://c.example/c.jpg?x=1&amp;y=2\">"
                       "</figure><img src=\"/b.png\">"),
        QUrl(QStringLiteral("https://a.example/news/")));
    EXPECT_EQ(HtmlImages::sources(clean.html),
              (QStringList{QStringLiteral("https://a.example/b.png"), QStringLiteral("https://c.example/c.jpg?x=1&y=2")}));
}

TEST(HtmlImages, FindsNoPictureInTextThatOnlyMentionsOne)
{
    const CleanHtml clean = HtmlSanitizer::clean(QStringLiteral("<p>Write &lt;img src=\"x\"&gt; in HTML.</p>"), QUrl());
    EXPECT_TRUE(HtmlImages::sources(clean.html).isEmpty()) << clean.html.toStdString();
    EXPECT_TRUE(HtmlImages::sources(QString()).isEmpty());
}

TEST(HtmlImages, GivesTheAddressAsThePaneAsksForIt)
{
    // The cleaner writes the address fully encoded; the pane's document asks for the QUrl
    // of the attribute, whose fully encoded form is the same text.
    const CleanHtml clean = HtmlSanitizer::clean(QStringLiteral("<img src=\"https://a.example/été photo.png\">"), QUrl());
    const QStringList sources = HtmlImages::sources(clean.html);
    ASSERT_EQ(sources.size(), 1);
    EXPECT_EQ(QUrl(sources[0]).toString(QUrl::FullyEncoded), sources[0]);
}
