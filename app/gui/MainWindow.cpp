#include "gui/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

#include "gui/ArticleListModel.h"
#include "gui/ArticlePane.h"
#include "gui/CompanyController.h"
#include "gui/CompanyPage.h"
#include "gui/FactsRefresher.h"
#include "gui/FeedActions.h"
#include "gui/OfflineImages.h"
#include "gui/EmptyState.h"
#include "gui/ExternalLink.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"
#include "gui/ListExporter.h"
#include "gui/PaneSplitter.h"
#include "gui/SearchBar.h"
#include "gui/ReadingActions.h"
#include "gui/Settings.h"
#include "gui/SettingsDialog.h"
#include "gui/ShortcutsDialog.h"
#include "gui/StateWriter.h"
#include "gui/SyncController.h"
#include "messages/ErrorText.h"
#include "update/Library.h"

namespace veille::app {

namespace {
constexpr int kSearchLimit = 500;
} // namespace

MainWindow::MainWindow(Library &library, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent), m_library(library), m_languages(languages)
{
    m_highlight = Settings::highlighting();
    buildUi();
    buildMenus();
    retranslate();
    showListing({});
    refreshOlderFacts();
}

void MainWindow::refreshOlderFacts()
{
    // Facts made by an older engine: the open article gets its own at once
    // (Library::facts), the rest of the library here, in the background.
    m_factsRefresher = new FactsRefresher(m_library, this);
    connect(m_factsRefresher, &FactsRefresher::progress, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Updating the key facts of the library: %1 of %2").arg(done).arg(total));
    });
    connect(m_factsRefresher, &FactsRefresher::finished, this, [this](int recomputed, const QString &error) {
        // Its thread and connection are not needed once the pass is over.
        m_factsRefresher->deleteLater();
        m_factsRefresher = nullptr;
        if (!error.isEmpty()) {
            reportError(error);
            return;
        }
        if (recomputed == 0)
            return;
        statusBar()->showMessage(tr("Key facts updated for %n article(s)", nullptr, recomputed), 5000);
        m_tree->reload();
    });
    m_factsRefresher->start();
}

void MainWindow::buildUi()
{
    setWindowIcon(QIcon(QStringLiteral(":/app/veille.png")));
    resize(1360, 860);

    m_search = new SearchBar(this);
    QToolBar *bar = addToolBar(QStringLiteral("search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false);
    bar->addWidget(m_search);
    connect(m_search, &SearchBar::searchRequested, this, &MainWindow::search);
    connect(m_search, &SearchBar::leaveRequested, this, [this] { m_list->setFocus(); });

    m_tree = new FeedTree(m_library, this);
    connect(m_tree, &FeedTree::listingChosen, this, &MainWindow::showListing);
    connect(m_tree, &FeedTree::removeSavedSearch, this, &MainWindow::removeSavedSearch);
    connect(m_tree, &FeedTree::loadFailed, this, &MainWindow::reportError);
    // The company names for completion come with the tree's overview, read on its thread.
    connect(m_tree, &FeedTree::companiesChanged, m_search, &SearchBar::setCompanies);

    m_model = new ArticleListModel(m_library, this);
    connect(m_model, &ArticleListModel::loadFailed, this, &MainWindow::reportError);
    connect(m_model, &ArticleListModel::rowsInserted, this, &MainWindow::updateCounts);
    m_list = new QTableView(this);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setAlternatingRowColors(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_list->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ArticleListModel::StarColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleListModel::SourceColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(ArticleListModel::StarColumn, fontMetrics().height() + 14);
    m_list->setColumnWidth(ArticleListModel::SourceColumn, 170);
    m_list->setColumnWidth(ArticleListModel::DateColumn, 150); // "enregistré le 30 déc." in bold
    m_list->setColumnWidth(ArticleListModel::LanguageColumn, fontMetrics().horizontalAdvance(QStringLiteral("other")) + 24);
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    header->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_list->setSortingEnabled(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::openCurrent);
    connect(m_list, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ArticleListModel::StarColumn)
            toggleFavourite();
    });

    m_pane = new ArticlePane(this);
    connect(m_pane, &ArticlePane::favouriteClicked, this, &MainWindow::toggleFavourite);
    connect(m_pane, &ArticlePane::linkRefused, this,
            [this](const QUrl &url) { statusBar()->showMessage(ExternalLink::refusal(url), 8000); });
    // The reading area holds the pane and the company pages; a company clicked in an
    // article opens its page, and the list shows its articles.
    m_companies = new CompanyController(m_library, *this, *m_tree, m_pane);
    m_images = new OfflineImages(m_library, *m_pane, this);
    m_states = new StateWriter(m_library, *m_model, *m_tree, this);
    connect(m_states, &StateWriter::failed, this, &MainWindow::reportError);
    connect(m_states, &StateWriter::favouriteStored, m_images, [this](ArticleId, bool favourite) {
        if (favourite)
            m_images->keep(); // its pictures, kept for reading offline
    });
    connect(m_pane, &ArticlePane::companyClicked, m_companies, [this](const QString &name) { m_companies->open(name, true); });
    m_exporter = new ListExporter(m_library, *this);

    m_inner = PaneSplitter::make(Qt::Vertical, QStringLiteral("listPaneSplitter"), m_list, m_companies->area(), 1, 3, {250, 600}, this);
    m_outer = PaneSplitter::make(Qt::Horizontal, QStringLiteral("treeSplitter"), m_tree, m_inner, 0, 1, {260, 1100}, this);
    setCentralWidget(m_outer);

    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
}

QAction *MainWindow::action(QMenu *menu, const QList<QKeySequence> &keys, void (MainWindow::*slot)())
{
    auto *a = menu->addAction(QString());
    a->setShortcuts(keys);
    connect(a, &QAction::triggered, this, slot);
    return a;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_export = action(m_fileMenu, {QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::exportList);
    m_feedsMenu = menuBar()->addMenu(QString());
    m_feeds = new FeedActions(m_library, *m_tree, *this);
    m_feeds->fillMenu(m_feedsMenu);
    connect(m_feeds, &FeedActions::libraryChanged, this, [this] {
        m_tree->reload();
        m_companies->libraryChanged();
        if (m_listing.kind != Listing::Search)
            showListing(m_listing);
    });
    connect(m_feeds, &FeedActions::libraryChanged, m_images, &OfflineImages::keep);
    m_feedsMenu->addSeparator();
    m_quit = m_feedsMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_showAll = m_viewMenu->addAction(QString(), this, [this] { m_tree->select({Listing::All, 0, {}}); });
    m_showAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showUnread = m_viewMenu->addAction(QString(), this, [this] { m_tree->select({Listing::Unread, 0, {}}); });
    m_showUnread->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showFavourites = m_viewMenu->addAction(QString(), this, [this] { m_tree->select({Listing::Favourites, 0, {}}); });
    m_showFavourites->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_viewMenu->addSeparator();
    m_highlightAction = m_viewMenu->addAction(QString(), this, [this](bool on) { setHighlighting(on); });
    m_highlightAction->setCheckable(true);
    m_highlightAction->setChecked(m_highlight);
    m_highlightAction->setShortcut(QKeySequence(Qt::Key_H));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguage = m_languageMenu->addAction(QString());
    m_french = m_languageMenu->addAction(QString());
    m_english = m_languageMenu->addAction(QString());
    const QString chosen = Settings::language();
    for (auto [a, code] : {std::pair{m_systemLanguage, QString()}, std::pair{m_french, QStringLiteral("fr")},
                           std::pair{m_english, QStringLiteral("en")}}) {
        a->setCheckable(true);
        a->setChecked(code == chosen);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
    (m_reading = new ReadingActions(*m_pane, this))->fillMenu(m_viewMenu);
    m_viewMenu->addSeparator();
    m_settings = action(m_viewMenu, {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)}, &MainWindow::openSettings);
    m_feeds->syncs().addToMenu(m_viewMenu); // Settings › Accounts

    m_articleMenu = menuBar()->addMenu(QString());
    m_next = m_articleMenu->addAction(QString(), this, [this] { moveBy(1); });
    m_next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_N)});
    m_previous = m_articleMenu->addAction(QString(), this, [this] { moveBy(-1); });
    m_previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_P)});
    m_page = action(m_articleMenu, {QKeySequence(Qt::Key_Space)}, &MainWindow::pageOrNext);
    m_articleMenu->addSeparator();
    m_star = action(m_articleMenu, {QKeySequence(Qt::Key_S)}, &MainWindow::toggleFavourite);
    m_read = action(m_articleMenu, {QKeySequence(Qt::Key_M)}, &MainWindow::toggleRead);
    m_open = action(m_articleMenu, {QKeySequence(Qt::Key_O)}, &MainWindow::openInBrowser);

    m_searchMenu = menuBar()->addMenu(QString());
    m_find = m_searchMenu->addAction(QString(), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    m_saveSearch = action(m_searchMenu, {}, &MainWindow::saveSearch);
    m_companiesMenu = menuBar()->addMenu(QString());
    m_companies->fillMenus(m_companiesMenu, m_viewMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcuts = m_helpMenu->addAction(QString(), this, [this] { ShortcutsDialog(this).exec(); });
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Veille"),
                           tr("<h3>Veille %1</h3><p>A news reader for people who follow companies: it keeps your "
                              "articles on your computer and finds their key facts.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    //: The application's name: keep it as it is.
    setWindowTitle(tr("Veille"));
    //: The menu of files (File).
    m_fileMenu->setTitle(tr("&File"));
    m_export->setText(tr("&Export the list…"));
    m_companiesMenu->setTitle(tr("&Companies"));
    m_companies->retranslate();
    m_reading->retranslate();
    m_feedsMenu->setTitle(tr("&Feeds"));
    m_feeds->retranslate();
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_showAll->setText(tr("&All articles"));
    m_showUnread->setText(tr("&Unread"));
    m_showFavourites->setText(tr("&Favourites"));
    m_highlightAction->setText(tr("&Highlight key facts"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("&System language"));
    //: A language's name stays in that language, so a reader of it finds it.
    m_french->setText(tr("&Français"));
    //: A language's name stays in that language, so a reader of it finds it.
    m_english->setText(tr("&English"));
    m_settings->setText(tr("&Settings…"));
    m_articleMenu->setTitle(tr("&Article"));
    m_next->setText(tr("&Next article"));
    m_previous->setText(tr("&Previous article"));
    m_page->setText(tr("Scroll or go to the next article"));
    m_star->setText(tr("Add to or remove from &favourites"));
    m_read->setText(tr("Mark as &read or unread"));
    m_open->setText(tr("&Open in the web browser"));
    //: Menu title (a noun): the menu of searches.
    m_searchMenu->setTitle(tr("&Search"));
    m_find->setText(tr("&Search…"));
    m_saveSearch->setText(tr("Save this search"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About Veille"));
    m_model->retranslate();
    updateCounts();
    // A company page translates itself; the article is written again when shown again.
    if (m_companies->area()->showsCompany())
        return;
    if (m_pane->hasArticle())
        openCurrent();
    else
        showEmptyState();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_feedsMenu)
        retranslate();
}

void MainWindow::setLanguage(const QString &code)
{
    Settings::setLanguage(code);
    m_languages.apply(code);
    // The change reaches widgets as posted events; deliver them now so the window is
    // entirely in the new language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(false);
    (code == QLatin1String("fr") ? m_french : code == QLatin1String("en") ? m_english : m_systemLanguage)->setChecked(true);
}

void MainWindow::setHighlighting(bool on)
{
    m_highlight = on;
    Settings::setHighlighting(on);
    m_highlightAction->setChecked(on);
    if (m_pane->hasArticle() && !m_companies->area()->showsCompany())
        openCurrent();
}

void MainWindow::showListing(const Listing &listing)
{
    if (listing.kind == Listing::Search) {
        search(listing.text);
        return;
    }
    // Another list than the one shown leaves a company page; the same one read again
    // (after a refresh) keeps it.
    if (!(listing == m_listing))
        m_companies->area()->showPane();
    m_listing = listing;
    m_search->showQuery(QString());
    m_model->showFilter(listing.filter());
    showEmptyState();
    updateCounts();
}

void MainWindow::search(const QString &query)
{
    if (query.trimmed().isEmpty()) {
        if (m_listing.kind == Listing::Search)
            m_tree->select({Listing::All, 0, {}});
        return;
    }
    m_listing = {Listing::Search, 0, query};
    m_companies->area()->showPane();
    if (m_search->text() != query)
        m_search->showQuery(query);
    m_tree->select(m_listing);
    // The list reads the rows of the hits it shows, a page at a time.
    auto hits = m_library.search(query, kSearchLimit, SearchStore::Detail::RankOnly);
    if (!hits) {
        reportError(ErrorText::of(hits.error()));
        return;
    }
    QList<ArticleId> ids;
    ids.reserve(hits->size());
    for (const SearchHit &h : *hits)
        ids << h.id;
    m_model->showHits(ids);
    showEmptyState();
    updateCounts();
}

bool MainWindow::selectArticle(ArticleId id)
{
    int row = m_model->rowOfId(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return false;
    m_list->selectRow(row);
    m_list->scrollTo(m_model->index(row, ArticleListModel::TitleColumn));
    m_list->setFocus();
    return true;
}

void MainWindow::openArticle(ArticleId id)
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && m_model->idAt(current.row()) == id) {
        openCurrent();
        return;
    }
    if (selectArticle(id))
        return;
    m_tree->select({Listing::All, 0, {}});
    selectArticle(id);
}

void MainWindow::exportList()
{
    m_exporter->exportList(m_listing, m_companies->shownCompany());
}

void MainWindow::selectFirstArticle()
{
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->selectRow(0);
    m_list->setFocus();
}

void MainWindow::openCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        showEmptyState();
        return;
    }
    const ArticleId id = m_model->idAt(current.row());
    auto article = m_library.articles().article(id);
    if (!article || !article->has_value()) {
        reportError(article ? tr("This article is no longer in the library.") : ErrorText::of(article.error()));
        return;
    }
    auto facts = m_library.facts(**article);
    if (!facts)
        reportError(ErrorText::of(facts.error()));
    RenderOptions options;
    options.highlight = m_highlight;
    options.favourite = current.data(ArticleListModel::FavouriteRole).toBool();
    options.uiLanguage = m_languages.current();
    options.searchTerms = m_listing.kind == Listing::Search ? m_search->highlightTerms() : QStringList();
    // The list already knows the feed's title; asking the store would count its unread
    // articles as well, for every article opened.
    options.source = current.data(ArticleListModel::FeedTitleRole).toString();
    m_images->prepare(**article);
    m_pane->showArticle(**article, facts ? *facts : KeyFacts{}, options);
    m_companies->area()->showArticle(id);
    if (!current.data(ArticleListModel::ReadRole).toBool()) {
        m_states->setRead(current.row(), true);
        updateCounts();
    }
}

void MainWindow::showEmptyState()
{
    const auto [title, text] = EmptyState::message(m_listing.kind, m_model->rowCount() > 0);
    m_pane->showMessage(title, text);
}

void MainWindow::updateCounts()
{
    const int shown = m_model->rowCount();
    if (m_listing.kind == Listing::Search) {
        const int hits = m_model->hitCount();
        m_counts->setText(hits >= kSearchLimit ? tr("%n best results shown", nullptr, hits)
                                               : tr("%n article(s) found", nullptr, hits));
        return;
    }
    m_counts->setText(m_model->canFetchMore({}) ? tr("%n article(s) loaded, more as you scroll", nullptr, shown)
                                                : tr("%n article(s)", nullptr, shown));
}

void MainWindow::moveBy(int delta)
{
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + delta : (delta > 0 ? 0 : m_model->rowCount() - 1);
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_list->selectRow(row);
    m_list->scrollTo(m_model->index(row, ArticleListModel::TitleColumn));
}

void MainWindow::pageOrNext()
{
    if (!m_pane->hasArticle() || !m_pane->pageDown())
        moveBy(1);
}

void MainWindow::toggleFavourite()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const ArticleId id = m_model->idAt(current.row());
    const bool favourite = !current.data(ArticleListModel::FavouriteRole).toBool();
    m_states->setFavourite(current.row(), favourite);
    statusBar()->showMessage(favourite ? tr("Added to favourites") : tr("Removed from favourites"), 3000);
    if (m_pane->articleId() == id)
        openCurrent();
}

void MainWindow::toggleRead()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const bool read = !current.data(ArticleListModel::ReadRole).toBool();
    m_states->setRead(current.row(), read);
    statusBar()->showMessage(read ? tr("Marked as read") : tr("Marked as unread"), 3000);
}

void MainWindow::openInBrowser()
{
    const ArticleId id = m_pane->articleId();
    if (!id)
        return;
    auto article = m_library.articles().article(id);
    if (!article || !article->has_value() || (*article)->url.isEmpty()) {
        statusBar()->showMessage(tr("This article has no web address: it was imported from a file."), 5000);
        return;
    }
    // A library written before addresses were checked may still hold a "javascript:" one.
    const QUrl url((*article)->url);
    if (ExternalLink::allowed(url))
        ExternalLink::open(url);
    else
        statusBar()->showMessage(ExternalLink::refusal(url), 8000);
}

void MainWindow::saveSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        statusBar()->showMessage(tr("Type a search first, then save it."), 5000);
        return;
    }
    QStringList saved = Settings::savedSearches();
    if (!saved.contains(query))
        saved << query;
    Settings::setSavedSearches(saved);
    m_tree->reload();
    m_tree->select({Listing::Search, 0, query});
}

void MainWindow::removeSavedSearch(const QString &query)
{
    QStringList saved = Settings::savedSearches();
    saved.removeAll(query);
    Settings::setSavedSearches(saved);
    m_tree->reload();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    if (m_languages.current() != LanguageManager::resolve(Settings::language()))
        setLanguage(Settings::language());
    setHighlighting(Settings::highlighting());
    m_feeds->setRefreshMinutes(Settings::refreshMinutes());
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::restoreLayout()
{
    const Settings::WindowLayout layout = Settings::windowLayout();
    restoreGeometry(layout.geometry);
    restoreState(layout.state);
    m_outer->restoreState(layout.treeSplitter);
    m_inner->restoreState(layout.listSplitter);
    m_list->horizontalHeader()->restoreState(layout.listHeader);
}

void MainWindow::saveLayout() const
{
    Settings::setWindowLayout({saveGeometry(), saveState(), m_outer->saveState(), m_inner->saveState(),
                               m_list->horizontalHeader()->saveState()});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace veille::app
