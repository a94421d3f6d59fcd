#include "gui/SyncController.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

#include "gui/AccountText.h"
#include "gui/AccountsDialog.h"
#include "gui/Settings.h"
#include "gui/SyncRunner.h"
#include "messages/ErrorText.h"
#include "storage/AccountStore.h"
#include "update/Library.h"

namespace veille::app {

SyncController::SyncController(Library &library, QMainWindow &window, QObject *parent)
    : QObject(parent), m_library(library), m_window(window)
{
    m_runner = new SyncRunner(library, this);
    connect(m_runner, &SyncRunner::accountStarted, this, &SyncController::onStarted);
    connect(m_runner, &SyncRunner::accountDone, this, &SyncController::onAccountDone);
    connect(m_runner, &SyncRunner::finished, this, &SyncController::onFinished);

    // How far a sync is: one step per account.
    m_progress = new QProgressBar(&window);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    window.statusBar()->addPermanentWidget(m_progress);
    // A failed account leaves a warning in the status bar until a sync goes well.
    m_warning = new QLabel(&window);
    m_warning->setObjectName(QStringLiteral("syncWarning"));
    m_warning->hide();
    window.statusBar()->addPermanentWidget(m_warning);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    applySettings();
}

void SyncController::addToMenu(QMenu *menu)
{
    m_accounts = menu->addAction(QString(), this, &SyncController::openAccounts);
    m_accounts->setObjectName(QStringLiteral("accountsAction"));
    retranslate();
}

void SyncController::retranslate()
{
    if (m_accounts)
        m_accounts->setText(tr("&Accounts…"));
    if (!m_failures.isEmpty()) {
        m_warning->setText(tr("Sync: %n account(s) failed", nullptr, int(m_failures.size())));
        m_warning->setToolTip(m_failures.join(QLatin1Char('\n')));
    }
}

bool SyncController::isRunning() const
{
    return m_runner->isRunning();
}

int SyncController::timerMinutes() const
{
    return m_timer->isActive() ? m_timer->interval() / 60000 : 0;
}

void SyncController::applySettings()
{
    const int minutes = Settings::syncMinutes();
    m_timer->stop();
    if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
}

void SyncController::startUp()
{
    if (Settings::syncOnStart())
        syncNow();
}

void SyncController::syncNow()
{
    if (m_runner->isRunning() || !m_runner->hasAccounts())
        return;
    m_window.statusBar()->showMessage(tr("Syncing with the servers…"));
    m_runner->start();
}

void SyncController::openAccounts()
{
    AccountsDialog dialog(m_library, &m_window);
    dialog.setBusy([this] { return m_runner->isRunning(); });
    connect(&dialog, &AccountsDialog::accountsChanged, this, &SyncController::libraryChanged);
    connect(&dialog, &AccountsDialog::syncSettingsChanged, this, &SyncController::applySettings);
    dialog.exec();
}

QString SyncController::nameOf(const QString &server) const
{
    // The runner speaks of servers by address; the window by the account's short name.
    const auto accounts = AccountStore(m_library.database()).accounts();
    if (accounts)
        for (const Account &a : *accounts)
            if (a.url == server)
                return AccountText::name(a);
    return server;
}

void SyncController::onStarted(const QString &server, int index, int count)
{
    if (index == 1)
        m_failures.clear();
    m_progress->setRange(0, count);
    m_progress->setValue(index - 1);
    m_progress->show();
    m_window.statusBar()->showMessage(tr("Syncing with %1 (%2 of %3)…").arg(nameOf(server)).arg(index).arg(count));
}

void SyncController::onAccountDone(const QString &server, int, const Error &error)
{
    m_progress->setValue(m_progress->value() + 1);
    if (error.isNone())
        return;
    const QString name = server.isEmpty() ? tr("Sync") : nameOf(server);
    m_failures << name + QStringLiteral(": ") + ErrorText::of(error, server);
}

void SyncController::onFinished(int added, int failed)
{
    m_progress->hide();
    if (failed) {
        retranslate();
        m_warning->show();
        m_window.statusBar()->showMessage(tr("Sync failed: %1").arg(m_failures.join(QStringLiteral("; "))), 0);
    } else {
        m_failures.clear();
        m_warning->hide();
        m_window.statusBar()->showMessage(tr("Sync done: %n new article(s)", nullptr, added), 8000);
    }
    emit libraryChanged();
}

} // namespace veille::app
