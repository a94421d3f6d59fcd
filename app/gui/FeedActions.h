#pragma once

#include <QObject>

#include "model/Article.h"
#include "model/Result.h"
#include "update/Importer.h"

class QAction;
class QMainWindow;
class QMenu;
class QProgressBar;
class QTimer;

namespace veille {
class FeedUpdater;
class Library;
}

namespace veille::app {

class FeedTree;
class FileImporter;
class SyncController;

// The Feeds menu: subscribe, refresh (all, or the feed chosen in the tree, and on a
// timer; refreshing all also syncs the sync accounts, see SyncController), import files and OPML lists,
// export OPML. Refreshes run in FeedUpdater and
// imports in FileImporter, both off the window's thread, and report here: progress in the
// status bar, errors on the feed's row in the tree or in a message for a file.
class FeedActions : public QObject {
    Q_OBJECT
public:
    FeedActions(Library &library, FeedTree &tree, QMainWindow &window);
    ~FeedActions() override;

    void fillMenu(QMenu *menu);
    void retranslate();
    void setRefreshMinutes(int minutes);
    // Imports these files on the import thread; progress and errors show in the window.
    void importFiles(const QStringList &paths);
    bool isImporting() const;
    // The sync accounts' part of the window (Settings › Accounts, syncs, their status).
    SyncController &syncs() { return *m_syncs; }

signals:
    // New or changed articles: the lists and counts should be read again.
    void libraryChanged();

private:
    void addFeed();
    void refreshAll();
    void refreshCurrent();
    // The chosen feed's Properties dialog (FeedPropertiesDialog).
    void editCurrent();
    void importFile();
    void exportOpml();
    void onFileImported(const QString &path, const Result<ImportReport> &report);
    void onImportsFinished();
    void status(const QString &message, int timeout = 6000);

    Library &m_library;
    FeedTree &m_tree;
    QMainWindow &m_window;
    FeedUpdater *m_updater = nullptr;
    SyncController *m_syncs = nullptr;
    QTimer *m_timer = nullptr;
    QProgressBar *m_progress = nullptr;
    QProgressBar *m_importProgress = nullptr;
    FileImporter *m_importer = nullptr;
    int m_imported = 0;
    QStringList m_importErrors;
    QAction *m_add = nullptr, *m_refreshAll = nullptr, *m_refreshOne = nullptr, *m_import = nullptr,
            *m_export = nullptr, *m_properties = nullptr;
    int m_failed = 0;
    int m_added = 0;
};

} // namespace veille::app
