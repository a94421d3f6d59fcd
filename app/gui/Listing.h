#pragma once

#include <QString>

#include "model/Article.h"

namespace veille::app {

// What the article list shows: one of the fixed views, a feed, a company or a search.
struct Listing {
    enum Kind { All, Unread, Favourites, Feed, Company, Search };
    Kind kind = All;
    qint64 id = 0;   // the feed's or the company entity's id
    QString text;    // the company's name, or the search query
    friend bool operator==(const Listing &, const Listing &) = default;
};

} // namespace veille::app
