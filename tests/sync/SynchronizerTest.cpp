#include "SyncFixture.h"

#include "storage/SyncStore.h"

using namespace veille;
using veille::test::HttpResponse;
using veille::test::SyncFixture;

namespace {

const QString kNvidia = QStringLiteral("<p>Nvidia reported record data-centre revenue on Wednesday, and its shares rose.</p>");

class SynchronizerTest : public SyncFixture {
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        m_markets = m_server.addCategory("Markets");
        m_wire = m_server.addFeed("Chip Wire", "https://chips.example/rss", m_markets);
        m_a = m_server.addArticle(m_wire, "Nvidia beats forecasts", kNvidia);
        m_b = m_server.addArticle(m_wire, "Foundries expand", "<p>TSMC opens a new plant in Arizona.</p>");
    }

    qint64 m_markets = 0, m_wire = 0, m_a = 0, m_b = 0;
};

} // namespace

TEST_F(SynchronizerTest, AFirstSyncMakesFoldersFeedsAndSearchableArticles)
{
    const SyncReport r = sync();
    ASSERT_TRUE(r.error.isNone()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.feeds, 1);
    EXPECT_EQ(r.newArticles, 2);
    const auto feeds = m_library->feeds().feeds();
    ASSERT_EQ(feeds->size(), 1);
    EXPECT_EQ(feeds->first().title, "Chip Wire");
    EXPECT_EQ(feeds->first().folder, "Markets");
    EXPECT_FALSE(feeds->first().url.startsWith("http")) << "a refresh must not fetch what the server fetches";
    // Stored through the one storing path: full text, key facts, company index.
    const auto hits = m_library->search(QStringLiteral("company:nvidia"), 10);
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, local(m_a));
    EXPECT_EQ(m_library->search(QStringLiteral("arizona"), 10)->size(), 1);
    const auto stored = m_library->articles().article(local(m_a));
    EXPECT_EQ((*stored)->url, QStringLiteral("https://news.example/%1.html").arg(m_a));
    EXPECT_TRUE(account().lastSync.isValid());
    EXPECT_TRUE(account().lastError.isNone());
}

TEST_F(SynchronizerTest, AWebFeedOfOnesOwnIsNotTouchedAndARefreshSkipsTheAccountsFeeds)
{
    ASSERT_TRUE(m_library->feeds().ensure("https://chips.example/rss", "Mine", QString()));
    ASSERT_TRUE(sync().error.isNone());
    EXPECT_EQ(m_library->feeds().feeds()->size(), 2);
    EXPECT_EQ(m_library->feeds().webFeeds()->size(), 1);
}

TEST_F(SynchronizerTest, SyncingTwiceChangesNothing)
{
    ASSERT_TRUE(sync().error.isNone());
    const int articles = count("SELECT count(*) FROM articles");
    const SyncReport again = sync();
    ASSERT_TRUE(again.error.isNone());
    EXPECT_EQ(again.newArticles, 0);
    EXPECT_EQ(again.pushed, 0);
    EXPECT_EQ(again.pulled, 0);
    EXPECT_EQ(count("SELECT count(*) FROM articles"), articles);
    EXPECT_EQ(queued(), 0);
}

TEST_F(SynchronizerTest, AnIncrementalSyncAsksOnlyForWhatIsNewer)
{
    ASSERT_TRUE(sync().error.isNone());
    EXPECT_EQ(account().sinceId, m_b);
    const qint64 c = m_server.addArticle(m_wire, "Third", "<p>Samsung follows.</p>");
    const SyncReport r = sync();
    EXPECT_EQ(r.newArticles, 1);
    EXPECT_NE(local(c), 0);
    EXPECT_EQ(account().sinceId, c);
}

TEST_F(SynchronizerTest, ManyArticlesArriveOverSeveralPages)
{
    for (int i = 0; i < 430; ++i)
        m_server.addArticle(m_wire, QStringLiteral("Bulk %1").arg(i), QStringLiteral("<p>Item %1 of a long day.</p>").arg(i));
    const SyncReport r = sync();
    ASSERT_TRUE(r.error.isNone());
    EXPECT_EQ(r.newArticles, 432);
    EXPECT_EQ(m_server.calls("getArticle"), 0) << "nothing was missing after the pages";
}

TEST_F(SynchronizerTest, ReadAndStarredOnTheServerArePulled)
{
    ASSERT_TRUE(sync().error.isNone());
    m_server.setUnread(m_a, false);
    m_server.setMarked(m_b, true);
    const SyncReport r = sync();
    EXPECT_EQ(r.pulled, 2);
    EXPECT_TRUE(state(m_a).read);
    EXPECT_TRUE(state(m_b).favourite);
    EXPECT_EQ(queued(), 0) << "what the server said is not sent back";
}

TEST_F(SynchronizerTest, NewArticlesArriveWithTheServersFlags)
{
    m_server.setUnread(m_a, false);
    m_server.setMarked(m_a, true);
    ASSERT_TRUE(sync().error.isNone());
    EXPECT_TRUE(state(m_a).read);
    EXPECT_TRUE(state(m_a).favourite);
    EXPECT_FALSE(state(m_b).read);
    EXPECT_EQ(queued(), 0);
}

TEST_F(SynchronizerTest, ChangesMadeInVeilleAreQueuedThenPushed)
{
    ASSERT_TRUE(sync().error.isNone());
    ASSERT_TRUE(m_library->states().setFavourite(local(m_a), true));
    ASSERT_TRUE(m_library->states().setRead(local(m_b), true));
    EXPECT_EQ(queued(), 2);
    const SyncReport r = sync();
    ASSERT_TRUE(r.error.isNone());
    EXPECT_EQ(r.pushed, 2);
    EXPECT_EQ(r.pulled, 0);
    EXPECT_TRUE(m_server.article(m_a).marked);
    EXPECT_FALSE(m_server.article(m_b).unread);
    EXPECT_EQ(queued(), 0);
}

TEST_F(SynchronizerTest, OnlyTheLatestLocalChangeOfAFlagIsSent)
{
    ASSERT_TRUE(sync().error.isNone());
    ASSERT_TRUE(m_library->states().setRead(local(m_a), true));
    ASSERT_TRUE(m_library->states().setRead(local(m_a), false));
    EXPECT_EQ(queued(), 1);
    m_server.setUnread(m_a, false); // read elsewhere meanwhile
    ASSERT_TRUE(sync().error.isNone());
    EXPECT_TRUE(m_server.article(m_a).unread) << "unread here is the latest change";
    EXPECT_FALSE(state(m_a).read);
}

TEST_F(SynchronizerTest, StarredOnTheServerWinsOverUnstarredHere)
{
    m_server.setMarked(m_a, true);
    ASSERT_TRUE(sync().error.isNone());
    ASSERT_TRUE(state(m_a).favourite);
    // Unstarred here, offline; starred again elsewhere would be the same: the server keeps
    // it starred since the last sync, so the unstar is pushed.
    ASSERT_TRUE(m_library->states().setFavourite(local(m_a), false));
    ASSERT_TRUE(sync().error.isNone());
    EXPECT_FALSE(m_server.article(m_a).marked) << "an unstar of a star both sides knew goes through";
    // Now starred on the server after the last sync while unstarred here: starred wins.
    ASSERT_TRUE(m_library->states().setFavourite(local(m_b), true));
    ASSERT_TRUE(m_library->states().setFavourite(local(m_b), false));
    m_server.setMarked(m_b, true);
    const SyncReport r = sync();
    ASSERT_TRUE(r.error.isNone());
    EXPECT_TRUE(m_server.article(m_b).marked);
    EXPECT_TRUE(state(m_b).favourite);
    EXPECT_EQ(queued(), 0);
}

TEST_F(SynchronizerTest, AServerFailingMidwayLosesNothingAndTheQueueStays)
{
    ASSERT_TRUE(sync().error.isNone());
    ASSERT_TRUE(m_library->states().setFavourite(local(m_a), true));
    const qint64 c = m_server.addArticle(m_wire, "Third", "<p>Samsung follows.</p>");
    // The pushes fail: new articles are stored, the change stays queued.
    m_server.fail("updateArticle", HttpResponse::status_(500));
    const SyncReport failed = sync();
    EXPECT_EQ(failed.error.code, ErrorCode::HttpStatus);
    EXPECT_NE(local(c), 0);
    EXPECT_EQ(queued(), 1);
    EXPECT_TRUE(state(m_a).favourite) << "the pull did not run over the change";
    EXPECT_EQ(account().lastError.code, ErrorCode::HttpStatus);
    m_server.heal();
    const SyncReport healed = sync();
    ASSERT_TRUE(healed.error.isNone());
    EXPECT_EQ(healed.pushed, 1);
    EXPECT_TRUE(m_server.article(m_a).marked);
    EXPECT_EQ(queued(), 0);
    EXPECT_TRUE(account().lastError.isNone());
}

TEST_F(SynchronizerTest, APageCutOffDoesNotMoveTheNewestIdSoTheNextSyncAsksAgain)
{
    for (int i = 0; i < 250; ++i)
        m_server.addArticle(m_wire, QStringLiteral("Bulk %1").arg(i), QStringLiteral("<p>Item %1.</p>").arg(i));
    // login, getCategories, getFeeds, first getHeadlines pass; then everything fails.
    m_server.failAfter(4);
    const SyncReport failed = sync();
    EXPECT_FALSE(failed.error.isNone());
    EXPECT_EQ(failed.newArticles, 200);
    EXPECT_EQ(account().sinceId, 0);
    m_server.heal();
    const SyncReport healed = sync();
    ASSERT_TRUE(healed.error.isNone());
    EXPECT_EQ(healed.newArticles, 52);
    EXPECT_EQ(count("SELECT count(*) FROM remote_articles"), 252);
}

TEST_F(SynchronizerTest, ABrokenAnswerIsNotHalfApplied)
{
    m_server.fail("getFeeds", HttpResponse::ok("{\"seq\":0,\"status\":0,\"content\":[{\"id\":1,\"title\":\"A\"},{\"title\":3}]}",
                                               "text/json"));
    const SyncReport r = sync();
    EXPECT_EQ(r.error.code, ErrorCode::SyncBadAnswer);
    EXPECT_EQ(m_library->feeds().feeds()->size(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM articles"), 0);
}

TEST_F(SynchronizerTest, AnExpiredSessionMidSyncIsRenewed)
{
    m_server.fail("getHeadlines", HttpResponse::ok(R"({"seq":0,"status":1,"content":{"error":"NOT_LOGGED_IN"}})", "text/json"), 1);
    const SyncReport r = sync();
    ASSERT_TRUE(r.error.isNone()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.newArticles, 2);
}

TEST_F(SynchronizerTest, AddressesThatAreNotWebAddressesAreNotStored)
{
    const qint64 odd = m_server.addFeed("Odd", "file:///etc/passwd");
    const qint64 js = m_server.addArticle(odd, "Odd link", "<p>Hello.</p>", "javascript:alert(1)");
    ASSERT_TRUE(sync().error.isNone());
    const auto stored = m_library->articles().article(local(js));
    ASSERT_TRUE(stored && stored->has_value());
    EXPECT_EQ((*stored)->url, "");
    EXPECT_EQ(count("SELECT count(*) FROM feeds WHERE remote_url LIKE 'file:%' OR url LIKE 'file:%'"), 0);
}

TEST_F(SynchronizerTest, AFeedGoneFromTheServerGoesButItsFavouritesStay)
{
    ASSERT_TRUE(sync().error.isNone());
    ASSERT_TRUE(m_library->states().setFavourite(local(m_a), true));
    ASSERT_TRUE(sync().error.isNone()); // pushed: starred on the server too
    const ArticleId kept = local(m_a);
    m_server.removeFeed(m_wire);
    ASSERT_TRUE(sync().error.isNone());
    EXPECT_EQ(m_library->feeds().feeds()->size(), 0);
    const auto article = m_library->articles().article(kept);
    ASSERT_TRUE(article && article->has_value());
    EXPECT_EQ((*article)->feedId, 0);
    EXPECT_EQ(count("SELECT count(*) FROM articles"), 1);
}

TEST_F(SynchronizerTest, AnUnreadArticleThePagesMissedIsFetchedById)
{
    ASSERT_TRUE(sync().error.isNone());
    // An article whose id is below the newest one already stored (the server's pages go
    // by date): only the unread list shows it.
    const qint64 c = m_server.addArticle(m_wire, "Late", "<p>Late news about Intel.</p>");
    ASSERT_TRUE(AccountStore(m_library->database()).setSinceId(m_account, c));
    const SyncReport r = sync();
    ASSERT_TRUE(r.error.isNone());
    EXPECT_EQ(r.newArticles, 1);
    EXPECT_EQ(m_server.calls("getArticle"), 1);
    EXPECT_NE(local(c), 0);
}

TEST_F(SynchronizerTest, RemovingTheAccountKeepsFavouritesAsImportedArticles)
{
    ASSERT_TRUE(sync().error.isNone());
    ASSERT_TRUE(m_library->states().setFavourite(local(m_b), true));
    const ArticleId kept = local(m_b);
    const QString key = account().secretKey();
    const auto removed = m_accounts->remove(m_account);
    ASSERT_TRUE(removed);
    EXPECT_EQ(*removed, 1);
    EXPECT_EQ(m_library->feeds().feeds()->size(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM articles"), 1);
    EXPECT_TRUE(m_library->states().state(kept)->favourite);
    EXPECT_EQ(count("SELECT count(*) FROM accounts"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM sync_queue"), 0);
    EXPECT_EQ(m_secrets->secret(key).error().code, ErrorCode::PasswordMissing);
    EXPECT_EQ(m_library->search(QStringLiteral("arizona"), 10)->size(), 1) << "still found";
    EXPECT_EQ(m_library->search(QStringLiteral("nvidia"), 10)->size(), 0);
}

TEST_F(SynchronizerTest, OneAccountFailingDoesNotStopTheOthers)
{
    test::FakeTtRss other;
    ASSERT_TRUE(m_accounts->add(Account::kTtRss, other.url(), other.user, other.password, true));
    other.addArticle(other.addFeed("Other", "https://other.example/rss"), "Other news", "<p>Airbus.</p>");
    m_server.fail("login", HttpResponse::status_(502));
    const QList<SyncReport> reports = m_accounts->syncAll();
    ASSERT_EQ(reports.size(), 2);
    EXPECT_EQ(reports.at(0).error.code, ErrorCode::HttpStatus);
    EXPECT_TRUE(reports.at(1).error.isNone());
    EXPECT_EQ(reports.at(1).newArticles, 1);
}

TEST_F(SynchronizerTest, AStarredArticleArchivedOnTheServerArrivesAsAnArticleOfNoFeed)
{
    const qint64 gone = m_server.addFeed("Gone", "https://gone.example/rss");
    const qint64 kept = m_server.addArticle(gone, "Kept for its star", "<p>Airbus delivers.</p>");
    m_server.setMarked(kept, true);
    m_server.removeFeed(gone);
    ASSERT_TRUE(sync().error.isNone());
    const auto article = m_library->articles().article(local(kept));
    ASSERT_TRUE(article && article->has_value());
    EXPECT_EQ((*article)->feedId, 0);
    EXPECT_TRUE(state(kept).favourite);
    EXPECT_EQ(m_library->feeds().feeds()->size(), 1);
}

TEST_F(SynchronizerTest, AnArticleTheServerChangedReplacesItsStoredVersionAtTheNextSync)
{
    ASSERT_TRUE(sync().error.isNone());
    const ArticleId before = local(m_a);
    m_server.changeArticle(m_a, "Nvidia beats forecasts again",
                           "<p>Nvidia raised its guidance; Foxconn builds the servers.</p>", m_server.article(m_b).updated + 600);
    const SyncReport r = sync();
    ASSERT_TRUE(r.error.isNone()) << r.error.debugText().toStdString();
    EXPECT_EQ(r.newArticles, 0);
    EXPECT_EQ(r.changed, 1);
    EXPECT_EQ(local(m_a), before) << "the same article, not a second one";
    EXPECT_EQ((*m_library->articles().article(before))->title, "Nvidia beats forecasts again");
    // Its new text is searched and its key facts are the new version's.
    EXPECT_EQ(m_library->search(QStringLiteral("guidance"), 10)->size(), 1);
    EXPECT_EQ(m_library->search(QStringLiteral("company:foxconn"), 10)->size(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM articles"), 2);
}

TEST_F(SynchronizerTest, AnUnchangedLibraryAsksOnlyOnePageOfStamps)
{
    ASSERT_TRUE(sync().error.isNone());
    const int before = m_server.calls("getArticle");
    const SyncReport again = sync();
    ASSERT_TRUE(again.error.isNone());
    EXPECT_EQ(again.changed, 0);
    EXPECT_EQ(m_server.calls("getArticle"), before) << "nothing changed, nothing fetched again";
}

TEST_F(SynchronizerTest, AChangedArticleKeepsTheFlagsChangedHereAndPushesThem)
{
    ASSERT_TRUE(sync().error.isNone());
    ASSERT_TRUE(m_library->states().setFavourite(local(m_a), true));
    m_server.changeArticle(m_a, "Nvidia beats forecasts (updated)", kNvidia, m_server.article(m_b).updated + 60);
    const SyncReport r = sync();
    ASSERT_TRUE(r.error.isNone());
    EXPECT_EQ(r.changed, 1);
    EXPECT_EQ(r.pushed, 1);
    EXPECT_TRUE(state(m_a).favourite);
    EXPECT_TRUE(m_server.article(m_a).marked);
}

TEST_F(SynchronizerTest, ArticlesSyncedBeforeStampsWereKeptTakeTheirStampWithoutBeingFetchedAgain)
{
    ASSERT_TRUE(sync().error.isNone());
    count(QStringLiteral("UPDATE remote_articles SET updated = 0"));
    const int before = m_server.calls("getArticle");
    const SyncReport r = sync();
    ASSERT_TRUE(r.error.isNone());
    EXPECT_EQ(r.changed, 0);
    EXPECT_EQ(m_server.calls("getArticle"), before);
    EXPECT_EQ(count("SELECT count(*) FROM remote_articles WHERE updated = 0"), 0);
}
