#pragma once

#include <QList>

#include "storage/ArticleStore.h"
#include "storage/SearchStore.h"

namespace veille {
class Library;
}

namespace veille::app {

// A search's hits as rows of the article list (source, date and flags), in the hits'
// order, read in one query.
class SearchResults {
public:
    static Result<QList<ArticleListItem>> listItems(Library &library, const QList<SearchHit> &hits);
};

} // namespace veille::app
