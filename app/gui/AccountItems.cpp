#include "gui/AccountItems.h"

#include <QStyle>
#include <QTreeWidgetItem>

#include "gui/AccountText.h"

namespace veille::app {

QHash<AccountId, QTreeWidgetItem *> AccountItems::make(QTreeWidgetItem *feeds, const QList<Account> &accounts,
                                                       const QStyle *style)
{
    QHash<AccountId, QTreeWidgetItem *> out;
    for (const Account &account : accounts) {
        auto *item = new QTreeWidgetItem(feeds);
        // Not a listing: like a folder, it only holds the account's feeds.
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(0, kAccountRole, account.id);
        item->setExpanded(true);
        describe(item, account, style);
        out.insert(account.id, item);
    }
    return out;
}

void AccountItems::describe(QTreeWidgetItem *item, const Account &account, const QStyle *style)
{
    const bool failed = !account.lastError.isNone();
    item->setText(0, AccountText::name(account));
    item->setIcon(0, style->standardIcon(failed ? QStyle::SP_MessageBoxWarning : QStyle::SP_DriveNetIcon));
    item->setToolTip(0, AccountText::summary(account));
}

} // namespace veille::app
