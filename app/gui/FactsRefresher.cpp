#include "gui/FactsRefresher.h"

#include "messages/ErrorText.h"
#include "storage/Database.h"
#include "update/Importer.h"
#include "update/StorageThread.h"

namespace veille::app {

FactsRefresher::FactsRefresher(const QString &databasePath, const FactsEngine &facts, QObject *parent)
    : QObject(parent), m_facts(facts), m_thread(std::make_unique<StorageThread>(databasePath))
{
}

FactsRefresher::~FactsRefresher()
{
    m_stop->store(true);
    m_thread.reset();
}

void FactsRefresher::start()
{
    m_thread->post([this, stop = m_stop](Database *db, const Error &openError) {
        Result<int> done = openError;
        if (db) {
            done = Importer(*db, m_facts).refreshFactsAfterUpgrade([this, stop](int n, int total) {
                if (stop->load())
                    return false;
                QMetaObject::invokeMethod(this, [this, n, total] { emit progress(n, total); }, Qt::QueuedConnection);
                return true;
            });
        }
        if (stop->load())
            return;
        const int recomputed = done ? *done : 0;
        const QString error = done ? QString() : ErrorText::of(done.error());
        QMetaObject::invokeMethod(this, [this, recomputed, error] { emit finished(recomputed, error); }, Qt::QueuedConnection);
    });
}

} // namespace veille::app
