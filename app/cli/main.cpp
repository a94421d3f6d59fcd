#include <QCoreApplication>

#include "Cli.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Veille"));
    QCoreApplication::setApplicationName(QStringLiteral("veille"));
    return veille::cli::Cli().run(QCoreApplication::arguments().mid(1));
}
