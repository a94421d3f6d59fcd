#include <gtest/gtest.h>

#include "Complexity.h"
#include "QtPrinters.h"
#include "Sanitized.h"
#include "SyntheticFeed.h"
#include "TestPaths.h"
#include "parse/FeedParser.h"
#include "parse/TextDecoder.h"

using namespace veille;

namespace {

Result<ParsedFeed> parseFixture(const QString &name, const QString &url = {}, const QString &charset = {})
{
    return FeedParser::parse(test::readAll(test::dataPath(QStringLiteral("feeds/") + name)), QUrl(url), charset);
}

Result<ParsedFeed> parseText(const char *text)
{
    return FeedParser::parse(QByteArray(text), QUrl(QStringLiteral("https://example.com/feed")));
}

} // namespace

TEST(RssParser, ReadsAFrenchLatin1FeedWithItsAccents)
{
    const auto feed = parseFixture("lesechos-latin1-accented-titles.xml");
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->title, QStringLiteral("Les Échos de l'économie"));
    EXPECT_EQ(feed->language, "fr");
    EXPECT_EQ(feed->siteUrl, "https://economie.example.fr/");
    ASSERT_EQ(feed->items.size(), 2);
    const ParsedItem &first = feed->items[0];
    EXPECT_EQ(first.title, QStringLiteral("Hausse de 12 % du chiffre d'affaires à 1,4 milliard d'euros"));
    EXPECT_EQ(first.guid, "eco-2025-0410-1");
    ASSERT_EQ(first.authors.size(), 1);
    EXPECT_EQ(first.authors[0].name, QStringLiteral("Amélie Durand"));
    EXPECT_EQ(first.published, QDateTime::fromString("2025-04-10T12:30:00Z", Qt::ISODate));
    EXPECT_EQ(first.categories, QStringList{"Entreprises"});
    EXPECT_EQ(feed->items[1].published, QDateTime::fromString("2025-04-10T00:00:00Z", Qt::ISODate));
    ASSERT_EQ(feed->items[1].enclosures.size(), 1);
    EXPECT_EQ(feed->items[1].enclosures[0].length, 123456);
}

TEST(RssParser, PrefersContentEncodedOverDescription)
{
    const auto feed = parseFixture("lesechos-latin1-accented-titles.xml");
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->items[0].contentHtml,
              QStringLiteral("<p>Le groupe a annoncé jeudi une hausse de 12 % de son chiffre d'affaires, à 1,4 "
                             "milliard d'euros.</p>"));
    EXPECT_EQ(feed->items[0].summaryHtml, QStringLiteral("Résumé : la société prévoit une croissance soutenue."));
}

TEST(RssParser, SkipsAnEmptyContentEncoded)
{
    const auto feed = parseText(R"(<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><item><title>T</title><content:encoded></content:encoded>
        <content:encoded><![CDATA[<p>Real</p>]]></content:encoded></item></channel></rss>)");
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->items[0].contentHtml, "<p>Real</p>");
}

TEST(RssParser, ReplacesHtmlEntitiesThatXmlDoesNotDefine)
{
    const auto feed = parseFixture("rss091-html-entities.xml");
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->version, "0.91");
    EXPECT_EQ(feed->title, QStringLiteral("Café\u00A0&\u00A0Crème"));
    EXPECT_EQ(feed->siteUrl, "https://example.com/?a=1&b=2");
    EXPECT_EQ(feed->description.toStdString(), QStringLiteral("L’actualité — © 2025 &unknownentity;  –").toStdString());
    ASSERT_EQ(feed->items.size(), 1);
    EXPECT_EQ(feed->items[0].title, QStringLiteral("L’été « chaud » & sec"));
    EXPECT_EQ(feed->items[0].link, "https://example.com/ete?x=1&y=2");
    // CDATA is literal: its entities stay as written.
    EXPECT_EQ(feed->items[0].summaryHtml, "<p>Keep &nbsp; literal in CDATA</p>");
}

TEST(RssParser, KeepsTheItemsReadBeforeTheFileWasCutOff)
{
    const auto feed = parseFixture("rss-truncated-midway.xml");
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->title, "Truncated feed");
    ASSERT_GE(feed->items.size(), 2);
    EXPECT_EQ(feed->items[0].title, "First complete item");
    EXPECT_EQ(feed->items[1].title, "Second complete item");
    ASSERT_EQ(feed->warnings.size(), 1);
    EXPECT_EQ(feed->warnings.first().code, ErrorCode::FeedCutOff);
    EXPECT_FALSE(feed->warnings.first().detail.isEmpty());
}

TEST(RssParser, DoesNotExpandEntityBombsOrExternalEntities)
{
    // Expanded, the bomb would be gigabytes: every field stays smaller than the file itself.
    const QByteArray bomb = test::readAll(test::dataPath(QStringLiteral("feeds/billion-laughs-with-external-entity.xml")));
    const auto feed = FeedParser::parse(bomb, QUrl());
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    ASSERT_EQ(feed->items.size(), 1);
    EXPECT_LT(feed->title.size(), 100);
    EXPECT_LT(feed->items[0].title.size() + feed->items[0].summaryHtml.size() + feed->items[0].contentHtml.size(), bomb.size());
    EXPECT_FALSE(feed->items[0].summaryHtml.contains("root:"));
    EXPECT_TRUE(feed->warnings.contains(makeError(ErrorCode::DoctypeEntitiesIgnored)));
}

TEST(RssParser, StripsCharactersThatXmlForbids)
{
    const auto feed = parseText("<rss version=\"2.0\"><channel><title>Bad\x01\x10 bytes&#x1F;</title>"
                                "<item><title>Still \x0b read</title></item></channel></rss>");
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->title, "Bad bytes");
    ASSERT_EQ(feed->items.size(), 1);
    EXPECT_EQ(feed->items[0].title, "Still  read");
}

TEST(RssParser, UnescapesTextTitlesAndKeepsHtmlAsAString)
{
    const auto feed = parseText(R"(<rss version="2.0"><channel><title>A &amp;lt; B</title>
        <item><title>Fish &amp; Chips &lt;3</title><description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;</description></item>
        </channel></rss>)");
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->items[0].title, "Fish & Chips <3");
    EXPECT_EQ(feed->items[0].summaryHtml, "<p>Hello <b>world</b></p>");
}

TEST(RssParser, ReadsAuthorsInTheirUsualSpellings)
{
    const auto feed = parseText(R"(<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
        <item><author>jane@example.com (Jane Doe)</author></item>
        <item><dc:creator>Jean Dupont</dc:creator></item>
        <item><itunes:author>Pod Caster</itunes:author></item>
        </channel></rss>)");
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    ASSERT_EQ(feed->items.size(), 3);
    EXPECT_EQ(feed->items[0].authors[0].name, "Jane Doe");
    EXPECT_EQ(feed->items[0].authors[0].email, "jane@example.com");
    EXPECT_EQ(feed->items[1].authors[0].name, "Jean Dupont");
    EXPECT_EQ(feed->items[2].authors[0].name, "Pod Caster");
}

TEST(RssParser, ResolvesRelativeLinksAgainstTheFeedUrl)
{
    const auto feed = parseText(R"(<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
        <link>/</link><item><link>/posts/1</link><enclosure url="audio/1.mp3" type="audio/mpeg" length="10"/>
        <media:group><media:thumbnail url="/img/1.jpg"/></media:group>
        <description>&lt;img src="pics/a.png"&gt; &lt;a href="#top"&gt;top&lt;/a&gt;</description></item>
        </channel></rss>)");
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->siteUrl, "https://example.com/");
    const ParsedItem &item = feed->items[0];
    EXPECT_EQ(item.link, "https://example.com/posts/1");
    EXPECT_EQ(item.enclosures[0].url, "https://example.com/audio/1.mp3");
    EXPECT_EQ(item.imageUrl, "https://example.com/img/1.jpg");
    EXPECT_EQ(item.summaryHtml, "<img src=\"https://example.com/pics/a.png\"> <a href=\"#top\">top</a>");
}

TEST(RssParser, ReadsRss10AndRss090Documents)
{
    const auto rdf = parseText(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <channel rdf:about="https://example.com/"><title>RDF</title><link>https://example.com/</link></channel>
        <item rdf:about="https://example.com/a"><title>A</title></item></rdf:RDF>)");
    ASSERT_TRUE(rdf.ok());
    EXPECT_EQ(rdf->version, "1.0");
    EXPECT_EQ(rdf->items[0].link, "https://example.com/a");
    const auto old = parseText(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
        <channel><title>Old</title><link>https://example.com/</link></channel>
        <item><title>B</title><link>https://example.com/b</link></item></rdf:RDF>)");
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old->version, "0.90");
    EXPECT_EQ(old->items[0].title, "B");
}

TEST(AtomParser, ResolvesLinksAndXhtmlBodiesAgainstXmlBase)
{
    const auto feed = parseFixture("atom-xml-base-relative-links.xml", "https://blog.example.org/feed.atom");
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->format, FeedFormat::Atom);
    EXPECT_EQ(feed->version, "atom10");
    EXPECT_EQ(feed->title, "Carnet & notes");
    EXPECT_EQ(feed->language, "fr");
    EXPECT_EQ(feed->siteUrl, "https://blog.example.org/");
    EXPECT_EQ(feed->feedUrl, "https://blog.example.org/feed.atom");
    ASSERT_EQ(feed->items.size(), 2);
    const ParsedItem &first = feed->items[0];
    EXPECT_EQ(first.title, "<em>Premier</em> billet");
    EXPECT_EQ(first.link, "https://blog.example.org/posts/2025/premier-billet.html");
    EXPECT_EQ(first.enclosures[0].url, "https://blog.example.org/media/podcast.ogg");
    EXPECT_EQ(first.published, QDateTime::fromString("2025-04-10T06:00:00Z", Qt::ISODate));
    EXPECT_EQ(first.summaryHtml, "Deux &lt; trois");
    EXPECT_TRUE(first.contentHtml.contains("href=\"https://blog.example.org/posts/2025/suite.html\""));
    EXPECT_TRUE(first.contentHtml.contains("href=\"#note1\""));
    EXPECT_TRUE(first.contentHtml.contains("<img src=\"https://blog.example.org/posts/2025/image.png\" />"));
    EXPECT_EQ(first.authors[0].name, "Claire Martin"); // inherited from the feed
    const ParsedItem &second = feed->items[1];
    EXPECT_EQ(second.link, "https://blog.example.org/second.html"); // the empty href is skipped
    EXPECT_EQ(second.published, second.updated);
    EXPECT_EQ(second.contentHtml, "<p>Une <a href=\"https://blog.example.org/autre.html\">autre</a> page</p>");
}

TEST(AtomParser, ReadsAtom03WithBase64Content)
{
    const auto feed = parseText(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
        <entry><title>E</title><issued>2004-01-01T10:00:00Z</issued><modified>2004-01-02T10:00:00Z</modified>
        <content type="text/html" mode="base64">PHA+SGk8L3A+</content></entry></feed>)");
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->version, "atom03");
    EXPECT_EQ(feed->items[0].contentHtml, "<p>Hi</p>");
    EXPECT_EQ(feed->items[0].published, QDateTime::fromString("2004-01-01T10:00:00Z", Qt::ISODate));
}

TEST(JsonFeedParser, ReadsJsonFeed11)
{
    const auto feed = parseFixture("jsonfeed-1.1-french.json", "https://veille.example.fr/feed.json");
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->format, FeedFormat::JsonFeed);
    EXPECT_EQ(feed->version, "json1.1");
    EXPECT_EQ(feed->title, QStringLiteral("Veille économique"));
    EXPECT_EQ(feed->language, "fr-FR");
    ASSERT_EQ(feed->items.size(), 2);
    const ParsedItem &first = feed->items[0];
    EXPECT_EQ(first.contentHtml, "<p>Foxconn annonce 10 milliards de dollars.</p>");
    EXPECT_EQ(first.summaryHtml, "Investissement &amp; emplois");
    EXPECT_EQ(first.published, QDateTime::fromString("2025-04-10T12:30:00Z", Qt::ISODate));
    EXPECT_EQ(first.authors[0].name, "Jean Dupont");
    EXPECT_EQ(first.categories, (QStringList{"industrie", QStringLiteral("États-Unis")}));
    EXPECT_EQ(first.enclosures[0].length, 2048);
    EXPECT_EQ(feed->items[1].guid, "2");
    EXPECT_EQ(feed->items[1].link, "https://veille.example.fr/articles/2");
    EXPECT_EQ(feed->items[1].contentHtml, "Texte brut &lt;sans&gt; balises");
}

TEST(TextDecoder, ReadsGb2312DeclaredFilesAsGbk)
{
    const auto feed = parseFixture("rss-gb2312-declared-really-gbk.xml");
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->title, QStringLiteral("新闻 - 镕基"));
    EXPECT_EQ(feed->items[0].title, QStringLiteral("中国经济增长"));
}

TEST(TextDecoder, ReadsWindows1251AndIso885915)
{
    const auto cyr = parseFixture("rss-windows-1251.xml");
    ASSERT_TRUE(cyr.ok());
    EXPECT_EQ(cyr->items[0].title, QStringLiteral("Экономика России"));
    const auto euro = parseFixture("rss-iso-8859-15-euro.xml");
    ASSERT_TRUE(euro.ok());
    EXPECT_EQ(euro->items[0].title, QStringLiteral("Œuvre à 5 €"));
}

TEST(TextDecoder, FallsBackToWindows1252ForInvalidUtf8WithoutDeclaration)
{
    const auto feed = parseFixture("rss-windows-1252-undeclared.xml");
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->title, QStringLiteral("Citation “directe” – été"));
    EXPECT_EQ(feed->items[0].title, QStringLiteral("L’été"));
}

TEST(TextDecoder, HonoursTheHttpCharsetWhenTheFileDeclaresNone)
{
    const QByteArray bytes = QStringLiteral("<rss version=\"2.0\"><channel><title>Новости</title></channel></rss>")
                                 .toUtf8();
    QString cp1251;
    ASSERT_TRUE(TextDecoder::decodeAs(bytes, "utf-8", &cp1251));
    const auto feed = FeedParser::parse(bytes, QUrl(), QStringLiteral("utf-8"));
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->title, QStringLiteral("Новости"));
    const QByteArray latin = QByteArray("<rss version=\"2.0\"><channel><title>D\xe9j\xe0</title></channel></rss>");
    const auto latinFeed = FeedParser::parse(latin, QUrl(), QStringLiteral("ISO-8859-1"));
    ASSERT_TRUE(latinFeed.ok());
    EXPECT_EQ(latinFeed->title, QStringLiteral("Déjà"));
}

TEST(TextDecoder, ReadsUtf16WithByteOrderMark)
{
    QByteArray bytes("\xFF\xFE");
    const QString text = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Été</title></channel></rss>");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto feed = FeedParser::parse(bytes, QUrl());
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->title, QStringLiteral("Été"));
}

TEST(FeedParser, SniffsTheFormatFromContentNotFileName)
{
    EXPECT_EQ(parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>")->format, FeedFormat::Atom);
    EXPECT_EQ(parseText("  \n<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>")->format, FeedFormat::Rss);
    EXPECT_TRUE(FeedParser::looksLikeFeed("<!-- c --><?xml-stylesheet href=\"a\"?><rss version=\"2.0\">"));
    EXPECT_TRUE(FeedParser::looksLikeFeed("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"));
    EXPECT_FALSE(FeedParser::looksLikeFeed("<html><body>no</body></html>"));
    EXPECT_FALSE(FeedParser::looksLikeFeed("plain text"));
}

TEST(FeedParser, RefusesFilesThatAreNotFeedsWithAClearMessage)
{
    const auto html = parseFixture("html-error-page-saved-as.rss");
    ASSERT_FALSE(html.ok());
    EXPECT_EQ(html.error(), makeError(ErrorCode::FeedIsHtmlPage));
    EXPECT_EQ(parseText("").error(), makeError(ErrorCode::FileEmpty));
    EXPECT_EQ(parseText("   \n ").error(), makeError(ErrorCode::FileEmpty));
    EXPECT_EQ(parseText("Just some words.").error(), makeError(ErrorCode::NotAFeed));
    EXPECT_EQ(parseText("<note><to>Tove</to></note>").error(), makeError(ErrorCode::FeedUnknownXml, QStringLiteral("note")));
    EXPECT_EQ(parseText("<opml version=\"1.0\"><body/></opml>").error(), makeError(ErrorCode::FeedIsOpml));
    EXPECT_EQ(parseText("{\"hello\": 1}").error(), makeError(ErrorCode::FeedNotJsonFeed));
    EXPECT_EQ(parseText("{\"items\": [").error().code, ErrorCode::MalformedJson);
    EXPECT_EQ(parseText("<html><body><p>Hi<br></p></body></html>").error(), makeError(ErrorCode::FeedIsHtmlPage));
    QByteArray random(4096, '\0');
    quint32 state = 12345;
    for (char &c : random) {
        state = state * 1103515245u + 12345u;
        c = static_cast<char>(state >> 24);
    }
    const auto noise = FeedParser::parse(random, QUrl());
    EXPECT_FALSE(noise.ok());
    const QList<ErrorCode> notAFeed = {ErrorCode::NotAFeed, ErrorCode::MalformedXml, ErrorCode::MalformedJson,
                                       ErrorCode::FeedUnknownXml};
    EXPECT_TRUE(notAFeed.contains(noise.error().code)) << noise.errorMessage().toStdString();
}

TEST(FeedParser, ReadsRssInJson)
{
    const auto feed = parseText(R"({"rss": {"version": "2.0", "channel": {"title": "Scripting", "link": "http://scripting.com/",
        "language": "en-us", "item": [{"title": "One", "link": "http://scripting.com/1", "guid": {"isPermaLink": "false", "#value": "g1"},
        "enclosure": {"url": "http://scripting.com/a.mp3", "type": "audio/mpeg", "length": 5}}]}}})");
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(feed->format, FeedFormat::RssInJson);
    EXPECT_EQ(feed->items[0].guid, "g1");
    EXPECT_EQ(feed->items[0].enclosures[0].length, 5);
}

TEST(FeedParser, ABigFeedKeepsEveryItemAndCostsTimeInProportionToItsSize)
{
    const int items = veille::test::kSanitized ? 100 : 500;
    const QByteArray fewer = veille::test::syntheticFeed(items);
    const QByteArray more = veille::test::syntheticFeed(items * veille::test::kGrowth);
    const QUrl url(QStringLiteral("https://example.com/feed"));
    const auto feed = FeedParser::parse(more, url);
    ASSERT_TRUE(feed.ok());
    ASSERT_EQ(feed->items.size(), items * veille::test::kGrowth);
    EXPECT_EQ(feed->items.last().title, QStringLiteral("Article numéro %1 & suite").arg(items * veille::test::kGrowth - 1));
    EXPECT_TRUE(veille::test::growsLinearly([&] { (void)FeedParser::parse(fewer, url); }, [&] { (void)FeedParser::parse(more, url); }));
}
