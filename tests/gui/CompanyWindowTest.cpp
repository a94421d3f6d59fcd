#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

#include "GuiTestSupport.h"
#include "WindowTest.h"
#include "gui/Announcer.h"
#include "gui/ArticleListModel.h"
#include "gui/ArticlePane.h"
#include "gui/ArticleRenderer.h"
#include "gui/CompanyActions.h"
#include "gui/CompanyController.h"
#include "gui/CompanyLoader.h"
#include "gui/CompanyPage.h"
#include "gui/FeedActions.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"
#include "gui/ListExporter.h"
#include "gui/MainWindow.h"
#include "gui/ReadingArea.h"

using namespace veille;
using namespace veille::app;

namespace {

const QString kSeed = QStringLiteral(VEILLE_SHARED_DIR "/seed/000_d317fdffa79cbfba.txt");
const QString kTwoAboutFoxconn = QStringLiteral(VEILLE_TEST_DATA_DIR "/feeds/foxconn-two-new-articles.rss");

// The demo articles and the seed article (OpenAI and Foxconn, in French), in a window.
class CompanyWindowTest : public test::WindowTest {
protected:
    void prepareLibrary() override
    {
        auto seed = m_library->call([&](Library &writer) { return writer.importer().importFile(kSeed); });
        ASSERT_TRUE(seed.ok()) << seed.errorMessage().toStdString();
        ASSERT_EQ(seed->added.size(), 1);
        m_seed = seed->added.first().id;
    }

    CompanyController *companies() const { return m_window->companies(); }
    CompanyPage *page() const { return companies()->page(); }
    // The page of `name` is shown and its profile read.
    bool pageShows(const QString &name) const
    {
        return test::waitUntil([this, name] {
            return companies()->area()->showsCompany() && page()->companyName() == name && !companies()->loader()->busy()
                && page()->timeline()->topLevelItemCount() > 0;
        });
    }
    QString watchCount(const QString &name) const
    {
        QTreeWidgetItem *item = m_window->feedTree()->watchlistItem(name);
        return item ? item->text(1) : QStringLiteral("(not in the watchlist)");
    }
    static QStringList texts(QTreeWidget *tree, int column)
    {
        QStringList out;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            out << (*it)->text(column);
        return out;
    }

    ArticleId m_seed = 0;
};

} // namespace

TEST_F(CompanyWindowTest, ClickingACompanyInTheArticleOpensItsPageAndBackReturnsToTheArticle)
{
    ASSERT_TRUE(m_window->selectArticle(m_seed) || (m_window->openArticle(m_seed), true));
    ASSERT_EQ(m_window->articlePane()->articleId(), m_seed);
    emit m_window->articlePane()->anchorClicked(ArticleRenderer::companyUrl(QStringLiteral("Foxconn")));
    ASSERT_TRUE(pageShows(QStringLiteral("Foxconn")));
    EXPECT_EQ(m_window->listing().kind, Listing::Search) << "the list shows the company's articles";

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_FALSE(companies()->area()->showsCompany());
    EXPECT_EQ(m_window->articlePane()->articleId(), m_seed);
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_TRUE(companies()->area()->showsCompany());
}

TEST_F(CompanyWindowTest, ClickingACompanyInTheSidebarOpensItsPageAndAnArticleOfTheTimelineOpensTheArticle)
{
    QTreeWidgetItem *foxconn = nullptr;
    for (QTreeWidgetItemIterator it(m_window->feedTree()); *it && !foxconn; ++it)
        if ((*it)->text(0) == QStringLiteral("Foxconn"))
            foxconn = *it;
    ASSERT_NE(foxconn, nullptr);
    m_window->feedTree()->setCurrentItem(foxconn);
    ASSERT_TRUE(pageShows(QStringLiteral("Foxconn")));

    QTreeWidget *timeline = page()->timeline();
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->visualItemRect(timeline->topLevelItem(0)).center());
    EXPECT_FALSE(companies()->area()->showsCompany());
    EXPECT_TRUE(m_window->articlePane()->hasArticle());
    auto back = page()->findChild<QWidget *>(QStringLiteral("companyBack"));
    ASSERT_NE(back, nullptr);
    companies()->area()->back();
    EXPECT_TRUE(companies()->area()->showsCompany());
}

TEST_F(CompanyWindowTest, TheFoxconnPageShowsTheSeedArticlesFacts)
{
    companies()->open(QStringLiteral("Foxconn"));
    ASSERT_TRUE(pageShows(QStringLiteral("Foxconn")));
    const CompanyProfile &p = page()->profile();
    bool listed = false;
    for (const auto &entry : p.timeline)
        listed = listed || entry.id == m_seed;
    EXPECT_TRUE(listed) << "the seed article is in the timeline";

    const QStringList amounts = texts(page()->amounts(), 0);
    EXPECT_TRUE(amounts.contains(QStringLiteral("$1.4 trillion"))) << amounts.join(QLatin1Char('|')).toStdString();
    bool young = false;
    for (const QString &person : texts(page()->people(), 0))
        young = young || (person.startsWith(QStringLiteral("Young Liu — ")) && person.size() > 12);
    EXPECT_TRUE(young) << texts(page()->people(), 0).join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts(page()->related(), 0).contains(QStringLiteral("OpenAI")));
    EXPECT_GT(p.articles, 1);
    int charted = 0;
    for (const auto &week : p.weeks)
        charted += week.articles;
    EXPECT_EQ(p.weeks.size(), 26);
    EXPECT_LE(charted, p.articles);
}

TEST_F(CompanyWindowTest, ACoMentionedCompanyOpensItsOwnPage)
{
    companies()->open(QStringLiteral("Foxconn"));
    ASSERT_TRUE(pageShows(QStringLiteral("Foxconn")));
    emit page()->companyChosen(QStringLiteral("OpenAI"));
    ASSERT_TRUE(pageShows(QStringLiteral("OpenAI")));
    companies()->area()->back();
    EXPECT_TRUE(pageShows(QStringLiteral("Foxconn")));
}

TEST_F(CompanyWindowTest, FollowingThenImportingTwoArticlesShowsTwoInTheWatchlistAndReadingOneMakesItOne)
{
    companies()->open(QStringLiteral("Foxconn"));
    ASSERT_TRUE(pageShows(QStringLiteral("Foxconn")));
    page()->followButton()->click();
    ASSERT_TRUE(test::waitUntil([this] { return page()->followButton()->text() == QStringLiteral("Unfollow"); }));
    ASSERT_TRUE(test::waitUntil([this] { return m_window->feedTree()->watchlistItem(QStringLiteral("Foxconn")); }));
    // Following is not news: what was there is counted as read for the announce.
    const int unreadBefore = watchCount(QStringLiteral("Foxconn")).toInt();

    m_window->feedActions()->importFiles({kTwoAboutFoxconn});
    ASSERT_TRUE(test::waitUntil([this] { return !m_window->feedActions()->isImporting(); }));
    ASSERT_TRUE(test::waitUntil([&] { return watchCount(QStringLiteral("Foxconn")).toInt() == unreadBefore + 2; }))
        << watchCount(QStringLiteral("Foxconn")).toStdString();
    QTreeWidgetItem *item = m_window->feedTree()->watchlistItem(QStringLiteral("Foxconn"));
    EXPECT_TRUE(item->font(0).bold());

    auto hits = m_library->search(QStringLiteral("\"second server plant\""), 5);
    ASSERT_TRUE(hits.ok() && hits->size() == 1);
    m_window->openArticle(hits->first().id);
    EXPECT_TRUE(test::waitUntil([&] { return watchCount(QStringLiteral("Foxconn")).toInt() == unreadBefore + 1; }))
        << watchCount(QStringLiteral("Foxconn")).toStdString();
}

TEST_F(CompanyWindowTest, NewArticlesAboutAFollowedCompanyAreAnnouncedOnceAndTheAnnounceOpensItsPage)
{
    companies()->follow(FollowedItem::Kind::Company, QStringLiteral("Foxconn"), true);
    Announcer *announcer = companies()->announcer();
    m_window->feedActions()->importFiles({kTwoAboutFoxconn});
    ASSERT_TRUE(test::waitUntil([&] { return announcer->announcements() == 1; }));
    EXPECT_EQ(announcer->lastMessage(), QStringLiteral("Foxconn: 2 new articles"));

    // Another change to the library brings nothing new about Foxconn: no second announce.
    m_window->feedActions()->importFiles({QStringLiteral(VEILLE_TEST_DATA_DIR "/feeds/rss091-html-entities.xml")});
    ASSERT_TRUE(test::waitUntil([this] { return !m_window->feedActions()->isImporting() && !companies()->loader()->busy(); }));
    QTest::qWait(50);
    EXPECT_EQ(announcer->announcements(), 1);

    // Without a system tray (offscreen), the announce is a link in the status bar.
    QLabel *link = announcer->statusLink();
    ASSERT_TRUE(link->isVisible());
    emit link->linkActivated(QStringLiteral("open"));
    EXPECT_TRUE(pageShows(QStringLiteral("Foxconn")));
}

TEST_F(CompanyWindowTest, AFollowedCompanyCanBeUnfollowedFromItsPage)
{
    companies()->follow(FollowedItem::Kind::Company, QStringLiteral("OpenAI"), true);
    ASSERT_TRUE(test::waitUntil([this] { return m_window->feedTree()->watchlistItem(QStringLiteral("OpenAI")); }));
    companies()->open(QStringLiteral("OpenAI"));
    ASSERT_TRUE(pageShows(QStringLiteral("OpenAI")));
    ASSERT_TRUE(test::waitUntil([this] { return page()->followButton()->text() == QStringLiteral("Unfollow"); }));
    page()->followButton()->click();
    EXPECT_TRUE(test::waitUntil([this] { return !m_window->feedTree()->watchlistItem(QStringLiteral("OpenAI")); }));
    EXPECT_TRUE(test::waitUntil([this] { return page()->followButton()->text() == QStringLiteral("Follow"); }));
}

TEST_F(CompanyWindowTest, ANameSelectedInAnArticleCanBeFollowedAsACompany)
{
    m_window->openArticle(m_seed);
    ArticlePane *pane = m_window->articlePane();
    QTextCursor cursor = pane->document()->find(QStringLiteral("Foxconn"));
    ASSERT_FALSE(cursor.isNull());
    pane->setTextCursor(cursor);
    std::unique_ptr<QMenu> menu(pane->contextMenuAt(QPoint(5, 5)));
    QAction *follow = menu->findChild<QAction *>(QStringLiteral("followAsCompany"));
    ASSERT_NE(follow, nullptr);
    EXPECT_EQ(follow->text(), QStringLiteral("Follow “Foxconn” as a company…"));
}

TEST_F(CompanyWindowTest, AddingACompanyFindsItInTheArticlesAlreadyThereWithoutBlockingTheWindow)
{
    CompanyActions *actions = companies()->actions();
    EXPECT_EQ(actions->save({}, {QStringLiteral("  "), {}, false}), QStringLiteral("Give the company a name: it cannot be empty or only spaces."));
    const QString taken = actions->save({}, {QStringLiteral("Hon Hai Robotics"), {QStringLiteral("Foxconn")}, false});
    EXPECT_TRUE(taken.contains(QStringLiteral("Foxconn"))) << taken.toStdString();
    EXPECT_TRUE(m_library->companyBook().userCompanies()->isEmpty()) << "nothing changed";

    // "Guadalajara" names no company of the gazetteer: as one of the user's, it is found
    // in the articles already stored.
    ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.importer().importFile(kTwoAboutFoxconn); }).ok());
    EXPECT_EQ(actions->save({}, {QStringLiteral("Guadalajara Servers"), {QStringLiteral("Guadalajara")}, true}), QString());
    ASSERT_TRUE(test::waitUntil([this] { return !companies()->loader()->busy(); }));
    auto hits = m_library->search(QStringLiteral("company:\"Guadalajara Servers\""), 10);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 1);
    EXPECT_TRUE(pageShows(QStringLiteral("Guadalajara Servers")));
    EXPECT_TRUE(page()->profile().userDefined);

    EXPECT_EQ(actions->removeNow(QStringLiteral("Guadalajara Servers")), QString());
    ASSERT_TRUE(test::waitUntil([this] { return !companies()->loader()->busy(); }));
    EXPECT_FALSE(companies()->area()->showsCompany()) << "the removed company's page is left";
}

TEST_F(CompanyWindowTest, ExportWritesTheFavouritesAndAnUnwritablePathIsAClearError)
{
    ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.states().setFavourite(m_seed, true); }).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("favourites.csv"));
    auto written = m_window->exporter()->write({Listing::Favourites, 0, {}}, QString(), path);
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    EXPECT_EQ(*written, 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.contains(QStringLiteral("Foxconn")));

    const QString markdown = dir.filePath(QStringLiteral("foxconn.md"));
    ASSERT_TRUE(m_window->exporter()->write({}, QStringLiteral("Foxconn"), markdown).ok());
    EXPECT_TRUE(QFile::exists(markdown));

    auto refused = m_window->exporter()->write({Listing::Favourites, 0, {}}, QString(), dir.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::FileIsFolder);
}

TEST(ListExporter, SuggestsAFileNameFromTheListAndReadsTheFormatFromTheExtension)
{
    test::guiApp();
    EXPECT_EQ(ListExporter::suggestedName({}, QStringLiteral("Mistral AI")), QStringLiteral("veille-mistral-ai.csv"));
    EXPECT_EQ(ListExporter::suggestedName({Listing::Search, 0, QStringLiteral("company:foxconn lang:fr")}, {}),
              QStringLiteral("veille-company-foxconn-lang-fr.csv"));
    EXPECT_EQ(ListExporter::suggestedName({Listing::All, 0, {}}, {}), QStringLiteral("veille.csv"));
    EXPECT_EQ(ListExporter::formatOf(QStringLiteral("/tmp/brief.MD")), ArticleExporter::Format::Markdown);
    EXPECT_EQ(ListExporter::formatOf(QStringLiteral("/tmp/list.json")), ArticleExporter::Format::Json);
    EXPECT_FALSE(ListExporter::formatOf(QStringLiteral("/tmp/list")).has_value());
}

TEST_F(CompanyWindowTest, ASavedSearchCanBeFollowedAndJoinsTheWatchlist)
{
    companies()->follow(FollowedItem::Kind::Search, QStringLiteral("lang:fr"), true);
    ASSERT_TRUE(test::waitUntil([this] { return m_window->feedTree()->watchlistItem(QStringLiteral("lang:fr")); }));
    m_window->feedTree()->setCurrentItem(m_window->feedTree()->watchlistItem(QStringLiteral("lang:fr")));
    EXPECT_EQ(m_window->listing().kind, Listing::Search);
    EXPECT_EQ(m_window->listing().text, QStringLiteral("lang:fr"));
    companies()->follow(FollowedItem::Kind::Search, QStringLiteral("lang:fr"), false);
    EXPECT_TRUE(test::waitUntil([this] { return !m_window->feedTree()->watchlistItem(QStringLiteral("lang:fr")); }));
}
