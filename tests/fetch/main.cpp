#include <QCoreApplication>
#include <gtest/gtest.h>

// The network and the updater need an application object and its event loop; the
// tests spin that loop themselves while they wait (NetTestSupport.h).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
