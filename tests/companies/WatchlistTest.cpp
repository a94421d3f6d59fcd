#include "CompaniesFixture.h"

using namespace veille;
using veille::test::CompaniesFixture;

namespace {

class Watchlist : public CompaniesFixture {
protected:
    QList<FollowedItem> followed()
    {
        auto items = book().following();
        EXPECT_TRUE(items.ok()) << items.errorMessage().toStdString();
        return items.ok() ? *items : QList<FollowedItem>();
    }
};

} // namespace

TEST_F(Watchlist, FollowsACompanyUnderItsCanonicalName)
{
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Company, QStringLiteral("hon hai")).ok());
    const QList<FollowedItem> items = followed();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].name, QStringLiteral("Foxconn"));
    EXPECT_EQ(items[0].kind, FollowedItem::Kind::Company);
    EXPECT_TRUE(*book().isFollowed(FollowedItem::Kind::Company, QStringLiteral("FOXCONN")));
}

TEST_F(Watchlist, FollowingTwiceKeepsOneEntry)
{
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Company, QStringLiteral("Foxconn")).ok());
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Company, QStringLiteral("foxconn")).ok());
    EXPECT_EQ(followed().size(), 1);
}

TEST_F(Watchlist, RefusesToFollowAnUnknownCompany)
{
    auto result = book().follow(FollowedItem::Kind::Company, QStringLiteral("Nobody Ltd"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::CompanyNotFound);
    EXPECT_TRUE(followed().isEmpty());
}

TEST_F(Watchlist, UnfollowsByAnyNameAndSaysWhenThereWasNothingToUnfollow)
{
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Company, QStringLiteral("Foxconn")).ok());
    EXPECT_TRUE(*book().unfollow(FollowedItem::Kind::Company, QStringLiteral("Hon Hai")));
    EXPECT_FALSE(*book().unfollow(FollowedItem::Kind::Company, QStringLiteral("Foxconn")));
    EXPECT_TRUE(followed().isEmpty());
}

TEST_F(Watchlist, CountsArticlesAndUnreadOnesAfterAnImportAndAfterReading)
{
    importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_TRUE(book().backfill(*book().addUserCompany(acme())).ok());
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Company, QStringLiteral("Acme")).ok());
    EXPECT_EQ(followed()[0].articles, 2);
    EXPECT_EQ(followed()[0].unread, 2);

    const QList<ArticleId> later = importData(QStringLiteral("companies/acme-robotics-later.xml"));
    ASSERT_EQ(later.size(), 2);
    EXPECT_EQ(followed()[0].articles, 4);
    EXPECT_EQ(followed()[0].unread, 4);
    ASSERT_TRUE(library().states().setRead(later[0], true).ok());
    EXPECT_EQ(followed()[0].unread, 3);
}

TEST_F(Watchlist, AnnouncesNewArticlesOnceAfterARefresh)
{
    const QList<ArticleId> earlier = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_TRUE(book().backfill(*book().addUserCompany(acme())).ok());
    ASSERT_TRUE(library().states().setRead(earlier, true).ok());
    // Following is not news: what is stored already is never announced.
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Company, QStringLiteral("Acme Robotics")).ok());
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Company, QStringLiteral("Foxconn")).ok());
    auto none = book().newArticlesSinceLastAnnounce();
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->news.isEmpty());

    importData(QStringLiteral("companies/acme-robotics-later.xml"));
    auto news = book().newArticlesSinceLastAnnounce();
    ASSERT_TRUE(news.ok());
    ASSERT_EQ(news->news.size(), 1); // Foxconn has nothing new
    EXPECT_EQ(news->news[0].item.name, QStringLiteral("Acme Robotics"));
    EXPECT_EQ(news->news[0].newArticles, 2);
    EXPECT_EQ(news->news[0].item.unread, 2);
    EXPECT_GT(news->upTo, 0);

    ASSERT_TRUE(book().markAnnounced(news->upTo).ok());
    EXPECT_TRUE(book().newArticlesSinceLastAnnounce()->news.isEmpty());
    // An older mark never takes the announcement back.
    ASSERT_TRUE(book().markAnnounced(1).ok());
    EXPECT_TRUE(book().newArticlesSinceLastAnnounce()->news.isEmpty());
}

TEST_F(Watchlist, FollowsASavedSearch)
{
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Search, QStringLiteral("  robotique   lang:fr ")).ok());
    QList<FollowedItem> items = followed();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].kind, FollowedItem::Kind::Search);
    EXPECT_EQ(items[0].name, QStringLiteral("robotique lang:fr"));
    EXPECT_EQ(items[0].articles, 1);
    EXPECT_EQ(items[0].unread, 1);
    ASSERT_TRUE(library().states().setRead(ids[2], true).ok());
    EXPECT_EQ(followed()[0].unread, 0);

    importData(QStringLiteral("companies/acme-robotics-later.xml"));
    auto news = book().newArticlesSinceLastAnnounce();
    ASSERT_TRUE(news.ok());
    EXPECT_TRUE(news->news.isEmpty()); // the later articles say "lyonnaise", not "robotique"
    EXPECT_TRUE(*book().unfollow(FollowedItem::Kind::Search, QStringLiteral("robotique lang:fr")));
}

TEST_F(Watchlist, ARenamedUserCompanyStaysFollowedAndARemovedOneIsUnfollowed)
{
    ASSERT_TRUE(book().addUserCompany(acme()).ok());
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Company, QStringLiteral("acme")).ok());
    ASSERT_TRUE(book().updateUserCompany(QStringLiteral("Acme Robotics"),
                                         UserCompany{QStringLiteral("Acme Robotique"), {QStringLiteral("Acme")}, false})
                    .ok());
    ASSERT_EQ(followed().size(), 1);
    EXPECT_EQ(followed()[0].name, QStringLiteral("Acme Robotique"));
    ASSERT_TRUE(book().removeUserCompany(QStringLiteral("Acme Robotique")).ok());
    EXPECT_TRUE(followed().isEmpty());
}
