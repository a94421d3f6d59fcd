#pragma once

#include <QObject>
#include <QString>

#include "gui/ReadingArea.h"
#include "model/CompanyProfile.h"

class QAction;
class QMenu;

namespace veille {
class Library;
}

namespace veille::app {

class Announcer;
class ArticlePane;
class CompanyActions;
class CompanyLoader;
class CompanyPage;
class FeedTree;
class MainWindow;

// Following companies in the window: the company page in the reading area with its
// history, the watchlist of the left pane, the announce of new articles about followed
// items, and the Companies menu (through CompanyActions). The window tells it when the
// library changed and asks it to open a company; it reads on CompanyLoader's thread.
class CompanyController : public QObject {
    Q_OBJECT
public:
    CompanyController(Library &library, MainWindow &window, FeedTree &tree, ArticlePane *pane);

    ReadingArea *area() const { return m_area; }
    CompanyPage *page() const { return m_page; }
    CompanyLoader *loader() const { return m_loader; }
    Announcer *announcer() const { return m_announcer; }
    CompanyActions *actions() const { return m_actions; }

    // Shows the company's page; with `listArticles`, the list shows its articles as well.
    void open(const QString &name, bool listArticles = false);
    // The search that lists the company's articles: company:"Mistral AI".
    static QString query(const QString &name);
    // The company whose page is shown, else empty.
    QString shownCompany() const;
    // New or changed articles: the watchlist's counts, the page, and the announce.
    void libraryChanged();
    // A company (by any of its names) or a saved search joins or leaves the watchlist.
    void follow(veille::FollowedItem::Kind kind, const QString &name, bool on);

    void fillMenus(QMenu *companies, QMenu *view);
    void retranslate();

private:
    void goTo(const ReadingArea::Place &place);

    Library &m_library;
    MainWindow &m_window;
    FeedTree &m_tree;
    CompanyPage *m_page = nullptr;
    ReadingArea *m_area = nullptr;
    CompanyLoader *m_loader = nullptr;
    Announcer *m_announcer = nullptr;
    CompanyActions *m_actions = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};

} // namespace veille::app
