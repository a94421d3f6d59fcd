#include "update/StorageThread.h"

namespace veille {

StorageThread::StorageThread(QString databasePath, Access access)
    : m_path(std::move(databasePath)), m_access(access), m_context(new QObject)
{
    m_thread.setObjectName(access == Access::Write ? QStringLiteral("veille-writer") : QStringLiteral("veille-reader"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

StorageThread::~StorageThread()
{
    m_stopping = true;
    {
        QMutexLocker lock(&m_mutex);
        m_priority.clear();
        m_normal.clear();
    }
    QMetaObject::invokeMethod(m_context, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void StorageThread::post(Job job, Lane lane, const void *owner)
{
    {
        QMutexLocker lock(&m_mutex);
        (lane == Lane::Priority ? m_priority : m_normal).push_back({std::move(job), owner});
    }
    // One call per job: each takes the first job waiting, priority lane first, so a job
    // already run at a batch point only leaves a call that finds nothing.
    QMetaObject::invokeMethod(m_context, [this] { runNext(); }, Qt::QueuedConnection);
}

void StorageThread::forget(const void *owner)
{
    Q_ASSERT(!isCurrentThread());
    QMutexLocker lock(&m_mutex);
    auto drop = [owner](std::deque<Queued> &queue) {
        std::erase_if(queue, [owner](const Queued &q) { return q.owner == owner; });
    };
    drop(m_priority);
    drop(m_normal);
    while (m_running.value(owner) > 0)
        m_ran.wait(&m_mutex);
}

void StorageThread::drain()
{
    Q_ASSERT(!isCurrentThread());
    auto done = std::make_shared<QSemaphore>();
    post([done](Database *, const Error &) { done->release(); });
    waitFor(*done);
}

bool StorageThread::waitFor(QSemaphore &done)
{
    // A job skipped because the thread is stopping never releases.
    while (!done.tryAcquire(1, 50)) {
        if (m_stopping)
            return false;
    }
    return true;
}

Error StorageThread::openError()
{
    const Result<void> opened = call([](Database &) { return Result<void>(); });
    return opened.ok() ? Error() : opened.error();
}

void StorageThread::open()
{
    if (m_opened)
        return;
    m_opened = true;
    auto db = Database::open(m_path, m_access);
    if (!db) {
        m_openError = db.error();
        return;
    }
    m_db = std::move(db).value();
    m_db->setYield({[this] {
                        QMutexLocker lock(&m_mutex);
                        return !m_priority.empty();
                    },
                    [this] { runPriority(); }});
}

std::optional<StorageThread::Queued> StorageThread::take(bool priorityOnly)
{
    QMutexLocker lock(&m_mutex);
    std::deque<Queued> *queue = !m_priority.empty() ? &m_priority : priorityOnly ? nullptr : &m_normal;
    if (!queue || queue->empty())
        return std::nullopt;
    Queued next = std::move(queue->front());
    queue->pop_front();
    ++m_running[next.owner];
    return next;
}

void StorageThread::run(const Queued &queued)
{
    ++m_depth;
    queued.job(m_db.get(), m_openError);
    --m_depth;
    QMutexLocker lock(&m_mutex);
    if (--m_running[queued.owner] == 0)
        m_running.remove(queued.owner);
    m_ran.wakeAll();
}

void StorageThread::runNext()
{
    if (m_stopping)
        return;
    open();
    if (m_depth > 0) {
        // Called from a running job's own event loop (a sync waiting on the network):
        // the window's writes may pass between two of its transactions; the rest wait.
        if (m_db && !m_db->inTransaction())
            runPriority();
        return;
    }
    // Also runs what calls made inside a job's event loop left queued.
    while (!m_stopping) {
        auto next = take(false);
        if (!next)
            return;
        run(*next);
    }
}

void StorageThread::runPriority()
{
    while (!m_stopping) {
        auto next = take(true);
        if (!next)
            return;
        run(*next);
    }
}

} // namespace veille
