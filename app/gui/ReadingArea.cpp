#include "gui/ReadingArea.h"

#include "gui/ArticlePane.h"
#include "gui/CompanyPage.h"

namespace veille::app {

namespace {
constexpr int kHistoryLimit = 100; // places kept behind the current one
}

ReadingArea::ReadingArea(ArticlePane *pane, CompanyPage *page, QWidget *parent)
    : QStackedWidget(parent), m_pane(pane), m_page(page)
{
    setObjectName(QStringLiteral("readingArea"));
    addWidget(pane);
    addWidget(page);
    setCurrentWidget(pane);
    connect(page, &CompanyPage::backRequested, this, &ReadingArea::back);
    connect(page, &CompanyPage::forwardRequested, this, &ReadingArea::forward);
    connect(this, &ReadingArea::historyChanged, this, [this] { m_page->setHistory(canGoBack(), canGoForward()); });
}

bool ReadingArea::showsCompany() const
{
    return currentWidget() == m_page;
}

void ReadingArea::showArticle(ArticleId id)
{
    setCurrentWidget(m_pane);
    record({id, {}});
}

void ReadingArea::showCompany(const QString &name)
{
    setCurrentWidget(m_page);
    record({0, name});
}

void ReadingArea::showPane()
{
    setCurrentWidget(m_pane);
}

void ReadingArea::record(const Place &place)
{
    if (m_travelling)
        return;
    if (m_index >= 0 && m_history.at(m_index) == place)
        return;
    // A new place drops the ones Forward would have gone to, as a browser does.
    m_history.erase(m_history.begin() + (m_index + 1), m_history.end());
    m_history << place;
    if (m_history.size() > kHistoryLimit)
        m_history.removeFirst();
    m_index = int(m_history.size()) - 1;
    emit historyChanged();
}

void ReadingArea::back()
{
    if (canGoBack())
        go(m_index - 1);
}

void ReadingArea::forward()
{
    if (canGoForward())
        go(m_index + 1);
}

void ReadingArea::go(int index)
{
    m_index = index;
    m_travelling = true;
    emit placeRequested(m_history.at(index));
    m_travelling = false;
    emit historyChanged();
}

} // namespace veille::app
