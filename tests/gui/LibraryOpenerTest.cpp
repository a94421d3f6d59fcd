#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QtEndian>

#include "GuiTestSupport.h"
#include "MadeUp.h"
#include "VersionOneLibrary.h"
#include "facts/FactsEngine.h"
#include "gui/LanguageManager.h"
#include "gui/LibraryOpener.h"
#include "gui/LibraryProblemDialog.h"
#include "gui/Settings.h"
#include "update/Library.h"

using namespace veille;
using namespace veille::app;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

class LibraryOpenerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::guiApp();
        ASSERT_TRUE(m_dir.isValid());
        Settings::setDataLocation(QString());
    }
    void TearDown() override { Settings::setDataLocation(QString()); }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A real SQLite file whose pages after the header are noise: a disk or a copy gone wrong.
    QString corruptLibrary()
    {
        const QString file = path(QStringLiteral("library.sqlite"));
        writeFile(file, test::corruptLibraryBytes());
        return file;
    }

    // A library this build made, then marked with the schema version of a later one.
    QString newerLibrary()
    {
        const QString file = path(QStringLiteral("library.sqlite"));
        {
            auto library = Library::open(file, m_facts);
            EXPECT_TRUE(library.ok()) << library.errorMessage().toStdString();
        }
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(60);
        char version[4];
        qToBigEndian<qint32>(Database::latestVersion() + 1, version);
        f.write(version, 4);
        return file;
    }

    QTemporaryDir m_dir;
    const FactsEngine m_facts;
};

} // namespace

TEST_F(LibraryOpenerTest, ACorruptLibraryIsLeftByteIdenticalAndANewEmptyOneOpensBesideIt)
{
    const QString broken = corruptLibrary();
    const QByteArray before = digest(broken);
    LibraryOpener opener(m_facts);
    QList<LibraryProblem> asked;
    opener.setChooser([&](const LibraryProblem &p) {
        asked << p;
        return LibraryProblemDialog::NewLibrary;
    });
    auto library = opener.open(broken, true);
    ASSERT_NE(library, nullptr);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.first().kind, LibraryProblem::Damaged);
    EXPECT_EQ(asked.first().path, QFileInfo(broken).absoluteFilePath());
    EXPECT_FALSE(asked.first().detail.isEmpty());
    EXPECT_EQ(digest(broken), before) << "the damaged file must not change";
    EXPECT_NE(opener.openedPath(), broken);
    EXPECT_EQ(QFileInfo(opener.openedPath()).absolutePath(), QFileInfo(broken).absolutePath());
    EXPECT_EQ(*library->articles().count({}), 0);
    EXPECT_EQ(library->database().version(), Database::latestVersion());
    EXPECT_TRUE(library->call([&](Library &writer) { return writer.feeds().ensure(QStringLiteral("https://example.org/feed.xml"), QStringLiteral("Example"), {}); }).ok())
        << "the new library takes writes";
}

TEST_F(LibraryOpenerTest, ALibraryFromANewerVeilleIsLeftByteIdenticalAndANewOneOpensElsewhere)
{
    const QString newer = newerLibrary();
    const QByteArray before = digest(newer);
    ASSERT_FALSE(before.isEmpty());
    LibraryOpener opener(m_facts);
    LibraryProblem::Kind kind = LibraryProblem::Unreachable;
    opener.setChooser([&](const LibraryProblem &p) {
        kind = p.kind;
        return LibraryProblemDialog::NewLibrary;
    });
    auto library = opener.open(newer, true);
    ASSERT_NE(library, nullptr);
    EXPECT_EQ(kind, LibraryProblem::Newer);
    EXPECT_EQ(digest(newer), before) << "the newer file must not change";
    EXPECT_NE(opener.openedPath(), newer);
    EXPECT_EQ(*library->articles().count({}), 0);
}

TEST_F(LibraryOpenerTest, AnOlderLibraryIsUpgradedOnAThreadOfItsOwnAndKeepsItsArticles)
{
    const QString old = path(QStringLiteral("library.sqlite"));
    ASSERT_NO_FATAL_FAILURE(test::writeVersionOneLibrary(old));
    ASSERT_EQ(Database::storedVersion(old), 1);
    LibraryOpener opener(m_facts);
    bool asked = false;
    opener.setChooser([&](const LibraryProblem &) {
        asked = true;
        return LibraryProblemDialog::Quit;
    });
    auto library = opener.open(old, true);
    ASSERT_NE(library, nullptr);
    EXPECT_FALSE(asked);
    EXPECT_TRUE(opener.upgradedInBackground());
    EXPECT_EQ(opener.openedPath(), old);
    EXPECT_EQ(library->database().version(), Database::latestVersion());
    auto id = library->articles().idForIdentity(QStringLiteral("url:https://example.org/a"));
    ASSERT_TRUE(id.ok() && id->has_value());
    EXPECT_EQ(*library->articles().count({}), 1);
}

TEST_F(LibraryOpenerTest, ACurrentLibraryOpensWithoutAnUpgrade)
{
    const QString current = path(QStringLiteral("library.sqlite"));
    {
        auto made = Library::open(current, m_facts);
        ASSERT_TRUE(made.ok()) << made.errorMessage().toStdString();
    }
    LibraryOpener opener(m_facts);
    auto library = opener.open(current, true);
    ASSERT_NE(library, nullptr);
    EXPECT_FALSE(opener.upgradedInBackground());
}

TEST_F(LibraryOpenerTest, AFileThatIsNotSqliteIsToldApartFromADamagedLibrary)
{
    const QString file = path(QStringLiteral("notes.sqlite"));
    writeFile(file, "<html><body>Not found</body></html>\n");
    const LibraryProblem problem = LibraryProblem::diagnose(file, QStringLiteral("refused"));
    EXPECT_EQ(problem.kind, LibraryProblem::NotALibrary);
    EXPECT_TRUE(LibraryProblemDialog::headline(problem).contains(QStringLiteral("notes.sqlite")));
}

TEST_F(LibraryOpenerTest, TheNewLibraryIsRememberedForTheNextStart)
{
    const QString broken = corruptLibrary();
    LibraryOpener opener(m_facts);
    opener.setChooser([](const LibraryProblem &) { return LibraryProblemDialog::NewLibrary; });
    auto library = opener.open(broken, true);
    ASSERT_NE(library, nullptr);
    EXPECT_EQ(Settings::dataLocation(), opener.openedPath());
    EXPECT_TRUE(opener.summary().contains(QFileInfo(broken).fileName()));
}

TEST_F(LibraryOpenerTest, ALibraryGivenOnTheCommandLineDoesNotChangeTheSavedOne)
{
    const QString broken = corruptLibrary();
    LibraryOpener opener(m_facts);
    opener.setChooser([](const LibraryProblem &) { return LibraryProblemDialog::NewLibrary; });
    auto library = opener.open(broken, false);
    ASSERT_NE(library, nullptr);
    EXPECT_TRUE(Settings::dataLocation().isEmpty());
}

TEST_F(LibraryOpenerTest, ANewLibraryNeverTakesTheNameOfAnExistingFile)
{
    const QString broken = corruptLibrary();
    writeFile(path(QStringLiteral("library-new.sqlite")), "someone else's");
    const QString fresh = LibraryProblem::freshPath(broken);
    EXPECT_EQ(fresh, path(QStringLiteral("library-new-2.sqlite")));
}

TEST_F(LibraryOpenerTest, OpenAnotherLibraryOpensTheChosenFile)
{
    const QString broken = corruptLibrary();
    const QString other = path(QStringLiteral("other.sqlite"));
    {
        auto made = Library::open(other, m_facts);
        ASSERT_TRUE(made.ok());
        ASSERT_GT(*(*made)->loadDemo(), 0);
    }
    LibraryOpener opener(m_facts);
    opener.setChooser([](const LibraryProblem &) { return LibraryProblemDialog::OpenAnother; });
    opener.setFilePicker([&](const QString &folder) {
        EXPECT_EQ(folder, QFileInfo(broken).absolutePath());
        return other;
    });
    auto library = opener.open(broken, true);
    ASSERT_NE(library, nullptr);
    EXPECT_EQ(opener.openedPath(), other);
    EXPECT_GT(*library->articles().count({}), 0);
    EXPECT_EQ(Settings::dataLocation(), other);
}

TEST_F(LibraryOpenerTest, QuittingOpensNothingAndLeavesTheFileAlone)
{
    const QString broken = corruptLibrary();
    const QByteArray before = digest(broken);
    LibraryOpener opener(m_facts);
    opener.setChooser([](const LibraryProblem &) { return LibraryProblemDialog::Quit; });
    EXPECT_EQ(opener.open(broken, true), nullptr);
    EXPECT_EQ(digest(broken), before);
    EXPECT_TRUE(Settings::dataLocation().isEmpty());
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("library.sqlite")});
}

TEST_F(LibraryOpenerTest, TheDialogExplainsTheProblemAndItsNewLibraryButtonStartsOne)
{
    const QString newer = newerLibrary();
    const QByteArray before = digest(newer);
    LanguageManager languages;
    languages.apply(QStringLiteral("fr"));
    QString shown;
    bool clicked = false;
    // The dialog runs its own event loop: look for it from a timer and press its button.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<LibraryProblemDialog *>(QApplication::activeModalWidget());
        if (!dialog || clicked)
            return;
        clicked = true;
        shown = dialog->text() + QLatin1Char('\n') + dialog->informativeText();
        const QString shots = qEnvironmentVariable("VEILLE_GUI_SHOTS");
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/library-problem-fr.png"));
        dialog->newLibraryButton()->click();
    });
    poll.start(10);
    LibraryOpener opener(m_facts);
    auto library = opener.open(newer, true);
    poll.stop();
    languages.apply(QStringLiteral("en"));
    ASSERT_TRUE(clicked);
    ASSERT_NE(library, nullptr);
    EXPECT_TRUE(shown.contains(QFileInfo(newer).absoluteFilePath())) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("version plus récente"))) << shown.toStdString();
    EXPECT_EQ(digest(newer), before);
    EXPECT_NE(opener.openedPath(), newer);
}
