#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "GuiTestSupport.h"
#include "WindowTest.h"
#include "gui/ArticleListModel.h"
#include "gui/ArticlePane.h"
#include "gui/ArticleRenderer.h"
#include "gui/FeedActions.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"
#include "gui/MainWindow.h"
#include "gui/SearchBar.h"

using namespace veille;
using namespace veille::app;

namespace {

class MainWindowTest : public test::WindowTest {
protected:
    ArticleId firstArticleAbout(const QString &company)
    {
        auto hits = m_library->search(QStringLiteral("company:") + company, 10);
        return hits && !hits->isEmpty() ? hits->first().id : 0;
    }
    QString paneText() const { return m_window->articlePane()->toPlainText(); }
};

QTreeWidgetItem *treeItem(QTreeWidget *tree, const QString &text)
{
    const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

TEST_F(MainWindowTest, OpensWithEveryDemoArticleListedAndTheFirstOneReadable)
{
    auto count = m_library->articles().count({});
    EXPECT_EQ(m_window->articleModel()->rowCount(), *count);
    m_window->selectFirstArticle();
    EXPECT_TRUE(m_window->articlePane()->hasArticle());
    EXPECT_TRUE(paneText().contains(QStringLiteral("KEY FACTS")));
}

TEST_F(MainWindowTest, OpeningAnArticleShowsItsFactsAndMarksItRead)
{
    const ArticleId id = firstArticleAbout(QStringLiteral("Foxconn"));
    ASSERT_GT(id, 0);
    ASSERT_TRUE(m_window->selectArticle(id));
    EXPECT_EQ(m_window->articlePane()->articleId(), id);
    EXPECT_TRUE(paneText().contains(QStringLiteral("COMPANIES")));
    EXPECT_TRUE(paneText().contains(QStringLiteral("Sam Altman")));
    EXPECT_TRUE(paneText().contains(QStringLiteral("$1.4 trillion")));
    test::drainWriter(*m_library);
    EXPECT_TRUE(m_library->states().state(id)->read);
}

TEST_F(MainWindowTest, SelectingTheUnreadViewListsOnlyUnreadArticles)
{
    m_window->selectFirstArticle(); // reading it marks it read
    test::drainWriter(*m_library); // the counts follow once the mark is stored
    QTreeWidgetItem *unread = treeItem(m_window->feedTree(), QStringLiteral("Unread"));
    ASSERT_NE(unread, nullptr);
    EXPECT_EQ(unread->text(1).toInt(), *m_library->articles().count({}) - 1) << "the count follows the reading";
    m_window->feedTree()->setCurrentItem(unread);
    const int total = *m_library->articles().count({});
    EXPECT_EQ(m_window->articleModel()->rowCount(), total - 1);
    for (int row = 0; row < m_window->articleModel()->rowCount(); ++row)
        EXPECT_FALSE(m_window->articleModel()->index(row, 0).data(ArticleListModel::ReadRole).toBool());
}

TEST_F(MainWindowTest, PressingSStarsTheArticleAndTheFavouritesViewShowsIt)
{
    m_window->selectFirstArticle();
    const ArticleId id = m_window->articlePane()->articleId();
    m_window->activateWindow();
    QTest::keyClick(m_window->articleList(), Qt::Key_S);
    test::drainWriter(*m_library);
    EXPECT_TRUE(m_library->states().state(id)->favourite);
    m_window->feedTree()->setCurrentItem(treeItem(m_window->feedTree(), QStringLiteral("Favourites")));
    ASSERT_EQ(m_window->articleModel()->rowCount(), 1);
    EXPECT_EQ(m_window->articleModel()->idAt(0), id);
}

TEST_F(MainWindowTest, ClickingTheStarColumnTogglesTheFavourite)
{
    QTableView *list = m_window->articleList();
    const QModelIndex star = m_window->articleModel()->index(1, ArticleListModel::StarColumn);
    const ArticleId id = m_window->articleModel()->idAt(1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(star).center());
    test::drainWriter(*m_library);
    EXPECT_TRUE(m_library->states().state(id)->favourite);
    EXPECT_EQ(star.data().toString(), QStringLiteral("★"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(star).center());
    test::drainWriter(*m_library);
    EXPECT_FALSE(m_library->states().state(id)->favourite);
}

TEST_F(MainWindowTest, TheFavouriteLinkInThePaneStarsTheArticle)
{
    m_window->selectFirstArticle();
    const ArticleId id = m_window->articlePane()->articleId();
    emit m_window->articlePane()->anchorClicked(ArticleRenderer::favouriteUrl());
    test::drainWriter(*m_library);
    EXPECT_TRUE(m_library->states().state(id)->favourite);
    EXPECT_TRUE(paneText().contains(QStringLiteral("In favourites")));
}

TEST_F(MainWindowTest, SearchingACompanyListsEveryArticleAboutIt)
{
    m_window->search(QStringLiteral("company:nvidia"));
    const int rows = m_window->articleModel()->rowCount();
    EXPECT_GE(rows, 2);
    for (int row = 0; row < rows; ++row) {
        bool mentions = false;
        const auto facts = m_library->facts(m_window->articleModel()->idAt(row));
        ASSERT_TRUE(facts.ok()) << facts.errorMessage().toStdString();
        for (const Entity &e : facts->entities)
            mentions = mentions || (e.type == EntityType::Company && e.name == QStringLiteral("Nvidia"));
        EXPECT_TRUE(mentions) << "row " << row;
    }
}

TEST_F(MainWindowTest, ClickingACompanyInThePaneSearchesForIt)
{
    ASSERT_TRUE(m_window->selectArticle(firstArticleAbout(QStringLiteral("Foxconn"))));
    emit m_window->articlePane()->anchorClicked(ArticleRenderer::companyUrl(QStringLiteral("Foxconn")));
    EXPECT_EQ(m_window->searchBar()->text(), QStringLiteral("company:Foxconn"));
    EXPECT_GE(m_window->articleModel()->rowCount(), 1);
}

TEST_F(MainWindowTest, SearchWordsAreHighlightedInThePane)
{
    m_window->search(QStringLiteral("partnership"));
    ASSERT_GE(m_window->articleModel()->rowCount(), 1);
    m_window->selectFirstArticle();
    // The hit colour is the only yellow in the light palette.
    EXPECT_TRUE(m_window->articlePane()->toHtml().contains(QStringLiteral("#fff176")));
}

TEST_F(MainWindowTest, JAndKMoveThroughTheList)
{
    m_window->selectFirstArticle();
    m_window->activateWindow();
    QTest::keyClick(m_window->articleList(), Qt::Key_J);
    EXPECT_EQ(m_window->articleList()->currentIndex().row(), 1);
    QTest::keyClick(m_window->articleList(), Qt::Key_K);
    EXPECT_EQ(m_window->articleList()->currentIndex().row(), 0);
}

TEST_F(MainWindowTest, HighlightingCanBeSwitchedOff)
{
    m_window->selectFirstArticle();
    EXPECT_TRUE(paneText().contains(QStringLiteral("Highlighting:")));
    m_window->setHighlighting(false);
    EXPECT_TRUE(paneText().contains(QStringLiteral("Highlighting is off")));
    m_window->setHighlighting(true);
}

TEST_F(MainWindowTest, SwitchingToFrenchRetranslatesWhatIsVisible)
{
    m_window->selectFirstArticle();
    m_window->setLanguage(QStringLiteral("fr"));
    QStringList menus;
    for (QAction *a : m_window->menuBar()->actions())
        menus << a->text();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Affichage"))) << menus.join(QLatin1Char(',')).toStdString();
    EXPECT_NE(treeItem(m_window->feedTree(), QStringLiteral("Tous les articles")), nullptr);
    EXPECT_NE(treeItem(m_window->feedTree(), QStringLiteral("Entreprises")), nullptr);
    EXPECT_EQ(m_window->articleModel()->headerData(ArticleListModel::TitleColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Titre"));
    EXPECT_TRUE(paneText().contains(QStringLiteral("FAITS CLÉS"))) << paneText().left(300).toStdString();
    EXPECT_TRUE(m_window->searchBar()->placeholderText().startsWith(QStringLiteral("Rechercher")));
    m_window->setLanguage(QStringLiteral("en"));
    EXPECT_NE(treeItem(m_window->feedTree(), QStringLiteral("All articles")), nullptr);
}

TEST_F(MainWindowTest, AmountsFollowTheInterfaceLanguage)
{
    ASSERT_TRUE(m_window->selectArticle(firstArticleAbout(QStringLiteral("Foxconn"))));
    m_window->setLanguage(QStringLiteral("fr"));
    QString text = paneText();
    text.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
    EXPECT_TRUE(text.contains(QStringLiteral("1 400 Md$"))) << text.toStdString();
}

TEST_F(MainWindowTest, TheTreeShowsTheCountsAndCompaniesReadOnItsOwnThread)
{
    QTreeWidgetItem *all = treeItem(m_window->feedTree(), QStringLiteral("All articles"));
    ASSERT_NE(all, nullptr);
    EXPECT_EQ(all->text(1).toInt(), *m_library->articles().count({}));
    QTreeWidgetItem *companies = treeItem(m_window->feedTree(), QStringLiteral("Companies"));
    ASSERT_NE(companies, nullptr);
    EXPECT_GT(companies->childCount(), 2);
    EXPECT_NE(treeItem(m_window->feedTree(), QStringLiteral("Foxconn")), nullptr);
    EXPECT_TRUE(m_window->feedTree()->companyNames().contains(QStringLiteral("Foxconn")));
}

TEST_F(MainWindowTest, ReadingWhileTheCountsAreReadLeavesThemRight)
{
    m_window->feedTree()->reload();
    ASSERT_TRUE(m_window->feedTree()->isLoading());
    m_window->selectFirstArticle(); // marks it read while the other thread counts
    test::drainWriter(*m_library);
    ASSERT_TRUE(test::waitUntil([this] { return !m_window->feedTree()->isLoading(); }));
    ArticleFilter unread;
    unread.unreadOnly = true;
    EXPECT_EQ(treeItem(m_window->feedTree(), QStringLiteral("Unread"))->text(1).toInt(), *m_library->articles().count(unread));
}

TEST_F(MainWindowTest, TheChosenViewStaysChosenWhenTheTreeIsReadAgain)
{
    QTreeWidgetItem *favourites = treeItem(m_window->feedTree(), QStringLiteral("Favourites"));
    m_window->feedTree()->setCurrentItem(favourites);
    m_window->feedTree()->reload();
    ASSERT_TRUE(test::waitUntil([this] { return !m_window->feedTree()->isLoading(); }));
    EXPECT_EQ(m_window->feedTree()->current().kind, Listing::Favourites);
}

TEST_F(MainWindowTest, ImportingAFileRunsOffTheWindowThreadAndRefreshesTheList)
{
    const int before = m_window->articleModel()->rowCount();
    m_window->feedActions()->importFiles({QStringLiteral(VEILLE_TEST_DATA_DIR "/feeds/rss091-html-entities.xml")});
    EXPECT_TRUE(m_window->feedActions()->isImporting()) << "the call returns before the file is stored";
    ASSERT_TRUE(test::waitUntil([this] { return !m_window->feedActions()->isImporting(); }));
    EXPECT_GT(m_window->articleModel()->rowCount(), before);
    EXPECT_GT(*m_library->articles().count({}), before);
    EXPECT_TRUE(m_window->findChildren<QMessageBox *>(QStringLiteral("importErrors")).isEmpty());
}

TEST_F(MainWindowTest, AFileThatCannotBeImportedIsNamedInAMessageAndNothingIsStored)
{
    const int before = *m_library->articles().count({});
    const QString bad = QStringLiteral(VEILLE_TEST_DATA_DIR "/feeds/html-error-page-saved-as.rss");
    m_window->feedActions()->importFiles({bad});
    ASSERT_TRUE(test::waitUntil([this] { return !m_window->feedActions()->isImporting(); }));
    const auto boxes = m_window->findChildren<QMessageBox *>(QStringLiteral("importErrors"));
    ASSERT_EQ(boxes.size(), 1);
    EXPECT_TRUE(boxes.first()->informativeText().contains(QStringLiteral("html-error-page-saved-as.rss")));
    EXPECT_EQ(*m_library->articles().count({}), before);
    boxes.first()->close();
}
