#include "gui/AccountsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "gui/AccountDialog.h"
#include "gui/AccountText.h"
#include "gui/Settings.h"
#include "messages/ErrorText.h"
#include "storage/AccountStore.h"
#include "sync/SecretStore.h"
#include "sync/SyncAccounts.h"
#include "update/Library.h"

namespace veille::app {

namespace {
enum Column { TypeColumn, ServerColumn, UserColumn, LastSyncColumn, ErrorColumn };
constexpr int kIdRole = Qt::UserRole;
} // namespace

const QList<int> &AccountsDialog::intervals()
{
    static const QList<int> minutes{0, 15, 30, 60, 120, 360};
    return minutes;
}

AccountsDialog::AccountsDialog(Library &library, QWidget *parent)
    : QDialog(parent), m_library(library),
      m_secrets(std::make_unique<SecretStore>(SecretStore::fileFor(library.database().path())))
{
    setWindowTitle(tr("Accounts"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove the account"), question) == QMessageBox::Yes;
    };

    auto *intro = new QLabel(tr("Sync servers keep your subscriptions and what you read or star the same on "
                                "every computer and phone you read on."),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Type"), tr("Server"), tr("User"), tr("Last sync"), tr("Last error")});
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addAccount"));
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::add);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeCurrent);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    m_status->setWordWrap(true);

    auto *when = new QGroupBox(tr("When to sync"), this);
    m_onStart = new QCheckBox(tr("Sync when Veille starts"), when);
    m_onStart->setObjectName(QStringLiteral("syncOnStart"));
    m_onStart->setChecked(Settings::syncOnStart());
    m_every = new QComboBox(when);
    m_every->setObjectName(QStringLiteral("syncEvery"));
    for (int minutes : intervals()) {
        if (minutes == 0)
            m_every->addItem(tr("Never"), 0);
        else if (minutes == 60)
            m_every->addItem(tr("Every hour"), minutes);
        else if (minutes < 60)
            m_every->addItem(tr("Every %n minute(s)", nullptr, minutes), minutes);
        else
            m_every->addItem(tr("Every %n hour(s)", nullptr, minutes / 60), minutes);
    }
    const int index = m_every->findData(Settings::syncMinutes());
    m_every->setCurrentIndex(index >= 0 ? index : 0);
    auto *whenForm = new QFormLayout(when);
    whenForm->addRow(m_onStart);
    whenForm->addRow(tr("Sync on a timer:"), m_every);
    auto *f5 = new QLabel(tr("Feeds › Refresh all feeds (F5) also syncs every account."), when);
    f5->setEnabled(false);
    whenForm->addRow(f5);
    connect(m_onStart, &QCheckBox::toggled, this, &AccountsDialog::saveSyncSettings);
    connect(m_every, &QComboBox::currentIndexChanged, this, &AccountsDialog::saveSyncSettings);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_status);
    layout->addWidget(when);
    layout->addWidget(close);
    resize(760, 420);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reload()
{
    const AccountId chosen = m_list->currentItem() ? m_list->currentItem()->data(0, kIdRole).toLongLong() : 0;
    m_list->clear();
    auto accounts = AccountStore(m_library.database()).accounts();
    if (!accounts) {
        m_status->setText(ErrorText::of(accounts.error()));
        m_accounts.clear();
    } else {
        m_accounts = *accounts;
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Account &a : m_accounts) {
        auto *item = new QTreeWidgetItem(m_list, {AccountText::typeName(a.type), a.url, a.user, AccountText::lastSync(a),
                                                  AccountText::lastError(a)});
        item->setData(0, kIdRole, a.id);
        item->setToolTip(ServerColumn, AccountText::summary(a));
        item->setToolTip(ErrorColumn, AccountText::lastError(a));
        if (!a.lastError.isNone())
            item->setIcon(ErrorColumn, warning);
        if (a.id == chosen || !m_list->currentItem())
            m_list->setCurrentItem(item);
    }
    if (m_accounts.isEmpty() && m_status->text().isEmpty())
        m_status->setText(tr("No account yet: Add… connects Veille to a server."));
    for (int c = 0; c < ErrorColumn; ++c)
        m_list->resizeColumnToContents(c);
    updateButtons();
}

QString AccountsDialog::status() const
{
    return m_status->text();
}

bool AccountsDialog::busy()
{
    if (!m_busy || !m_busy())
        return false;
    m_status->setText(tr("A sync is under way; try again when it is over."));
    return true;
}

void AccountsDialog::updateButtons()
{
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void AccountsDialog::add()
{
    AccountDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addAccount(dialog.type(), dialog.url(), dialog.user(), dialog.password());
}

bool AccountsDialog::addAccount(const QString &type, const QString &url, const QString &user, const QString &password)
{
    if (busy())
        return false;
    Error warning;
    // Checked by the dialog already: no second login here, the window does not wait.
    const auto added = m_library.call([&](Library &writer) {
        return SyncAccounts(writer, *m_secrets).add(type, url, user, password, false, &warning);
    }, Lane::Priority);
    if (!added) {
        m_status->setText(ErrorText::of(added.error(), url));
        return false;
    }
    const QString name = AccountText::name(user, url);
    m_status->setText(warning.isNone()
                          ? tr("Account %1 added: refresh all feeds (F5) to sync it.").arg(name)
                          : tr("Account %1 added: refresh all feeds (F5) to sync it. %2").arg(name, ErrorText::of(warning)));
    m_list->setCurrentItem(nullptr);
    reload();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, kIdRole).toLongLong() == *added)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    emit accountsChanged();
    return true;
}

void AccountsDialog::removeCurrent()
{
    if (QTreeWidgetItem *item = m_list->currentItem())
        removeAccount(item->data(0, kIdRole).toLongLong());
}

bool AccountsDialog::removeAccount(AccountId id)
{
    const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [id](const Account &a) { return a.id == id; });
    if (it == m_accounts.cend() || busy())
        return false;
    const QString name = AccountText::name(*it);
    const QString question = tr("Remove the account %1?\n\nIts feeds and their articles leave the library. "
                                "Your favourites are kept, as articles of no feed. The server keeps everything.")
                                 .arg(name);
    if (!m_confirm(question))
        return false;
    const auto kept = m_library.call([&](Library &writer) { return SyncAccounts(writer, *m_secrets).remove(id); }, Lane::Priority);
    if (!kept) {
        m_status->setText(ErrorText::of(kept.error()));
        return false;
    }
    m_status->setText(tr("Account %1 removed; %n favourite(s) kept.", nullptr, *kept).arg(name));
    reload();
    emit accountsChanged();
    return true;
}

void AccountsDialog::saveSyncSettings()
{
    Settings::setSyncOnStart(m_onStart->isChecked());
    Settings::setSyncMinutes(m_every->currentData().toInt());
    emit syncSettingsChanged();
}

} // namespace veille::app
