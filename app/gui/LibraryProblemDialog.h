#pragma once

#include <QMessageBox>
#include <QPushButton>

#include "gui/LibraryProblem.h"

namespace veille::app {

// Tells the user which library file could not be opened and why, says it was left as it
// was, and offers a way on: a new library, another library, or quitting.
class LibraryProblemDialog : public QMessageBox {
    Q_OBJECT
public:
    enum Choice { NewLibrary, OpenAnother, Quit };

    explicit LibraryProblemDialog(const LibraryProblem &problem, QWidget *parent = nullptr);

    // The choice made once the dialog has closed; Quit when it was dismissed.
    Choice choice() const;

    QPushButton *newLibraryButton() const { return m_new; }

    static QString headline(const LibraryProblem &problem);
    static QString explanation(const LibraryProblem &problem);

private:
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace veille::app
