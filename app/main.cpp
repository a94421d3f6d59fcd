#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include "gui/MainWindow.h"
#include "update/Library.h"

using namespace veille;

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale(language.isEmpty() ? QLocale::system().name() : language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("veille"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Veille"));
    QApplication::setApplicationName(QStringLiteral("veille"));
    QApplication::setApplicationDisplayName(QStringLiteral("Veille"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Veille, a news reader that finds the key facts"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Library file to open."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: fr or en."), QStringLiteral("LANG"));
    const QCommandLineOption selectOption(QStringLiteral("select"), QStringLiteral("Article to select."), QStringLiteral("ID"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Search to run."), QStringLiteral("QUERY"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"), QStringLiteral("Render the window to a PNG and exit."),
                                        QStringLiteral("PNG"));
    parser.addOptions({dbOption, langOption, selectOption, searchOption, shotOption});
    parser.process(app);

    installTranslators(app, parser.value(langOption));

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    auto library = Library::open(path);
    if (!library) {
        QMessageBox::critical(nullptr, QObject::tr("Veille"),
                              QObject::tr("The library could not be opened.\n\n%1").arg(library.errorMessage()));
        return 1;
    }

    // The demo articles arrive once, on the first run with an empty library.
    QSettings settings;
    const bool empty = (*library)->articles().count({}).ok() && *(*library)->articles().count({}) == 0;
    if (empty && !settings.value(QStringLiteral("demoLoaded:") + path).toBool()) {
        if (auto loaded = (*library)->loadDemo(); !loaded)
            qWarning("Demo articles could not be loaded: %s", qPrintable(loaded.errorMessage()));
        settings.setValue(QStringLiteral("demoLoaded:") + path, true);
    }

    app::MainWindow window(**library);
    if (parser.isSet(searchOption))
        window.search(parser.value(searchOption));
    if (parser.isSet(selectOption))
        window.selectArticle(parser.value(selectOption).toLongLong());

    if (parser.isSet(shotOption)) {
        window.show();
        QApplication::processEvents();
        const bool saved = window.grab().save(parser.value(shotOption));
        return saved ? 0 : 1;
    }
    window.show();
    return QApplication::exec();
}
