// A long job's checkpoints run on a thread of their own, through a read-only connection:
// the pages the writer committed reach the library file while the writer goes on.
#include <QFileInfo>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "TempLibrary.h"
#include "storage/FeedStore.h"
#include "storage/WalCheckpointer.h"

using namespace veille;

namespace {

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
}

} // namespace

TEST(WalCheckpointer, CopiesWhatTheWriterCommittedIntoTheLibraryFile)
{
    test::TempLibrary lib;
    auto writer = lib.open();
    ASSERT_TRUE(writer);
    exec(*writer, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    auto written = writer->transaction([&]() -> Result<void> {
        FeedStore feeds(*writer);
        for (int i = 0; i < 400; ++i)
            VEILLE_TRY(feeds.ensure(QStringLiteral("https://example.org/%1/%2.xml").arg(i).arg(QString(200, u'x')),
                                    QStringLiteral("Flux %1").arg(i), QString()));
        return {};
    });
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    const qint64 before = QFileInfo(lib.path()).size();
    const qint64 log = QFileInfo(lib.path() + QStringLiteral("-wal")).size();
    ASSERT_GT(log, 100 * 1024); // the rows are in the log, not yet in the file

    {
        WalCheckpointer checkpointer(lib.path());
        EXPECT_TRUE(checkpointer.request());
    } // waits for the checkpoint
    EXPECT_GT(QFileInfo(lib.path()).size(), before + 80 * 1024);
    auto feeds = FeedStore(*writer).feeds();
    ASSERT_TRUE(feeds.ok());
    EXPECT_EQ(feeds->size(), 400);
}

TEST(WalCheckpointer, WithoutALibraryItSaysSoAndCreatesNone)
{
    test::TempLibrary lib;
    WalCheckpointer checkpointer(lib.path());
    EXPECT_FALSE(checkpointer.request());
    EXPECT_FALSE(QFileInfo::exists(lib.path()));
}

TEST(WalCheckpointer, ABatchedJobsRowsReachTheLibraryFileWhileItWrites)
{
    test::TempLibrary lib;
    auto writer = lib.open();
    ASSERT_TRUE(writer);
    const int total = Database::kBatchSize * 8;
    qint64 fileMidway = 0;
    auto done = writer->batched([&]() -> Result<void> {
        FeedStore feeds(*writer);
        for (int i = 0; i < total; ++i) {
            VEILLE_TRY(feeds.ensure(QStringLiteral("https://example.org/%1/%2.xml").arg(i).arg(QString(300, u'x')),
                                    QStringLiteral("Flux %1").arg(i), QString()));
            VEILLE_TRY(writer->batchPoint());
            if (i == total - Database::kBatchSize / 2)
                fileMidway = QFileInfo(lib.path()).size();
        }
        return {};
    });
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    // Seven batches were committed before the last one began: checkpointed as they came,
    // most of their pages are in the file already (without checkpoints it would hold
    // none of them until the job's end).
    const qint64 file = QFileInfo(lib.path()).size();
    EXPECT_GT(file, 1024 * 1024);
    EXPECT_GT(fileMidway, file / 2);
}

TEST(WalCheckpointer, ALongBatchedJobWritesTheLogAgainFromItsStartInsteadOfGrowingIt)
{
    test::TempLibrary lib;
    auto writer = lib.open();
    ASSERT_TRUE(writer);
    const int batches = Database::kCatchUpEvery * 4;
    auto done = writer->batched([&]() -> Result<void> {
        FeedStore feeds(*writer);
        for (int i = 0; i < Database::kBatchSize * batches; ++i) {
            VEILLE_TRY(feeds.ensure(QStringLiteral("https://example.org/%1/%2.xml").arg(i).arg(QString(1500, u'x')),
                                    QStringLiteral("Flux %1").arg(i), QString()));
            VEILLE_TRY(writer->batchPoint());
        }
        return {};
    });
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    // The log keeps the size it grew to while the writer is open. Without the catch-ups it
    // would hold every batch, more than the whole library; with them, a few batches.
    const qint64 file = QFileInfo(lib.path()).size();
    const qint64 log = QFileInfo(lib.path() + QStringLiteral("-wal")).size();
    ASSERT_GT(file, 16 * 1024 * 1024);
    EXPECT_LT(log, file / 2) << "log " << log << " bytes, library " << file;
}
