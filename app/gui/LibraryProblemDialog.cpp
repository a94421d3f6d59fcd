#include "gui/LibraryProblemDialog.h"

#include <QDir>
#include <QPushButton>

namespace veille::app {

LibraryProblemDialog::LibraryProblemDialog(const LibraryProblem &problem, QWidget *parent) : QMessageBox(parent)
{
    setObjectName(QStringLiteral("libraryProblemDialog"));
    setWindowTitle(tr("Veille: library not opened"));
    setIcon(problem.kind == LibraryProblem::Newer ? QMessageBox::Information : QMessageBox::Warning);
    setTextFormat(Qt::RichText);
    setText(QStringLiteral("<b>%1</b>").arg(headline(problem).toHtmlEscaped()));
    setInformativeText(explanation(problem));
    if (!problem.detail.isEmpty())
        setDetailedText(problem.detail);

    m_new = addButton(tr("Start a new library"), QMessageBox::AcceptRole);
    m_new->setObjectName(QStringLiteral("newLibraryButton"));
    m_new->setToolTip(tr("Creates an empty library beside this one and opens it from now on."));
    m_open = addButton(tr("Open another library…"), QMessageBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openLibraryButton"));
    //: Button: quit Veille without opening a library.
    m_quit = addButton(tr("Quit"), QMessageBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    setDefaultButton(m_new);
    setEscapeButton(m_quit);
}

LibraryProblemDialog::Choice LibraryProblemDialog::choice() const
{
    if (clickedButton() == m_new)
        return NewLibrary;
    if (clickedButton() == m_open)
        return OpenAnother;
    return Quit;
}

QString LibraryProblemDialog::headline(const LibraryProblem &problem)
{
    const QString file = QDir::toNativeSeparators(problem.path);
    switch (problem.kind) {
    case LibraryProblem::NotALibrary:
        return tr("The file %1 is not a Veille library.").arg(file);
    case LibraryProblem::Damaged:
        return tr("The library %1 is damaged and cannot be read.").arg(file);
    case LibraryProblem::Newer:
        return tr("The library %1 was saved by a newer version of Veille.").arg(file);
    case LibraryProblem::Unreachable:
        break;
    }
    return tr("The library %1 cannot be opened.").arg(file);
}

QString LibraryProblemDialog::explanation(const LibraryProblem &problem)
{
    QString why;
    switch (problem.kind) {
    case LibraryProblem::NotALibrary:
        why = tr("It may belong to another program, or have been overwritten.");
        break;
    case LibraryProblem::Damaged:
        why = tr("Its contents could not be read: part of it may have been lost in a crash, a full disk or a faulty copy.");
        break;
    case LibraryProblem::Newer:
        why = tr("This version of Veille cannot read it without risking your articles. Install the newer version to open it.");
        break;
    case LibraryProblem::Unreachable:
        why = tr("Check that it is a file, not a folder, and that you are allowed to read and write where it is.");
        break;
    }
    const QString kept = tr("Veille has not changed, moved or deleted it: keep it to recover its articles later.");
    const QString next = tr("You can start a new, empty library beside it, open another library, or quit.");
    return QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>").arg(why.toHtmlEscaped(), kept.toHtmlEscaped(), next.toHtmlEscaped());
}

} // namespace veille::app
