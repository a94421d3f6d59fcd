// The window's sync parts against the fake server: Settings › Accounts (add with its
// connection test, remove), the accounts in the sidebar, the sync timer and the status bar.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>

#include "../gui/GuiTestSupport.h"
#include "SyncFixture.h"
#include "gui/AccountDialog.h"
#include "gui/AccountItems.h"
#include "gui/AccountText.h"
#include "gui/AccountsDialog.h"
#include "gui/FeedTree.h"
#include "gui/Settings.h"
#include "gui/SyncController.h"
#include "update/OpmlExporter.h"

using namespace veille;
using namespace veille::app;

namespace {

class AccountsDialogTest : public test::SyncFixture {
protected:
    void SetUp() override
    {
        test::guiApp();
        SyncFixture::SetUp();
        m_wire = m_server.addFeed("Chip Wire", "https://chips.example/rss", m_server.addCategory("Markets"));
        m_nvidia = m_server.addArticle(m_wire, "Nvidia beats forecasts", "<p>Nvidia reported record revenue.</p>");
    }

    void fill(AccountDialog &dialog, const QString &password)
    {
        dialog.findChild<QLineEdit *>("accountUrl")->setText(m_server.url());
        dialog.findChild<QLineEdit *>("accountUser")->setText(m_server.user);
        dialog.findChild<QLineEdit *>("accountPassword")->setText(password);
    }

    // The sidebar's node of an item whose text is `text`, anywhere in the tree.
    static QTreeWidgetItem *find(QTreeWidget &tree, const QString &text)
    {
        for (QTreeWidgetItemIterator it(&tree); *it; ++it)
            if ((*it)->text(0) == text)
                return *it;
        return nullptr;
    }

    QString accountName() { return AccountText::name(m_server.user, m_server.url()); }

    test::ScopedSettingsDir m_settings;
    qint64 m_wire = 0, m_nvidia = 0;
};

} // namespace

TEST_F(AccountsDialogTest, TestingTheConnectionRunsOffTheWindowAndSaysConnectedInOneLine)
{
    AccountDialog dialog;
    fill(dialog, m_server.password);
    dialog.findChild<QPushButton *>("testConnection")->click();
    // The click returns at once: the login is under way on its own thread.
    EXPECT_TRUE(dialog.testResult().startsWith("Connecting to")) << dialog.testResult().toStdString();
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.isTesting() && !dialog.testResult().startsWith("Connecting"); }));
    EXPECT_EQ(dialog.testResult(), QStringLiteral("Connected: the server accepted %1.").arg(accountName()));
    EXPECT_FALSE(dialog.testResult().contains('\n'));
}

TEST_F(AccountsDialogTest, AWrongPasswordSaysNotConnectedWithTheReason)
{
    AccountDialog dialog;
    fill(dialog, "wrong");
    dialog.testConnection();
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.isTesting() && dialog.testResult().startsWith("Not connected"); }));
    EXPECT_FALSE(dialog.testResult().contains('\n'));
    EXPECT_GT(dialog.testResult().size(), QStringLiteral("Not connected: ").size());
}

TEST_F(AccountsDialogTest, AnUnreachableServerFailsWithinTheTestsTimeout)
{
    m_server.fail("login", test::HttpResponse::status_(503));
    AccountDialog dialog;
    fill(dialog, m_server.password);
    dialog.testConnection();
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.isTesting() && dialog.testResult().startsWith("Not connected"); }));
    EXPECT_TRUE(dialog.testResult().contains("503")) << dialog.testResult().toStdString();
}

TEST_F(AccountsDialogTest, AddClosesTheDialogOnlyOnceTheServerAcceptedTheUser)
{
    AccountDialog dialog;
    fill(dialog, "wrong");
    dialog.accept();
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.isTesting() && dialog.testResult().startsWith("Not connected"); }));
    EXPECT_NE(dialog.QDialog::result(), QDialog::Accepted);

    dialog.findChild<QLineEdit *>("accountPassword")->setText(m_server.password);
    dialog.accept();
    ASSERT_TRUE(test::waitUntil([&] { return dialog.QDialog::result() == QDialog::Accepted; }));
    EXPECT_EQ(dialog.url(), m_server.url());
    EXPECT_EQ(dialog.user(), m_server.user);
    EXPECT_EQ(dialog.password(), m_server.password);
}

TEST_F(AccountsDialogTest, TheListShowsEachAccountsTypeServerUserLastSyncAndLastError)
{
    m_server.fail("login", test::HttpResponse::status_(503), 1);
    (void)sync();
    AccountsDialog dialog(*m_library);
    auto *list = dialog.findChild<QTreeWidget *>("accountList");
    ASSERT_EQ(list->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = list->topLevelItem(0);
    EXPECT_EQ(row->text(0), "Tiny Tiny RSS");
    EXPECT_EQ(row->text(1), m_server.url());
    EXPECT_EQ(row->text(2), m_server.user);
    EXPECT_EQ(row->text(3), "Never");
    EXPECT_TRUE(row->text(4).contains("503")) << row->text(4).toStdString();

    ASSERT_TRUE(sync().error.isNone());
    dialog.reload();
    row = list->topLevelItem(0);
    EXPECT_NE(row->text(3), "Never");
    EXPECT_TRUE(row->text(4).isEmpty());
}

TEST_F(AccountsDialogTest, AnAddedAccountIsListedAndAnnounced)
{
    AccountsDialog dialog(*m_library);
    int changed = 0;
    QObject::connect(&dialog, &AccountsDialog::accountsChanged, [&] { ++changed; });
    ASSERT_TRUE(dialog.addAccount(Account::kTtRss, m_server.url(), "second", "pw"));
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(dialog.findChild<QTreeWidget *>("accountList")->topLevelItemCount(), 2);
    EXPECT_TRUE(dialog.status().contains(AccountText::name("second", m_server.url())));
    // The same server and user twice is refused, with a sentence.
    EXPECT_FALSE(dialog.addAccount(Account::kTtRss, m_server.url(), "second", "pw"));
    EXPECT_EQ(dialog.accounts().size(), 2);
    EXPECT_FALSE(dialog.status().isEmpty());
}

TEST_F(AccountsDialogTest, RemovingAsksFirstSaysFavouritesAreKeptAndKeepsThem)
{
    ASSERT_TRUE(sync().error.isNone());
    ASSERT_TRUE(m_library->states().setFavourite(local(m_nvidia), true));
    AccountsDialog dialog(*m_library);
    QString asked;
    dialog.setConfirm([&](const QString &question) {
        asked = question;
        return false;
    });
    EXPECT_FALSE(dialog.removeAccount(m_account));
    EXPECT_TRUE(asked.contains("favourites are kept")) << asked.toStdString();
    EXPECT_TRUE(asked.contains(accountName()));
    EXPECT_EQ(dialog.accounts().size(), 1) << "a No keeps the account";

    dialog.setConfirm([](const QString &) { return true; });
    ASSERT_TRUE(dialog.removeAccount(m_account));
    EXPECT_TRUE(dialog.accounts().isEmpty());
    EXPECT_TRUE(dialog.status().contains("1 favourite")) << dialog.status().toStdString();
    EXPECT_EQ(m_library->search(QStringLiteral("company:nvidia"), 5)->size(), 1) << "the favourite stays";
    EXPECT_TRUE(m_library->feeds().feeds()->isEmpty());
}

TEST_F(AccountsDialogTest, NothingIsRemovedWhileASyncRuns)
{
    AccountsDialog dialog(*m_library);
    dialog.setConfirm([](const QString &) { return true; });
    dialog.setBusy([] { return true; });
    EXPECT_FALSE(dialog.removeAccount(m_account));
    EXPECT_EQ(dialog.accounts().size(), 1);
    EXPECT_TRUE(dialog.status().contains("sync is under way"));
}

TEST_F(AccountsDialogTest, TheSyncSettingsAreSavedAndTheTimerFollowsThem)
{
    QMainWindow window;
    SyncController syncs(*m_library, window);
    EXPECT_EQ(syncs.timerMinutes(), 0) << "no sync on a timer unless asked";
    EXPECT_FALSE(Settings::syncOnStart());

    AccountsDialog dialog(*m_library);
    QObject::connect(&dialog, &AccountsDialog::syncSettingsChanged, &syncs, &SyncController::applySettings);
    auto *every = dialog.findChild<QComboBox *>("syncEvery");
    every->setCurrentIndex(every->findData(30));
    dialog.findChild<QCheckBox *>("syncOnStart")->setChecked(true);
    EXPECT_EQ(Settings::syncMinutes(), 30);
    EXPECT_TRUE(Settings::syncOnStart());
    EXPECT_EQ(syncs.timerMinutes(), 30);

    every->setCurrentIndex(every->findData(0));
    EXPECT_EQ(syncs.timerMinutes(), 0);
    // A dialog opened later shows what was chosen.
    AccountsDialog again(*m_library);
    EXPECT_TRUE(again.findChild<QCheckBox *>("syncOnStart")->isChecked());
    EXPECT_EQ(again.findChild<QComboBox *>("syncEvery")->currentData().toInt(), 0);
}

TEST_F(AccountsDialogTest, SyncOnStartSyncsOnlyWhenAsked)
{
    QMainWindow window;
    SyncController syncs(*m_library, window);
    syncs.startUp();
    EXPECT_FALSE(syncs.isRunning());
    EXPECT_EQ(local(m_nvidia), 0);

    Settings::setSyncOnStart(true);
    int changed = 0;
    QObject::connect(&syncs, &SyncController::libraryChanged, [&] { ++changed; });
    syncs.startUp();
    ASSERT_TRUE(test::waitUntil([&] { return changed == 1; }));
    EXPECT_NE(local(m_nvidia), 0);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains("1 new article")) << window.statusBar()->currentMessage().toStdString();
}

TEST_F(AccountsDialogTest, AFailedSyncLeavesAWarningWithTheAccountAndItsErrorInTheStatusBar)
{
    m_server.fail("login", test::HttpResponse::status_(503), 1);
    QMainWindow window;
    SyncController syncs(*m_library, window);
    int changed = 0;
    QObject::connect(&syncs, &SyncController::libraryChanged, [&] { ++changed; });
    syncs.syncNow();
    ASSERT_TRUE(test::waitUntil([&] { return changed == 1; }));
    ASSERT_EQ(syncs.failures().size(), 1);
    EXPECT_TRUE(syncs.failures().first().startsWith(accountName() + ": "));
    auto *warning = window.findChild<QLabel *>("syncWarning");
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->toolTip().contains("503"));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(accountName()));

    // The next sync goes well: the warning goes.
    syncs.syncNow();
    ASSERT_TRUE(test::waitUntil([&] { return changed == 2; }));
    EXPECT_TRUE(syncs.failures().isEmpty());
    EXPECT_TRUE(warning->isHidden());
}

TEST_F(AccountsDialogTest, TheSidebarGroupsAnAccountsFeedsUnderItAndShowsItsLastError)
{
    ASSERT_TRUE(m_library->feeds().ensure("https://mine.example/rss", "Mine", QString()));
    ASSERT_TRUE(sync().error.isNone());
    FeedTree tree(*m_library);
    tree.reload();
    ASSERT_TRUE(test::waitUntil([&] { return find(tree, "Chip Wire") != nullptr; }));
    QTreeWidgetItem *account = find(tree, accountName());
    ASSERT_NE(account, nullptr);
    EXPECT_EQ(account->data(0, AccountItems::kAccountRole).toLongLong(), m_account);
    QTreeWidgetItem *feed = find(tree, "Chip Wire");
    ASSERT_NE(feed->parent(), nullptr);
    EXPECT_EQ(feed->parent()->text(0), "Markets");
    EXPECT_EQ(feed->parent()->parent(), account) << "the server's folder is under the account";
    EXPECT_EQ(account->text(1), "1") << "the account counts its feeds' unread articles";
    EXPECT_TRUE(feed->toolTip(0).startsWith("https://chips.example/rss")) << "the server's address, not the library's key";
    EXPECT_NE(find(tree, "Mine")->parent(), account);
    EXPECT_FALSE(account->toolTip(0).contains("Last error"));

    m_server.fail("getFeeds", test::HttpResponse::status_(500), 1);
    (void)sync();
    tree.reload();
    ASSERT_TRUE(test::waitUntil([&] {
        QTreeWidgetItem *again = find(tree, accountName());
        return again && again->toolTip(0).contains("Last error");
    }));
    EXPECT_TRUE(find(tree, accountName())->toolTip(0).contains("500"));
}

TEST_F(AccountsDialogTest, TheServersFeedAddressIsShownAndExportedNeverTheLibrarysKey)
{
    ASSERT_TRUE(sync().error.isNone());
    const auto feeds = m_library->feeds().feeds();
    ASSERT_EQ(feeds->size(), 1);
    EXPECT_TRUE(feeds->first().url.startsWith("sync:")) << "the key stays inside";
    EXPECT_EQ(feeds->first().address(), "https://chips.example/rss");
    const QList<OpmlOutline> outlines = OpmlExporter::outlines(*feeds);
    ASSERT_EQ(outlines.size(), 1);
    ASSERT_EQ(outlines.first().children.size(), 1);
    EXPECT_EQ(outlines.first().children.first().xmlUrl, "https://chips.example/rss");
}
