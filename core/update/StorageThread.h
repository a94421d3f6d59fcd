#pragma once

#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include "model/Error.h"

namespace veille {

class Database;

// A thread with its own connection to the library file, where parsing, key facts and
// storing run so that the thread that owns the window never waits for them. SQLite in
// WAL mode lets the window's connection read while this one writes; each feed is one
// short transaction, so the window's own writes (read, favourite) wait little if at all.
//
// Jobs run one after the other, in the order posted.
class StorageThread {
public:
    // `db` is null when the library could not be opened; `error` then says why.
    using Job = std::function<void(Database *db, const Error &error)>;

    explicit StorageThread(QString databasePath);
    // Skips the jobs not yet started, waits for the one running, and closes the
    // connection in its own thread (a Qt SQL rule).
    ~StorageThread();
    StorageThread(const StorageThread &) = delete;
    StorageThread &operator=(const StorageThread &) = delete;

    void post(Job job);

private:
    void runJob(const Job &job);

    QString m_path;
    QThread m_thread;
    QObject *m_context; // lives in m_thread; jobs are queued to it
    std::unique_ptr<Database> m_db;
    Error m_openError;
    std::atomic<bool> m_stopping{false};
};

} // namespace veille
