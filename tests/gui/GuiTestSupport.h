#pragma once

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>
#include <gtest/gtest.h>
#include <functional>
#include <memory>

#include "facts/FactsEngine.h"
#include "update/Library.h"

namespace veille::test {

// Where the program's settings live, away from the user's own; a test that wants a settings
// file of its own points QSettings elsewhere and back here when it ends.
inline QString programConfigDir()
{
    static QTemporaryDir config;
    return config.path();
}

// Points QSettings' user files (the native and the INI format) at a folder.
inline void useSettingsDir(const QString &path)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
}

// One QApplication for the whole program, offscreen, with settings kept away from the
// user's own (QSettings writes under XDG_CONFIG_HOME).
inline QApplication &guiApp()
{
    static int argc = 1;
    static char name[] = "test_gui";
    static char *argv[] = {name, nullptr};
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("XDG_CONFIG_HOME", programConfigDir().toUtf8());
    static QApplication *app = [] {
        auto *a = new QApplication(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("VeilleTests"));
        QApplication::setApplicationName(QStringLiteral("veille-tests"));
        QStandardPaths::setTestModeEnabled(true);
        // Test mode alone puts every test process's settings in one shared file under
        // ~/.qttest; programs run side by side (ctest -j) must not see each other's.
        useSettingsDir(programConfigDir());
        return a;
    }();
    return *app;
}

// A settings file of one's own for as long as this lives, then the program's again: a test
// that reads or writes settings sees neither the other tests' values nor leaves its own.
class ScopedSettingsDir {
public:
    ScopedSettingsDir() { guiApp(); useSettingsDir(m_dir.path()); }
    ~ScopedSettingsDir() { useSettingsDir(programConfigDir()); }
    ScopedSettingsDir(const ScopedSettingsDir &) = delete;
    ScopedSettingsDir &operator=(const ScopedSettingsDir &) = delete;
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Waits until the library's writer has run every job posted so far, and the window has
// received what they handed back (StateWriter's results, a FileImporter's reports).
inline void drainWriter(Library &library)
{
    library.drain();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// A new, empty library in a temporary directory, as the window opens it: a writer thread
// and a connection of its own that reads (Library::openWithWriter).
class EmptyLibrary : public ::testing::Test {
protected:
    void SetUp() override
    {
        guiApp();
        ASSERT_TRUE(m_dir.isValid());
        auto library = Library::openWithWriter(m_dir.filePath(QStringLiteral("library.sqlite")), m_facts);
        ASSERT_TRUE(library.ok()) << library.errorMessage().toStdString();
        m_library = std::move(library).value();
    }

    QTemporaryDir m_dir;
    const FactsEngine m_facts;
    std::unique_ptr<Library> m_library;
};

// A library in a temporary directory with the demo articles loaded, as the window opens it.
class DemoLibrary : public ::testing::Test {
protected:
    void SetUp() override
    {
        guiApp();
        ASSERT_TRUE(m_dir.isValid());
        auto library = Library::openWithWriter(m_dir.filePath(QStringLiteral("library.sqlite")), m_facts);
        ASSERT_TRUE(library.ok()) << library.errorMessage().toStdString();
        m_library = std::move(library).value();
        auto loaded = m_library->loadDemo();
        ASSERT_TRUE(loaded.ok()) << loaded.errorMessage().toStdString();
        ASSERT_GT(*loaded, 3);
    }

    QTemporaryDir m_dir;
    const FactsEngine m_facts;
    std::unique_ptr<Library> m_library;
};

// Runs the event loop until `done` holds or `ms` have passed; says whether it holds.
inline bool waitUntil(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(5);
    return done();
}

// The source tree, for tests that read its files.
inline QString sourceDir()
{
    return QDir(QStringLiteral(VEILLE_TEST_DATA_DIR "/../..")).absolutePath();
}

} // namespace veille::test
