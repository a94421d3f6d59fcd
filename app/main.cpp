#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QStatusBar>
#include <QTimer>

#include "facts/FactsEngine.h"
#include "gui/AccountsDialog.h"
#include "gui/CompanyController.h"
#include "gui/CompanyLoader.h"
#include "gui/DarkPalette.h"
#include "gui/FeedActions.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"
#include "gui/LibraryOpener.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "gui/SyncController.h"
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

    // The saved language (else the system's) from the start, so that --help speaks it too;
    // --lang then wins for this run only.
    app::LanguageManager languages;
    languages.apply(app::Settings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Veille, a news reader that finds the key facts"));
    parser.addHelpOption();
    parser.addVersionOption();
    //: Placeholders in capitals (FILE, LANG, ID, QUERY) name the value typed after the option.
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Library file to open."),
                                      QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language: fr or en."),
                                        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption selectOption(QStringLiteral("select"), QCoreApplication::translate("main", "Article to select."),
                                          QCoreApplication::translate("main", "ID"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QCoreApplication::translate("main", "Search to run."),
                                          QCoreApplication::translate("main", "QUERY"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Render the window to a PNG and exit."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption companyOption(QStringLiteral("company"), QCoreApplication::translate("main", "Company whose page to open."),
                                           QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QCoreApplication::translate("main", "Use a dark palette."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size for the screenshot, as WIDTHxHEIGHT."),
                                        QStringLiteral("size"), QStringLiteral("1440x900"));
    const QCommandLineOption accountsOption(QStringLiteral("accounts"),
                                            QCoreApplication::translate("main", "Open Settings › Accounts (with --screenshot: render it)."));
    parser.addOptions({dbOption, langOption, selectOption, searchOption, companyOption, darkOption, shotOption, sizeOption,
                       accountsOption});
    parser.process(app);
    if (parser.isSet(langOption))
        languages.apply(parser.value(langOption));
    if (parser.isSet(darkOption))
        app::DarkPalette::apply();

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
    else if (parser.isSet(companyOption)) // the list shows the company's articles
        window.search(app::CompanyController::query(parser.value(companyOption)));
    // Something to read at once: the chosen article, else the first one.
    if (!parser.isSet(selectOption) || !window.selectArticle(parser.value(selectOption).toLongLong()))
        window.selectFirstArticle();
    if (parser.isSet(companyOption))
        window.companies()->open(parser.value(companyOption));

    if (screenshot) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        const int width = size.value(0).toInt(), height = size.value(1).toInt();
        window.resize(width > 0 ? width : 1440, height > 0 ? height : 900);
        window.show();
        // The left pane's feeds, companies and counts are read on their own thread, while
        // the window draws; the picture waits for them so that it shows the whole window.
        if (window.feedTree()->isLoading()) {
            QEventLoop loading;
            QObject::connect(window.feedTree(), &app::FeedTree::overviewApplied, &loading, &QEventLoop::quit);
            loading.exec();
        }
        // A company page is read on its own thread too.
        if (parser.isSet(companyOption)) {
            QEventLoop reading;
            QObject::connect(window.companies()->loader(), &app::CompanyLoader::profileLoaded, &reading, &QEventLoop::quit);
            QObject::connect(window.companies()->loader(), &app::CompanyLoader::profileFailed, &reading, &QEventLoop::quit);
            QTimer::singleShot(20000, &reading, &QEventLoop::quit);
            if (window.companies()->loader()->busy())
                reading.exec();
        }
        QApplication::processEvents();
        if (parser.isSet(accountsOption)) {
            app::AccountsDialog accounts(*library, &window);
            accounts.show();
            QApplication::processEvents();
            return accounts.grab().save(parser.value(shotOption)) ? 0 : 1;
        }
        const bool saved = window.grab().save(parser.value(shotOption));
        return saved ? 0 : 1;
    }
    window.show();
    if (parser.isSet(accountsOption))
        QTimer::singleShot(0, &window, [&window] { window.feedActions()->syncs().openAccounts(); });
    if (const QString summary = opener.summary(); !summary.isEmpty())
        window.statusBar()->showMessage(summary, 20000);
    return QApplication::exec();
}
