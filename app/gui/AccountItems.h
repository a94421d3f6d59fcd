#pragma once

#include <QHash>
#include <QList>

#include "sync/Account.h"

class QStyle;
class QTreeWidgetItem;

namespace veille::app {

// The sidebar's sync accounts: one node per account under Feeds, named after the account
// (AccountText::name) with a server icon, the account's feeds and folders under it. A node
// whose last sync failed shows a warning icon, and its tooltip says the error.
class AccountItems {
public:
    static constexpr int kAccountRole = Qt::UserRole + 7; // the account's id, on its node

    // A node for each account, under `feeds`; by account id.
    static QHash<AccountId, QTreeWidgetItem *> make(QTreeWidgetItem *feeds, const QList<Account> &accounts,
                                                    const QStyle *style);
    // The node's text, icon and tooltip (again after a language change).
    static void describe(QTreeWidgetItem *item, const Account &account, const QStyle *style);
};

} // namespace veille::app
