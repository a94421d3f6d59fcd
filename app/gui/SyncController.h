#pragma once

#include <QObject>
#include <QStringList>

#include "model/Error.h"

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QProgressBar;
class QTimer;

namespace veille {
class Library;
}

namespace veille::app {

class SyncRunner;

// The sync accounts in the window: syncs them (SyncRunner, off the window's thread) when
// asked (Refresh all, F5), when the window opens and on a timer when the user chose so in
// Settings › Accounts; shows a sync's progress and each account's failure in the status
// bar (a warning that stays until the next sync went well); opens Settings › Accounts.
class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(Library &library, QMainWindow &window, QObject *parent = nullptr);

    // Adds "Accounts…" to the menu (the window's settings menu).
    void addToMenu(QMenu *menu);
    void retranslate();
    // Syncs every account, unless a sync runs or there is no account.
    void syncNow();
    // Reads when to sync from Settings: the timer's interval (0: off).
    void applySettings();
    // Syncs now when Settings asks for a sync at start.
    void startUp();
    void openAccounts();

    bool isRunning() const;
    int timerMinutes() const;
    // The failures of the last sync, one line each ("admin@host: the error").
    const QStringList &failures() const { return m_failures; }

signals:
    // Articles, feeds or accounts changed: the window reads the library again.
    void libraryChanged();

private:
    void onStarted(const QString &server, int index, int count);
    void onAccountDone(const QString &server, int added, const Error &error);
    void onFinished(int added, int failed);
    QString nameOf(const QString &server) const;

    Library &m_library;
    QMainWindow &m_window;
    SyncRunner *m_runner = nullptr;
    QTimer *m_timer = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_warning = nullptr;
    QAction *m_accounts = nullptr;
    QStringList m_failures;
};

} // namespace veille::app
