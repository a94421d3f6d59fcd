#pragma once

#include <QDialog>

#include "model/Error.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace veille::app {

class ConnectionTest;

// "Add an account": a Tiny Tiny RSS server's address, the user and the password, and a
// "Test the connection" button that logs in off the window's thread and says how it went
// in one line. Add tests the connection first when it was not tested as it stands, and
// closes the dialog only once the server accepted the user.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountDialog(QWidget *parent = nullptr);

    QString type() const;
    QString url() const;
    QString user() const;
    QString password() const;
    // The line under the fields: what the last test said.
    QString testResult() const;
    bool isTesting() const;
    ConnectionTest &tester() { return *m_test; }

    void accept() override;

public slots:
    void testConnection();

private:
    void onTested(const Error &error);
    void updateButtons();
    QString values() const;

    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ConnectionTest *m_test = nullptr;
    QString m_tested;          // the values the last test accepted
    QString m_testing;         // the values under test
    bool m_addAfterTest = false;
};

} // namespace veille::app
