#pragma once

#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace veille {

// Copies the write-ahead log back into the library file on a thread of its own while a
// long job (an import, a facts pass, a sync) writes in batches: the writer goes on with
// its next batch instead of waiting for the copy, which was a fifth of its time in an
// import. The thread's connection is read-only (PRAGMA query_only): a checkpoint moves
// pages the writer has already committed, which SQLite lets any connection do, and it
// changes no row. Passive: it never waits for the writer or for readers, and copies what
// it can.
class WalCheckpointer {
public:
    explicit WalCheckpointer(const QString &path);
    // Waits for a checkpoint under way or asked for, then stops.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // After a commit: a checkpoint as soon as the thread is free (requests made while one
    // runs are one more). False when the thread could not open the library: the caller
    // checkpoints on its own connection.
    bool request();
    // A checkpoint of everything committed so far, waited for: when it returns, the log is
    // all copied and the writer's next transaction writes it again from its beginning.
    // The wait ends early, the checkpoint going on, as soon as `stopWaiting` says so (it is
    // asked every few milliseconds). False as request() is.
    bool catchUp(const std::function<bool()> &stopWaiting = {});

private:
    void run();

    const QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_opened = false;
    bool m_failed = false;
    bool m_pending = false;
    bool m_running = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace veille
