#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QStatusBar>
#include <QTimer>

#include "facts/FactsEngine.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"
#include "gui/LibraryOpener.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "update/Library.h"

using namespace veille;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Veille"));
    QApplication::setApplicationName(QStringLiteral("veille"));
    QApplication::setApplicationDisplayName(QStringLiteral("Veille"));
    QApplication::setApplicationVersion(QStringLiteral(VEILLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("veille"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Veille, a news reader that finds the key facts"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Library file to open."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: fr or en."), QStringLiteral("LANG"));
    const QCommandLineOption selectOption(QStringLiteral("select"), QStringLiteral("Article to select."), QStringLiteral("ID"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Search to run."), QStringLiteral("QUERY"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"), QStringLiteral("Render the window to a PNG and exit."),
                                        QStringLiteral("PNG"));
    parser.addOptions({dbOption, langOption, selectOption, searchOption, shotOption});
    parser.process(app);

    // --lang wins for this run only; otherwise the saved choice, else the system's language.
    app::LanguageManager languages;
    languages.apply(parser.isSet(langOption) ? parser.value(langOption) : app::Settings::language());

    // --db wins for this run only; otherwise the library chosen in the settings, else the
    // default one in the user's data folder.
    const bool fromCommandLine = parser.isSet(dbOption);
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = app::Settings::dataLocation();
    if (path.isEmpty())
        path = Database::defaultPath();
    // The one facts engine of the program, passed down to the library and its importers.
    const FactsEngine facts;
    app::LibraryOpener opener(facts);
    if (parser.isSet(shotOption)) // no one to ask: say why on stderr and stop
        opener.setChooser([](const app::LibraryProblem &) { return app::LibraryProblemDialog::Quit; });
    std::unique_ptr<Library> library = opener.open(path, !fromCommandLine);
    if (!library)
        return 1;
    path = opener.openedPath();

    // The demo articles arrive once, on the first run with an empty library. Asking for
    // one row costs nothing; counting them all would read a big library's whole index.
    if (!app::Settings::demoLoaded(path)) {
        ArticleFilter first;
        first.limit = 1;
        const auto any = library->articles().list(first);
        if (any.ok() && any->isEmpty()) {
            if (auto loaded = library->loadDemo(); !loaded)
                qWarning("Demo articles could not be loaded: %s", qPrintable(loaded.errorMessage()));
        }
        app::Settings::setDemoLoaded(path);
    }

    const bool screenshot = parser.isSet(shotOption);
    app::MainWindow window(*library, languages);
    if (!screenshot)
        window.restoreLayout();
    if (parser.isSet(searchOption))
        window.search(parser.value(searchOption));
    // Something to read at once: the chosen article, else the first one.
    if (!parser.isSet(selectOption) || !window.selectArticle(parser.value(selectOption).toLongLong()))
        window.selectFirstArticle();

    if (screenshot) {
        window.resize(1440, 900);
        window.show();
        // The left pane's feeds, companies and counts are read on their own thread, while
        // the window draws; the picture waits for them so that it shows the whole window.
        if (window.feedTree()->isLoading()) {
            QEventLoop loading;
            QObject::connect(window.feedTree(), &app::FeedTree::overviewApplied, &loading, &QEventLoop::quit);
            loading.exec();
        }
        QApplication::processEvents();
        const bool saved = window.grab().save(parser.value(shotOption));
        return saved ? 0 : 1;
    }
    window.show();
    if (const QString summary = opener.summary(); !summary.isEmpty())
        window.statusBar()->showMessage(summary, 20000);
    return QApplication::exec();
}
