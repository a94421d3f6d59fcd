#include "storage/WalCheckpointer.h"

#include <sqlite3.h>

namespace veille {

WalCheckpointer::WalCheckpointer(const QString &path) : m_path(path)
{
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

bool WalCheckpointer::request()
{
    std::unique_lock lock(m_mutex);
    // The first request waits for the connection to be open (or to have failed).
    m_wake.wait(lock, [this] { return m_opened || m_failed; });
    if (m_failed)
        return false;
    m_pending = true;
    lock.unlock();
    m_wake.notify_all();
    return true;
}

bool WalCheckpointer::catchUp(const std::function<bool()> &stopWaiting)
{
    if (!request())
        return false;
    std::unique_lock lock(m_mutex);
    const auto idle = [this] { return !m_pending && !m_running; };
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(5), idle)) {
        if (stopWaiting && stopWaiting())
            break;
    }
    return true;
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    // Never creates the file: the writer has it open already.
    const bool opened = sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
                        && sqlite3_exec(db, "PRAGMA query_only = 1", nullptr, nullptr, nullptr) == SQLITE_OK;
    {
        std::lock_guard lock(m_mutex);
        m_opened = opened;
        m_failed = !opened;
    }
    m_wake.notify_all();
    std::unique_lock lock(m_mutex);
    while (opened) {
        m_wake.wait(lock, [this] { return m_pending || m_stopping; });
        if (!m_pending)
            break; // stopping, with no checkpoint asked for
        m_pending = false;
        m_running = true;
        lock.unlock();
        // Through SQL rather than sqlite3_wal_checkpoint_v2: a connection that has read
        // nothing yet has not opened the log, and the pragma reads the schema first. What
        // a busy log leaves is for the next request, or for the writer once the job ends.
        sqlite3_exec(db, "PRAGMA wal_checkpoint(PASSIVE)", nullptr, nullptr, nullptr);
        lock.lock();
        m_running = false;
        m_wake.notify_all();
    }
    lock.unlock();
    sqlite3_close_v2(db);
}

} // namespace veille
