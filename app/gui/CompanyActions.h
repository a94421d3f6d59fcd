#pragma once

#include <QObject>
#include <QString>

#include "model/CompanyProfile.h"

class QAction;
class QMainWindow;
class QMenu;
class QProgressBar;

namespace veille {
class Library;
}

namespace veille::app {

class CompanyLoader;

// The Companies menu and its dialogs: companies of the user's own added, edited and
// removed (from the menu, the company page, or a name selected in an article). The write
// itself is quick; looking for the company in every stored article runs on the loader's
// thread, with a progress bar while it lasts.
class CompanyActions : public QObject {
    Q_OBJECT
public:
    CompanyActions(Library &library, CompanyLoader &loader, QMainWindow &window);

    void fillMenu(QMenu *menu);
    void retranslate();
    // The company whose page is shown: Edit and Remove act on it when it is the user's.
    void setShownCompany(const QString &name) { m_shown = name; }

    void add();
    void edit(const QString &name);
    void remove(const QString &name);
    // A name selected in an article: the add dialog with it filled in; it is followed once added.
    void followAsCompany(const QString &text);
    // What the add, edit and remove steps call: the stored change, or the sentence that
    // says why it was refused (nothing was changed then).
    QString save(const QString &previousName, const veille::UserCompany &company);
    QString removeNow(const QString &name);
    QProgressBar *progressBar() const { return m_progress; }

signals:
    // The user companies changed; `open` names a company whose page to show, if any.
    void companiesChanged(const QString &open);
    void removed(const QString &name);

private:
    void openDialog(const veille::UserCompany &company, bool follow);
    // `preferred` when it is one of the user's companies, else the one the user picks
    // from a list; empty when cancelled.
    QString chooseOwn(const QString &title, const QString &preferred);

    Library &m_library;
    CompanyLoader &m_loader;
    QMainWindow &m_window;
    QString m_shown;
    QProgressBar *m_progress = nullptr;
    QAction *m_add = nullptr, *m_edit = nullptr, *m_remove = nullptr;
};

} // namespace veille::app
