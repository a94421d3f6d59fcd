// No write in the code base outside the library's one writer: every connection but the
// writer's is opened for reading (docs/storage.md, "One writer").
#include <QDir>
#include <QDirIterator>
#include <gtest/gtest.h>

#include "TestPaths.h"

using namespace veille;

TEST(WriterSource, NoConnectionOutsideTheWriterIsOpenedForWriting)
{
    // The writable connection is opened in two places only: the writer thread
    // (StorageThread, the window) and Library::open (veille-cli, whose one thread is its
    // writer; see docs/performance.md). Every other connection reads; the WAL
    // checkpointer's, which copies committed pages, too.
    const QString root = QDir(QStringLiteral(VEILLE_TEST_DATA_DIR "/../..")).absolutePath();
    const QStringList writers = {QStringLiteral("core/storage/Database.h"), QStringLiteral("core/storage/Database.cpp"),
                                 QStringLiteral("core/update/StorageThread.h"), QStringLiteral("core/update/StorageThread.cpp"),
                                 QStringLiteral("core/update/Library.cpp")};
    QStringList offenders;
    int files = 0;
    for (const QString &folder : {QStringLiteral("app"), QStringLiteral("core")}) {
        QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            const QByteArray text = test::readAll(path);
            ++files;
            if (text.contains("Access::Write") && !writers.contains(relative))
                offenders << relative + QStringLiteral(": Access::Write");
            if (text.contains("addDatabase(") && relative != QLatin1String("core/storage/Database.cpp")
                && !(relative == QLatin1String("core/storage/StoredFingerprints.cpp") && text.contains("query_only = 1")))
                offenders << relative + QStringLiteral(": a connection of its own");
            // SQLite's own interface: the checkpointer alone opens a connection with it,
            // read-only.
            if (text.contains("sqlite3_open")
                && !(relative == QLatin1String("core/storage/WalCheckpointer.cpp") && text.contains("query_only = 1")))
                offenders << relative + QStringLiteral(": an SQLite connection of its own");
            // The window's process writes through its Library's writer thread only.
            if (relative.startsWith(QLatin1String("app/gui/")) && text.contains("Library::open("))
                offenders << relative + QStringLiteral(": Library::open (the single-threaded writer)");
            if (relative.startsWith(QLatin1String("app/gui/")) && text.contains("StorageThread>(") && !text.contains("Access::Read"))
                offenders << relative + QStringLiteral(": a StorageThread of its own");
        }
    }
    EXPECT_GT(files, 100);
    EXPECT_TRUE(offenders.isEmpty()) << qPrintable(offenders.join(QLatin1Char('\n')));
}
