// A process has one writable connection; every other one only reads (Access::Read), and
// a long job's transaction commits in batches so that readers see it progress.
#include <QFileInfo>
#include <gtest/gtest.h>

#include "TempLibrary.h"
#include "storage/FeedStore.h"

using namespace veille;

namespace {

QString feedUrl(int i)
{
    return QStringLiteral("https://example.org/feed/%1.xml").arg(i);
}

int feedCount(Database &db)
{
    auto feeds = FeedStore(db).feeds();
    return feeds ? int(feeds->size()) : -1;
}

// The writer's connection and a reader's, on one new library.
struct WriterAndReader {
    WriterAndReader()
    {
        writer = lib.open();
        EXPECT_TRUE(writer);
        auto opened = Database::open(lib.path(), Access::Read);
        EXPECT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        if (opened)
            reader = std::move(opened).value();
    }
    bool ok() const { return writer && reader; }

    test::TempLibrary lib;
    std::unique_ptr<Database> writer;
    std::unique_ptr<Database> reader;
};

} // namespace

TEST(ReadOnlyConnection, RefusesAWriteWithTheReadOnlyError)
{
    WriterAndReader db;
    ASSERT_TRUE(db.ok());
    Database *const writer = db.writer.get();
    Database *const reader = db.reader.get();
    EXPECT_EQ(reader->access(), Access::Read);

    auto made = FeedStore(*reader).ensure(feedUrl(1), QStringLiteral("Un flux"), QString());
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().code, ErrorCode::DatabaseReadOnly);
    EXPECT_EQ(feedCount(*writer), 0);
}

TEST(ReadOnlyConnection, ReadsWhatTheWriterCommitted)
{
    WriterAndReader db;
    ASSERT_TRUE(db.ok());
    Database *const writer = db.writer.get();
    Database *const reader = db.reader.get();
    ASSERT_TRUE(FeedStore(*writer).ensure(feedUrl(1), QStringLiteral("Un flux"), QString()).ok());
    EXPECT_EQ(feedCount(*reader), 1);
}

TEST(ReadOnlyConnection, NeverCreatesALibraryTheWriterHasNotMade)
{
    test::TempLibrary lib;
    auto reader = Database::open(lib.path(), Access::Read);
    EXPECT_FALSE(reader.ok());
    EXPECT_FALSE(QFileInfo::exists(lib.path()));
}

TEST(BatchedTransaction, CommitsEachBatchSoThatAReaderSeesProgress)
{
    WriterAndReader db;
    ASSERT_TRUE(db.ok());
    Database *const writer = db.writer.get();
    Database *const reader = db.reader.get();
    const int total = Database::kBatchSize * 2 + 10;
    int seenHalfway = -1;
    auto done = writer->batched([&]() -> Result<void> {
        FeedStore feeds(*writer);
        for (int i = 0; i < total; ++i) {
            VEILLE_TRY(feeds.ensure(feedUrl(i), QStringLiteral("Flux %1").arg(i), QString()));
            VEILLE_TRY(writer->batchPoint());
            if (i == Database::kBatchSize * 2 + 5)
                seenHalfway = feedCount(*reader);
        }
        return {};
    });
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_EQ(seenHalfway, Database::kBatchSize * 2);
    EXPECT_EQ(feedCount(*reader), total);
}

TEST(BatchedTransaction, AFailureRollsBackOnlyTheBatchInFlight)
{
    test::TempLibrary lib;
    auto writer = lib.open();
    ASSERT_TRUE(writer);
    auto done = writer->batched([&]() -> Result<void> {
        FeedStore feeds(*writer);
        for (int i = 0; i < Database::kBatchSize + 20; ++i) {
            VEILLE_TRY(feeds.ensure(feedUrl(i), QStringLiteral("Flux %1").arg(i), QString()));
            VEILLE_TRY(writer->batchPoint());
        }
        return makeError(ErrorCode::DatabaseError, QStringLiteral("a failure midway"));
    });
    EXPECT_FALSE(done.ok());
    EXPECT_EQ(feedCount(*writer), Database::kBatchSize);
}

TEST(BatchedTransaction, LendsTheConnectionToWaitingPriorityWorkOutsideAnyTransaction)
{
    WriterAndReader db;
    ASSERT_TRUE(db.ok());
    Database *const writer = db.writer.get();
    Database *const reader = db.reader.get();
    bool waiting = false;
    int committedWhenLent = -1;
    Result<FeedId> lentWrite = FeedId(0);
    writer->setYield({[&] { return waiting; },
                      [&] {
                          waiting = false;
                          committedWhenLent = feedCount(*reader);
                          lentWrite = FeedStore(*writer).ensure(QStringLiteral("https://example.org/priority.xml"),
                                                                QStringLiteral("Prioritaire"), QString());
                      }});
    auto done = writer->batched([&]() -> Result<void> {
        FeedStore feeds(*writer);
        for (int i = 0; i < 30; ++i) {
            VEILLE_TRY(feeds.ensure(feedUrl(i), QStringLiteral("Flux %1").arg(i), QString()));
            waiting = i == 9;
            VEILLE_TRY(writer->batchPoint());
        }
        return {};
    });
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_EQ(committedWhenLent, 10); // the batch so far committed before the priority work ran
    EXPECT_TRUE(lentWrite.ok()) << lentWrite.errorMessage().toStdString();
    EXPECT_EQ(feedCount(*writer), 31);
}
