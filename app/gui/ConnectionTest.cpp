#include "gui/ConnectionTest.h"

#include <QThread>

#include "sync/SyncAccounts.h"

namespace veille::app {

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent) {}

ConnectionTest::~ConnectionTest()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ConnectionTest::start(const QString &type, const QString &url, const QString &user, const QString &password)
{
    if (m_running)
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_running = true;
    const int timeoutMs = m_timeoutMs;
    m_thread = QThread::create([this, type, url, user, password, timeoutMs] {
        const Result<void> checked = SyncAccounts::check(type, url, user, password, timeoutMs);
        m_running = false;
        emit finished(checked ? Error() : checked.error());
    });
    m_thread->start();
}

} // namespace veille::app
