#pragma once

#include <QObject>

#include "model/Article.h"

namespace veille {
class Library;
}

namespace veille::app {

class ArticleListModel;
class FeedTree;

// The window's read and favourite marks. The list changes at once; the write goes to the
// library's writer on its priority lane, ahead of any import or refresh queued there, and
// the window never waits for it. The counts follow when it is stored; should it fail, the
// list is put back and failed() says why.
class StateWriter : public QObject {
    Q_OBJECT
public:
    StateWriter(Library &library, ArticleListModel &model, FeedTree &tree, QObject *parent = nullptr);

    void setRead(int row, bool read);
    void setFavourite(int row, bool favourite);

signals:
    // The favourite mark is stored (the offline pictures keeper looks for it there).
    void favouriteStored(veille::ArticleId id, bool favourite);
    void failed(const QString &message);

private:
    Library &m_library;
    ArticleListModel &m_model;
    FeedTree &m_tree;
};

} // namespace veille::app
