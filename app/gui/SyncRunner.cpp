#include "gui/SyncRunner.h"

#include <QThread>

#include "storage/AccountStore.h"
#include "sync/SecretStore.h"
#include "sync/SyncAccounts.h"
#include "update/Library.h"

namespace veille::app {

SyncRunner::SyncRunner(Library &library, QObject *parent) : QObject(parent), m_library(library) {}

SyncRunner::~SyncRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool SyncRunner::hasAccounts()
{
    const auto accounts = AccountStore(m_library.database()).accounts();
    return accounts && !accounts->isEmpty();
}

void SyncRunner::start()
{
    if (m_running || !hasAccounts())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_running = true;
    const QString path = m_library.database().path();
    const FactsEngine &facts = m_library.factsEngine();
    m_thread = QThread::create([this, path, &facts] {
        int added = 0, failed = 0;
        auto library = Library::open(path, facts);
        if (!library) {
            emit accountDone(QString(), 0, library.error());
            failed = 1;
        } else {
            SecretStore secrets(SecretStore::fileFor(path));
            SyncAccounts(**library, secrets).syncAll([&](const Account &account, const SyncReport &report) {
                added += report.newArticles;
                failed += report.error.isNone() ? 0 : 1;
                emit accountDone(account.url, report.newArticles, report.error);
            });
        }
        m_running = false;
        emit finished(added, failed);
    });
    m_thread->start();
}

} // namespace veille::app
