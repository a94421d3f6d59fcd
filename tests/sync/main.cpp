#include <gtest/gtest.h>

#include "../gui/GuiTestSupport.h"

// The client waits for the server in the event loop, and the window's sync parts are
// widgets: one QApplication, offscreen, with settings away from the user's own.
// No test here may reach a desktop keychain: passwords go to the file beside the library.
int main(int argc, char **argv)
{
    qputenv("VEILLE_NO_KEYCHAIN", "1");
    veille::test::guiApp();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
