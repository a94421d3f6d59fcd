#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "../storage/TempLibrary.h"
#include "facts/FactsEngine.h"
#include "storage/AccountStore.h"
#include "storage/SyncStore.h"
#include "sync/SecretStore.h"
#include "update/Library.h"

using namespace veille;

namespace {

class SyncStorageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    // One article of an account's feed, tied to server article `remoteId`.
    ArticleId serverArticle(AccountId account, qint64 remoteId)
    {
        SyncStore sync(m_library->database());
        const FeedId feed = *sync.ensureFeed(account, "7", "Wire", "https://wire.example/rss", "News");
        Article a;
        a.identity = QStringLiteral("guid:sync:%1:%2").arg(account).arg(remoteId);
        a.title = QStringLiteral("Story %1").arg(remoteId);
        a.text = QStringLiteral("Body.");
        a.feedId = feed;
        const auto stored = m_library->articles().store(a);
        EXPECT_TRUE(stored.ok());
        EXPECT_TRUE(sync.link(account, stored->id, remoteId, ArticleState{}));
        return stored->id;
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_library->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    const FactsEngine m_facts;
    test::TempLibrary m_lib;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(SyncStorageTest, AnAccountIsAddedOnceAndListedWithoutAPassword)
{
    AccountStore accounts(m_library->database());
    const auto id = accounts.add("ttrss", "https://rss.example/", "me");
    ASSERT_TRUE(id);
    const auto again = accounts.add("ttrss", "https://rss.example/", "me");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::AccountExists);
    ASSERT_TRUE(accounts.add("ttrss", "https://rss.example/", "you"));
    const auto all = accounts.accounts();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->first().user, "me");
    EXPECT_FALSE(all->first().lastSync.isValid());
    EXPECT_EQ(count("SELECT count(*) FROM accounts WHERE url LIKE '%pass%'"), 0);
}

TEST_F(SyncStorageTest, ASyncsOutcomeIsKept)
{
    AccountStore accounts(m_library->database());
    const AccountId id = *accounts.add("ttrss", "https://rss.example/", "me");
    ASSERT_TRUE(accounts.recordSync(id, makeError(ErrorCode::ConnectionRefused, "rss.example")));
    EXPECT_EQ(accounts.account(id)->value().lastError.code, ErrorCode::ConnectionRefused);
    EXPECT_FALSE(accounts.account(id)->value().lastSync.isValid());
    ASSERT_TRUE(accounts.recordSync(id, Error{}));
    EXPECT_TRUE(accounts.account(id)->value().lastError.isNone());
    EXPECT_TRUE(accounts.account(id)->value().lastSync.isValid());
}

TEST_F(SyncStorageTest, RemovingAnAccountThatIsNotThereSaysSo)
{
    const auto r = AccountStore(m_library->database()).remove(42);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::AccountNotFound);
}

TEST_F(SyncStorageTest, ChangingAFlagOfAServerArticleQueuesItsLatestValue)
{
    const AccountId account = *AccountStore(m_library->database()).add("ttrss", "https://rss.example/", "me");
    const ArticleId a = serverArticle(account, 5);
    ASSERT_TRUE(m_library->states().setRead(a, true));
    ASSERT_TRUE(m_library->states().setFavourite(a, true));
    ASSERT_TRUE(m_library->states().setFavourite(a, false));
    const auto queue = SyncStore(m_library->database()).queue(account);
    ASSERT_EQ(queue->size(), 2);
    for (const QueuedChange &c : *queue) {
        EXPECT_EQ(c.remoteId, 5);
        EXPECT_EQ(c.value, c.field == QueuedChange::Field::Read);
    }
}

TEST_F(SyncStorageTest, ArticlesOfNoAccountAreNeverQueued)
{
    Article a;
    a.identity = "guid:mine";
    a.title = "Mine";
    const auto stored = m_library->articles().store(a);
    ASSERT_TRUE(m_library->states().setFavourite(stored->id, true));
    EXPECT_EQ(count("SELECT count(*) FROM sync_queue"), 0);
}

TEST_F(SyncStorageTest, TheServersFlagsAreAppliedWithoutBeingQueuedBack)
{
    const AccountId account = *AccountStore(m_library->database()).add("ttrss", "https://rss.example/", "me");
    const ArticleId a = serverArticle(account, 5);
    SyncStore sync(m_library->database());
    ASSERT_TRUE(sync.applyServer(a, ArticleState{.favourite = true, .read = true}));
    EXPECT_TRUE(m_library->states().state(a)->favourite);
    EXPECT_EQ(count("SELECT count(*) FROM sync_queue"), 0);
    EXPECT_EQ(count("SELECT favourite + read FROM remote_articles"), 2);
    ASSERT_TRUE(m_library->states().setRead(a, false));
    EXPECT_EQ(count("SELECT count(*) FROM sync_queue"), 1) << "a user change after it is queued again";
}

TEST_F(SyncStorageTest, AConfirmationLeavesANewerChangeOfTheOtherValueQueued)
{
    const AccountId account = *AccountStore(m_library->database()).add("ttrss", "https://rss.example/", "me");
    const ArticleId a = serverArticle(account, 5);
    ASSERT_TRUE(m_library->states().setRead(a, true));
    SyncStore sync(m_library->database());
    const QueuedChange pushed = sync.queue(account)->first();
    ASSERT_TRUE(m_library->states().setRead(a, false)); // while the push was on its way
    ASSERT_TRUE(sync.confirm(pushed));
    ASSERT_EQ(sync.queue(account)->size(), 1);
    EXPECT_FALSE(sync.queue(account)->first().value);
}

TEST_F(SyncStorageTest, AServerFeedKeepsOnlyWebAddressesAndFollowsTheServersTitleAndFolder)
{
    const AccountId account = *AccountStore(m_library->database()).add("ttrss", "https://rss.example/", "me");
    SyncStore sync(m_library->database());
    bool changed = false;
    const FeedId feed = *sync.ensureFeed(account, "3", "Wire", "javascript:alert(1)", "News", &changed);
    EXPECT_TRUE(changed);
    EXPECT_EQ(count("SELECT count(*) FROM feeds WHERE remote_url = ''"), 1);
    changed = false;
    EXPECT_EQ(*sync.ensureFeed(account, "3", "Wire", "javascript:alert(1)", "News", &changed), feed);
    EXPECT_FALSE(changed);
    EXPECT_EQ(*sync.ensureFeed(account, "3", "The Wire", "https://wire.example/rss", "Daily", &changed), feed);
    EXPECT_TRUE(changed);
    const auto stored = m_library->feeds().feed(feed);
    EXPECT_EQ((*stored)->title, "The Wire");
    EXPECT_EQ((*stored)->folder, "Daily");
    EXPECT_TRUE(m_library->feeds().webFeeds()->isEmpty());
}

TEST_F(SyncStorageTest, APasswordWithoutKeychainGoesToAFileOnlyTheUserCanRead)
{
    SecretStore secrets(SecretStore::fileFor(m_lib.path()));
    Error warning;
    ASSERT_TRUE(secrets.store("ttrss me@https://rss.example/", "p4ss", &warning));
    EXPECT_EQ(warning.code, ErrorCode::PasswordInFile);
    EXPECT_EQ(warning.detail, secrets.file());
    EXPECT_EQ(QFile(secrets.file()).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
              QFileDevice::Permissions());
    EXPECT_EQ(*secrets.secret("ttrss me@https://rss.example/"), "p4ss");
    EXPECT_EQ(count("SELECT count(*) FROM accounts"), 0);
    ASSERT_TRUE(secrets.remove("ttrss me@https://rss.example/"));
    EXPECT_EQ(secrets.secret("ttrss me@https://rss.example/").error().code, ErrorCode::PasswordMissing);
    EXPECT_TRUE(secrets.remove("never stored"));
}

TEST_F(SyncStorageTest, ASecretsFileThatIsNotJsonIsAnErrorNotAnEmptyStore)
{
    SecretStore secrets(SecretStore::fileFor(m_lib.path()));
    QFile f(secrets.file());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("garbage");
    f.close();
    EXPECT_EQ(secrets.secret("x").error().code, ErrorCode::MalformedJson);
    EXPECT_FALSE(secrets.store("x", "y"));
}

TEST_F(SyncStorageTest, TheSchemaStepAddsTheSyncTablesToAnExistingLibrary)
{
    EXPECT_EQ(m_library->database().version(), Database::latestVersion());
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_master WHERE name IN ('accounts', 'remote_articles', 'sync_queue')"), 3);
}
