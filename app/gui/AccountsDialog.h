#pragma once

#include <QDialog>
#include <functional>
#include <memory>

#include "sync/Account.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace veille {
class Library;
class SecretStore;
}

namespace veille::app {

// Settings › Accounts: the sync servers of the library (protocol, address, user, last
// sync, last error), adding one (AccountDialog, with its connection test) and removing one
// (after a question that says favourites are kept), and when to sync: at start and on a
// timer. Adding and removing change the library at once; the window then reads it again.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    // The choices of "Sync every", in minutes; 0 is "Never".
    static const QList<int> &intervals();

    AccountsDialog(Library &library, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Reads the accounts again.
    void reload();
    const QList<Account> &accounts() const { return m_accounts; }
    // The line under the list: what the last action did.
    QString status() const;
    // Adds an account as the Add dialog does once the server accepted it.
    bool addAccount(const QString &type, const QString &url, const QString &user, const QString &password);
    // Removes the account after the question; false when not removed.
    bool removeAccount(AccountId id);
    // The question before a removal; replaced in tests.
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    // While a sync runs, the accounts are not changed.
    void setBusy(std::function<bool()> busy) { m_busy = std::move(busy); }

signals:
    // An account came or went: the sidebar and lists must be read again.
    void accountsChanged();
    // The sync at start or the timer's interval changed (already in Settings).
    void syncSettingsChanged();

private:
    void add();
    void removeCurrent();
    void saveSyncSettings();
    void updateButtons();
    bool busy();

    Library &m_library;
    std::unique_ptr<SecretStore> m_secrets;
    QList<Account> m_accounts;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_onStart = nullptr;
    QComboBox *m_every = nullptr;
    std::function<bool(const QString &)> m_confirm;
    std::function<bool()> m_busy;
};

} // namespace veille::app
