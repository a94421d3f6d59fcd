// Which of an Atom entry's content and summary becomes the article, and against which
// base its relative links resolve once stored.
#include <gtest/gtest.h>

#include "parse/FeedParser.h"
#include "update/ArticleBuilder.h"

using namespace veille;

namespace {

Article firstArticle(const QByteArray &entry, const QByteArray &feedAttributes = {})
{
    const QByteArray xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"" + feedAttributes + "><title>F</title>" + entry + "</feed>";
    const QUrl url(QStringLiteral("https://feeds.example.org/atom.xml"));
    const auto feed = FeedParser::parse(xml, url);
    EXPECT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    if (!feed.ok() || feed->items.isEmpty())
        return {};
    return ArticleBuilder::fromFeedItem(feed->items.first(), *feed, url);
}

} // namespace

TEST(AtomContent, TheContentIsTheArticleWhenThereIsOneAndTheSummaryOtherwise)
{
    const Article both = firstArticle("<entry><title>T</title><summary>Short teaser.</summary>"
                                      "<content type=\"html\">&lt;p&gt;The whole story.&lt;/p&gt;</content></entry>");
    EXPECT_EQ(both.text, QStringLiteral("The whole story."));

    const Article summaryOnly = firstArticle("<entry><title>T</title><summary>Only the teaser.</summary></entry>");
    EXPECT_EQ(summaryOnly.text, QStringLiteral("Only the teaser."));
}

TEST(AtomContent, AnEmptyOrOutOfLineContentLeavesTheSummary)
{
    // RFC 4287 4.1.3.2: content with src is elsewhere, and the entry must then have a summary.
    const Article outOfLine = firstArticle("<entry><title>T</title><summary>The teaser.</summary>"
                                           "<content type=\"text/html\" src=\"https://example.org/story.html\"/></entry>");
    EXPECT_EQ(outOfLine.text, QStringLiteral("The teaser."));
    const Article empty = firstArticle("<entry><title>T</title><summary>The teaser.</summary>"
                                       "<content type=\"html\">   </content></entry>");
    EXPECT_EQ(empty.text, QStringLiteral("The teaser."));
}

TEST(AtomContent, RelativeLinksInTheContentFollowItsOwnXmlBaseNotTheEntryLink)
{
    const Article a = firstArticle("<entry xml:base=\"https://blog.example.net/2026/\"><title>T</title>"
                                   "<link href=\"https://elsewhere.example.com/post\"/>"
                                   "<content type=\"html\" xml:base=\"media/\">"
                                   "&lt;p&gt;See &lt;a href=\"notes.html\"&gt;the notes&lt;/a&gt;.&lt;/p&gt;</content></entry>");
    EXPECT_EQ(a.url, QStringLiteral("https://elsewhere.example.com/post"));
    EXPECT_TRUE(a.html.contains(QStringLiteral("https://blog.example.net/2026/media/notes.html"))) << a.html.toStdString();
}

TEST(AtomContent, AnAtom03EntryReadsItsBase64Content)
{
    // "PHA+SGVsbG8gdGhlcmUuPC9wPg==" is "<p>Hello there.</p>".
    const Article a = firstArticle("<entry><title>T</title><content type=\"text/html\" mode=\"base64\">"
                                   "PHA+SGVsbG8gdGhlcmUuPC9wPg==</content></entry>",
                                   " version=\"0.3\"");
    EXPECT_EQ(a.text, QStringLiteral("Hello there."));
}
