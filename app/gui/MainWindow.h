#pragma once

#include <QMainWindow>

#include "gui/Listing.h"
#include "model/Article.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace veille {
class Library;
}

namespace veille::app {

class ArticleListModel;
class ArticlePane;
class CompanyController;
class ReadingActions;
class FactsRefresher;
class FeedActions;
class FeedTree;
class LanguageManager;
class ListExporter;
class OfflineImages;
class SearchBar;
class StateWriter;

// Wires the panes to the library and to each other; holds no SQL and no parsing.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Library &library, LanguageManager &languages, QWidget *parent = nullptr);

    void search(const QString &query);
    bool selectArticle(ArticleId id);
    // Shows the article in the pane: in the list when it is there, else in All articles.
    void openArticle(veille::ArticleId id);
    // File › Export…'s work for the list shown (or the company page's timeline).
    void exportList();
    void showListing(const Listing &listing);
    void selectFirstArticle();
    void setLanguage(const QString &code);
    void setHighlighting(bool on);
    void toggleFavourite();
    void toggleRead();
    void moveBy(int delta);
    // Window geometry and splitter sizes from the last session.
    void restoreLayout();

    FeedTree *feedTree() const { return m_tree; }
    QTableView *articleList() const { return m_list; }
    ArticleListModel *articleModel() const { return m_model; }
    ArticlePane *articlePane() const { return m_pane; }
    SearchBar *searchBar() const { return m_search; }
    FeedActions *feedActions() const { return m_feeds; }
    CompanyController *companies() const { return m_companies; }
    ListExporter *exporter() const { return m_exporter; }
    OfflineImages *offlineImages() const { return m_images; }
    const Listing &listing() const { return m_listing; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void refreshOlderFacts();
    void retranslate();
    void openCurrent();
    void showEmptyState();
    void updateCounts();
    void reportError(const QString &message);
    void saveSearch();
    void removeSavedSearch(const QString &query);
    void openSettings();
    void openInBrowser();
    void pageOrNext();
    void saveLayout() const;
    QAction *action(QMenu *menu, const QList<QKeySequence> &keys, void (MainWindow::*slot)());

    Library &m_library;
    LanguageManager &m_languages;
    Listing m_listing;
    FeedTree *m_tree = nullptr;
    ArticleListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    ArticlePane *m_pane = nullptr;
    SearchBar *m_search = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    QLabel *m_counts = nullptr;
    FeedActions *m_feeds = nullptr;
    FactsRefresher *m_factsRefresher = nullptr;
    CompanyController *m_companies = nullptr;
    ReadingActions *m_reading = nullptr;
    ListExporter *m_exporter = nullptr;
    OfflineImages *m_images = nullptr;
    StateWriter *m_states = nullptr;
    bool m_highlight = true;

    QMenu *m_fileMenu = nullptr, *m_companiesMenu = nullptr;
    QAction *m_export = nullptr;
    QMenu *m_feedsMenu = nullptr, *m_viewMenu = nullptr, *m_articleMenu = nullptr, *m_searchMenu = nullptr,
          *m_helpMenu = nullptr, *m_languageMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_showAll = nullptr, *m_showUnread = nullptr, *m_showFavourites = nullptr, *m_highlightAction = nullptr,
            *m_settings = nullptr, *m_systemLanguage = nullptr, *m_french = nullptr, *m_english = nullptr;
    QAction *m_next = nullptr, *m_previous = nullptr, *m_page = nullptr, *m_star = nullptr, *m_read = nullptr,
            *m_open = nullptr;
    QAction *m_find = nullptr, *m_saveSearch = nullptr, *m_shortcuts = nullptr, *m_about = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace veille::app
