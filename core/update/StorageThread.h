#pragma once

#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

#include "model/Error.h"
#include "storage/Database.h"

namespace veille {

// Which queue a write job waits in. The window's own writes (read, favourite, the user's
// companies, feed edits) take the priority lane: they run before any queued normal job,
// and a long normal job lends them the connection at its next batch point.
enum class Lane { Priority, Normal };

// A thread with its own connection to the library file, where parsing, key facts and
// storing run so that the thread that owns the window never waits for them.
//
// A process has one writer: the Library's StorageThread, whose connection is the only
// one opened with Access::Write (and the only one that migrates). Every other connection
// is opened for reading; a StorageThread opened with Access::Read serves a window's
// background reads. SQLite in WAL mode lets readers read while the writer writes, and
// with one writer no write ever waits on another connection's lock.
//
// Jobs of one lane run in the order posted; a priority job runs before any normal job
// still queued, and during a long normal job at its next Database::batchPoint().
class StorageThread {
public:
    // `db` is null when the library could not be opened; `error` then says why.
    using Job = std::function<void(Database *db, const Error &error)>;

    explicit StorageThread(QString databasePath, Access access = Access::Write);
    // Skips the jobs not yet started, waits for the one running, and closes the
    // connection in its own thread (a Qt SQL rule).
    ~StorageThread();
    StorageThread(const StorageThread &) = delete;
    StorageThread &operator=(const StorageThread &) = delete;

    // `owner` tags the job so that forget(owner) can drop it; any thread may post.
    void post(Job job, Lane lane = Lane::Normal, const void *owner = nullptr);

    // Drops the jobs `owner` posted that have not started and waits for the one of its
    // jobs that is running, if any: what an object whose jobs use it calls before it
    // goes. Not from this thread's own jobs.
    void forget(const void *owner);

    // Waits until every job posted before the call has run. Not from this thread's jobs.
    void drain();

    // Runs fn(Database &) on this thread and returns what it returned (a Result<T>);
    // the caller waits. From one of this thread's own jobs, fn runs at once.
    template <class F>
    auto call(F &&fn, Lane lane = Lane::Normal) -> decltype(fn(std::declval<Database &>()))
    {
        using R = decltype(fn(std::declval<Database &>()));
        if (isCurrentThread())
            return m_db ? fn(*m_db) : R(m_openError);
        std::optional<R> out;
        auto done = std::make_shared<QSemaphore>();
        post([&out, &fn, done](Database *db, const Error &error) {
            out.emplace(db ? fn(*db) : R(error));
            done->release();
        }, lane);
        if (!waitFor(*done))
            return R(makeError(ErrorCode::DatabaseCantOpen, QStringLiteral("the library is closing")));
        return std::move(*out);
    }

    // Whether the connection opened; waits for the thread to try.
    Error openError();
    bool isCurrentThread() const { return QThread::currentThread() == &m_thread; }
    const QString &path() const { return m_path; }

private:
    struct Queued {
        Job job;
        const void *owner;
    };
    void runNext();
    void open();
    // Runs every priority job queued now: at a batch point of a normal job.
    void runPriority();
    std::optional<Queued> take(bool priorityOnly);
    void run(const Queued &queued);
    bool waitFor(QSemaphore &done);

    QString m_path;
    Access m_access;
    QThread m_thread;
    QObject *m_context; // lives in m_thread; one queued call per job posted
    std::unique_ptr<Database> m_db;
    Error m_openError;
    bool m_opened = false;
    std::atomic<bool> m_stopping{false};
    int m_depth = 0; // jobs running on this thread: more than one inside a job's own event loop

    QMutex m_mutex; // guards the queues and the owners running
    QWaitCondition m_ran;
    std::deque<Queued> m_priority;
    std::deque<Queued> m_normal;
    QHash<const void *, int> m_running;
};

} // namespace veille
