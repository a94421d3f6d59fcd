#include "SyncFixture.h"
#include "fetch/NetTestSupport.h"
#include "gui/SyncRunner.h"

using namespace veille;
using veille::app::SyncRunner;

namespace {

class SyncRunnerTest : public test::SyncFixture {};

} // namespace

TEST_F(SyncRunnerTest, TheWindowsSyncRunsOffItsThreadAndReportsEachAccount)
{
    m_server.addArticle(m_server.addFeed("Wire", "https://wire.example/rss"), "Nvidia", "<p>Nvidia grows.</p>");
    SyncRunner runner(*m_library);
    ASSERT_TRUE(runner.hasAccounts());
    QStringList servers;
    int added = -1, failed = -1;
    QObject::connect(&runner, &SyncRunner::accountDone, [&](const QString &server, int, const Error &error) {
        servers << server;
        EXPECT_TRUE(error.isNone()) << error.debugText().toStdString();
    });
    QObject::connect(&runner, &SyncRunner::finished, [&](int a, int f) {
        added = a;
        failed = f;
    });
    runner.start();
    ASSERT_TRUE(test::waitUntil([&] { return added >= 0; }));
    EXPECT_EQ(added, 1);
    EXPECT_EQ(failed, 0);
    EXPECT_EQ(servers, QStringList{m_server.url()});
    EXPECT_FALSE(runner.isRunning());
    EXPECT_EQ(m_library->search(QStringLiteral("company:nvidia"), 5)->size(), 1);
}

TEST_F(SyncRunnerTest, AFailedAccountIsReportedWithItsError)
{
    m_server.fail("login", test::HttpResponse::status_(503));
    SyncRunner runner(*m_library);
    Error seen;
    int failed = -1;
    QObject::connect(&runner, &SyncRunner::accountDone, [&](const QString &, int, const Error &error) { seen = error; });
    QObject::connect(&runner, &SyncRunner::finished, [&](int, int f) { failed = f; });
    runner.start();
    ASSERT_TRUE(test::waitUntil([&] { return failed >= 0; }));
    EXPECT_EQ(failed, 1);
    EXPECT_EQ(seen.code, ErrorCode::HttpStatus);
}

TEST_F(SyncRunnerTest, WithoutAccountsNothingStarts)
{
    ASSERT_TRUE(m_accounts->remove(m_account));
    SyncRunner runner(*m_library);
    EXPECT_FALSE(runner.hasAccounts());
    runner.start();
    EXPECT_FALSE(runner.isRunning());
}

TEST_F(SyncRunnerTest, OnTheWindowsWriterTheSyncStoresAndAMarkReadPassesWhileItWaits)
{
    // As the window opens its library: the sync is a job of the writer thread, and waits
    // for the server there; a priority write posted meanwhile does not wait for the sync.
    m_server.addArticle(m_server.addFeed("Wire", "https://wire.example/rss"), "Nvidia", "<p>Nvidia grows.</p>");
    m_accounts.reset();
    m_library.reset();
    auto opened = Library::openWithWriter(m_lib.path(), m_facts);
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    m_library = std::move(opened).value();
    SyncRunner runner(*m_library);
    int added = -1, failed = -1;
    QObject::connect(&runner, &SyncRunner::finished, [&](int a, int f) {
        added = a;
        failed = f;
    });
    runner.start();
    const auto marked = m_library->call([](Library &writer) { return writer.feeds().feeds(); }, Lane::Priority);
    EXPECT_TRUE(marked.ok());
    ASSERT_TRUE(test::waitUntil([&] { return added >= 0; }));
    EXPECT_EQ(added, 1);
    EXPECT_EQ(failed, 0);
    EXPECT_EQ(m_library->search(QStringLiteral("company:nvidia"), 5)->size(), 1);
}
