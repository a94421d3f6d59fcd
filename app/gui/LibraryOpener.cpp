#include "gui/LibraryOpener.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include "gui/Settings.h"
#include "messages/ErrorText.h"
#include "storage/Database.h"
#include "update/Library.h"

namespace veille::app {

namespace {

// An upgrade quicker than this passes unnoticed; a longer one says why nothing shows yet.
constexpr int kProgressDelayMs = 400;

} // namespace

LibraryOpener::LibraryOpener(const FactsEngine &facts, QWidget *parent) : m_facts(facts), m_parent(parent)
{
}

std::unique_ptr<Library> LibraryOpener::open(const QString &path, bool remember)
{
    m_upgradedInBackground = false;
    QString next = path;
    for (;;) {
        const int stored = Database::storedVersion(next);
        if (stored > 0 && stored < Database::latestVersion())
            upgradeInBackground(next);
        auto library = Library::openWithWriter(next, m_facts);
        if (library) {
            m_opened = next;
            if (remember && next != path)
                Settings::setDataLocation(next);
            return std::move(library).value();
        }
        qCritical("veille: %s", qPrintable(library.errorMessage()));
        const LibraryProblem problem = LibraryProblem::diagnose(next, ErrorText::of(library.error()));
        m_problems << problem;
        switch (ask(problem)) {
        case LibraryProblemDialog::NewLibrary:
            next = LibraryProblem::freshPath(next);
            break;
        case LibraryProblemDialog::OpenAnother: {
            const QString chosen = pickFile(QFileInfo(next).absolutePath());
            if (!chosen.isEmpty())
                next = chosen;
            break; // a cancelled choice asks again about the same file
        }
        case LibraryProblemDialog::Quit:
            return nullptr;
        }
    }
}

void LibraryOpener::upgradeInBackground(const QString &path)
{
    // The worker opens the library, which runs the schema steps, and closes it again on
    // the same thread, as Qt SQL requires of a connection. A failed upgrade needs no
    // handling here: the Library::open that follows meets the same error and asks the
    // user what to do, as for any library that cannot be opened.
    bool upgraded = false;
    std::unique_ptr<QThread> worker(QThread::create([&path, &upgraded] {
        const Result<void> done = Library::upgrade(path);
        if (!done) {
            qWarning("veille: upgrading %s failed: %s", qPrintable(path), qPrintable(done.errorMessage()));
            return;
        }
        upgraded = true;
    }));
    worker->setObjectName(QStringLiteral("veille-upgrade"));

    QEventLoop loop;
    // Queued, so a worker that ends before exec() starts still ends the loop.
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    std::unique_ptr<QProgressDialog> progress;
    QTimer::singleShot(kProgressDelayMs, &loop, [&] {
        progress = std::make_unique<QProgressDialog>(
            tr("Upgrading your library for this version of Veille…\nThis happens once; a large library can take a minute."),
            QString(), 0, 0, m_parent);
        //: The application's name: keep it as it is.
        progress->setWindowTitle(tr("Veille"));
        progress->setWindowModality(Qt::ApplicationModal);
        progress->setMinimumDuration(0);
        progress->show();
    });
    worker->start();
    loop.exec();
    worker->wait();
    if (upgraded)
        m_upgradedInBackground = true;
}

QString LibraryOpener::summary() const
{
    if (m_problems.isEmpty())
        return {};
    return tr("Opened %1. The library that could not be opened is still at %2, unchanged.")
        .arg(QDir::toNativeSeparators(m_opened), QDir::toNativeSeparators(m_problems.first().path));
}

LibraryProblemDialog::Choice LibraryOpener::ask(const LibraryProblem &problem)
{
    if (m_chooser)
        return m_chooser(problem);
    LibraryProblemDialog dialog(problem, m_parent);
    dialog.exec();
    return dialog.choice();
}

QString LibraryOpener::pickFile(const QString &startFolder)
{
    if (m_picker)
        return m_picker(startFolder);
    return QFileDialog::getOpenFileName(m_parent, tr("Open a library"), startFolder,
                                        tr("Veille libraries (*.sqlite *.db);;All files (*)"));
}

} // namespace veille::app
