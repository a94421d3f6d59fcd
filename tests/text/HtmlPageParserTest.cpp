#include "parse/HtmlPageParser.h"
#include "text/Boilerplate.h"

#include "TestPaths.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace veille;

namespace {

ParsedArticle parseFixture(const char *name)
{
    const QByteArray bytes = test::readAll(test::dataPath(QStringLiteral("html/") + QLatin1StringView(name)));
    EXPECT_FALSE(bytes.isEmpty()) << name;
    const Result<ParsedArticle> r = HtmlPageParser::parse(bytes, QUrl(QStringLiteral("https://news.example.com/2025/article.html")));
    EXPECT_TRUE(r.ok()) << r.errorMessage().toStdString();
    return r.ok() ? r.value() : ParsedArticle();
}

void expectNone(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *n : needles)
        EXPECT_FALSE(text.contains(QString::fromUtf8(n), Qt::CaseInsensitive)) << "found: " << n;
}

} // namespace

TEST(HtmlPageParser, ReadsTheFrenchArticleMetadata)
{
    const ParsedArticle a = parseFixture("fr-business-aside-key-points.html");
    EXPECT_EQ(a.title, QString::fromUtf8("Alstom remporte un contrat de 2,1 milliards d’euros en Inde"));
    EXPECT_EQ(a.author, QStringLiteral("Claire Dubois"));
    EXPECT_EQ(a.language, QStringLiteral("fr"));
    EXPECT_EQ(a.published.toUTC(), QDateTime(QDate(2025, 3, 14), QTime(7, 30), Qt::UTC));
}

TEST(HtmlPageParser, TakesTheKeyPointsBoxFromAnAside)
{
    const ParsedArticle a = parseFixture("fr-business-aside-key-points.html");
    ASSERT_EQ(a.keyPoints.size(), 3);
    EXPECT_TRUE(a.keyPoints[0].startsWith(QString::fromUtf8("Alstom livrera 100 trains")));
    EXPECT_TRUE(a.keyPoints[1].contains(QString::fromUtf8("2,1 milliards d’euros")));
    EXPECT_FALSE(a.text.contains(QString::fromUtf8("À retenir")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Alstom livrera")));
}

TEST(HtmlPageParser, KeepsTheFrenchArticleParagraphsAndNoBoilerplate)
{
    const ParsedArticle a = parseFixture("fr-business-aside-key-points.html");
    EXPECT_TRUE(a.text.startsWith(QStringLiteral("Le constructeur ferroviaire français Alstom"))) << a.text.toStdString();
    EXPECT_TRUE(a.text.contains(QStringLiteral("Une production locale\n\nL’essentiel de la fabrication")));
    EXPECT_TRUE(a.text.endsWith(QStringLiteral("dans un marché en légère hausse."))) << a.text.toStdString();
    EXPECT_TRUE(a.text.contains(QStringLiteral("2,1 milliards d’euros")));
    expectNone(a.text, {"cookies", "Tout accepter", "Marchés", "Partager", "lire aussi", "Siemens",
                        "Sur le même sujet", "SNCF", "Commentaires", "Les plus lus", "CAC 40",
                        "Mentions légales", "Suivez-nous", "newsletter", "dataLayer", "Claire Dubois"});
    expectNone(a.html, {"<script", "<button", "<nav", "class=", "<aside"});
}

TEST(HtmlPageParser, ReadsTheEnglishArticleInWindows1252)
{
    const ParsedArticle a = parseFixture("en-business-key-points-list.html");
    EXPECT_EQ(a.title, QStringLiteral("Nvidia to invest $5 billion in Intel as chip alliance deepens"));
    EXPECT_EQ(a.author, QStringLiteral("James Whitfield"));
    EXPECT_EQ(a.language, QStringLiteral("en"));
    EXPECT_EQ(a.published.date(), QDate(2025, 9, 18));
    EXPECT_TRUE(a.text.contains(QStringLiteral("world’s most valuable company"))) << a.text.toStdString();
}

TEST(HtmlPageParser, TakesTheKeyPointsListUnderAnH2)
{
    const ParsedArticle a = parseFixture("en-business-key-points-list.html");
    EXPECT_EQ(a.keyPoints, QStringList({QStringLiteral("Nvidia will buy $5 billion of Intel common stock at $23.28 per share."),
                                        QStringLiteral("The companies will co-develop data centre and PC chips."),
                                        QStringLiteral("Intel shares jumped 23% in premarket trading.")}));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Key points")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("premarket")));
}

TEST(HtmlPageParser, KeepsTheEnglishArticleParagraphsAndNoBoilerplate)
{
    const ParsedArticle a = parseFixture("en-business-key-points-list.html");
    EXPECT_TRUE(a.text.startsWith(QStringLiteral("Nvidia said on Thursday"))) << a.text.toStdString();
    EXPECT_TRUE(a.text.endsWith(QStringLiteral("which competes with both companies."))) << a.text.toStdString();
    const QStringList blocks = a.text.split(QStringLiteral("\n\n"));
    EXPECT_EQ(blocks.size(), 4) << a.text.toStdString();
    expectNone(a.text, {"cookies", "Accept all", "Markets", "Tweet", "Read more", "foundry plans",
                        "More stories", "Oracle", "Morning Ledger", "Subscribe", "Sign up",
                        "Share this", "Copyright", "trackPageView", "James Whitfield"});
}

TEST(HtmlPageParser, PageWithoutTextIsAnError)
{
    const Result<ParsedArticle> r = HtmlPageParser::parse(
        "<html><head><title>Empty</title><script>x()</script></head><body><nav><a href=/>Home</a></nav></body></html>",
        QUrl(QStringLiteral("https://example.com/")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NoArticleText);
}

TEST(HtmlPageParser, RemovesTheSiteSuffixFromTheTitleTag)
{
    const Result<ParsedArticle> r = HtmlPageParser::parse(
        "<html><head><title>Les ventes de voitures électriques reculent - Le Monde</title></head>"
        "<body><p>Les ventes de voitures électriques ont reculé de 12 % en janvier, selon les chiffres publiés lundi.</p></body></html>",
        QUrl(QStringLiteral("https://example.com/")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->title, QString::fromUtf8("Les ventes de voitures électriques reculent"));
}

TEST(HtmlPageParser, SniffsHtmlButNotFeeds)
{
    EXPECT_TRUE(HtmlPageParser::looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
    EXPECT_TRUE(HtmlPageParser::looksLikeHtml("\xEF\xBB\xBF  <html lang=fr>"));
    EXPECT_TRUE(HtmlPageParser::looksLikeHtml("<!-- saved --><head><title>x</title>"));
    EXPECT_FALSE(HtmlPageParser::looksLikeHtml("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"));
    EXPECT_FALSE(HtmlPageParser::looksLikeHtml("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    EXPECT_FALSE(HtmlPageParser::looksLikeHtml("Principaux renseignements\nOpenAI et Foxconn"));
}

TEST(HtmlPageParser, SurvivesHostileDocuments)
{
    QByteArray deep;
    for (int i = 0; i < 10'000; ++i)
        deep += "<div><article><aside><p>";
    deep += "Some article text that is long enough to count as a paragraph, with commas, here.";
    const Result<ParsedArticle> r = HtmlPageParser::parse(deep, QUrl());
    EXPECT_TRUE(r.ok());
    for (const char *junk : {"<!--", "<a href=\"", "<script>", "\xFF\xFE\xFD", "<p><p><p><p>"}) {
        const Result<ParsedArticle> j = HtmlPageParser::parse(QByteArray(junk).repeated(20'000), QUrl());
        (void)j;
    }
}

namespace {

QString foldForCompare(const QString &s)
{
    QString k = Boilerplate::normalized(s);
    k.remove(QRegularExpression(QStringLiteral("^(by|par) ")));
    return k;
}

QString firstParagraphText(const QByteArray &expectedHtml)
{
    // The first <p> of the expected extraction with enough text to be a paragraph.
    const QString html = QString::fromUtf8(expectedHtml);
    static const QRegularExpression para(QStringLiteral("<p[^>]*>(.*?)</p>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    auto it = para.globalMatch(html);
    while (it.hasNext()) {
        QString inner = it.next().captured(1);
        inner.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        const Result<ParsedArticle> r = HtmlPageParser::parse(("<p>" + inner + "</p>").toUtf8(), QUrl());
        if (r.ok() && r->text.size() >= 60)
            return r->text;
    }
    return {};
}

} // namespace

TEST(HtmlPageParser, ExtractsReadabilityCorpusPages)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const QDir dir(test::sharedPath(QStringLiteral("corpus/readability")));
    int pages = 0, titles = 0, bylines = 0, bylinesGiven = 0, langs = 0, langsGiven = 0, firsts = 0;
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray source = test::readAll(dir.filePath(name + QStringLiteral("/source.html")));
        const QJsonObject expected = QJsonDocument::fromJson(
            test::readAll(dir.filePath(name + QStringLiteral("/expected-metadata.json")))).object();
        if (source.isEmpty() || expected.isEmpty())
            continue;
        ++pages;
        const Result<ParsedArticle> r = HtmlPageParser::parse(source, QUrl(QStringLiteral("https://example.com/") + name));
        ASSERT_TRUE(r.ok()) << name.toStdString() << ": " << r.errorMessage().toStdString();
        const ParsedArticle &a = r.value();
        EXPECT_TRUE(HtmlPageParser::looksLikeHtml(source)) << name.toStdString();
        const bool titleOk = foldForCompare(a.title) == foldForCompare(expected.value(QStringLiteral("title")).toString());
        titles += titleOk;
        if (!titleOk)
            std::printf("  %s: title %s\n", qPrintable(name), qPrintable(a.title));
        const QString byline = expected.value(QStringLiteral("byline")).toString();
        if (!byline.isEmpty()) {
            ++bylinesGiven;
            const bool ok = foldForCompare(a.author) == foldForCompare(byline);
            bylines += ok;
            if (!ok)
                std::printf("  %s: author '%s', expected '%s'\n", qPrintable(name), qPrintable(a.author), qPrintable(byline));
        }
        const QString lang = expected.value(QStringLiteral("lang")).toString();
        if (lang == QLatin1StringView("fr") || lang == QLatin1StringView("en")) {
            ++langsGiven;
            langs += a.language == lang;
        }
        const QString first = firstParagraphText(test::readAll(dir.filePath(name + QStringLiteral("/expected.html"))));
        const bool firstOk = !first.isEmpty() && a.text.contains(first);
        firsts += firstOk;
        if (!firstOk)
            std::printf("  %s: first paragraph missing: %s\n", qPrintable(name), qPrintable(first.left(80)));
        EXPECT_FALSE(a.text.isEmpty()) << name.toStdString();
    }
    std::printf("readability corpus: %d pages; titles %d, bylines %d/%d, languages %d/%d, first paragraph %d\n",
                pages, titles, bylines, bylinesGiven, langs, langsGiven, firsts);
    ASSERT_GT(pages, 0);
    EXPECT_GE(titles, pages - 1);
    EXPECT_EQ(langs, langsGiven);
    EXPECT_GE(firsts, pages - 1);
    EXPECT_GE(bylines, bylinesGiven / 2);
}

TEST(HtmlPageParser, ReadsPicofeedPagesWithoutCrashing)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const QDir dir(test::sharedPath(QStringLiteral("corpus/picofeed")));
    int pages = 0, withText = 0;
    for (const QString &name : dir.entryList({QStringLiteral("html_*.html"), QStringLiteral("html4_*.html")}, QDir::Files)) {
        const QByteArray bytes = test::readAll(dir.filePath(name));
        const Result<ParsedArticle> r = HtmlPageParser::parse(bytes, QUrl(QStringLiteral("https://example.com/") + name));
        ++pages;
        if (r.ok() && !r->text.isEmpty())
            ++withText;
        if (name.contains(QLatin1StringView("reader")) || name.contains(QLatin1StringView("scraper"))) {
            EXPECT_TRUE(r.ok() && r->text.size() > 200) << name.toStdString();
        }
    }
    std::printf("picofeed pages: %d, with text: %d\n", pages, withText);
    EXPECT_GT(pages, 0);
}
