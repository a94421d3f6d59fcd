#include <QCoreApplication>
#include <gtest/gtest.h>

// The client waits for the server in the event loop: an application object is needed.
// No test here may reach a desktop keychain: passwords go to the file beside the library.
int main(int argc, char **argv)
{
    qputenv("VEILLE_NO_KEYCHAIN", "1");
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
