#include "gui/FileImporter.h"

#include "storage/Database.h"
#include "update/StorageThread.h"

namespace veille::app {

FileImporter::FileImporter(const QString &databasePath, const FactsEngine &facts, QObject *parent)
    : QObject(parent), m_facts(facts), m_thread(std::make_unique<StorageThread>(databasePath))
{
}

// The thread stops first: it finishes the file under way (one transaction) and drops the
// others, while this object still exists to receive what it posts back.
FileImporter::~FileImporter() { m_thread.reset(); }

void FileImporter::import(const QStringList &paths)
{
    for (const QString &path : paths) {
        ++m_queued;
        m_thread->post([this, path](Database *db, const Error &error) {
            QMetaObject::invokeMethod(this, [this, path] { emit fileStarted(path); }, Qt::QueuedConnection);
            Result<ImportReport> report = db ? Importer(*db, m_facts).importFile(path) : Result<ImportReport>(error);
            QMetaObject::invokeMethod(this, [this, path, report] {
                --m_queued;
                emit fileFinished(path, report);
                if (m_queued == 0)
                    emit finished();
            }, Qt::QueuedConnection);
        });
    }
}

} // namespace veille::app
