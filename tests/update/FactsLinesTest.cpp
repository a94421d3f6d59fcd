#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

#include "../storage/TempLibrary.h"
#include "TestPaths.h"
#include "facts/FactsEngine.h"
#include "update/FactsLines.h"
#include "update/Library.h"

using namespace veille;

namespace {

// Long enough (over 200 characters) for the text to decide its language.
const QString kLongEnglish = QStringLiteral(
    "Siemens raised its full-year profit forecast on Thursday after orders for its factory automation software "
    "reached a record, helped by demand from carmakers and chipmakers in the United States. The group said that "
    "revenue grew in the quarter.");

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// What the facts say, in a form a failed comparison prints readably.
QStringList described(const KeyFacts &facts)
{
    QStringList out = facts.keyPoints + facts.summary;
    for (const Entity &e : facts.entities) {
        QString mentions;
        for (const Span &s : e.mentions)
            mentions += QStringLiteral(" %1-%2").arg(s.start).arg(s.end);
        out << entityTypeName(e.type) + QLatin1Char(':') + e.name + e.text + mentions;
    }
    return out;
}

class FactsLinesTest : public ::testing::Test {
protected:
    // Every line's facts, or the error that stopped the reading.
    QList<FactsLine> read(const QByteArray &bytes, QString *error = nullptr)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        EXPECT_TRUE(buffer.open(QIODevice::ReadOnly));
        QList<FactsLine> lines;
        const Result<int> count = FactsLines(m_engine).read(buffer, [&](const FactsLine &l) { lines << l; });
        if (count)
            EXPECT_EQ(*count, lines.size());
        if (error)
            *error = count.errorMessage();
        else
            EXPECT_TRUE(count.ok()) << count.errorMessage().toStdString();
        return lines;
    }

    const FactsEngine m_engine;
};

} // namespace

TEST_F(FactsLinesTest, GivesOneResultPerTextAndSkipsBlankLines)
{
    const QByteArray bytes = line({{QStringLiteral("text"), QStringLiteral("Foxconn investira 20 milliards de dollars dans le Wisconsin.")},
                                   {QStringLiteral("language"), QStringLiteral("fr")}})
        + "\n   \n" + line({{QStringLiteral("text"), QStringLiteral("Nvidia reported revenue of $35.1 billion.")}});
    const QList<FactsLine> lines = read(bytes);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].lineNumber, 1);
    EXPECT_EQ(lines[1].lineNumber, 4);
    EXPECT_EQ(lines[0].language, QStringLiteral("fr"));
    EXPECT_TRUE(described(lines[0].facts).contains(QStringLiteral("company:Foxconn 0-7"))) << described(lines[0].facts).join(u'|').toStdString();
    bool money = false;
    for (const Entity &e : lines[1].facts.entities)
        money |= e.type == EntityType::Money && e.value == 35.1e9 && e.currency == QLatin1String("USD");
    EXPECT_TRUE(money);
}

TEST_F(FactsLinesTest, ALongTextChoosesItsOwnLanguageOverTheDeclaredOneAsImportDoes)
{
    const QList<FactsLine> lines = read(line({{QStringLiteral("text"), kLongEnglish}, {QStringLiteral("language"), QStringLiteral("fr")}}));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].language, QStringLiteral("en"));
}

TEST_F(FactsLinesTest, AShortTextKeepsTheDeclaredLanguageAndOneWithoutIsGuessed)
{
    const QList<FactsLine> lines = read(
        line({{QStringLiteral("text"), QStringLiteral("Airbus livre 60 avions.")}, {QStringLiteral("language"), QStringLiteral("en-GB")}})
        + line({{QStringLiteral("text"), QStringLiteral("Le groupe a livré ses avions dans les délais et les clients sont satisfaits.")}}));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].language, QStringLiteral("en")) << "a declared language breaks the tie on a short text";
    EXPECT_EQ(lines[1].language, QStringLiteral("fr"));
}

TEST_F(FactsLinesTest, KeyPointsGivenAreKeptAndNoSummaryIsMade)
{
    const QList<FactsLine> lines = read(line({{QStringLiteral("text"), kLongEnglish},
                                              {QStringLiteral("key_points"), QJsonArray{QStringLiteral("Siemens raises its forecast.")}}}));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].keyPoints, QStringList{QStringLiteral("Siemens raises its forecast.")});
    EXPECT_EQ(lines[0].facts.keyPoints, lines[0].keyPoints);
    EXPECT_TRUE(lines[0].facts.summary.isEmpty());
}

TEST_F(FactsLinesTest, StopsAtTheFirstLineThatIsNotAnObjectWithATextAndNamesIt)
{
    for (const QByteArray &bad : {QByteArray("not json\n"), QByteArray("[1, 2]\n"), QByteArray("{\"text\": 12}\n"),
                                  QByteArray("{\"title\": \"no text\"}\n")}) {
        QString error;
        const QList<FactsLine> lines = read(line({{QStringLiteral("text"), QStringLiteral("Renault.")}}) + "\n" + bad
                                                + line({{QStringLiteral("text"), QStringLiteral("Never read.")}}),
                                            &error);
        EXPECT_EQ(lines.size(), 1) << bad.constData();
        EXPECT_EQ(error, QStringLiteral("NotAFactsLine: 3")) << bad.constData();
    }
}

TEST_F(FactsLinesTest, AnEmptyFileGivesNothingAndNoError)
{
    EXPECT_TRUE(read(QByteArray()).isEmpty());
    EXPECT_TRUE(read("\n\n").isEmpty());
}

TEST_F(FactsLinesTest, AnImportedArticlesTextGetsTheSameLanguageAndFactsAsInTheLibrary)
{
    test::TempLibrary dir;
    auto library = Library::open(dir.path(), m_engine);
    ASSERT_TRUE(library.ok()) << library.errorMessage().toStdString();
    for (const char *name : {"articles/en-siemens-no-box.txt", "articles/fr-renault-avec-essentiel.txt"}) {
        auto report = (*library)->importer().importFile(test::dataPath(QString::fromLatin1(name)));
        ASSERT_TRUE(report.ok() && report->added.size() == 1) << name;
        const ArticleId id = report->added.first().id;
        const Article article = **(*library)->articles().article(id);
        const auto stored = (*library)->facts(id);
        ASSERT_TRUE(stored.ok());

        FactsLine fromLine;
        ASSERT_TRUE(FactsLines(m_engine).factsFor(QJsonObject{{QStringLiteral("text"), article.text},
                                                              {QStringLiteral("key_points"), QJsonArray::fromStringList(article.keyPoints)}},
                                                  &fromLine));
        EXPECT_EQ(fromLine.language, article.language) << name;
        EXPECT_EQ(described(fromLine.facts), described(*stored)) << name;
    }
}
