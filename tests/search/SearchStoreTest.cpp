#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <QSqlError>
#include <QSqlQuery>
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

TEST_F(SearchTest, WordsAreNotMatchedAgainstTheLanguageTheIndexHolds)
{
    // The index holds each article's language for lang: filters; a search for the word
    // "fr" or "en" finds articles that contain it, not every article in that language.
    EXPECT_TRUE(ids(QStringLiteral("fr")).isEmpty());
    EXPECT_TRUE(ids(QStringLiteral("en")).isEmpty());
    EXPECT_TRUE(ids(QStringLiteral("avions -fr")).size() == 1);
    EXPECT_EQ(ids(QStringLiteral("-en")).size(), 3);
    const ArticleId mentions = add(QStringLiteral("Codes"), QStringLiteral("Le code de langue fr désigne le français."), QStringLiteral("fr"));
    EXPECT_EQ(ids(QStringLiteral("fr")), QList<ArticleId>{mentions});
    EXPECT_EQ(ids(QStringLiteral("fr lang:fr")), QList<ArticleId>{mentions});
    EXPECT_TRUE(ids(QStringLiteral("fr lang:en")).isEmpty());
}

TEST_F(SearchTest, LanguageFilterWithWordsFollowsAnArticleWhoseLanguageChanges)
{
    EXPECT_EQ(ids(QStringLiteral("demand* lang:en")), QList<ArticleId>{m_en});
    EXPECT_EQ(ids(QStringLiteral("demand* lang:fr")), QList<ArticleId>{m_other});
    EXPECT_EQ(ids(QStringLiteral("demand* lang:FR")), QList<ArticleId>{m_other});
    // The same article stored again, corrected and now said to be in French: the index
    // follows.
    Article a;
    a.identity = QStringLiteral("hash:Nvidia results beat forecasts");
    a.title = QStringLiteral("Nvidia results beat forecasts");
    a.text = QStringLiteral("Nvidia reported data centre revenue of $35.2 billion as chip demand soared.");
    a.language = QStringLiteral("fr");
    auto stored = ArticleStore(*m_db).store(a);
    ASSERT_TRUE(stored.ok()) << stored.errorMessage().toStdString();
    ASSERT_EQ(stored->id, m_en);
    EXPECT_TRUE(ids(QStringLiteral("demand* lang:en")).isEmpty());
    QList<ArticleId> french = ids(QStringLiteral("demand* lang:fr"));
    std::sort(french.begin(), french.end());
    EXPECT_EQ(french, (QList<ArticleId>{m_en, m_other}));
    QSqlQuery q(m_db->connection());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")))
        << q.lastError().text().toStdString();
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

TEST_F(SearchTest, TheSameHitsInTheSameOrderWhenOnlyTheRankIsWanted)
{
    add(QStringLiteral("Marchés"), QStringLiteral("Les valeurs technologiques, dont Nvidia, ont reculé."), QStringLiteral("fr"));
    for (const QString &input : {QStringLiteral("nvidia"), QStringLiteral("lang:fr"), QStringLiteral("-airbus")}) {
        const SearchQuery query = QueryParser::parse(input);
        auto with = SearchStore(*m_db).search(query, {}, 10);
        auto without = SearchStore(*m_db).search(query, {}, 10, SearchStore::Detail::RankOnly);
        ASSERT_TRUE(with.ok() && without.ok()) << input.toStdString();
        ASSERT_EQ(with->size(), without->size()) << input.toStdString();
        ASSERT_FALSE(with->isEmpty()) << input.toStdString();
        for (qsizetype i = 0; i < with->size(); ++i) {
            EXPECT_EQ(with->at(i).id, without->at(i).id);
            EXPECT_DOUBLE_EQ(with->at(i).score, without->at(i).score);
            EXPECT_FALSE(with->at(i).title.isEmpty());
            EXPECT_FALSE(with->at(i).snippet.isEmpty());
            EXPECT_TRUE(without->at(i).snippet.isEmpty());
        }
    }
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
    // States filter company hits too.
    EXPECT_TRUE(ids(QStringLiteral("company:foxconn fav:yes"), {{QStringLiteral("foxconn")}}).isEmpty());
    EXPECT_EQ(ids(QStringLiteral("company:foxconn read:no"), {{QStringLiteral("foxconn")}}), QList<ArticleId>{m_fr});
    ASSERT_TRUE(StateStore(*m_db).setFavourite(m_fr, true).ok());
    EXPECT_EQ(ids(QStringLiteral("company:foxconn fav:yes"), {{QStringLiteral("foxconn")}}), QList<ArticleId>{m_fr});
}

TEST_F(SearchTest, FindsArticlesByOrganisationApartFromCompanies)
{
    KeyFacts facts;
    Entity org;
    org.type = EntityType::Organisation;
    org.name = QStringLiteral("Autorité des marchés financiers");
    org.mentions = {{0, 3}};
    Entity company;
    company.type = EntityType::Company;
    company.name = QStringLiteral("Nvidia");
    company.mentions = {{0, 6}};
    facts.entities = {org};
    ASSERT_TRUE(EntityStore(*m_db).saveFacts(m_fr, facts, 1).ok());
    facts.entities = {company};
    ASSERT_TRUE(EntityStore(*m_db).saveFacts(m_en, facts, 1).ok());
    SearchStore store(*m_db);
    const QList<QStringList> amf{{QStringLiteral("amf"), QStringLiteral("autorite des marches financiers")}};
    auto hits = store.search(QueryParser::parse(QStringLiteral("org:amf")), {}, amf, 50);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, m_fr);
    // An organisation is not a company, nor the other way round.
    EXPECT_TRUE(ids(QStringLiteral("company:amf"), amf).isEmpty());
    hits = store.search(QueryParser::parse(QStringLiteral("org:nvidia")), {}, {{QStringLiteral("nvidia")}}, 50);
    ASSERT_TRUE(hits.ok());
    EXPECT_TRUE(hits->isEmpty());
    // With words, the organisation filters them.
    hits = store.search(QueryParser::parse(QStringLiteral("org:amf etats")), {}, amf, 50);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, m_fr);
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

namespace {

class RankWindowTest : public SearchTest {
protected:
    void SetUp() override
    {
        SearchTest::SetUp();
        // An old article about steel, then twelve newer ones that mention it in passing.
        m_old = add(QStringLiteral("L'acier européen"), QStringLiteral("L'acier, l'acier et encore l'acier : le rapport."),
                    QStringLiteral("fr"));
        for (int i = 0; i < 12; ++i)
            m_newer << add(QStringLiteral("Marchés du jour %1").arg(i), QStringLiteral("Le prix de l'acier a varié."),
                           QStringLiteral("fr"));
    }

    QList<ArticleId> ranked(const QString &input, int window, int limit = 5)
    {
        SearchStore store(*m_db);
        store.setRankWindow(window);
        auto hits = store.search(QueryParser::parse(input), {}, limit);
        EXPECT_TRUE(hits.ok()) << hits.errorMessage().toStdString();
        QList<ArticleId> out;
        if (hits.ok())
            for (const auto &h : *hits)
                out << h.id;
        return out;
    }

    ArticleId m_old = 0;
    QList<ArticleId> m_newer;
};

} // namespace

TEST_F(RankWindowTest, RanksEveryMatchWhenThereAreFewerThanTheWindow)
{
    const QList<ArticleId> hits = ranked(QStringLiteral("acier"), 100);
    ASSERT_EQ(hits.size(), 5);
    EXPECT_EQ(hits.first(), m_old);   // the title match wins
}

TEST_F(RankWindowTest, RanksOnlyTheNewestMatchesOfACommonWord)
{
    const QList<ArticleId> hits = ranked(QStringLiteral("acier"), 10);
    ASSERT_EQ(hits.size(), 5);
    for (ArticleId id : hits)
        EXPECT_TRUE(m_newer.mid(2).contains(id)) << id;
    // Asking for more results than the window widens it.
    EXPECT_EQ(ranked(QStringLiteral("acier"), 10, 20).size(), 13);
}

TEST_F(RankWindowTest, FiltersAndExclusionsCountInsideTheWindow)
{
    ASSERT_TRUE(StateStore(*m_db).setFavourite(m_old, true).ok());
    EXPECT_EQ(ranked(QStringLiteral("acier fav:yes"), 10), QList<ArticleId>{m_old});
    EXPECT_EQ(ranked(QStringLiteral("acier -prix"), 10), QList<ArticleId>{m_old});
    EXPECT_EQ(ranked(QStringLiteral("acier lang:en"), 10), QList<ArticleId>{});
    // The one English article about steel is ranked, however many French ones are newer.
    const ArticleId english = add(QStringLiteral("Steel"), QStringLiteral("Steel prices (acier in French) fell."), QStringLiteral("en"));
    for (int i = 0; i < 12; ++i)
        add(QStringLiteral("Acier %1").arg(i), QStringLiteral("L'acier encore."), QStringLiteral("fr"));
    EXPECT_EQ(ranked(QStringLiteral("acier lang:en"), 10), QList<ArticleId>{english});
}

namespace {

struct Scores {
    double rank = 0;   // veille_rank
    double bm25 = 0;   // -bm25(), the same sign
};

// Each match's two scores, in id order.
QList<Scores> rankAndBm25(Database &db, const QString &match, int countLimit)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT veille_rank(articles_fts, (SELECT min(id) FROM articles), (SELECT max(id) FROM articles), ?, "
                             "8.0, 1.0, 0.0), -bm25(articles_fts, 8.0, 1.0, 0.0) FROM articles_fts "
                             "WHERE articles_fts MATCH ? ORDER BY rowid"));
    q.addBindValue(countLimit);
    q.addBindValue(match);
    EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    QList<Scores> scores;
    while (q.next()) {
        Scores s;
        s.rank = q.value(0).toDouble();
        s.bm25 = q.value(1).toDouble();
        scores.append(s);
    }
    return scores;
}

} // namespace

TEST_F(RankWindowTest, RankIsBm25WhenEveryMatchIsCounted)
{
    add(QStringLiteral("Le prix"), QStringLiteral("Le prix du cuivre et de l'acier, un prix qui monte."), QStringLiteral("fr"));
    for (const QString &match : {QStringLiteral("{title text} : (\"acier\")"),
                                 QStringLiteral("{title text} : (\"acier\" OR \"prix\") AND language : \"fr\""),
                                 QStringLiteral("{title text} : (\"aci\"* \"prix\")")}) {
        const auto scores = rankAndBm25(*m_db, match, SearchStore::kPhraseCountLimit);
        ASSERT_FALSE(scores.isEmpty()) << match.toStdString();
        for (const Scores &s : scores)
            EXPECT_NEAR(s.rank, s.bm25, 1e-9 * std::max(1.0, std::abs(s.bm25))) << match.toStdString();
    }
}

TEST_F(RankWindowTest, AnEstimatedPhraseCountKeepsTheOrderOfAOneWordSearch)
{
    // 13 articles say "acier"; counting 2 of them, the weight of the word is estimated,
    // and with one word that weight multiplies every score alike.
    const auto exact = rankAndBm25(*m_db, QStringLiteral("\"acier\""), SearchStore::kPhraseCountLimit);
    const auto estimated = rankAndBm25(*m_db, QStringLiteral("\"acier\""), 2);
    ASSERT_EQ(exact.size(), 13);
    ASSERT_EQ(estimated.size(), 13);
    for (qsizetype i = 0; i + 1 < exact.size(); ++i) {
        EXPECT_GT(estimated.at(i).rank, 0.0);
        EXPECT_EQ(exact.at(i).bm25 < exact.at(i + 1).bm25, estimated.at(i).rank < estimated.at(i + 1).rank) << i;
    }
    SearchStore store(*m_db);
    store.setPhraseCountLimit(2);
    auto hits = store.search(QueryParser::parse(QStringLiteral("acier")), {}, 5);
    ASSERT_TRUE(hits.ok());
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().id, m_old);   // the title match still wins
}

TEST_F(SearchTest, RanksACompanysArticlesByHowMuchTheyMentionIt)
{
    auto mentioning = [](const QString &name, int times) {
        KeyFacts facts;
        Entity e;
        e.type = EntityType::Company;
        e.name = name;
        for (int i = 0; i < times; ++i)
            e.mentions.append({i * 10, i * 10 + 5});
        facts.entities = {e};
        return facts;
    };
    EntityStore entities(*m_db);
    ASSERT_TRUE(entities.saveFacts(m_fr, mentioning(QStringLiteral("Foxconn"), 1), 1).ok());
    ASSERT_TRUE(entities.saveFacts(m_other, mentioning(QStringLiteral("Foxconn"), 3), 1).ok());
    // Stored under its other name: one company for the search, two entities in the index.
    ASSERT_TRUE(entities.saveFacts(m_en, mentioning(QStringLiteral("Hon Hai"), 2), 1).ok());

    const QStringList keys = {QStringLiteral("foxconn"), QStringLiteral("hon hai")};
    EXPECT_EQ(ids(QStringLiteral("company:foxconn"), {{QStringLiteral("foxconn")}}), (QList<ArticleId>{m_other, m_fr}));
    EXPECT_EQ(ids(QStringLiteral("company:foxconn"), {keys}), (QList<ArticleId>{m_other, m_en, m_fr}));
    EXPECT_EQ(ids(QStringLiteral("company:foxconn lang:fr"), {keys}), (QList<ArticleId>{m_other, m_fr}));
    EXPECT_EQ(ids(QStringLiteral("company:foxconn -avions"), {keys}), (QList<ArticleId>{m_en, m_fr}));
    EXPECT_TRUE(ids(QStringLiteral("company:inconnue"), {{QStringLiteral("inconnue")}}).isEmpty());

    auto hits = SearchStore(*m_db).search(QueryParser::parse(QStringLiteral("company:foxconn")), {keys}, 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 3);
    EXPECT_EQ(hits->first().score, 3);
    EXPECT_FALSE(hits->first().snippet.isEmpty());
}
