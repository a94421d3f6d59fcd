#include <QRandomGenerator>
#include <gtest/gtest.h>

#include "../storage/TempLibrary.h"
#include "search/QueryParser.h"
#include "storage/ArticleStore.h"
#include "storage/EntityStore.h"
#include "storage/SearchStore.h"
#include "storage/StateStore.h"

using namespace veille;

namespace {

class SearchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = m_lib.open();
        ASSERT_TRUE(m_db);
        m_fr = add(QStringLiteral("OpenAI s'allie à Foxconn"),
                   QStringLiteral("Les centres de données d'intelligence artificielle seront fabriqués aux États-Unis."),
                   QStringLiteral("fr"));
        m_en = add(QStringLiteral("Nvidia results beat forecasts"),
                   QStringLiteral("Nvidia reported data centre revenue of $35.1 billion as chip demand soared."),
                   QStringLiteral("en"));
        m_other = add(QStringLiteral("Airbus livre plus d'avions"),
                      QStringLiteral("Airbus a livré davantage d'avions grâce à la demande des compagnies aériennes."),
                      QStringLiteral("fr"));
    }

    ArticleId add(const QString &title, const QString &text, const QString &lang)
    {
        Article a;
        a.identity = QStringLiteral("hash:") + title;
        a.title = title;
        a.text = text;
        a.language = lang;
        auto r = ArticleStore(*m_db).store(a);
        EXPECT_TRUE(r.ok());
        return r->id;
    }

    QList<ArticleId> ids(const QString &input, const QList<QStringList> &companies = {})
    {
        auto hits = SearchStore(*m_db).search(QueryParser::parse(input), companies, 50);
        EXPECT_TRUE(hits.ok()) << input.toStdString() << ": " << hits.errorMessage().toStdString();
        QList<ArticleId> out;
        if (hits.ok())
            for (const auto &h : *hits)
                out << h.id;
        return out;
    }

    test::TempLibrary m_lib;
    std::unique_ptr<Database> m_db;
    ArticleId m_fr = 0, m_en = 0, m_other = 0;
};

} // namespace

TEST_F(SearchTest, FindsWordsWithoutCaringForAccentsOrCase)
{
    EXPECT_EQ(ids(QStringLiteral("\"centres de donnees\"")), QList<ArticleId>{m_fr});
    EXPECT_EQ(ids(QStringLiteral("ETATS-UNIS")), QList<ArticleId>{m_fr});
    EXPECT_EQ(ids(QStringLiteral("foxconn")), QList<ArticleId>{m_fr});
}

TEST_F(SearchTest, RequiresAllWordsAndHonoursOrPrefixAndExclusion)
{
    EXPECT_TRUE(ids(QStringLiteral("nvidia airbus")).isEmpty());
    EXPECT_EQ(ids(QStringLiteral("nvidia OR airbus")).size(), 2);
    EXPECT_EQ(ids(QStringLiteral("avi*")), QList<ArticleId>{m_other});
    EXPECT_TRUE(ids(QStringLiteral("demande -airbus")).isEmpty());
    EXPECT_EQ(ids(QStringLiteral("demande -nvidia")), QList<ArticleId>{m_other});
    EXPECT_EQ(ids(QStringLiteral("-airbus")).size(), 2);
}

TEST_F(SearchTest, FiltersByLanguageAndFavourite)
{
    EXPECT_EQ(ids(QStringLiteral("lang:en")), QList<ArticleId>{m_en});
    EXPECT_TRUE(ids(QStringLiteral("fav:yes")).isEmpty());
    ASSERT_TRUE(StateStore(*m_db).setFavourite(m_other, true).ok());
    EXPECT_EQ(ids(QStringLiteral("fav:yes lang:fr")), QList<ArticleId>{m_other});
    EXPECT_EQ(ids(QStringLiteral("fav:no lang:fr")), QList<ArticleId>{m_fr});
}

TEST_F(SearchTest, RanksTitleMatchesFirstAndHighlightsTheSnippet)
{
    const ArticleId mention = add(QStringLiteral("Marchés"), QStringLiteral("Les valeurs technologiques, dont Nvidia, ont reculé."), QStringLiteral("fr"));
    auto hits = SearchStore(*m_db).search(QueryParser::parse(QStringLiteral("nvidia")), {}, 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 2);
    EXPECT_EQ(hits->at(0).id, m_en);
    EXPECT_EQ(hits->at(1).id, mention);
    EXPECT_GT(hits->at(0).score, hits->at(1).score);
    EXPECT_TRUE(hits->at(1).snippet.contains(QStringLiteral("<mark>Nvidia</mark>"))) << hits->at(1).snippet.toStdString();
}

TEST_F(SearchTest, FindsArticlesByCompanyThroughTheEntityIndex)
{
    KeyFacts facts;
    Entity e;
    e.type = EntityType::Company;
    e.name = QStringLiteral("Foxconn");
    e.mentions = {{25, 32}};
    facts.entities = {e};
    ASSERT_TRUE(EntityStore(*m_db).saveFacts(m_fr, facts, 1).ok());
    EXPECT_EQ(ids(QStringLiteral("company:foxconn"), {{QStringLiteral("foxconn"), QStringLiteral("hon hai")}}), QList<ArticleId>{m_fr});
    EXPECT_EQ(ids(QStringLiteral("company:foxconn etats"), {{QStringLiteral("foxconn")}}), QList<ArticleId>{m_fr});
    EXPECT_TRUE(ids(QStringLiteral("company:foxconn nvidia"), {{QStringLiteral("foxconn")}}).isEmpty());
}

TEST_F(SearchTest, HostileInputNeverReachesSqliteAsSyntax)
{
    const QStringList hostile = {
        QStringLiteral("\""), QStringLiteral("\"\"\""), QStringLiteral("AND"), QStringLiteral("OR OR OR"),
        QStringLiteral("NOT"), QStringLiteral("NEAR(a b, 3)"), QStringLiteral("a AND (b OR"), QStringLiteral("*"),
        QStringLiteral("title:foxconn"), QStringLiteral("^foxconn"), QStringLiteral("foxconn\")--"),
        QStringLiteral("'; DROP TABLE articles; --"), QStringLiteral("{title text}: x"), QStringLiteral("-"),
        QStringLiteral("--"), QStringLiteral("company:"), QStringLiteral("company:\""), QStringLiteral("fav:maybe"),
        QStringLiteral("lang:de"), QStringLiteral("\u0000\u0001"), QStringLiteral("x*y*z"), QStringLiteral("+ - * / ( )"),
    };
    for (const QString &h : hostile)
        ids(h);
    // Random bytes as well.
    QRandomGenerator rng(7);
    const QString alphabet = QStringLiteral("\"*()-:^+ ORANDNOTNEARéa'{}");
    for (int i = 0; i < 300; ++i) {
        QString s;
        for (int j = 0; j < 12; ++j)
            s += alphabet.at(rng.bounded(int(alphabet.size())));
        ids(s);
    }
    EXPECT_EQ(*ArticleStore(*m_db).count({}), 3);
}
