// What a feed or file in another language, or without dates, becomes in the library: its
// language as a label ("pt", "de", "other"), no French or English facts, and a date for
// every article — the published one, else the one it was saved.
#include <QDateTime>
#include <gtest/gtest.h>

#include "TestPaths.h"
#include "../storage/TempLibrary.h"
#include "facts/FactsEngine.h"
#include "parse/FeedParser.h"
#include "update/ArticleBuilder.h"
#include "update/Library.h"

using namespace veille;

namespace {

class LanguagesAndDates : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    QList<Article> imported(const QString &path)
    {
        auto report = m_library->importer().importFile(path);
        EXPECT_TRUE(report.ok()) << path.toStdString() << ": " << report.errorMessage().toStdString();
        QList<Article> out;
        if (!report.ok())
            return out;
        for (const auto &added : report->added)
            out << **m_library->articles().article(added.id);
        return out;
    }

    test::TempLibrary m_lib;
    const FactsEngine m_facts;
    std::unique_ptr<Library> m_library;
};

const QString kPortugueseBody = QStringLiteral(
    "A Petrobras anunciou nesta quinta-feira um plano de investimento de R$ 20 bilhões para os próximos cinco anos. "
    "Segundo o presidente da empresa, o objetivo é aumentar a produção em 15% até 2030, com foco no pré-sal.");

} // namespace

TEST_F(LanguagesAndDates, APortugueseFeedIsLabelledPtAndGetsNoFrenchFacts)
{
    const QList<Article> articles = imported(test::dataPath(QStringLiteral("feeds/portuguese-news.rss")));
    ASSERT_EQ(articles.size(), 2);
    for (const Article &a : articles) {
        EXPECT_EQ(a.language, QStringLiteral("pt")) << a.title.toStdString();
        auto facts = m_library->facts(a.id);
        ASSERT_TRUE(facts.ok());
        // No companies, people, places, amounts or dates read with French or English words.
        EXPECT_TRUE(facts->entities.isEmpty()) << a.title.toStdString() << ": " << facts->entities.size() << " entities";
        // The summary picks whole sentences: it is kept.
        EXPECT_FALSE(facts->summary.isEmpty());
    }
}

TEST_F(LanguagesAndDates, AGermanFeedOfTheCorpusIsNeverFrenchNorEnglish)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const auto feed = FeedParser::parse(test::readAll(test::sharedPath(QStringLiteral("corpus/picofeed/heise.rdf"))), QUrl());
    ASSERT_TRUE(feed.ok());
    ASSERT_GT(feed->items.size(), 40);
    int german = 0;
    for (const ParsedItem &item : feed->items) {
        const Article a = ArticleBuilder::fromFeedItem(item, *feed, QUrl());
        EXPECT_NE(a.language, QStringLiteral("fr")) << a.title.toStdString();
        EXPECT_NE(a.language, QStringLiteral("en")) << a.title.toStdString();
        german += a.language == u"de" ? 1 : 0;
    }
    // heise's teasers are a sentence or two: most are long enough to tell.
    std::printf("heise.rdf: %d/%lld items labelled de\n", german, static_cast<long long>(feed->items.size()));
    EXPECT_GE(german, feed->items.size() * 8 / 10);
}

TEST_F(LanguagesAndDates, TheCorpusFrenchFeedsStayFrench)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    for (const char *name : {"corpus/picofeed/rue89.xml", "corpus/picofeed/sametmax.xml", "corpus/picofeed/next_inpact_full.xml"}) {
        const auto feed = FeedParser::parse(test::readAll(test::sharedPath(QString::fromLatin1(name))), QUrl());
        ASSERT_TRUE(feed.ok()) << name;
        int french = 0;
        for (const ParsedItem &item : feed->items)
            french += ArticleBuilder::fromFeedItem(item, *feed, QUrl()).language == u"fr" ? 1 : 0;
        EXPECT_GE(french, feed->items.size() * 9 / 10) << name << ": " << french << "/" << feed->items.size();
    }
}

TEST(ChooseLanguage, TheTextOutweighsAWrongDeclaration)
{
    EXPECT_EQ(ArticleBuilder::chooseLanguage(QStringLiteral("fr"), QString(), {}, kPortugueseBody), QStringLiteral("pt"));
    EXPECT_EQ(ArticleBuilder::chooseLanguage(QStringLiteral("en-us"), QString(), {}, kPortugueseBody), QStringLiteral("pt"));
}

TEST(ChooseLanguage, AnotherScriptIsOtherUnlessTheFeedNamesItsLanguage)
{
    const QString russian = QStringLiteral("Правительство России объявило о новых мерах поддержки экономики в среду, "
                                           "сообщили в министерстве финансов. Меры коснутся малого бизнеса и семей "
                                           "с детьми, а также регионов, пострадавших от наводнений этим летом.");
    EXPECT_EQ(ArticleBuilder::chooseLanguage(QString(), QString(), {}, russian), QStringLiteral("other"));
    EXPECT_EQ(ArticleBuilder::chooseLanguage(QStringLiteral("ru-RU"), QString(), {}, russian), QStringLiteral("ru"));
    // A declaration of French or English over a text that is neither: the text wins.
    EXPECT_EQ(ArticleBuilder::chooseLanguage(QStringLiteral("en"), QString(), {}, russian), QStringLiteral("other"));
}

TEST(ChooseLanguage, AHeadlineNobodyCanTellIsUndeterminedWithoutADeclaration)
{
    EXPECT_EQ(ArticleBuilder::chooseLanguage(QString(), QStringLiteral("Apple M3 Ultra"), {}, QString()), QString());
    EXPECT_EQ(ArticleBuilder::chooseLanguage(QString(), QStringLiteral("Nvidia"), {}, QStringLiteral("Nvidia grows.")),
              QString());
    EXPECT_EQ(ArticleBuilder::chooseLanguage(QStringLiteral("fr-FR"), QStringLiteral("Apple M3 Ultra"), {}, QString()),
              QStringLiteral("fr"));
    EXPECT_EQ(ArticleBuilder::chooseLanguage(QStringLiteral("de"), QStringLiteral("Apple M3 Ultra"), {}, QString()),
              QStringLiteral("de"));
}

TEST(FactsInOtherLanguages, NoEntityIsReadWithFrenchOrEnglishRules)
{
    const FactsEngine engine;
    for (const char *lang : {"pt", "de", "other"}) {
        const KeyFacts f = engine.extract(kPortugueseBody, QString::fromLatin1(lang));
        EXPECT_TRUE(f.entities.isEmpty()) << lang;
        EXPECT_FALSE(f.summary.isEmpty()) << lang;
    }
    // Asked without a language, the text says Portuguese: no entities either.
    EXPECT_TRUE(engine.extract(kPortugueseBody, QString()).entities.isEmpty());
    // The same engine still reads French.
    EXPECT_FALSE(engine.extract(QStringLiteral("Renault investira 2 milliards d'euros à Douai, a annoncé Luca de Meo."),
                                QStringLiteral("fr"))
                     .entities.isEmpty());
}

TEST_F(LanguagesAndDates, AnArticleWithoutPublishedDateKeepsTheDayItWasSaved)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const QList<Article> articles = imported(test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt")));
    ASSERT_EQ(articles.size(), 1);
    EXPECT_FALSE(articles[0].published.isValid());
    ASSERT_TRUE(articles[0].saved.isValid());
    EXPECT_GE(articles[0].saved, before);
    EXPECT_LE(articles[0].saved, QDateTime::currentDateTimeUtc().addSecs(2));

    auto list = m_library->articles().list({});
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().saved, articles[0].saved);
    EXPECT_EQ(list->first().language, QStringLiteral("en"));
}
