#include "gui/LibraryOpener.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include "gui/Settings.h"
#include "update/Library.h"

namespace veille::app {

LibraryOpener::LibraryOpener(QWidget *parent) : m_parent(parent)
{
}

std::unique_ptr<Library> LibraryOpener::open(const QString &path, bool remember)
{
    QString next = path;
    for (;;) {
        auto library = Library::open(next);
        if (library) {
            m_opened = next;
            if (remember && next != path)
                Settings::setDataLocation(next);
            return std::move(library).value();
        }
        qCritical("veille: %s", qPrintable(library.errorMessage()));
        const LibraryProblem problem = LibraryProblem::diagnose(next, library.errorMessage());
        m_problems << problem;
        switch (ask(problem)) {
        case LibraryProblemDialog::NewLibrary:
            next = LibraryProblem::freshPath(next);
            break;
        case LibraryProblemDialog::OpenAnother: {
            const QString chosen = pickFile(QFileInfo(next).absolutePath());
            if (!chosen.isEmpty())
                next = chosen;
            break; // a cancelled choice asks again about the same file
        }
        case LibraryProblemDialog::Quit:
            return nullptr;
        }
    }
}

QString LibraryOpener::summary() const
{
    if (m_problems.isEmpty())
        return {};
    return tr("Opened %1. The library that could not be opened is still at %2, unchanged.")
        .arg(QDir::toNativeSeparators(m_opened), QDir::toNativeSeparators(m_problems.first().path));
}

LibraryProblemDialog::Choice LibraryOpener::ask(const LibraryProblem &problem)
{
    if (m_chooser)
        return m_chooser(problem);
    LibraryProblemDialog dialog(problem, m_parent);
    dialog.exec();
    return dialog.choice();
}

QString LibraryOpener::pickFile(const QString &startFolder)
{
    if (m_picker)
        return m_picker(startFolder);
    return QFileDialog::getOpenFileName(m_parent, tr("Open a library"), startFolder,
                                        tr("Veille libraries (*.sqlite *.db);;All files (*)"));
}

} // namespace veille::app
