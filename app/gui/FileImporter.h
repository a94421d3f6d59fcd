#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

#include "model/Result.h"
#include "update/Importer.h"

namespace veille {
class Library;
}

namespace veille::app {

// Imports files (articles, feeds, OPML lists) on the library's writer, one file after the
// other, so that the window stays responsive while a feed of thousands of items is
// parsed, its key facts found and stored (in batches: the window's own writes go first).
class FileImporter : public QObject {
    Q_OBJECT
public:
    explicit FileImporter(Library &library, QObject *parent = nullptr);
    ~FileImporter() override;

    void import(const QStringList &paths);
    bool isBusy() const { return m_queued > 0; }
    int queued() const { return m_queued; }

signals:
    void fileStarted(const QString &path);
    void fileFinished(const QString &path, const veille::Result<veille::ImportReport> &report);
    // Every file asked for so far is done.
    void finished();

private:
    Library &m_library;
    int m_queued = 0;
};

} // namespace veille::app
