// The window reads a library's header through storage/SqliteHeader, as the store does;
// these are the files on which its own reader used to differ from the store's.
#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "SqliteHeaderBytes.h"
#include "gui/LibraryProblem.h"
#include "storage/Database.h"

using namespace veille;
using namespace veille::app;

namespace {

LibraryProblem::Kind diagnoseBytes(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return LibraryProblem::Unreachable;
    file.write(bytes);
    file.close();
    return LibraryProblem::diagnose(path, QStringLiteral("refused")).kind;
}

} // namespace

TEST(LibraryProblemHeader, AnEmptyFileIsNotCalledAnotherProgramsFile)
{
    // The store opens an empty file as a new library, so what failed was not its contents.
    EXPECT_EQ(diagnoseBytes(QByteArray()), LibraryProblem::Unreachable);
}

TEST(LibraryProblemHeader, AShortFileWithTheSignatureIsDamaged)
{
    EXPECT_EQ(diagnoseBytes(sqliteHeaderBytes(0, 16)), LibraryProblem::Damaged);
    // A version past ours in a header cut before its hundredth byte is not trusted.
    EXPECT_EQ(diagnoseBytes(sqliteHeaderBytes(Database::latestVersion() + 1, 80)), LibraryProblem::Damaged);
}

TEST(LibraryProblemHeader, AWholeHeaderTellsANewerLibraryFromADamagedOne)
{
    EXPECT_EQ(diagnoseBytes(sqliteHeaderBytes(Database::latestVersion() + 1, 4096)), LibraryProblem::Newer);
    EXPECT_EQ(diagnoseBytes(sqliteHeaderBytes(Database::latestVersion(), 4096)), LibraryProblem::Damaged);
    EXPECT_EQ(diagnoseBytes(QByteArray("PK\x03\x04 not a library")), LibraryProblem::NotALibrary);
}
