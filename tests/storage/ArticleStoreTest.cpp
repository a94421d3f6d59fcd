#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "TempLibrary.h"
#include "model/KeyFacts.h"
#include "storage/ArticleStore.h"
#include "storage/EntityStore.h"
#include "storage/FeedStore.h"
#include "storage/StateStore.h"

using namespace veille;

namespace {

Article article(const QString &identity, const QString &title, const QString &text)
{
    Article a;
    a.identity = identity;
    a.title = title;
    a.text = text;
    a.html = QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
    a.language = QStringLiteral("en");
    a.keyPoints = {QStringLiteral("Point one"), QStringLiteral("Point two")};
    a.published = QDateTime(QDate(2025, 4, 10), QTime(8, 30), Qt::UTC);
    return a;
}

class ArticleStoreTest : public ::testing::Test {
protected:
    void SetUp() override { m_db = m_lib.open(); ASSERT_TRUE(m_db); }
    test::TempLibrary m_lib;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(ArticleStoreTest, StoresAndReadsBackEveryField)
{
    ArticleStore store(*m_db);
    Article a = article(QStringLiteral("guid:1"), QStringLiteral("Siemens beats forecasts"), QStringLiteral("Siemens said orders rose."));
    a.url = QStringLiteral("https://example.com/siemens");
    a.author = QStringLiteral("Jane Doe");
    auto r = store.store(a);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r->kind, StoreOutcome::Added);
    auto back = store.article(r->id);
    ASSERT_TRUE(back.ok() && back->has_value());
    const Article &b = **back;
    EXPECT_EQ(b.title, a.title);
    EXPECT_EQ(b.url, a.url);
    EXPECT_EQ(b.author, a.author);
    EXPECT_EQ(b.published, a.published);
    EXPECT_EQ(b.language, a.language);
    EXPECT_EQ(b.html, a.html);
    EXPECT_EQ(b.text, a.text);
    EXPECT_EQ(b.keyPoints, a.keyPoints);
}

TEST_F(ArticleStoreTest, StoringTheSameIdentityTwiceAddsNothing)
{
    ArticleStore store(*m_db);
    const Article a = article(QStringLiteral("url:https://x/1"), QStringLiteral("T"), QStringLiteral("Body."));
    auto first = store.store(a);
    auto second = store.store(a);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(second->kind, StoreOutcome::Unchanged);
    EXPECT_EQ(first->id, second->id);
    EXPECT_EQ(*store.count({}), 1);
}

TEST_F(ArticleStoreTest, TheContentHashChangesWithEveryShownFieldAndOnlyWithThem)
{
    const Article a = article(QStringLiteral("guid:h"), QStringLiteral("Airbus delivers"), QStringLiteral("Deliveries rose."));
    const QString hash = ArticleStore::contentHash(a);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^2:[0-9a-f]{32}$")).match(hash).hasMatch()) << hash.toStdString();
    QList<Article> changed(7, a);
    changed[0].title += u'.';
    changed[1].url = QStringLiteral("https://example.org/airbus");
    changed[2].author = QStringLiteral("Jeanne Roux");
    changed[3].html += QStringLiteral("<p></p>");
    changed[4].text = QStringLiteral("Deliveries fell.");
    changed[5].keyPoints = {a.keyPoints[1], a.keyPoints[0]};
    // The same characters cut elsewhere between two fields.
    changed[6].keyPoints = {QStringLiteral("Point onePoint"), QStringLiteral(" two")};
    QSet<QString> hashes{hash};
    for (const Article &c : changed)
        hashes.insert(ArticleStore::contentHash(c));
    EXPECT_EQ(hashes.size(), 8);
    Article sameShown = a;
    sameShown.language = QStringLiteral("fr"); // not part of what the hash covers
    EXPECT_EQ(ArticleStore::contentHash(sameShown), hash);
}

TEST_F(ArticleStoreTest, AnArticleStoredWithTheFirstVersionsHashIsUnchangedWhenStoredAgain)
{
    ArticleStore store(*m_db);
    const Article a = article(QStringLiteral("guid:v1"), QStringLiteral("Orange sells towers"), QStringLiteral("Orange sold its towers."));
    auto first = store.store(a);
    ASSERT_TRUE(first.ok());
    // What version 1 stored: SHA-1 of each field's UTF-8 followed by a unit separator.
    QCryptographicHash sha(QCryptographicHash::Sha1);
    for (const QString &part : {a.title, a.url, a.author, a.html, a.text, a.keyPoints.join(u'\n')}) {
        sha.addData(part.toUtf8());
        sha.addData(QByteArrayView("\x1f", 1));
    }
    const QString legacy = QString::fromLatin1(sha.result().toHex());
    QSqlQuery q(m_db->connection());
    const auto storeLegacyHash = [&] {
        q.finish();
        ASSERT_TRUE(q.prepare(QStringLiteral("UPDATE articles SET content_hash = ?")));
        q.addBindValue(legacy);
        ASSERT_TRUE(q.exec());
    };
    ASSERT_NO_FATAL_FAILURE(storeLegacyHash());

    EXPECT_TRUE(ArticleStore::sameContent(a, legacy, ArticleStore::contentHash(a)));
    auto again = store.store(a);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->kind, StoreOutcome::Unchanged);
    // Found the same, the stored hash is brought to the current version.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT content_hash FROM articles")) && q.next());
    EXPECT_EQ(q.value(0).toString(), ArticleStore::contentHash(a));
    ASSERT_NO_FATAL_FAILURE(storeLegacyHash());
    Article edited = a;
    edited.text += QStringLiteral(" For 2 billion euros.");
    EXPECT_FALSE(ArticleStore::sameContent(edited, legacy, ArticleStore::contentHash(edited)));
    auto updated = store.store(edited);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->kind, StoreOutcome::Updated);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT content_hash FROM articles")) && q.next());
    EXPECT_EQ(q.value(0).toString(), ArticleStore::contentHash(edited));
}

TEST_F(ArticleStoreTest, AnUpdatedArticleKeepsItsIdFavouriteAndReadState)
{
    ArticleStore store(*m_db);
    StateStore states(*m_db);
    auto first = store.store(article(QStringLiteral("guid:g"), QStringLiteral("Draft title"), QStringLiteral("Old body.")));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(states.setFavourite(first->id, true).ok());
    ASSERT_TRUE(states.setRead(first->id, true).ok());

    auto updated = store.store(article(QStringLiteral("guid:g"), QStringLiteral("Final title"), QStringLiteral("New body.")));
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->kind, StoreOutcome::Updated);
    EXPECT_EQ(updated->id, first->id);
    auto state = states.state(first->id);
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->favourite);
    EXPECT_TRUE(state->read);
    EXPECT_EQ((*store.article(first->id))->title, QStringLiteral("Final title"));
}

TEST_F(ArticleStoreTest, ListsNewestFirstAndFiltersFavouritesUnreadAndFeed)
{
    ArticleStore store(*m_db);
    StateStore states(*m_db);
    auto feed = FeedStore(*m_db).ensure(QStringLiteral("https://example.com/feed.xml"), QStringLiteral("Example"), QString());
    ASSERT_TRUE(feed.ok());
    QList<ArticleId> ids;
    for (int i = 0; i < 5; ++i) {
        Article a = article(QStringLiteral("guid:%1").arg(i), QStringLiteral("Article %1").arg(i), QStringLiteral("Text %1.").arg(i));
        a.published = QDateTime(QDate(2025, 1, 1 + i), QTime(0, 0), Qt::UTC);
        a.feedId = i < 2 ? *feed : 0;
        ids << store.store(a)->id;
    }
    auto all = store.list({});
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 5);
    EXPECT_EQ(all->first().title, QStringLiteral("Article 4"));

    ASSERT_TRUE(states.setFavourite(ids[1], true).ok());
    ASSERT_TRUE(states.setRead({ids[0], ids[1], ids[2]}, true).ok());
    ArticleFilter fav;
    fav.favouritesOnly = true;
    EXPECT_EQ(*store.count(fav), 1);
    ArticleFilter unread;
    unread.unreadOnly = true;
    EXPECT_EQ(*store.count(unread), 2);
    ArticleFilter byFeed;
    byFeed.feedId = *feed;
    auto feedList = store.list(byFeed);
    ASSERT_EQ(feedList->size(), 2);
    EXPECT_EQ(feedList->first().feedTitle, QStringLiteral("Example"));

    ArticleFilter page;
    page.limit = 2;
    page.offset = 2;
    auto second = store.list(page);
    ASSERT_EQ(second->size(), 2);
    EXPECT_EQ(second->first().title, QStringLiteral("Article 2"));
}

TEST_F(ArticleStoreTest, StateChangesOnAMissingArticleAreErrors)
{
    StateStore states(*m_db);
    EXPECT_FALSE(states.setFavourite(12345, true).ok());
    EXPECT_FALSE(states.state(12345).ok());
}

TEST_F(ArticleStoreTest, FeedUnreadCountsFollowReadState)
{
    FeedStore feeds(*m_db);
    ArticleStore store(*m_db);
    auto feed = feeds.ensure(QStringLiteral("https://example.com/rss"), QStringLiteral("Finance"), QStringLiteral("https://example.com"));
    Article a = article(QStringLiteral("guid:a"), QStringLiteral("A"), QStringLiteral("a."));
    a.feedId = *feed;
    auto id = store.store(a);
    auto list = feeds.feeds();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().unread, 1);
    EXPECT_EQ(list->first().siteUrl, QStringLiteral("https://example.com"));
    ASSERT_TRUE(StateStore(*m_db).setRead(id->id, true).ok());
    EXPECT_EQ(feeds.feeds()->first().unread, 0);
    // Importing the feed again with no title keeps the known title.
    ASSERT_EQ(*feeds.ensure(QStringLiteral("https://example.com/rss"), QString(), QString()), *feed);
    EXPECT_EQ(feeds.feeds()->first().title, QStringLiteral("Finance"));
}

TEST_F(ArticleStoreTest, EntityIndexCountsArticlesPerCompany)
{
    ArticleStore store(*m_db);
    EntityStore entities(*m_db);
    KeyFacts facts;
    Entity foxconn;
    foxconn.type = EntityType::Company;
    foxconn.name = QStringLiteral("Foxconn");
    foxconn.aliases = {QStringLiteral("Hon Hai")};
    foxconn.mentions = {{0, 7}, {20, 27}};
    Entity money;
    money.type = EntityType::Money;
    money.text = QStringLiteral("20 milliards de dollars");
    money.value = 2e10;
    money.currency = QStringLiteral("USD");
    facts.entities = {foxconn, money};
    for (int i = 0; i < 3; ++i) {
        auto id = store.store(article(QStringLiteral("guid:f%1").arg(i), QStringLiteral("F"), QStringLiteral("Foxconn %1").arg(i)));
        ASSERT_TRUE(entities.saveFacts(id->id, facts, 1).ok());
        // Saving twice replaces, it does not double count.
        ASSERT_TRUE(entities.saveFacts(id->id, facts, 1).ok());
    }
    auto companies = entities.companies();
    ASSERT_TRUE(companies.ok());
    ASSERT_EQ(companies->size(), 1);
    EXPECT_EQ(companies->first().name, QStringLiteral("Foxconn"));
    EXPECT_EQ(companies->first().articles, 3);
    EXPECT_EQ(companies->first().aliases, QStringList{QStringLiteral("Hon Hai")});

    auto back = entities.facts(1, 1);
    ASSERT_TRUE(back.ok() && back->has_value());
    ASSERT_EQ((*back)->entities.size(), 2);
    EXPECT_EQ((*back)->entities[1].value, 2e10);
    EXPECT_EQ((*back)->entities[0].mentions[1], (Span{20, 27}));
    EXPECT_TRUE(entities.staleArticles(1)->isEmpty());
    EXPECT_EQ(entities.staleArticles(2)->size(), 3);
}

namespace {

int matches(Database &db, const QString &expression)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"));
    q.addBindValue(expression);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

bool indexIsSound(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"));
}

} // namespace

TEST_F(ArticleStoreTest, TheIndexOfABigImportHoldsEveryArticleThroughUpdatesAndRemovals)
{
    ArticleStore store(*m_db);
    auto feed = FeedStore(*m_db).ensure(QStringLiteral("https://example.org/feed"), QStringLiteral("Feed"), {});
    ASSERT_TRUE(feed.ok());
    QList<ArticleId> ids;
    auto done = m_db->transaction([&]() -> Result<void> {
        for (int i = 0; i < 450; ++i) {
            Article a = article(QStringLiteral("guid:%1").arg(i), QStringLiteral("Dispatch %1").arg(i),
                                QStringLiteral("Copper prices moved in session %1.").arg(i));
            a.feedId = *feed;
            auto stored = store.store(a);
            if (!stored)
                return stored.error();
            ids << stored->id;
        }
        // Rewritten and removed while still waiting to be indexed, and after.
        for (int i : {3, 210, 449}) {
            auto stored = store.store(article(QStringLiteral("guid:%1").arg(i), QStringLiteral("Dispatch %1").arg(i),
                                              QStringLiteral("Nickel took the lead in session %1.").arg(i)));
            if (!stored)
                return stored.error();
        }
        return FeedStore(*m_db).retire(*feed, {ids.at(5), ids.at(448)});
    });
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_TRUE(indexIsSound(*m_db));
    EXPECT_EQ(matches(*m_db, QStringLiteral("copper")), 448 - 3);
    EXPECT_EQ(matches(*m_db, QStringLiteral("nickel")), 3);
    EXPECT_EQ(matches(*m_db, QStringLiteral("dispatch")), 448);
}

TEST_F(ArticleStoreTest, NothingOfAnImportThatRollsBackStaysInTheIndex)
{
    ArticleStore store(*m_db);
    ASSERT_TRUE(store.store(article(QStringLiteral("guid:kept"), QStringLiteral("Kept"), QStringLiteral("Zinc output rose."))).ok());
    auto failed = m_db->transaction([&]() -> Result<void> {
        for (int i = 0; i < 250; ++i) {
            auto stored = store.store(article(QStringLiteral("guid:%1").arg(i), QStringLiteral("Lost %1").arg(i),
                                              QStringLiteral("Zinc output fell.")));
            if (!stored)
                return stored.error();
        }
        return makeError(ErrorCode::FileUnreadable);
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(indexIsSound(*m_db));
    EXPECT_EQ(matches(*m_db, QStringLiteral("zinc")), 1);
    // And the next import indexes from a clean queue.
    ASSERT_TRUE(store.store(article(QStringLiteral("guid:next"), QStringLiteral("Next"), QStringLiteral("Zinc again."))).ok());
    EXPECT_EQ(matches(*m_db, QStringLiteral("zinc")), 2);
    EXPECT_TRUE(indexIsSound(*m_db));
}

TEST_F(ArticleStoreTest, ListItemsComeInTheOrderAskedWithTheirFeedAndState)
{
    ArticleStore store(*m_db);
    auto feed = FeedStore(*m_db).ensure(QStringLiteral("https://example.org/feed"), QStringLiteral("Wire"), {});
    ASSERT_TRUE(feed.ok());
    QList<ArticleId> ids;
    for (int i = 0; i < 3; ++i) {
        Article a = article(QStringLiteral("guid:%1").arg(i), QStringLiteral("Title %1").arg(i), QStringLiteral("Text."));
        a.feedId = i == 1 ? *feed : 0;
        auto stored = store.store(a);
        ASSERT_TRUE(stored.ok());
        ids << stored->id;
    }
    ASSERT_TRUE(StateStore(*m_db).setFavourite(ids.at(2), true).ok());

    auto items = store.listItems({ids.at(2), 9999, ids.at(0), ids.at(1)});
    ASSERT_TRUE(items.ok()) << items.errorMessage().toStdString();
    ASSERT_EQ(items->size(), 3);
    EXPECT_EQ(items->at(0).id, ids.at(2));
    EXPECT_TRUE(items->at(0).favourite);
    EXPECT_EQ(items->at(1).id, ids.at(0));
    EXPECT_EQ(items->at(2).feedTitle, QStringLiteral("Wire"));
    EXPECT_EQ(items->at(2).title, QStringLiteral("Title 1"));
    EXPECT_EQ(items->at(2).published, QDateTime(QDate(2025, 4, 10), QTime(8, 30), Qt::UTC));
}

// An encoded article waits in the import's queue and in the full-text batch, a thousand at
// a time: its long columns are held at their size, not with the room toUtf8() keeps for
// three bytes a character (about 13 KB too much an article on tools/bench's feed).
TEST(ArticleStoreEncode, TheLongColumnsAreHeldAtTheirSize)
{
    QString text;
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("Le chiffre d'affaires de Siemens a progressé de 4 % au trimestre. ");
    const ArticleStore::Encoded e = ArticleStore::encode(article(QStringLiteral("guid:1"), QStringLiteral("Siemens"), text));
    EXPECT_EQ(e.text, text.toUtf8());
    EXPECT_EQ(QString::fromUtf8(e.html), QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>"));
    EXPECT_LE(e.text.capacity(), e.text.size() + 64) << e.text.size();
    EXPECT_LE(e.html.capacity(), e.html.size() + 64) << e.html.size();
}
