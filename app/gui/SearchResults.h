#pragma once

#include <QList>

#include "storage/ArticleStore.h"
#include "storage/SearchStore.h"

namespace veille {
class Library;
}

namespace veille::app {

// A search's hits as rows of the article list: source, date and flags looked up per hit.
// Hits are few (a search is capped), so this stays quick.
class SearchResults {
public:
    static QList<ArticleListItem> listItems(Library &library, const QList<SearchHit> &hits);
};

} // namespace veille::app
