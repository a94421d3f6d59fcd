#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::fputs("veille-cli: no commands yet\n", stderr);
    return 2;
}
