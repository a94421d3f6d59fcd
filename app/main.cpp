#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include "gui/LanguageManager.h"
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

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = app::Settings::dataLocation();
    if (path.isEmpty())
        path = Database::defaultPath();
    auto library = Library::open(path);
    if (!library) {
        qCritical("veille: %s: %s", qPrintable(path), qPrintable(library.errorMessage()));
        if (!parser.isSet(shotOption))
            QMessageBox::critical(nullptr, QObject::tr("Veille"),
                              QObject::tr("The library could not be opened.\n\n%1").arg(library.errorMessage()));
        return 1;
    }

    // The demo articles arrive once, on the first run with an empty library.
    QSettings settings;
    const auto count = (*library)->articles().count({});
    const bool empty = count.ok() && *count == 0;
    if (empty && !settings.value(QStringLiteral("demoLoaded:") + path).toBool()) {
        if (auto loaded = (*library)->loadDemo(); !loaded)
            qWarning("Demo articles could not be loaded: %s", qPrintable(loaded.errorMessage()));
        settings.setValue(QStringLiteral("demoLoaded:") + path, true);
    }

    const bool screenshot = parser.isSet(shotOption);
    app::MainWindow window(**library, languages);
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
        QApplication::processEvents();
        const bool saved = window.grab().save(parser.value(shotOption));
        return saved ? 0 : 1;
    }
    window.show();
    return QApplication::exec();
}
