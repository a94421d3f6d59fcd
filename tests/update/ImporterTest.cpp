#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "TestPaths.h"
#include "../storage/TempLibrary.h"
#include "facts/FactsEngine.h"
#include "update/Library.h"

using namespace veille;

namespace {

class ImporterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    ImportReport importData(const QString &name)
    {
        auto r = m_library->importer().importFile(test::dataPath(name));
        EXPECT_TRUE(r.ok()) << name.toStdString() << ": " << r.errorMessage().toStdString();
        return r.ok() ? *r : ImportReport{};
    }

    Article only(const ImportReport &report)
    {
        EXPECT_EQ(report.added.size(), 1);
        if (report.added.isEmpty())
            return {};
        return **m_library->articles().article(report.added.first().id);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    test::TempLibrary m_lib;
    const FactsEngine m_facts;
    QTemporaryDir m_tmp;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(ImporterTest, PlainTextKeepsTheBoxApartAndDropsPromotionalLines)
{
    const Article a = only(importData(QStringLiteral("articles/fr-renault-avec-essentiel.txt")));
    EXPECT_EQ(a.title, QStringLiteral("Renault accélère sur l'électrique avec une nouvelle usine de batteries"));
    EXPECT_EQ(a.keyPoints.size(), 2);
    EXPECT_EQ(a.language, QStringLiteral("fr"));
    EXPECT_FALSE(a.text.contains(QStringLiteral("En bref")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Abonnez-vous")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Suivez-nous")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("500 millions d'euros dans une usine de batteries à Douai")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("Les syndicats ont salué")));
    EXPECT_TRUE(a.html.contains(QStringLiteral("<h2>Une filière régionale</h2>")));
}

TEST_F(ImporterTest, PlainTextWithoutTitleGetsOneFromItsFirstSentence)
{
    const Article a = only(importData(QStringLiteral("articles/fr-sans-titre-ni-encadre.txt")));
    EXPECT_TRUE(a.title.startsWith(QStringLiteral("La Banque centrale européenne a maintenu ses taux directeurs"))) << a.title.toStdString();
    EXPECT_LE(a.title.size(), 142);
    EXPECT_TRUE(a.keyPoints.isEmpty());
    EXPECT_EQ(a.language, QStringLiteral("fr"));
}

TEST_F(ImporterTest, EnglishTextWithoutBoxIsEnglishWithNoKeyPoints)
{
    const Article a = only(importData(QStringLiteral("articles/en-siemens-no-box.txt")));
    EXPECT_EQ(a.title, QStringLiteral("Siemens lifts its outlook after a record quarter for factory software"));
    EXPECT_EQ(a.language, QStringLiteral("en"));
    EXPECT_TRUE(a.keyPoints.isEmpty());
    EXPECT_FALSE(a.text.contains(QStringLiteral("Follow us")));
    EXPECT_EQ(a.text.count(QStringLiteral("\n\n")), 2);
}

TEST_F(ImporterTest, HardWrappedParagraphsAreJoined)
{
    const Article a = only(importData(QStringLiteral("articles/en-wrapped-key-takeaways.txt")));
    EXPECT_EQ(a.keyPoints.size(), 2);
    EXPECT_TRUE(a.text.contains(QStringLiteral("separate its ice cream business, home to brands")));
    EXPECT_EQ(a.text.count(QStringLiteral("\n\n")), 1);
}

TEST_F(ImporterTest, ImportingTheSameFileTwiceAddsNothingAndKeepsTheFavourite)
{
    const ImportReport first = importData(QStringLiteral("articles/en-siemens-no-box.txt"));
    ASSERT_EQ(first.added.size(), 1);
    ASSERT_TRUE(m_library->states().setFavourite(first.added.first().id, true).ok());
    const ImportReport second = importData(QStringLiteral("articles/en-siemens-no-box.txt"));
    EXPECT_TRUE(second.added.isEmpty());
    EXPECT_EQ(second.unchanged, 1);
    EXPECT_TRUE(m_library->states().state(first.added.first().id)->favourite);
}

TEST_F(ImporterTest, KeyFactsAreStoredAtImport)
{
    const ImportReport r = importData(QStringLiteral("articles/en-siemens-no-box.txt"));
    ASSERT_EQ(r.added.size(), 1);
    auto facts = m_library->entities().facts(r.added.first().id, FactsEngine::kVersion);
    ASSERT_TRUE(facts.ok() && facts->has_value());
    EXPECT_FALSE((*facts)->summary.isEmpty());
    auto companies = m_library->entities().companies();
    ASSERT_TRUE(companies.ok());
    bool siemens = false;
    for (const CompanyCount &c : *companies)
        siemens |= c.name == QStringLiteral("Siemens");
    EXPECT_TRUE(siemens);
}

TEST_F(ImporterTest, ARssFileBecomesAFeedWithOneArticlePerItem)
{
    const QString path = writeFile(QStringLiteral("eco.rss"), QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Éco Express</title><link>https://eco.example.fr/</link><language>fr</language>
<item><title>Michelin ferme deux sites</title><link>https://eco.example.fr/michelin</link><guid>eco-1</guid>
<description>Court résumé.</description>
<content:encoded><![CDATA[<p>Michelin a annoncé la fermeture de deux usines, à Cholet et à Vannes.</p><script>alert(1)</script>]]></content:encoded>
<dc:creator>Claire Martin</dc:creator><pubDate>Tue, 05 Nov 2024 10:00:00 +0100</pubDate></item>
<item><description>Un article sans titre : Stellantis rappelle des véhicules en Europe.</description></item>
</channel></rss>)"));
    auto r = m_library->importer().importFile(path);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    ASSERT_EQ(r->added.size(), 2);
    auto feeds = m_library->feeds().feeds();
    ASSERT_EQ(feeds->size(), 1);
    EXPECT_EQ(feeds->first().title, QStringLiteral("Éco Express"));
    EXPECT_EQ(feeds->first().siteUrl, QStringLiteral("https://eco.example.fr/"));
    EXPECT_EQ(feeds->first().unread, 2);
    const Article first = **m_library->articles().article(r->added.first().id);
    EXPECT_EQ(first.author, QStringLiteral("Claire Martin"));
    EXPECT_EQ(first.published, QDateTime(QDate(2024, 11, 5), QTime(9, 0), Qt::UTC));
    EXPECT_TRUE(first.text.contains(QStringLiteral("Cholet")));
    EXPECT_FALSE(first.html.contains(QStringLiteral("script")));
    const Article untitled = **m_library->articles().article(r->added.last().id);
    EXPECT_FALSE(untitled.title.isEmpty());
    // Again: nothing new.
    auto again = m_library->importer().importFile(path);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->added.isEmpty());
}

TEST_F(ImporterTest, AnHtmlErrorPageSavedAsRssIsRefusedAndNothingIsStored)
{
    const QString path = writeFile(QStringLiteral("broken.rss"),
                                   "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
    auto r = m_library->importer().importFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::FeedIsHtmlPage) << r.errorMessage().toStdString();
    EXPECT_TRUE(r.error().subject.endsWith(QStringLiteral("broken.rss"))) << r.errorMessage().toStdString();
    EXPECT_EQ(*m_library->articles().count({}), 0);
    EXPECT_TRUE(m_library->feeds().feeds()->isEmpty());
}

TEST_F(ImporterTest, MissingEmptyAndBinaryFilesAreRefusedClearly)
{
    EXPECT_FALSE(m_library->importer().importFile(m_tmp.filePath(QStringLiteral("nope.txt"))).ok());
    EXPECT_FALSE(m_library->importer().importFile(writeFile(QStringLiteral("empty.txt"), "  \n")).ok());
    EXPECT_FALSE(m_library->importer().importFile(writeFile(QStringLiteral("blob.bin"), QByteArray("\x7f" "ELF\0\0\0\x01", 8))).ok());
    EXPECT_EQ(*m_library->articles().count({}), 0);
}

TEST_F(ImporterTest, TheDemoLibraryLoadsFrenchAndEnglishArticles)
{
    auto n = m_library->loadDemo();
    ASSERT_TRUE(n.ok()) << n.errorMessage().toStdString();
    EXPECT_GE(*n, 6);
    auto hits = m_library->search(QStringLiteral("lang:fr"), 50);
    ASSERT_TRUE(hits.ok());
    EXPECT_GE(hits->size(), 3);
    EXPECT_EQ(m_library->search(QStringLiteral("lang:en"), 50)->size(), *n - hits->size());
}

TEST_F(ImporterTest, TheSeedArticleKeepsItsThreeKeyPointsAndLosesItsPromotion)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    auto r = m_library->importer().importFile(test::sharedPath(QStringLiteral("seed/000_d317fdffa79cbfba.txt")));
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    const Article a = only(*r);
    EXPECT_EQ(a.keyPoints.size(), 3);
    EXPECT_TRUE(a.text.contains(QStringLiteral("Foxconn")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Google Actualités")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("abonnez-vous")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Principaux renseignements")));
    EXPECT_FALSE(a.title.contains(QStringLiteral("Principaux renseignements")));
    EXPECT_EQ(a.language, QStringLiteral("fr"));
    EXPECT_TRUE(a.html.contains(QStringLiteral("<h2>Prochaines étapes</h2>")));
    auto hits = m_library->search(QStringLiteral("\"centres de donnees\""), 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, a.id);
}

TEST_F(ImporterTest, ReadingFactsMadeByAnOlderEngineRecomputesAndStoresThem)
{
    const ImportReport r = importData(QStringLiteral("articles/en-siemens-no-box.txt"));
    ASSERT_EQ(r.added.size(), 1);
    const ArticleId id = r.added.first().id;
    auto fresh = m_library->facts(id);
    ASSERT_TRUE(fresh.ok());
    ASSERT_FALSE(fresh->entities.isEmpty());

    QSqlQuery q(m_library->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_facts SET engine = %1, facts = '{\"entities\":[],\"summary\":[\"Old.\"]}'")
                           .arg(FactsEngine::kVersion - 1)));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM article_entities")));
    EXPECT_FALSE(m_library->entities().facts(id, FactsEngine::kVersion)->has_value());

    auto read = m_library->facts(id);
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_EQ(read->summary, fresh->summary);
    EXPECT_EQ(read->entities.size(), fresh->entities.size());
    EXPECT_EQ(m_library->entities().factsVersion(id)->value_or(0), FactsEngine::kVersion);
    EXPECT_TRUE(m_library->entities().facts(id, FactsEngine::kVersion)->has_value());
    EXPECT_FALSE(m_library->entities().companies()->isEmpty());
}

TEST_F(ImporterTest, FactsOfAnArticleInHandAreThoseOfItsIdWithTheArticlesOwnKeyPoints)
{
    const ImportReport r = importData(QStringLiteral("articles/fr-renault-avec-essentiel.txt"));
    ASSERT_EQ(r.added.size(), 1);
    const ArticleId id = r.added.first().id;
    auto article = m_library->articles().article(id);
    ASSERT_TRUE(article.ok() && article->has_value());
    ASSERT_FALSE((*article)->keyPoints.isEmpty());
    auto byId = m_library->facts(id);
    auto inHand = m_library->facts(**article);
    ASSERT_TRUE(byId.ok() && inHand.ok());
    EXPECT_EQ(inHand->keyPoints, (*article)->keyPoints);
    EXPECT_EQ(inHand->keyPoints, byId->keyPoints);
    EXPECT_EQ(inHand->summary, byId->summary);
    EXPECT_EQ(inHand->entities.size(), byId->entities.size());
}

TEST_F(ImporterTest, ReindexRecomputesOnlyTheFactsOfAnotherEngine)
{
    importData(QStringLiteral("articles/en-siemens-no-box.txt"));
    importData(QStringLiteral("articles/fr-renault-avec-essentiel.txt"));
    EXPECT_EQ(*m_library->importer().refreshFacts(), 0);
    QSqlQuery q(m_library->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_facts SET engine = %1 WHERE article_id = 1").arg(FactsEngine::kVersion + 1)));
    EXPECT_EQ(*m_library->importer().refreshFacts(), 1);
    EXPECT_EQ(*m_library->importer().refreshFacts(), 0);
}

TEST_F(ImporterTest, AfterACompletePassTheWindowsStartLooksForNoOlderFactsButReindexStillDoes)
{
    importData(QStringLiteral("articles/en-siemens-no-box.txt"));
    EXPECT_FALSE(m_library->entities().factsPassVersion()->has_value());
    EXPECT_EQ(*m_library->importer().refreshFactsAfterUpgrade(), 0);
    EXPECT_EQ(*m_library->entities().factsPassVersion(), FactsEngine::kVersion);
    QSqlQuery q(m_library->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_facts SET engine = %1").arg(FactsEngine::kVersion - 1)));
    EXPECT_EQ(*m_library->importer().refreshFactsAfterUpgrade(), 0);
    EXPECT_EQ(*m_library->importer().refreshFacts(), 1);
}

TEST_F(ImporterTest, AFactsPassStoppedMidwayIsNotOnRecordAndRunsAgainAtTheNextStart)
{
    importData(QStringLiteral("articles/en-siemens-no-box.txt"));
    importData(QStringLiteral("articles/fr-renault-avec-essentiel.txt"));
    QSqlQuery q(m_library->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_facts SET engine = %1").arg(FactsEngine::kVersion - 1)));
    EXPECT_EQ(*m_library->importer().refreshFactsAfterUpgrade([](int, int) { return false; }), 2);
    EXPECT_FALSE(m_library->entities().factsPassVersion()->has_value());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_facts SET engine = %1").arg(FactsEngine::kVersion - 1)));
    EXPECT_EQ(*m_library->importer().refreshFactsAfterUpgrade(), 2);
    EXPECT_EQ(*m_library->entities().factsPassVersion(), FactsEngine::kVersion);
}

TEST_F(ImporterTest, TheFactsPassOverAnOlderLibraryWritesItsArticlesBlocksBack)
{
    importData(QStringLiteral("articles/fr-renault-avec-essentiel.txt"));
    QSqlQuery q(m_library->database().connection());
    // As schema 6 left it: no blocks, facts of an older engine.
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE articles SET blocks = ''")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_facts SET engine = %1").arg(FactsEngine::kVersion - 1)));
    EXPECT_EQ(*m_library->importer().refreshFacts(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT blocks FROM articles")) && q.next());
    EXPECT_FALSE(q.value(0).toString().isEmpty());
}

TEST_F(ImporterTest, AFeedItemKeepsTheBlocksTheCleanerFoundAtImport)
{
    const QString path = writeFile(QStringLiteral("blocks.rss"), QByteArrayLiteral(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>https://example.org/</link>"
        "<item><title>Item</title><link>https://example.org/1</link><description><![CDATA["
        "<p>Intro.</p><h3>Ensuite</h3><ul><li>Premier</li><li>Second</li></ul>]]></description></item>"
        "</channel></rss>"));
    auto report = m_library->importer().importFile(path);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    const Article a = only(*report);
    QStringList kinds;
    for (const TextBlock &b : a.blocks)
        kinds << QString::number(int(b.kind)) + QLatin1Char(':') + a.text.mid(b.start, b.end - b.start);
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("0:Intro."), QStringLiteral("1:Ensuite"), QStringLiteral("2:Premier"),
                                  QStringLiteral("2:Second")}));
    QSqlQuery q(m_library->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT blocks FROM articles")) && q.next());
    EXPECT_FALSE(q.value(0).toString().isEmpty()) << "stored at import, not found again when read";
}

TEST_F(ImporterTest, ReindexWorksInBatchesReportsItsProgressAndStopsWhenAsked)
{
    const int count = Importer::kFactsBatch + Importer::kFactsBatch / 2;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.identity = QStringLiteral("hash:%1").arg(i);
        a.title = QStringLiteral("Article %1").arg(i);
        a.text = QStringLiteral("Renault ouvre l'usine %1 à Douai.").arg(i);
        a.language = QStringLiteral("fr");
        ASSERT_TRUE(m_library->articles().store(a).ok());
    }
    QList<std::pair<int, int>> steps;
    auto first = m_library->importer().refreshFacts([&](int done, int total) {
        steps.append({done, total});
        return false; // one batch, then stop
    });
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(*first, Importer::kFactsBatch);
    EXPECT_EQ(steps, (QList<std::pair<int, int>>{{Importer::kFactsBatch, count}}));
    EXPECT_EQ(m_library->entities().staleArticles(FactsEngine::kVersion)->size(), count - Importer::kFactsBatch);

    steps.clear();
    auto rest = m_library->importer().refreshFacts([&](int done, int total) {
        steps.append({done, total});
        return true;
    });
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(*rest, count - Importer::kFactsBatch);
    EXPECT_EQ(steps, (QList<std::pair<int, int>>{{count - Importer::kFactsBatch, count - Importer::kFactsBatch}}));
    EXPECT_TRUE(m_library->entities().staleArticles(FactsEngine::kVersion)->isEmpty());
}
