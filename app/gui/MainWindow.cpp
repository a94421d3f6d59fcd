#include "gui/MainWindow.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "gui/ArticleListModel.h"
#include "gui/ArticleView.h"
#include "update/Library.h"

namespace veille::app {

MainWindow::MainWindow(Library &library, QWidget *parent) : QMainWindow(parent), m_library(library)
{
    buildUi();
    showAll();
}

void MainWindow::buildUi()
{
    setWindowTitle(tr("Veille"));
    resize(1200, 780);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search: words, \"phrases\", company:Name, fav:yes, lang:fr"));
    m_search->setClearButtonEnabled(true);
    QToolBar *bar = addToolBar(tr("Search"));
    bar->setMovable(false);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });

    m_model = new ArticleListModel(m_library, this);
    connect(m_model, &ArticleListModel::loadFailed, this, &MainWindow::reportError);
    m_list = new QTableView(this);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ArticleListModel::SourceColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::ResizeToContents);
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::openCurrent);

    m_view = new ArticleView(this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    QMenu *articleMenu = menuBar()->addMenu(tr("&Article"));
    QAction *star = articleMenu->addAction(tr("Add to or remove from &favourites"));
    star->setShortcut(QKeySequence(Qt::Key_S));
    connect(star, &QAction::triggered, this, &MainWindow::toggleFavourite);
    QAction *all = articleMenu->addAction(tr("Show &all articles"));
    connect(all, &QAction::triggered, this, &MainWindow::showAll);

    m_view->showMessage(tr("No article selected"), tr("Choose an article in the list to read it here."));
}

void MainWindow::showAll()
{
    m_model->showFilter({});
    const int total = m_library.articles().count({}).ok() ? *m_library.articles().count({}) : 0;
    statusBar()->showMessage(tr("%n article(s) in the library", nullptr, total));
    if (total == 0)
        m_view->showMessage(tr("Your library is empty"), tr("Import an article or a feed to start reading."));
}

void MainWindow::search(const QString &query)
{
    m_search->setText(query);
    if (query.trimmed().isEmpty()) {
        showAll();
        return;
    }
    auto hits = m_library.search(query, 500);
    if (!hits) {
        reportError(hits.errorMessage());
        return;
    }
    QList<ArticleListItem> items;
    for (const SearchHit &h : *hits) {
        ArticleListItem item;
        item.id = h.id;
        item.title = h.title;
        auto state = m_library.states().state(h.id);
        if (state) {
            item.favourite = state->favourite;
            item.read = state->read;
        }
        items << item;
    }
    m_model->showIds(items);
    statusBar()->showMessage(tr("%n article(s) found", nullptr, int(items.size())));
    if (items.isEmpty())
        m_view->showMessage(tr("Nothing found"), tr("Try fewer words, or a prefix such as invest*."));
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
    m_list->scrollTo(m_model->index(row, 0));
    return true;
}

void MainWindow::openCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const ArticleId id = current.data(ArticleListModel::IdRole).toLongLong();
    auto article = m_library.articles().article(id);
    if (!article || !article->has_value()) {
        reportError(article ? tr("This article is no longer in the library.") : article.errorMessage());
        return;
    }
    auto facts = m_library.facts(id);
    QString source;
    if ((*article)->feedId) {
        auto feed = m_library.feeds().feed((*article)->feedId);
        if (feed && feed->has_value())
            source = (*feed)->title;
    }
    m_view->showArticle(**article, source, facts ? *facts : KeyFacts{});
    if (!current.data(ArticleListModel::ReadRole).toBool() && m_library.states().setRead(id, true))
        m_model->setRead(current.row(), true);
}

void MainWindow::toggleFavourite()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const ArticleId id = current.data(ArticleListModel::IdRole).toLongLong();
    const bool favourite = !current.data(ArticleListModel::FavouriteRole).toBool();
    if (auto r = m_library.states().setFavourite(id, favourite); !r) {
        reportError(r.errorMessage());
        return;
    }
    m_model->setFavourite(current.row(), favourite);
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

} // namespace veille::app
