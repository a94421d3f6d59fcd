#include <QCoreApplication>

#include "Cli.h"
#include "facts/FactsEngine.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Veille"));
    QCoreApplication::setApplicationName(QStringLiteral("veille"));
    // The program's one facts engine, passed down to every library it opens.
    const veille::FactsEngine facts;
    return veille::cli::Cli(facts).run(QCoreApplication::arguments().mid(1));
}
