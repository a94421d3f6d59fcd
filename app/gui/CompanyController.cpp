#include "gui/CompanyController.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

#include "gui/Announcer.h"
#include "gui/ArticlePane.h"
#include "gui/CompanyActions.h"
#include "gui/CompanyLoader.h"
#include "gui/CompanyPage.h"
#include "gui/FeedTree.h"
#include "gui/MainWindow.h"
#include "gui/SearchBar.h"
#include "messages/ErrorText.h"
#include "update/Library.h"

namespace veille::app {

CompanyController::CompanyController(Library &library, MainWindow &window, FeedTree &tree, ArticlePane *pane)
    : QObject(&window), m_library(library), m_window(window), m_tree(tree)
{
    m_page = new CompanyPage(&window);
    m_area = new ReadingArea(pane, m_page, &window);
    m_loader = new CompanyLoader(library, this);
    m_announcer = new Announcer(window);
    m_actions = new CompanyActions(library, *m_loader, window);

    connect(m_area, &ReadingArea::placeRequested, this, &CompanyController::goTo);
    connect(m_page, &CompanyPage::articleChosen, &m_window, &MainWindow::openArticle);
    connect(m_page, &CompanyPage::companyChosen, this, [this](const QString &name) { open(name, true); });
    connect(m_page, &CompanyPage::followChanged, this, [this](const QString &name, bool on) {
        follow(FollowedItem::Kind::Company, name, on);
    });
    connect(m_page, &CompanyPage::editRequested, m_actions, &CompanyActions::edit);
    connect(m_page, &CompanyPage::removeRequested, m_actions, &CompanyActions::remove);
    connect(pane, &ArticlePane::followAsCompany, m_actions, &CompanyActions::followAsCompany);

    // The newest page asked for (the loader drops older ones), under its canonical name.
    connect(m_loader, &CompanyLoader::profileLoaded, m_page, &CompanyPage::setProfile);
    connect(m_loader, &CompanyLoader::profileFailed, this, [this](const QString &name, const QString &message) {
        m_window.statusBar()->showMessage(message, 10000);
        if (m_area->showsCompany() && m_page->companyName() == name)
            m_area->back();
    });
    connect(m_loader, &CompanyLoader::followingLoaded, &m_tree, &FeedTree::setWatchlist);
    connect(m_loader, &CompanyLoader::newsLoaded, m_announcer, &Announcer::announce);
    connect(m_loader, &CompanyLoader::failed, this, [this](const QString &message) { m_window.statusBar()->showMessage(message, 10000); });

    connect(&m_tree, &FeedTree::companyChosen, this, [this](const QString &name) { open(name); });
    connect(&m_tree, &FeedTree::followSearch, this, [this](const QString &query, bool on) {
        follow(FollowedItem::Kind::Search, query, on);
    });
    // A read moves the unread counts of the followed items the article is about.
    connect(&m_tree, &FeedTree::unreadAdjusted, m_loader, &CompanyLoader::requestFollowing);
    connect(m_window.searchBar(), &SearchBar::companyCompleted, this, [this](const QString &name) { open(name); });
    connect(m_announcer, &Announcer::companyChosen, this, [this](const QString &name) { open(name, true); });
    connect(m_announcer, &Announcer::searchChosen, &m_window, &MainWindow::search);
    connect(m_actions, &CompanyActions::companiesChanged, this, [this](const QString &shown) {
        m_tree.reload();
        m_loader->requestFollowing();
        if (!shown.isEmpty())
            open(shown);
        else if (m_area->showsCompany())
            m_loader->requestProfile(m_page->companyName());
    });
    connect(m_actions, &CompanyActions::removed, this, [this](const QString &name) {
        if (m_area->showsCompany() && m_page->companyName() == name)
            m_area->showPane();
    });
    m_loader->requestFollowing();
}

QString CompanyController::query(const QString &name)
{
    return QStringLiteral("company:") + (name.contains(QLatin1Char(' ')) ? QLatin1Char('"') + name + QLatin1Char('"') : name);
}

QString CompanyController::shownCompany() const
{
    return m_area->showsCompany() ? m_page->companyName() : QString();
}

void CompanyController::open(const QString &name, bool listArticles)
{
    if (name.trimmed().isEmpty())
        return;
    if (listArticles)
        m_window.search(query(name));
    if (m_page->companyName() != name)
        m_page->showLoading(name);
    m_area->showCompany(name);
    m_actions->setShownCompany(name);
    m_loader->requestProfile(name);
}

void CompanyController::goTo(const ReadingArea::Place &place)
{
    if (!place.company.isEmpty()) {
        open(place.company);
        return;
    }
    m_window.openArticle(place.article);
}

void CompanyController::libraryChanged()
{
    m_loader->requestFollowing();
    m_loader->requestNews();
    if (m_area->showsCompany())
        m_loader->requestProfile(m_page->companyName());
}

void CompanyController::follow(FollowedItem::Kind kind, const QString &name, bool on)
{
    auto changed = m_library.call([&](Library &writer) -> Result<void> {
        CompanyBook &book = writer.companyBook();
        if (on)
            return book.follow(kind, name);
        VEILLE_TRY(book.unfollow(kind, name));
        return {};
    }, Lane::Priority);
    if (!changed)
        return m_window.statusBar()->showMessage(ErrorText::of(changed.error()), 10000);
    m_window.statusBar()->showMessage(on ? tr("Following %1: its new articles will be announced").arg(name)
                                         : tr("No longer following %1").arg(name), 5000);
    m_loader->requestFollowing();
    if (m_page->companyName() == name)
        m_loader->requestProfile(name);
}

void CompanyController::fillMenus(QMenu *companies, QMenu *view)
{
    m_actions->fillMenu(companies);
    view->addSeparator();
    m_back = view->addAction(QString(), m_area, &ReadingArea::back);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = view->addAction(QString(), m_area, &ReadingArea::forward);
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    const auto enable = [this] {
        m_back->setEnabled(m_area->canGoBack());
        m_forward->setEnabled(m_area->canGoForward());
    };
    connect(m_area, &ReadingArea::historyChanged, this, enable);
    enable();
    retranslate();
}

void CompanyController::retranslate()
{
    m_actions->retranslate();
    if (!m_back)
        return;
    m_back->setText(tr("&Back"));
    m_forward->setText(tr("&Forward"));
}

} // namespace veille::app
