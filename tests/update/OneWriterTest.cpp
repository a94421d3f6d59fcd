// The library's one writer: a StorageThread owns the only writable connection, the
// window's connection reads, and the window's own writes take the priority lane.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>

#include "facts/FactsEngine.h"
#include "update/Library.h"

using namespace veille;

namespace {

QString feedUrl(int i)
{
    return QStringLiteral("https://example.org/feed/%1.xml").arg(i);
}

// The writer's thread runs an event loop, which Qt allows only once an application exists.
QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "test_update";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    return *app;
}

class OneWriterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        application();
        ASSERT_TRUE(m_dir.isValid());
        auto lib = Library::openWithWriter(m_dir.filePath(QStringLiteral("library.sqlite")), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    int feedCount()
    {
        auto feeds = m_library->feeds().feeds();
        return feeds ? int(feeds->size()) : -1;
    }

    QTemporaryDir m_dir;
    FactsEngine m_facts;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(OneWriterTest, TheCallersOwnConnectionOnlyReads)
{
    auto direct = m_library->feeds().ensure(feedUrl(1), QStringLiteral("Un flux"), QString());
    ASSERT_FALSE(direct.ok());
    EXPECT_EQ(direct.error().code, ErrorCode::DatabaseReadOnly);

    auto through = m_library->call([](Library &writer) {
        return writer.feeds().ensure(feedUrl(1), QStringLiteral("Un flux"), QString());
    });
    ASSERT_TRUE(through.ok()) << through.errorMessage().toStdString();
    EXPECT_EQ(feedCount(), 1);
}

TEST_F(OneWriterTest, PriorityJobsRunBeforeNormalJobsAlreadyQueued)
{
    QSemaphore started, release;
    std::mutex mutex;
    QStringList order;
    auto note = [&](const QString &what) {
        std::lock_guard lock(mutex);
        order << what;
    };
    m_library->post([&](Library *, const Error &) {
        started.release();
        release.acquire();
    });
    started.acquire();
    m_library->post([&](Library *, const Error &) { note(QStringLiteral("normal 1")); });
    m_library->post([&](Library *, const Error &) { note(QStringLiteral("normal 2")); });
    m_library->post([&](Library *, const Error &) { note(QStringLiteral("priority")); }, Lane::Priority);
    release.release();
    m_library->drain();
    EXPECT_EQ(order, (QStringList{QStringLiteral("priority"), QStringLiteral("normal 1"), QStringLiteral("normal 2")}));
}

TEST_F(OneWriterTest, APriorityJobPostedDuringALongBatchedJobRunsBeforeTheJobEnds)
{
    QSemaphore started;
    std::atomic<bool> longJobDone{false};
    std::atomic<bool> priorityDone{false};
    std::atomic<bool> priorityRanFirst{false};
    std::atomic<int> committedWhenPriorityRan{-1};
    m_library->post([&](Library *writer, const Error &) {
        ASSERT_TRUE(writer);
        Database &db = writer->database();
        auto done = db.batched([&]() -> Result<void> {
            started.release();
            // Long enough that the priority job arrives midway: stops early once it ran.
            for (int i = 0; i < 20000 && !priorityDone; ++i) {
                VEILLE_TRY(writer->feeds().ensure(feedUrl(i), QStringLiteral("Flux %1").arg(i), QString()));
                QThread::usleep(200);
                VEILLE_TRY(db.batchPoint());
            }
            return {};
        });
        EXPECT_TRUE(done.ok()) << done.errorMessage().toStdString();
        longJobDone = true;
    });
    started.acquire();
    QThread::msleep(50);
    QElapsedTimer clock;
    clock.start();
    auto marked = m_library->call([&](Library &writer) -> Result<void> {
        priorityRanFirst = !longJobDone;
        committedWhenPriorityRan = int(writer.feeds().feeds()->size());
        priorityDone = true;
        return {};
    }, Lane::Priority);
    const qint64 waited = clock.elapsed();
    ASSERT_TRUE(marked.ok());
    m_library->drain();
    EXPECT_TRUE(priorityRanFirst);
    EXPECT_LT(waited, 1000) << "a priority job waited " << waited << " ms behind a long job";
    // The long job's batch so far was committed before the priority job ran.
    EXPECT_GT(committedWhenPriorityRan, 0);
    EXPECT_EQ(committedWhenPriorityRan, feedCount());
}

TEST_F(OneWriterTest, AReaderSeesABatchedJobProgress)
{
    QSemaphore halfway, checked;
    m_library->post([&](Library *writer, const Error &) {
        Database &db = writer->database();
        auto done = db.batched([&]() -> Result<void> {
            for (int i = 0; i < Database::kBatchSize + 10; ++i) {
                VEILLE_TRY(writer->feeds().ensure(feedUrl(i), QStringLiteral("Flux %1").arg(i), QString()));
                VEILLE_TRY(db.batchPoint());
                if (i == Database::kBatchSize + 5) {
                    halfway.release();
                    checked.acquire();
                }
            }
            return {};
        });
        EXPECT_TRUE(done.ok());
    });
    halfway.acquire();
    EXPECT_EQ(feedCount(), Database::kBatchSize);
    checked.release();
    m_library->drain();
    EXPECT_EQ(feedCount(), Database::kBatchSize + 10);
}

TEST_F(OneWriterTest, AWriteHandsItsResultBackOnTheCallersThread)
{
    QObject context;
    std::optional<Result<FeedId>> result;
    QThread *deliveredOn = nullptr;
    m_library->write(Lane::Priority, &context,
                     [](Library &writer) { return writer.feeds().ensure(feedUrl(7), QStringLiteral("Flux"), QString()); },
                     [&](const Result<FeedId> &r) {
                         result = r;
                         deliveredOn = QThread::currentThread();
                     });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->ok());
    EXPECT_EQ(deliveredOn, QThread::currentThread());
}

TEST_F(OneWriterTest, AReaderBesideTheLibraryWritesThroughItsWriter)
{
    std::unique_ptr<Library> other;
    QThread *thread = QThread::create([&] {
        auto reader = Library::openReader(*m_library);
        ASSERT_TRUE(reader.ok()) << reader.errorMessage().toStdString();
        EXPECT_FALSE((*reader)->feeds().ensure(feedUrl(1), QString(), QString()).ok());
        auto made = (*reader)->call([](Library &writer) { return writer.feeds().ensure(feedUrl(1), QString(), QString()); });
        EXPECT_TRUE(made.ok()) << made.errorMessage().toStdString();
    });
    thread->start();
    thread->wait();
    delete thread;
    EXPECT_EQ(feedCount(), 1);
}
