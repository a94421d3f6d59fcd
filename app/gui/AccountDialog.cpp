#include "gui/AccountDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "gui/AccountText.h"
#include "gui/ConnectionTest.h"
#include "messages/ErrorText.h"
#include "sync/Account.h"

namespace veille::app {

AccountDialog::AccountDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add an account"));
    m_test = new ConnectionTest(this);
    connect(m_test, &ConnectionTest::finished, this, &AccountDialog::onTested);

    auto *intro = new QLabel(tr("Veille syncs your subscriptions and what you read or star with a %1 server.")
                                 .arg(AccountText::typeName(QString::fromLatin1(Account::kTtRss))),
                             this);
    intro->setWordWrap(true);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("accountUrl"));
    m_url->setPlaceholderText(tr("https://rss.example.org/tt-rss/"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("accountUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Server address:"), m_url);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);

    m_testButton = new QPushButton(tr("&Test the connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_result, 1);

    auto *note = new QLabel(tr("The password is kept in the desktop keychain; where none runs, in a file "
                               "beside the library that only you can read."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    for (QLineEdit *edit : {m_url, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateButtons);
    updateButtons();
    resize(520, sizeHint().height());
}

QString AccountDialog::type() const { return QString::fromLatin1(Account::kTtRss); }

QString AccountDialog::url() const
{
    // What people type: "rss.example.org/tt-rss" is meant as a web address.
    return QUrl::fromUserInput(m_url->text().trimmed()).toString();
}

QString AccountDialog::user() const { return m_user->text().trimmed(); }
QString AccountDialog::password() const { return m_password->text(); }
QString AccountDialog::testResult() const { return m_result->text(); }
bool AccountDialog::isTesting() const { return m_test->isRunning(); }

QString AccountDialog::values() const
{
    return url() + QLatin1Char('\n') + user() + QLatin1Char('\n') + password();
}

void AccountDialog::updateButtons()
{
    const bool filled = !m_url->text().trimmed().isEmpty() && !user().isEmpty() && !password().isEmpty();
    const bool testing = m_test->isRunning();
    m_testButton->setEnabled(filled && !testing);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(filled && !testing);
}

void AccountDialog::testConnection()
{
    if (m_test->isRunning())
        return;
    m_testing = values();
    m_result->setText(tr("Connecting to %1…").arg(url()));
    m_test->start(type(), url(), user(), password());
    updateButtons();
}

void AccountDialog::onTested(const Error &error)
{
    const bool same = m_testing == values();
    if (error.isNone()) {
        m_tested = m_testing;
        m_result->setText(tr("Connected: the server accepted %1.").arg(AccountText::name(user(), url())));
    } else {
        m_tested.clear();
        m_addAfterTest = false;
        m_result->setText(tr("Not connected: %1").arg(ErrorText::of(error, url())));
    }
    updateButtons();
    if (m_addAfterTest && same && error.isNone())
        QDialog::accept();
    m_addAfterTest = false;
}

void AccountDialog::accept()
{
    if (!m_tested.isEmpty() && m_tested == values()) {
        QDialog::accept();
        return;
    }
    // Not tested as it stands: the server says first, then the dialog closes.
    m_addAfterTest = true;
    testConnection();
}

} // namespace veille::app
