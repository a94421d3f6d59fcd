#pragma once

#include <QString>

#include "model/Article.h"
#include "storage/ArticleStore.h"

namespace veille::app {

// What the article list shows: one of the fixed views, a feed, a company or a search.
struct Listing {
    enum Kind { All, Unread, Favourites, Feed, Company, Search };
    Kind kind = All;
    qint64 id = 0;   // the feed's or the company entity's id
    QString text;    // the company's name, or the search query
    friend bool operator==(const Listing &, const Listing &) = default;

    // The articles of a view, a feed or a company (a search is not a filter).
    ArticleFilter filter() const
    {
        ArticleFilter f;
        f.unreadOnly = kind == Unread;
        f.favouritesOnly = kind == Favourites;
        if (kind == Feed)
            f.feedId = id;
        if (kind == Company)
            f.entityId = id;
        return f;
    }
};

} // namespace veille::app
