#pragma once

#include <QObject>
#include <QString>

#include <atomic>

#include "model/Error.h"

class QThread;

namespace veille::app {

// "Test the connection" of the accounts dialog: logs in to a sync server and out again on
// a thread of its own, since a server may take its whole timeout to answer and the window
// must not wait for it. One test at a time.
class ConnectionTest : public QObject {
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 15000;

    explicit ConnectionTest(QObject *parent = nullptr);
    // Waits for the test under way (it ends within its timeout).
    ~ConnectionTest() override;

    bool isRunning() const { return m_running; }
    // Starts a test, unless one runs.
    void start(const QString &type, const QString &url, const QString &user, const QString &password);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    // None when the server accepted the user and password.
    void finished(const veille::Error &error);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_running{false};
    int m_timeoutMs = kTimeoutMs;
};

} // namespace veille::app
