#include "gui/SearchResults.h"

#include "update/Library.h"

namespace veille::app {

Result<QList<ArticleListItem>> SearchResults::listItems(Library &library, const QList<SearchHit> &hits)
{
    // One query for the list columns of every hit, not an article and a state per hit.
    QList<ArticleId> ids;
    ids.reserve(hits.size());
    for (const SearchHit &h : hits)
        ids << h.id;
    return library.articles().listItems(ids);
}

} // namespace veille::app
