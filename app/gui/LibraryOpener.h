#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

#include "gui/LibraryProblem.h"
#include "gui/LibraryProblemDialog.h"

class QWidget;

namespace veille {
class FactsEngine;
class Library;
}

namespace veille::app {

// Opens the library at start. When the file cannot be opened (damaged, not a library,
// from a newer Veille), it is left exactly as it was and the user is asked what to do:
// start a new library beside it, open another one, or quit. Tests replace the questions.
//
// An older library is upgraded first on a thread of its own: a schema step may rebuild
// the full-text index, a minute for a large library, and the window's thread keeps
// painting a "please wait" dialog meanwhile instead of looking hung.
class LibraryOpener {
    Q_DECLARE_TR_FUNCTIONS(LibraryOpener)
public:
    using Chooser = std::function<LibraryProblemDialog::Choice(const LibraryProblem &)>;
    using FilePicker = std::function<QString(const QString &startFolder)>;

    // The libraries it opens work with `facts`, the program's one engine.
    explicit LibraryOpener(const FactsEngine &facts, QWidget *parent = nullptr);

    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }
    void setFilePicker(FilePicker picker) { m_picker = std::move(picker); }

    // Opens `path`; on failure asks until a library opens or the user quits (null).
    // With `remember`, a library chosen in place of the failed one becomes the one
    // opened at the next start (saved in the settings).
    std::unique_ptr<Library> open(const QString &path, bool remember);

    // The library file finally opened, and the problems met on the way.
    const QString &openedPath() const { return m_opened; }
    const QList<LibraryProblem> &problems() const { return m_problems; }
    // A line for the status bar when another library than the one asked for was opened.
    QString summary() const;
    // Whether the last open() brought an older library's schema up to date on a thread
    // of its own, the window's thread waiting in an event loop meanwhile.
    bool upgradedInBackground() const { return m_upgradedInBackground; }

private:
    void upgradeInBackground(const QString &path);
    LibraryProblemDialog::Choice ask(const LibraryProblem &problem);
    QString pickFile(const QString &startFolder);

    const FactsEngine &m_facts;
    QWidget *m_parent = nullptr;
    Chooser m_chooser;
    FilePicker m_picker;
    QString m_opened;
    QList<LibraryProblem> m_problems;
    bool m_upgradedInBackground = false;
};

} // namespace veille::app
