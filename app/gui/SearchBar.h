#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;
class QTimer;

namespace veille::app {

// The search field: the search language, with company names completed as
// company:Name, and a search that runs as the user pauses typing.
class SearchBar : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBar(QWidget *parent = nullptr);

    void setCompanies(const QStringList &names);
    // Sets the text without running the search again.
    void showQuery(const QString &query);
    // The words and phrases of the current query, to highlight in the pane.
    QStringList highlightTerms() const;

signals:
    void searchRequested(const QString &query);
    void leaveRequested(); // Escape or Down: back to the list
    // A company was chosen among the completions (after its search was asked for).
    void companyCompleted(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onEdited();
    void insertCompletion(const QString &completion);
    QString lastToken(int *start) const;

    QCompleter *m_completer = nullptr;
    QStringListModel *m_names = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace veille::app
