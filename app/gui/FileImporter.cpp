#include "gui/FileImporter.h"

#include "update/Library.h"

namespace veille::app {

FileImporter::FileImporter(Library &library, QObject *parent) : QObject(parent), m_library(library)
{
}

// The writer drops the files not started and finishes the one under way, while this
// object still exists to receive what it posts back.
FileImporter::~FileImporter() { m_library.forget(this); }

void FileImporter::import(const QStringList &paths)
{
    for (const QString &path : paths) {
        ++m_queued;
        m_library.post([this, path](Library *writer, const Error &error) {
            QMetaObject::invokeMethod(this, [this, path] { emit fileStarted(path); }, Qt::QueuedConnection);
            Result<ImportReport> report = writer ? writer->importer().importFile(path) : Result<ImportReport>(error);
            QMetaObject::invokeMethod(this, [this, path, report] {
                --m_queued;
                emit fileFinished(path, report);
                if (m_queued == 0)
                    emit finished();
            }, Qt::QueuedConnection);
        }, Lane::Normal, this);
    }
}

} // namespace veille::app
