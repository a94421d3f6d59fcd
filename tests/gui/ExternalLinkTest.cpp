// One door for every address that leaves Veille (ExternalLink): only web pages and mail
// addresses reach the desktop; "open in browser" and the pane's links refuse the others
// with a message in the status bar. The desktop's handlers are replaced for every scheme
// the hostile feed uses, so a refused address that slipped through would be caught.
#include <QAction>
#include <QDirIterator>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include "GuiTestSupport.h"
#include "TestPaths.h"
#include "UrlCatcher.h"
#include "gui/ArticleListModel.h"
#include "gui/ArticlePane.h"
#include "gui/ExternalLink.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"
#include "gui/MainWindow.h"
#include "storage/ArticleStore.h"

using namespace veille;
using namespace veille::app;

namespace {

const QStringList kEverySchemeUsed = {
    QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto"), QStringLiteral("javascript"),
    QStringLiteral("file"), QStringLiteral("data"),  QStringLiteral("smb"),    QStringLiteral("ms-msdt"),
    QStringLiteral("evilapp")};

QUrl url(const char *text)
{
    return QUrl(QString::fromUtf8(text));
}

// A library holding the hostile feed, in a window, with every handler replaced.
class HostileLinksWindow : public test::EmptyLibrary {
protected:
    void SetUp() override
    {
        test::EmptyLibrary::SetUp();
        auto imported = m_library->call([&](Library &writer) { return writer.importer().importFile(test::dataPath(QStringLiteral("hostile/hostile-links.rss"))); });
        ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
        m_imported = imported->added;
        m_languages = std::make_unique<LanguageManager>();
        m_languages->apply(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(*m_library, *m_languages);
        m_window->resize(1100, 700);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(test::waitUntil([this] { return !m_window->feedTree()->isLoading(); }));
        m_catcher = std::make_unique<test::UrlCatcher>(kEverySchemeUsed);
    }
    void TearDown() override
    {
        m_catcher.reset();
        m_window.reset();
        m_languages->apply(QStringLiteral("en"));
    }

    // Article › Open in browser (the O key), as the menu triggers it.
    void openInBrowser()
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(QKeySequence(Qt::Key_O))) {
                action->trigger();
                return;
            }
        }
        ADD_FAILURE() << "no action has the O shortcut";
    }
    QString status() const { return m_window->statusBar()->currentMessage(); }

    QList<ImportedArticle> m_imported;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::UrlCatcher> m_catcher;
};

} // namespace

TEST(ExternalLink, OnlyWebPagesAndMailAddressesReachTheDesktop)
{
    test::guiApp();
    test::UrlCatcher catcher(kEverySchemeUsed);
    EXPECT_TRUE(ExternalLink::open(url("https://example.com/a")));
    EXPECT_TRUE(ExternalLink::open(url("http://example.com/b")));
    EXPECT_TRUE(ExternalLink::open(url("mailto:redaction@example.com")));
    for (const char *refused : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>",
                                "smb://evil.example/share", "ms-msdt:/id PCWDiagnostic", "evilapp://launch",
                                "http:no-host", "mailto:"})
        EXPECT_FALSE(ExternalLink::open(url(refused))) << refused;
    EXPECT_EQ(catcher.caught, (QList<QUrl>{url("https://example.com/a"), url("http://example.com/b"),
                                           url("mailto:redaction@example.com")}));
}

TEST(ExternalLink, TheRefusalNamesTheSchemeInEnglishAndInFrench)
{
    test::guiApp();
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    const QString english = ExternalLink::refusal(url("javascript:alert(1)"));
    EXPECT_TRUE(english.contains(QStringLiteral("not opened"))) << qPrintable(english);
    EXPECT_TRUE(english.contains(QStringLiteral("\"javascript:\""))) << qPrintable(english);
    EXPECT_TRUE(ExternalLink::refusal(url("relative/x")).contains(QStringLiteral("not a web address")));
    languages.apply(QStringLiteral("fr"));
    const QString french = ExternalLink::refusal(url("smb://evil.example/s"));
    EXPECT_TRUE(french.contains(QStringLiteral("n’a pas été ouvert"))) << qPrintable(french);
    EXPECT_TRUE(french.contains(QStringLiteral("smb:"))) << qPrintable(french);
    EXPECT_NE(ExternalLink::refusal(url("relative/x")), ExternalLink::refusal(url("smb://evil.example/s")));
    languages.apply(QStringLiteral("en"));
}

TEST_F(HostileLinksWindow, OpenInBrowserOnEveryHostileItemOpensOnlyTheWebOnes)
{
    ASSERT_EQ(m_imported.size(), 9);
    for (const ImportedArticle &a : m_imported) {
        ASSERT_TRUE(m_window->selectArticle(a.id)) << qPrintable(a.title);
        openInBrowser();
    }
    EXPECT_EQ(m_catcher->caught, (QList<QUrl>{url("https://hostile.example/news/2026/12/relative-article.html"),
                                              url("https://hostile.example/news/web-article.html")}));
    EXPECT_TRUE(status().contains(QStringLiteral("no web address"))) << qPrintable(status());
}

TEST_F(HostileLinksWindow, AnAddressAnOlderLibraryKeptIsRefusedWithAMessage)
{
    // Stored before addresses were checked: straight into the articles table.
    Article old;
    old.title = QStringLiteral("Stored long ago");
    old.identity = QStringLiteral("guid:old-javascript");
    old.url = QStringLiteral("javascript:alert(document.cookie)");
    old.text = QStringLiteral("Renault ouvre une usine à Douai.");
    old.html = QStringLiteral("<p>Renault ouvre une usine à Douai.</p>");
    old.language = QStringLiteral("fr");
    auto stored = m_library->call([&](Library &writer) { return ArticleStore(writer.database()).store(old); });
    ASSERT_TRUE(stored.ok()) << stored.errorMessage().toStdString();
    m_window->showListing({Listing::All, 0, QString()});
    ASSERT_TRUE(m_window->selectArticle(stored->id));
    openInBrowser();
    EXPECT_TRUE(m_catcher->caught.isEmpty());
    EXPECT_TRUE(status().contains(QStringLiteral("\"javascript:\""))) << qPrintable(status());
}

TEST_F(HostileLinksWindow, ALinkInThePaneOpensOnlyWhenItIsAWebPageOrAMailAddress)
{
    ASSERT_TRUE(m_window->selectArticle(m_imported.last().id));
    ArticlePane *pane = m_window->articlePane();
    emit pane->anchorClicked(url("file:///etc/passwd"));
    EXPECT_TRUE(status().contains(QStringLiteral("\"file:\""))) << qPrintable(status());
    emit pane->anchorClicked(url("evilapp://launch"));
    emit pane->anchorClicked(url("https://hostile.example/other"));
    emit pane->anchorClicked(url("mailto:redaction@hostile.example"));
    EXPECT_EQ(m_catcher->caught,
              (QList<QUrl>{url("https://hostile.example/other"), url("mailto:redaction@hostile.example")}));
}

TEST(ExternalLinkSource, NoFileButExternalLinkCallsQDesktopServices)
{
    // Whatever opens an address outside Veille must go through the one guard.
    QStringList offenders;
    for (const QString &folder : {QStringLiteral("app"), QStringLiteral("core")}) {
        QDirIterator it(test::sourceDir() + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral("/gui/ExternalLink.cpp")) || path.endsWith(QStringLiteral("/gui/ExternalLink.h")))
                continue;
            if (test::readAll(path).contains("QDesktopServices"))
                offenders << path;
        }
    }
    EXPECT_TRUE(offenders.isEmpty()) << qPrintable(offenders.join(QLatin1Char('\n')));
}
