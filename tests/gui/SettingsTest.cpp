#include <QDirIterator>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

#include "GuiTestSupport.h"
#include "gui/ArticleListModel.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"

using namespace veille;
using namespace veille::app;

namespace {

// Each test reads and writes a settings file of its own.
class SettingsTest : public ::testing::Test {
protected:
    test::ScopedSettingsDir m_settings;
};

class WindowLayoutTest : public test::DemoLibrary {
protected:
    test::ScopedSettingsDir m_settings;
    LanguageManager m_languages;
};

} // namespace

TEST_F(SettingsTest, AFirstRunFollowsTheSystemAndReadsWithoutContactingAnyone)
{
    EXPECT_EQ(Settings::language(), QString());
    EXPECT_TRUE(Settings::highlighting());
    EXPECT_FALSE(Settings::remoteImages());
    EXPECT_EQ(Settings::refreshMinutes(), 60);
    EXPECT_EQ(Settings::dataLocation(), QString());
    EXPECT_TRUE(Settings::savedSearches().isEmpty());
    EXPECT_FALSE(Settings::demoLoaded(QStringLiteral("/tmp/library.sqlite")));
    const Settings::WindowLayout layout = Settings::windowLayout();
    EXPECT_TRUE(layout.geometry.isEmpty());
    EXPECT_TRUE(layout.listHeader.isEmpty());
}

TEST_F(SettingsTest, EachPreferenceReadsBackWhatWasSaved)
{
    Settings::setLanguage(QStringLiteral("fr"));
    Settings::setHighlighting(false);
    Settings::setRemoteImages(true);
    Settings::setRefreshMinutes(0);
    Settings::setDataLocation(QStringLiteral("/home/me/news.sqlite"));
    Settings::setSavedSearches({QStringLiteral("company:Airbus"), QStringLiteral("\"rachat\" lang:fr")});
    EXPECT_EQ(Settings::language(), QStringLiteral("fr"));
    EXPECT_FALSE(Settings::highlighting());
    EXPECT_TRUE(Settings::remoteImages());
    EXPECT_EQ(Settings::refreshMinutes(), 0);
    EXPECT_EQ(Settings::dataLocation(), QStringLiteral("/home/me/news.sqlite"));
    EXPECT_EQ(Settings::savedSearches(), QStringList({QStringLiteral("company:Airbus"), QStringLiteral("\"rachat\" lang:fr")}));

    // Back to the system's language: the empty code is a choice, not a missing value.
    Settings::setLanguage(QString());
    EXPECT_EQ(Settings::language(), QString());
}

TEST_F(SettingsTest, TheWindowLayoutReadsBackEachOfItsParts)
{
    Settings::setWindowLayout({QByteArray("g"), QByteArray("s"), QByteArray("t"), QByteArray("l"), QByteArray("h")});
    const Settings::WindowLayout layout = Settings::windowLayout();
    EXPECT_EQ(layout.geometry, QByteArray("g"));
    EXPECT_EQ(layout.state, QByteArray("s"));
    EXPECT_EQ(layout.treeSplitter, QByteArray("t"));
    EXPECT_EQ(layout.listSplitter, QByteArray("l"));
    EXPECT_EQ(layout.listHeader, QByteArray("h"));
}

TEST_F(SettingsTest, TheDemoIsRememberedForEachLibraryFile)
{
    Settings::setDemoLoaded(QStringLiteral("/home/me/a.sqlite"));
    EXPECT_TRUE(Settings::demoLoaded(QStringLiteral("/home/me/a.sqlite")));
    EXPECT_FALSE(Settings::demoLoaded(QStringLiteral("/home/me/b.sqlite")));
}

TEST_F(SettingsTest, ReadsTheKeysThatEarlierVersionsWrote)
{
    // A user's existing settings file keeps working: these are the names Veille has always used.
    {
        QSettings file;
        file.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        file.setValue(QStringLiteral("reading/highlighting"), false);
        file.setValue(QStringLiteral("reading/remoteImages"), true);
        file.setValue(QStringLiteral("feeds/refreshMinutes"), 15);
        file.setValue(QStringLiteral("library/path"), QStringLiteral("/data/veille.sqlite"));
        file.setValue(QStringLiteral("search/saved"), QStringList{QStringLiteral("fav:yes")});
        file.setValue(QStringLiteral("window/listHeader"), QByteArray("header"));
        file.setValue(QStringLiteral("demoLoaded:/data/veille.sqlite"), true);
    }
    EXPECT_EQ(Settings::language(), QStringLiteral("en"));
    EXPECT_FALSE(Settings::highlighting());
    EXPECT_TRUE(Settings::remoteImages());
    EXPECT_EQ(Settings::refreshMinutes(), 15);
    EXPECT_EQ(Settings::dataLocation(), QStringLiteral("/data/veille.sqlite"));
    EXPECT_EQ(Settings::savedSearches(), QStringList{QStringLiteral("fav:yes")});
    EXPECT_EQ(Settings::windowLayout().listHeader, QByteArray("header"));
    EXPECT_TRUE(Settings::demoLoaded(QStringLiteral("/data/veille.sqlite")));
}

TEST_F(SettingsTest, ATestsValuesStayInItsOwnFile)
{
    Settings::setLanguage(QStringLiteral("fr"));
    QSettings().sync();
    QDirIterator files(m_settings.path(), QDir::Files, QDirIterator::Subdirectories);
    ASSERT_TRUE(files.hasNext());
    {
        test::ScopedSettingsDir another;
        EXPECT_EQ(Settings::language(), QString());
    }
    test::useSettingsDir(m_settings.path()); // the inner one restored the program's folder
    EXPECT_EQ(Settings::language(), QStringLiteral("fr"));
}

TEST(SettingsSource, NoFileButTheSettingsClassOpensQSettings)
{
    // One class names the keys; anything else reading QSettings would bring its own names
    // and defaults back.
    int scanned = 0;
    for (const char *folder : {"/app", "/core"}) {
        QDirIterator it(test::sourceDir() + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++scanned;
            if (path.endsWith(QLatin1String("/app/gui/Settings.cpp")) || path.endsWith(QLatin1String("/app/gui/Settings.h")))
                continue;
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
            EXPECT_FALSE(file.readAll().contains("QSettings")) << path.toStdString();
        }
    }
    EXPECT_GT(scanned, 40);
}

TEST_F(WindowLayoutTest, AClosedWindowsSplittersAndColumnsComeBackInTheNextOne)
{
    QList<int> listSizes;
    QByteArray header;
    {
        MainWindow window(*m_library, m_languages);
        window.resize(1200, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(test::waitUntil([&] { return !window.feedTree()->isLoading(); }));
        auto *inner = window.findChild<QSplitter *>(QStringLiteral("listPaneSplitter"));
        ASSERT_NE(inner, nullptr);
        inner->setSizes({300, 450});
        listSizes = inner->sizes();
        window.articleList()->horizontalHeader()->resizeSection(ArticleListModel::SourceColumn, 321);
        header = window.articleList()->horizontalHeader()->saveState();
        window.close(); // saves the layout
    }
    EXPECT_FALSE(Settings::windowLayout().geometry.isEmpty());
    EXPECT_EQ(Settings::windowLayout().listHeader, header);

    MainWindow next(*m_library, m_languages);
    next.restoreLayout();
    next.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&next));
    ASSERT_TRUE(test::waitUntil([&] { return !next.feedTree()->isLoading(); }));
    EXPECT_EQ(next.findChild<QSplitter *>(QStringLiteral("listPaneSplitter"))->sizes(), listSizes);
    EXPECT_EQ(next.articleList()->horizontalHeader()->sectionSize(ArticleListModel::SourceColumn), 321);
}
