#include "gui/FeedActions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

#include "gui/FeedPropertiesDialog.h"
#include "gui/FeedTree.h"
#include "gui/FileImporter.h"
#include "gui/Settings.h"
#include "gui/SyncController.h"
#include "messages/ErrorText.h"
#include "text/AddressPolicy.h"
#include "update/FeedUpdater.h"
#include "update/Library.h"
#include "update/OpmlExporter.h"

namespace veille::app {

FeedActions::FeedActions(Library &library, FeedTree &tree, QMainWindow &window)
    : QObject(&window), m_library(library), m_tree(tree), m_window(window)
{
    m_updater = new FeedUpdater(library, this);
    m_progress = new QProgressBar(&window);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    window.statusBar()->addPermanentWidget(m_progress);

    connect(m_updater, &FeedUpdater::started, this, [this](int total) {
        m_failed = 0;
        m_added = 0;
        m_progress->setRange(0, total);
        m_progress->setValue(0);
        m_progress->show();
        status(tr("Refreshing %n feed(s)…", nullptr, total), 0);
    });
    connect(m_updater, &FeedUpdater::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        status(tr("Refreshing feeds: %1 of %2").arg(done).arg(total), 0);
    });
    connect(m_updater, &FeedUpdater::feedRefreshed, this, [this](const RefreshReport &report) {
        m_added += int(report.added.size());
    });
    connect(m_updater, &FeedUpdater::feedFinished, this, [this](FeedId id, const Error &error) {
        if (!error.isNone())
            ++m_failed;
        m_tree.setFeedError(id, error);
    });
    connect(m_updater, &FeedUpdater::finished, this, [this] {
        m_progress->hide();
        status(m_failed ? tr("Feeds refreshed: %n new article(s); some feeds failed, see their icons", nullptr, m_added)
                        : tr("Feeds refreshed: %n new article(s)", nullptr, m_added));
        emit libraryChanged();
    });
    connect(m_updater, &FeedUpdater::subscribed, this, [this](FeedId, const QString &title) {
        status(tr("Subscribed to %1").arg(title));
        emit libraryChanged();
    });
    connect(m_updater, &FeedUpdater::subscribeFailed, this, [this](const QString &url, const Error &error) {
        QMessageBox::warning(&m_window, tr("Add a feed"), tr("No feed could be added from %1:\n%2").arg(url, ErrorText::of(error, url)));
    });

    // Sync accounts sync with Refresh all (F5), at start and on their own timer.
    m_syncs = new SyncController(library, window, this);
    connect(m_syncs, &SyncController::libraryChanged, this, &FeedActions::libraryChanged);
    // Once the window is up, when the user asked for a sync at start.
    QTimer::singleShot(0, m_syncs, &SyncController::startUp);

    // Imports run on their own thread; the bar only says that one is under way.
    m_importProgress = new QProgressBar(&window);
    m_importProgress->setMaximumWidth(120);
    m_importProgress->setRange(0, 0);
    m_importProgress->setTextVisible(false);
    m_importProgress->hide();
    window.statusBar()->addPermanentWidget(m_importProgress);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, m_updater, &FeedUpdater::refreshDue);
    setRefreshMinutes(Settings::refreshMinutes());
}

FeedActions::~FeedActions() = default;

void FeedActions::fillMenu(QMenu *menu)
{
    m_add = menu->addAction(QString(), this, &FeedActions::addFeed);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_refreshAll = menu->addAction(QString(), this, &FeedActions::refreshAll);
    m_refreshAll->setShortcut(QKeySequence::Refresh);
    m_refreshOne = menu->addAction(QString(), this, &FeedActions::refreshCurrent);
    m_refreshOne->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_properties = menu->addAction(QString(), this, &FeedActions::editCurrent);
    menu->addSeparator();
    m_import = menu->addAction(QString(), this, &FeedActions::importFile);
    m_import->setShortcut(QKeySequence::Open);
    m_export = menu->addAction(QString(), this, &FeedActions::exportOpml);
    retranslate();
}

void FeedActions::retranslate()
{
    if (!m_add)
        return;
    m_add->setText(tr("&Add a feed…"));
    m_refreshAll->setText(tr("&Refresh all feeds"));
    m_refreshOne->setText(tr("Refresh &this feed"));
    m_import->setText(tr("&Import a file or OPML list…"));
    m_export->setText(tr("&Export feeds as OPML…"));
    m_properties->setText(tr("Feed &properties…"));
    m_syncs->retranslate();
}

void FeedActions::setRefreshMinutes(int minutes)
{
    m_timer->stop();
    if (minutes <= 0)
        return;
    m_updater->setDefaultIntervalMinutes(minutes);
    // Checks often; each feed is fetched only when its own interval has passed.
    m_timer->start(std::min(minutes, 5) * 60 * 1000);
}

void FeedActions::addFeed()
{
    bool ok = false;
    const QString text = QInputDialog::getText(&m_window, tr("Add a feed"),
                                               tr("Address of the feed, or of the site that has one:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || text.isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        QMessageBox::warning(&m_window, tr("Add a feed"), tr("This is not a web address: %1").arg(text));
        return;
    }
    status(tr("Looking for a feed at %1…").arg(url.toDisplayString()), 0);
    m_updater->subscribe(url);
}

void FeedActions::refreshAll()
{
    m_updater->refreshAll();
    m_syncs->syncNow();
}

void FeedActions::refreshCurrent()
{
    const Listing current = m_tree.current();
    if (current.kind != Listing::Feed) {
        status(tr("Choose a feed on the left first."));
        return;
    }
    m_updater->refresh(current.id);
}

void FeedActions::editCurrent()
{
    const Listing current = m_tree.current();
    if (current.kind != Listing::Feed) {
        status(tr("Choose a feed on the left first."));
        return;
    }
    const auto values = FeedPropertiesDialog::read(m_library, current.id);
    if (!values) {
        status(ErrorText::of(values.error()));
        return;
    }
    FeedPropertiesDialog dialog(*values, AddressPolicy::isWeb(QUrl(values->url)) && !values->ofAccount, &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.values() == *values)
        return;
    if (const auto written = FeedPropertiesDialog::write(m_library, current.id, dialog.values()); !written) {
        status(ErrorText::of(written.error()));
        return;
    }
    m_tree.reload();
    emit libraryChanged();
}

void FeedActions::importFile()
{
    //: Title of the file dialog that chooses files to import.
    const QStringList paths = QFileDialog::getOpenFileNames(&m_window, tr("Import"), QString(),
        tr("Articles, feeds and subscription lists (*.txt *.html *.htm *.rss *.xml *.atom *.json *.opml);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void FeedActions::importFiles(const QStringList &paths)
{
    if (!m_importer) {
        m_importer = new FileImporter(m_library, this);
        connect(m_importer, &FileImporter::fileStarted, this, [this](const QString &path) {
            status(tr("Importing %1…").arg(QFileInfo(path).fileName()), 0);
        });
        connect(m_importer, &FileImporter::fileFinished, this, &FeedActions::onFileImported);
        connect(m_importer, &FileImporter::finished, this, &FeedActions::onImportsFinished);
    }
    if (!m_importer->isBusy()) {
        m_imported = 0;
        m_importErrors.clear();
    }
    m_importProgress->show();
    m_importer->import(paths);
}

bool FeedActions::isImporting() const
{
    return m_importer && m_importer->isBusy();
}

void FeedActions::onFileImported(const QString &path, const Result<ImportReport> &report)
{
    if (!report) {
        //: %1 a file's path, %2 why it could not be imported.
        m_importErrors << tr("%1: %2").arg(QDir::toNativeSeparators(path), ErrorText::of(report.error(), report.error().subject));
        return;
    }
    m_imported += int(report->added.size());
    emit libraryChanged();
    // An OPML list brings subscriptions without their articles: fetch them now.
    if (report->added.isEmpty() && !report->feeds.isEmpty())
        for (FeedId id : report->feeds)
            m_updater->refresh(id);
}

void FeedActions::onImportsFinished()
{
    m_importProgress->hide();
    status(tr("%n new article(s) imported", nullptr, m_imported));
    if (m_importErrors.isEmpty())
        return;
    // Not modal: the window stays usable, and the message stays until it is read.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"),
                                tr("%n file(s) could not be imported; nothing was stored from them.", nullptr,
                                   int(m_importErrors.size())),
                                QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("importErrors"));
    box->setInformativeText(m_importErrors.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_importErrors.clear();
}

void FeedActions::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export feeds"), tr("veille-feeds.opml"),
                                                      tr("Subscription lists (*.opml)"));
    if (path.isEmpty())
        return;
    auto feeds = m_library.feeds().feeds();
    auto r = feeds ? OpmlExporter::writeFile(*feeds, path) : Result<int>(feeds.error());
    if (!r)
        QMessageBox::warning(&m_window, tr("Export feeds"), tr("The list could not be saved:\n%1").arg(ErrorText::of(r.error())));
    else
        status(tr("Feeds exported to %1").arg(path));
}

void FeedActions::status(const QString &message, int timeout)
{
    m_window.statusBar()->showMessage(message, timeout);
}

} // namespace veille::app
