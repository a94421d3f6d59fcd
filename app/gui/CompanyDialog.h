#pragma once

#include <QDialog>
#include <functional>

#include "model/CompanyProfile.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace veille::app {

// Adds or edits a company of the user's own: its name, its other names (one a line) and
// whether the capitals must match. OK hands the company to `save`, which stores it and
// returns why it could not (an alias of another company...): the dialog then stays open
// with that sentence, and nothing was changed.
class CompanyDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<QString(const veille::UserCompany &company)>;

    CompanyDialog(const veille::UserCompany &company, Save save, QWidget *parent = nullptr);

    veille::UserCompany company() const;
    QString error() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *aliasesEdit() const { return m_aliases; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }

    void accept() override;

private:
    void showError(const QString &message);

    Save m_save;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_aliases = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace veille::app
