#include <QSignalSpy>
#include <QSqlQuery>

#include "GuiTestSupport.h"
#include "facts/FactsEngine.h"
#include "gui/ArticlePane.h"
#include "gui/FactsRefresher.h"
#include "gui/LanguageManager.h"
#include "gui/MainWindow.h"

using namespace veille;
using namespace veille::app;

namespace {

class FactsRefresherTest : public test::DemoLibrary {
protected:
    // The library as an older engine left it: facts of another version, no entity links.
    void ageAllFacts()
    {
        const bool aged = m_library->call([](Library &writer) -> Result<bool> {
            QSqlQuery q(writer.database().connection());
            return q.exec(QStringLiteral("UPDATE article_facts SET engine = %1, facts = '{\"entities\":[],\"summary\":[]}'")
                              .arg(FactsEngine::kVersion - 1))
                && q.exec(QStringLiteral("DELETE FROM article_entities")) && q.exec(QStringLiteral("DELETE FROM facts_pass"));
        }).value();
        ASSERT_TRUE(aged);
    }

    int articleCount()
    {
        auto n = m_library->articles().count({});
        return n.ok() ? *n : -1;
    }
};

} // namespace

TEST_F(FactsRefresherTest, AfterAnUpgradeTheWholeLibraryGetsNewFactsInTheBackground)
{
    ageAllFacts();
    ASSERT_TRUE(m_library->entities().companies()->isEmpty());
    FactsRefresher refresher(*m_library);
    QSignalSpy progress(&refresher, &FactsRefresher::progress);
    QSignalSpy finished(&refresher, &FactsRefresher::finished);
    refresher.start();
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }));

    EXPECT_EQ(finished.first().at(0).toInt(), articleCount());
    EXPECT_TRUE(finished.first().at(1).toString().isEmpty());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), articleCount());
    EXPECT_EQ(progress.last().at(1).toInt(), articleCount());
    EXPECT_TRUE(m_library->entities().staleArticles(FactsEngine::kVersion)->isEmpty());
    EXPECT_FALSE(m_library->entities().companies()->isEmpty());
}

TEST_F(FactsRefresherTest, AnUpToDateLibraryIsLeftAloneAndSaysNothing)
{
    FactsRefresher refresher(*m_library);
    QSignalSpy progress(&refresher, &FactsRefresher::progress);
    QSignalSpy finished(&refresher, &FactsRefresher::finished);
    refresher.start();
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }));
    EXPECT_EQ(finished.first().at(0).toInt(), 0);
    EXPECT_TRUE(progress.isEmpty());
}

TEST_F(FactsRefresherTest, AWindowOpenedOnAnOlderLibraryShowsTheNewFactsWithoutReindex)
{
    ageAllFacts();
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(*m_library, languages);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.selectFirstArticle();
    // The article shown has its facts again (the strip lists its companies)...
    ASSERT_TRUE(test::waitUntil([&] { return window.articlePane()->toPlainText().contains(QStringLiteral("COMPANIES")); }));
    // ...and the rest of the library gets them in the background.
    ASSERT_TRUE(test::waitUntil([&] { return m_library->entities().staleArticles(FactsEngine::kVersion)->isEmpty(); }));
    EXPECT_FALSE(m_library->entities().companies()->isEmpty());
}
