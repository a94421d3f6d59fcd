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
    m_library.forget(this);
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
    m_running = true;
    const QString path = m_library.database().path();
    m_library.post([this, path](Library *library, const Error &openError) {
        int added = 0, failed = 0;
        if (!library) {
            emit accountDone(QString(), 0, openError);
            failed = 1;
        } else {
            SecretStore secrets(SecretStore::fileFor(path));
            SyncAccounts syncer(*library, secrets);
            const auto accounts = AccountStore(library->database()).accounts();
            if (!accounts) {
                emit accountDone(QString(), 0, accounts.error());
                failed = 1;
            }
            for (qsizetype i = 0; accounts && i < accounts->size(); ++i) {
                const Account &account = accounts->at(i);
                emit accountStarted(account.url, int(i) + 1, int(accounts->size()));
                const SyncReport report = syncer.sync(account);
                added += report.newArticles;
                failed += report.error.isNone() ? 0 : 1;
                emit accountDone(account.url, report.newArticles, report.error);
            }
        }
        m_running = false;
        emit finished(added, failed);
    }, Lane::Normal, this);
}

} // namespace veille::app
