#pragma once

#include <QObject>
#include <QString>

#include <atomic>

#include "model/Error.h"

class QThread;

namespace veille {
class Library;
}

namespace veille::app {

// Syncs every sync account of the library (core/sync: SyncAccounts) as a job of the
// library's writer, off the window's thread: the server calls block, the window must not,
// and the window's own writes pass while the sync waits for the server (StorageThread).
// Reports each account as it is done; one sync at a time.
class SyncRunner : public QObject {
    Q_OBJECT
public:
    SyncRunner(Library &library, QObject *parent = nullptr);
    // Waits for the sync under way (a server call ends within its timeout).
    ~SyncRunner() override;

    bool hasAccounts();
    bool isRunning() const { return m_running; }
    // Starts a sync of every account, unless one runs or there is no account.
    void start();

signals:
    // The sync of an account begins: the `index`-th of `count` (from 1).
    void accountStarted(const QString &server, int index, int count);
    void accountDone(const QString &server, int added, const veille::Error &error);
    // `added` new articles in all; `failed` accounts that did not sync.
    void finished(int added, int failed);

private:
    Library &m_library;
    std::atomic<bool> m_running{false};
};

} // namespace veille::app
