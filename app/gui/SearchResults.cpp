#include "gui/SearchResults.h"

#include <QHash>

#include "update/Library.h"

namespace veille::app {

QList<ArticleListItem> SearchResults::listItems(Library &library, const QList<SearchHit> &hits)
{
    QHash<FeedId, QString> feedTitles;
    if (auto feeds = library.feeds().feeds())
        for (const Feed &f : *feeds)
            feedTitles.insert(f.id, f.title);
    QList<ArticleListItem> items;
    items.reserve(hits.size());
    for (const SearchHit &h : hits) {
        ArticleListItem item;
        item.id = h.id;
        item.title = h.title;
        if (auto article = library.articles().article(h.id); article && article->has_value()) {
            item.feedId = (*article)->feedId;
            item.feedTitle = feedTitles.value(item.feedId);
            item.published = (*article)->published;
            item.language = (*article)->language;
        }
        if (auto state = library.states().state(h.id)) {
            item.favourite = state->favourite;
            item.read = state->read;
        }
        items << item;
    }
    return items;
}

} // namespace veille::app
