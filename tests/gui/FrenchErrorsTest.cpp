#include <QAction>
#include <QFile>
#include <QStatusBar>
#include <QTreeWidget>

#include "GuiTestSupport.h"
#include "facts/FactsEngine.h"
#include "MadeUp.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"
#include "gui/LibraryOpener.h"
#include "gui/LibraryProblemDialog.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"

using namespace veille;
using namespace veille::app;

namespace {

QTreeWidgetItem *treeItem(QTreeWidget *tree, const QString &text)
{
    const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? nullptr : found.first();
}

class FrenchErrorsTest : public test::DemoLibrary {
protected:
    void SetUp() override
    {
        test::DemoLibrary::SetUp();
        Settings::setDataLocation(QString());
        m_languages.apply(QStringLiteral("fr"));
    }
    void TearDown() override
    {
        m_languages.apply(QStringLiteral("en"));
        Settings::setDataLocation(QString());
    }

    LanguageManager m_languages;
};

} // namespace

TEST_F(FrenchErrorsTest, AFeedThatCannotBeReachedShowsItsErrorInFrench)
{
    const QString url = QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(test::closedPort());
    ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.feeds().ensure(url, QStringLiteral("Flux injoignable"), {}); }).ok());
    MainWindow window(*m_library, m_languages);
    window.setLanguage(QStringLiteral("fr"));
    window.show();
    ASSERT_TRUE(test::waitUntil([&] { return !window.feedTree()->isLoading(); }));

    // The Feeds menu's "refresh all", found by its shortcut.
    QAction *refreshAll = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
            refreshAll = a;
    ASSERT_NE(refreshAll, nullptr);
    refreshAll->trigger();
    QString tip;
    ASSERT_TRUE(test::waitUntil([&] {
        QTreeWidgetItem *item = treeItem(window.feedTree(), QStringLiteral("Flux injoignable"));
        tip = item ? item->toolTip(0) : QString();
        return tip.contains(QLatin1Char('\n'));
    })) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("a refusé la connexion"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("refused"))) << tip.toStdString();

    // Read back from the library once the run is over: stored as a code, shown in French.
    ASSERT_TRUE(test::waitUntil([&] { return !window.statusBar()->currentMessage().startsWith(QStringLiteral("Actualisation")); }));
    ASSERT_TRUE(test::waitUntil([&] { return !window.feedTree()->isLoading(); }));
    const QList<Feed> feeds = *m_library->feeds().feeds();
    const auto stored = std::find_if(feeds.begin(), feeds.end(), [&](const Feed &f) { return f.url == url; });
    ASSERT_NE(stored, feeds.end());
    EXPECT_EQ(stored->lastError.code, ErrorCode::ConnectionRefused);
    QTreeWidgetItem *item = treeItem(window.feedTree(), QStringLiteral("Flux injoignable"));
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->toolTip(0).contains(QStringLiteral("a refusé la connexion"))) << item->toolTip(0).toStdString();

    // The error is worded again when the language changes, without a refresh.
    window.setLanguage(QStringLiteral("en"));
    item = treeItem(window.feedTree(), QStringLiteral("Flux injoignable"));
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->toolTip(0).contains(QStringLiteral("refused the connection"))) << item->toolTip(0).toStdString();
    EXPECT_TRUE(item->toolTip(0).startsWith(url + QLatin1Char('\n'))) << item->toolTip(0).toStdString();
}

TEST_F(FrenchErrorsTest, ACorruptLibraryIsExplainedInFrenchDownToItsDetails)
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(test::corruptLibraryBytes());
    }
    QString details;
    const FactsEngine facts;
    LibraryOpener opener(facts);
    // The dialog the user would see for this problem, read instead of shown.
    opener.setChooser([&](const LibraryProblem &problem) {
        LibraryProblemDialog dialog(problem);
        details = dialog.detailedText();
        return LibraryProblemDialog::NewLibrary;
    });
    auto library = opener.open(broken, false);
    ASSERT_NE(library, nullptr);
    EXPECT_TRUE(details.contains(QStringLiteral("est endommagé"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QStringLiteral("damaged"))) << details.toStdString();
}
