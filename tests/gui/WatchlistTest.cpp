#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>

#include "GuiTestSupport.h"
#include "gui/Announcer.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"

using namespace veille;
using namespace veille::app;

namespace {

FollowedItem followed(FollowedItem::Kind kind, const QString &name, int articles, int unread)
{
    FollowedItem item;
    item.kind = kind;
    item.name = name;
    item.articles = articles;
    item.unread = unread;
    return item;
}

FollowNews news(const QString &name, int count, FollowedItem::Kind kind = FollowedItem::Kind::Company)
{
    FollowNews n;
    n.item = followed(kind, name, count, count);
    n.newArticles = count;
    return n;
}

class WatchlistTest : public test::DemoLibrary {
protected:
    void SetUp() override
    {
        test::DemoLibrary::SetUp();
        m_tree = std::make_unique<FeedTree>(*m_library);
        m_tree->show();
        ASSERT_TRUE(test::waitUntil([this] { return !m_tree->isLoading(); }));
    }
    std::unique_ptr<FeedTree> m_tree;
};

} // namespace

TEST_F(WatchlistTest, TheWatchlistIsTheFirstSectionAndSaysHowToFillItWhenEmpty)
{
    QTreeWidgetItem *first = m_tree->topLevelItem(0);
    EXPECT_EQ(first->text(0), QStringLiteral("Watchlist"));
    ASSERT_EQ(first->childCount(), 1);
    EXPECT_EQ(first->child(0)->text(0), QStringLiteral("Follow a company from its page"));
}

TEST_F(WatchlistTest, FollowedItemsShowTheirUnreadCountsInBoldWhenThereAreSome)
{
    m_tree->setWatchlist({followed(FollowedItem::Kind::Company, QStringLiteral("Foxconn"), 5, 2),
                          followed(FollowedItem::Kind::Search, QStringLiteral("lang:fr nvidia"), 3, 0)});
    QTreeWidgetItem *foxconn = m_tree->watchlistItem(QStringLiteral("Foxconn"));
    QTreeWidgetItem *search = m_tree->watchlistItem(QStringLiteral("lang:fr nvidia"));
    ASSERT_NE(foxconn, nullptr);
    ASSERT_NE(search, nullptr);
    EXPECT_EQ(foxconn->text(1), QStringLiteral("2"));
    EXPECT_TRUE(foxconn->font(0).bold());
    EXPECT_EQ(search->text(1), QString()) << "no count when all are read";
    EXPECT_FALSE(search->font(0).bold());
    EXPECT_EQ(m_tree->topLevelItem(0)->childCount(), 2) << "the placeholder is gone";
}

TEST_F(WatchlistTest, ClickingAFollowedCompanyAsksForItsPageAndAFollowedSearchRunsIt)
{
    m_tree->setWatchlist({followed(FollowedItem::Kind::Company, QStringLiteral("Foxconn"), 5, 2),
                          followed(FollowedItem::Kind::Search, QStringLiteral("lang:fr"), 3, 1)});
    QSignalSpy companies(m_tree.get(), &FeedTree::companyChosen);
    QSignalSpy listings(m_tree.get(), &FeedTree::listingChosen);
    m_tree->setCurrentItem(m_tree->watchlistItem(QStringLiteral("Foxconn")));
    ASSERT_EQ(companies.size(), 1);
    EXPECT_EQ(companies.first().first().toString(), QStringLiteral("Foxconn"));
    m_tree->setCurrentItem(m_tree->watchlistItem(QStringLiteral("lang:fr")));
    ASSERT_EQ(listings.size(), 2);
    const auto listing = listings.last().first().value<Listing>();
    EXPECT_EQ(listing.kind, Listing::Search);
    EXPECT_EQ(listing.text, QStringLiteral("lang:fr"));
    EXPECT_EQ(companies.size(), 1);
}

TEST_F(WatchlistTest, AFollowedCompanyListsItsArticlesByTheEntityTheOverviewFound)
{
    m_tree->setWatchlist({followed(FollowedItem::Kind::Company, QStringLiteral("Foxconn"), 5, 2)});
    QSignalSpy listings(m_tree.get(), &FeedTree::listingChosen);
    m_tree->setCurrentItem(m_tree->watchlistItem(QStringLiteral("Foxconn")));
    ASSERT_EQ(listings.size(), 1);
    const auto listing = listings.first().first().value<Listing>();
    EXPECT_EQ(listing.kind, Listing::Company);
    EXPECT_GT(listing.id, 0);
}

TEST_F(WatchlistTest, ReadingAnArticleSaysTheWatchlistCountsMayHaveMoved)
{
    QSignalSpy adjusted(m_tree.get(), &FeedTree::unreadAdjusted);
    m_tree->adjustUnread(1, -1);
    EXPECT_EQ(adjusted.size(), 1);
}

TEST(Announcer, NamesEachFollowedItemWithItsNewArticles)
{
    test::guiApp();
    LanguageManager languages; // English plurals come from their own file
    languages.apply(QStringLiteral("en"));
    EXPECT_EQ(Announcer::message({news(QStringLiteral("Foxconn"), 2), news(QStringLiteral("OpenAI"), 1)}),
              QStringLiteral("Foxconn: 2 new articles · OpenAI: 1 new article"));
    EXPECT_EQ(Announcer::message({news(QStringLiteral("Foxconn"), 0)}), QString());
}

TEST(Announcer, WithoutATrayTheStatusBarCarriesALinkThatOpensTheFirstItem)
{
    test::guiApp();
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    QMainWindow window;
    Announcer announcer(window);
    window.show();
    QSignalSpy chosen(&announcer, &Announcer::companyChosen);
    announcer.announce({news(QStringLiteral("OpenAI"), 0), news(QStringLiteral("Foxconn"), 3)});
    EXPECT_EQ(announcer.announcements(), 1);
    ASSERT_TRUE(announcer.statusLink()->isVisible());
    EXPECT_TRUE(announcer.statusLink()->text().contains(QStringLiteral("Foxconn: 3 new articles")));
    emit announcer.statusLink()->linkActivated(QStringLiteral("open"));
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.first().first().toString(), QStringLiteral("Foxconn"));
    EXPECT_FALSE(announcer.statusLink()->isVisible());
}

TEST(Announcer, NothingNewIsNotAnnounced)
{
    test::guiApp();
    QMainWindow window;
    Announcer announcer(window);
    announcer.announce({news(QStringLiteral("Foxconn"), 0)});
    EXPECT_EQ(announcer.announcements(), 0);
}
