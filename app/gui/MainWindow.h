#pragma once

#include <QMainWindow>

#include "model/Article.h"

class QLineEdit;
class QSplitter;
class QTableView;
class QLabel;

namespace veille {
class Library;
}

namespace veille::app {

class ArticleListModel;
class ArticleView;

// Wires widgets to the library; holds no SQL and no parsing.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);

    void search(const QString &query);
    bool selectArticle(ArticleId id);
    void showAll();

private:
    void buildUi();
    void openCurrent();
    void toggleFavourite();
    void reportError(const QString &message);

    Library &m_library;
    ArticleListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    ArticleView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace veille::app
