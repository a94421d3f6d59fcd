#pragma once

#include <QList>
#include <QStackedWidget>

#include "model/Article.h"

namespace veille::app {

class ArticlePane;
class CompanyPage;

// The reading area: the article pane or a company's page, one at a time, with a history
// the way a browser keeps one (Back, Forward). It records what was shown and asks for a
// place again; opening it is the window's part.
class ReadingArea : public QStackedWidget {
    Q_OBJECT
public:
    struct Place {
        ArticleId article = 0; // an article, or else
        QString company;       // a company's page
        friend bool operator==(const Place &, const Place &) = default;
    };

    ReadingArea(ArticlePane *pane, CompanyPage *page, QWidget *parent = nullptr);

    ArticlePane *pane() const { return m_pane; }
    CompanyPage *page() const { return m_page; }
    bool showsCompany() const;

    // The pane or the page is shown; either is recorded as the newest place, unless it is
    // the place Back or Forward asked for.
    void showArticle(ArticleId id);
    void showCompany(const QString &name);
    // The pane shows a message: nothing to record.
    void showPane();

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_history.size(); }
    void back();
    void forward();
    const QList<Place> &history() const { return m_history; }

signals:
    // Back or Forward reached this place: open it (its showArticle or showCompany call
    // then records nothing).
    void placeRequested(const veille::app::ReadingArea::Place &place);
    void historyChanged();

private:
    void record(const Place &place);
    void go(int index);

    ArticlePane *m_pane;
    CompanyPage *m_page;
    QList<Place> m_history;
    int m_index = -1;
    bool m_travelling = false;
};

} // namespace veille::app
