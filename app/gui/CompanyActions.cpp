#include "gui/CompanyActions.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

#include "gui/CompanyDialog.h"
#include "gui/CompanyLoader.h"
#include "messages/ErrorText.h"
#include "update/Library.h"

namespace veille::app {

namespace {
constexpr int kProgressFrom = 200; // fewer articles are searched before a bar would show
}

CompanyActions::CompanyActions(Library &library, CompanyLoader &loader, QMainWindow &window)
    : QObject(&window), m_library(library), m_loader(loader), m_window(window)
{
    m_progress = new QProgressBar(&window);
    m_progress->setObjectName(QStringLiteral("backfillProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    window.statusBar()->addPermanentWidget(m_progress);
    connect(&loader, &CompanyLoader::backfillProgress, this, [this](const QString &name, int done, int total) {
        if (total < kProgressFrom)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->show();
        m_window.statusBar()->showMessage(tr("Looking for %1 in the library: %2 of %3").arg(name).arg(done).arg(total), 0);
    });
    connect(&loader, &CompanyLoader::backfillFinished, this, [this](const QString &name, int found, const QString &error) {
        m_progress->hide();
        if (!error.isEmpty()) {
            m_window.statusBar()->showMessage(error, 10000);
            return;
        }
        m_window.statusBar()->showMessage(tr("%1 found in %n article(s)", nullptr, found).arg(name), 8000);
        emit companiesChanged(m_shown == name ? name : QString());
    });
}

void CompanyActions::fillMenu(QMenu *menu)
{
    m_add = menu->addAction(QString(), this, &CompanyActions::add);
    m_edit = menu->addAction(QString(), this, [this] { edit(m_shown); });
    m_remove = menu->addAction(QString(), this, [this] { remove(m_shown); });
    retranslate();
}

void CompanyActions::retranslate()
{
    if (!m_add)
        return;
    m_add->setText(tr("&Add a company…"));
    m_edit->setText(tr("&Edit one of your companies…"));
    m_remove->setText(tr("&Remove one of your companies…"));
}

void CompanyActions::add()
{
    openDialog({}, false);
}

void CompanyActions::followAsCompany(const QString &text)
{
    UserCompany company;
    company.name = text.simplified();
    openDialog(company, true);
}

void CompanyActions::edit(const QString &name)
{
    const QString chosen = chooseOwn(tr("Edit a company"), name);
    if (chosen.isEmpty())
        return;
    auto own = m_library.companyBook().userCompanies();
    for (const UserCompany &c : own ? *own : QList<UserCompany>())
        if (c.name == chosen)
            openDialog(c, false);
}

QString CompanyActions::chooseOwn(const QString &title, const QString &preferred)
{
    auto own = m_library.companyBook().userCompanies();
    if (!own) {
        m_window.statusBar()->showMessage(ErrorText::of(own.error()), 10000);
        return {};
    }
    QStringList names;
    for (const UserCompany &c : *own)
        names << c.name;
    if (names.contains(preferred))
        return preferred;
    if (names.isEmpty()) {
        QMessageBox::information(&m_window, title, tr("You have no companies of your own yet: Companies › Add a company… adds one."));
        return {};
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(&m_window, title, tr("Company:"), names, 0, false, &ok);
    return ok ? chosen : QString();
}

void CompanyActions::remove(const QString &name)
{
    const QString chosen = chooseOwn(tr("Remove a company"), name);
    if (chosen.isEmpty())
        return;
    const auto answer = QMessageBox::question(&m_window, tr("Remove a company"),
                                              tr("Remove %1 from your companies? Articles stay; they are no longer linked to it.").arg(chosen));
    if (answer != QMessageBox::Yes)
        return;
    if (const QString problem = removeNow(chosen); !problem.isEmpty())
        QMessageBox::warning(&m_window, tr("Remove a company"), problem);
}

QString CompanyActions::removeNow(const QString &name)
{
    auto names = m_library.call([&](Library &writer) { return writer.companyBook().removeUserCompany(name); }, Lane::Priority);
    if (!names)
        return ErrorText::of(names.error(), name);
    if (m_shown == name)
        m_shown.clear(); // its page is not to be shown again once it is looked for
    m_loader.backfill(*names, name);
    m_window.statusBar()->showMessage(tr("%1 removed from your companies").arg(name), 5000);
    emit removed(name);
    emit companiesChanged(QString());
    return {};
}

QString CompanyActions::save(const QString &previousName, const UserCompany &company)
{
    if (company.name.trimmed().isEmpty())
        return tr("Give the company a name: it cannot be empty or only spaces.");
    auto names = m_library.call([&](Library &writer) {
        CompanyBook &book = writer.companyBook();
        return previousName.isEmpty() ? book.addUserCompany(company) : book.updateUserCompany(previousName, company);
    }, Lane::Priority);
    if (!names)
        return ErrorText::of(names.error());
    m_shown = company.name.simplified();
    m_loader.backfill(*names, m_shown);
    return {};
}

void CompanyActions::openDialog(const UserCompany &company, bool follow)
{
    const QString previous = company.name.isEmpty() || follow ? QString() : company.name;
    CompanyDialog dialog(company, [this, previous](const UserCompany &c) { return save(previous, c); }, &m_window);
    if (follow)
        dialog.setWindowTitle(tr("Follow as a company"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UserCompany saved = dialog.company();
    if (follow) {
        if (auto r = m_library.call([&](Library &writer) { return writer.companyBook().follow(FollowedItem::Kind::Company, saved.name); },
                                    Lane::Priority);
            !r)
            m_window.statusBar()->showMessage(ErrorText::of(r.error()), 10000);
    }
    emit companiesChanged(saved.name);
}

} // namespace veille::app
