// A saved page without date metadata, or a text file, gets its publication date from the
// byline near its top; the dates the story talks about further down are not taken for it.
#include "parse/HtmlPageParser.h"
#include "parse/PlainTextParser.h"
#include "text/TextDate.h"

#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

const QDateTime kNow(QDate(2026, 12, 6), QTime(19, 0), Qt::UTC);

QDateTime found(const char *text)
{
    return TextDate::find(QString::fromUtf8(text), kNow);
}

QDate day(const char *text)
{
    return found(text).date();
}

// The date a saved page gets: its metadata's, else its byline's.
QDateTime pageDate(const QByteArray &page)
{
    const auto parsed = HtmlPageParser::parse(page, QUrl(QStringLiteral("https://news.example.com/cars.html")));
    EXPECT_TRUE(parsed.ok()) << parsed.errorMessage().toStdString();
    return parsed.ok() ? parsed->published : QDateTime();
}

const QByteArray kStory = "<p>Registrations of electric cars rose by 12% in November, according to figures published "
                          "on Tuesday by the car industry's trade body, which expects the rise to continue.</p>";

} // namespace

TEST(TextDate, ReadsAFrenchByline)
{
    EXPECT_EQ(day("Le titre de l'article\nPar Marie Dupont, publié le 3 décembre 2026 à 14h05\nLe texte commence."),
              QDate(2026, 12, 3));
    EXPECT_EQ(day("Titre\nMis à jour le 1er mars 2025\nTexte."), QDate(2025, 3, 1));
}

TEST(TextDate, ReadsAnEnglishBylineInEitherOrder)
{
    EXPECT_EQ(day("Headline\nBy John Smith | Published December 3, 2026\nText."), QDate(2026, 12, 3));
    EXPECT_EQ(day("Headline\nUpdated 3 Dec 2026, 10:00 GMT\nText."), QDate(2026, 12, 3));
    EXPECT_EQ(day("Headline\nPosted on Dec 2nd, 2026\nText."), QDate(2026, 12, 2));
}

TEST(TextDate, ReadsAnIsoDay)
{
    EXPECT_EQ(day("Headline\n2026-11-30 · Reuters\nText."), QDate(2026, 11, 30));
}

TEST(TextDate, IgnoresDatesTheStoryTalksAboutInItsParagraphs)
{
    // A long line is a paragraph, not a byline.
    const QByteArray paragraph = "The deal, first announced on 3 March 2020 after months of talks between the two "
                                 "companies and their lenders, was finally closed this week in New York by both boards.";
    ASSERT_GT(paragraph.size(), TextDate::kMaxLineLength);
    EXPECT_FALSE(found("Headline\n" + paragraph + "\nMore.").isValid());
    // Below the first lines, even a short line does not count.
    EXPECT_FALSE(found("Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nOn 3 March 2020.").isValid());
}

TEST(TextDate, RefusesTheFutureAndWordsThatAreNotMonths)
{
    EXPECT_FALSE(found("Headline\nPublished 3 December 2031\nText.").isValid());
    EXPECT_FALSE(found("Headline\nChapter 12 Volume 2026\nText.").isValid());
    EXPECT_FALSE(found("").isValid());
}

TEST(TextDate, ATextFileTakesItsBylineDate)
{
    const auto parsed = PlainTextParser::parse(QStringLiteral(
        "Les ventes de voitures électriques progressent\n\nPar Claire Martin, publié le 2 décembre 2026\n\n"
        "Les immatriculations de voitures électriques ont augmenté de 12 % en novembre, selon les chiffres publiés "
        "mardi par la plateforme automobile."));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->published.date(), QDate(2026, 12, 2));
}

TEST(TextDate, ATextFileWithoutBylineHasNoDate)
{
    const auto parsed = PlainTextParser::parse(QStringLiteral("Headline\n\nA paragraph of the story with no date at all."));
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed->published.isValid());
}

TEST(TextDate, APageWithoutDateMetadataTakesItsBylineDate)
{
    const QByteArray page = "<html><head><title>Electric cars</title></head><body><article><h1>Electric cars sell more</h1>"
                            "<p>By Claire Martin, December 2, 2026</p>" + kStory
                            + "<p>Sales of petrol cars fell for the sixth month in a row, the body said in its report.</p>"
                              "</article></body></html>";
    EXPECT_EQ(pageDate(page).date(), QDate(2026, 12, 2));
}

TEST(TextDate, APageKeepsTheDateOfItsMetadataOverItsByline)
{
    const QByteArray page = "<html><head><meta property=\"article:published_time\" content=\"2026-11-01T08:00:00Z\">"
                            "</head><body><article><h1>Title</h1><p>Updated December 2, 2026</p>" + kStory
                            + "</article></body></html>";
    EXPECT_EQ(pageDate(page), QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
}
