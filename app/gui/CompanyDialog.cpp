#include "gui/CompanyDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace veille::app {

CompanyDialog::CompanyDialog(const UserCompany &company, Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save))
{
    setObjectName(QStringLiteral("companyDialog"));
    setWindowTitle(company.name.isEmpty() ? tr("Add a company") : tr("Edit a company"));
    m_name = new QLineEdit(company.name, this);
    m_name->setPlaceholderText(tr("Mistral AI"));
    m_aliases = new QPlainTextEdit(company.aliases.join(QLatin1Char('\n')), this);
    m_aliases->setPlaceholderText(tr("Mistral\n(one other name a line)"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);
    m_caseSensitive = new QCheckBox(tr("Match the capitals exactly"), this);
    m_caseSensitive->setChecked(company.caseSensitive);
    m_caseSensitive->setToolTip(tr("For a name that is also a common word: \"Orange\" the company, not the fruit."));
    auto *hint = new QLabel(tr("Veille finds the company in every article already in the library, and in every new one."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("companyDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Other names:"), m_aliases);
    form->addRow(QString(), m_caseSensitive);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

UserCompany CompanyDialog::company() const
{
    UserCompany c;
    c.name = m_name->text().simplified();
    for (const QString &line : m_aliases->toPlainText().split(QLatin1Char('\n'))) {
        const QString alias = line.simplified();
        if (!alias.isEmpty() && alias != c.name && !c.aliases.contains(alias))
            c.aliases << alias;
    }
    c.caseSensitive = m_caseSensitive->isChecked();
    return c;
}

QString CompanyDialog::error() const
{
    return m_error->text();
}

void CompanyDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CompanyDialog::accept()
{
    const UserCompany c = company();
    if (c.name.isEmpty()) {
        showError(tr("Give the company a name: it cannot be empty or only spaces."));
        m_name->setFocus();
        return;
    }
    if (const QString problem = m_save ? m_save(c) : QString(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError(QString());
    QDialog::accept();
}

} // namespace veille::app
