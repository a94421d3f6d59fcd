#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

#include "model/Article.h"
#include "model/Error.h"

namespace veille {

struct Feed {
    FeedId id = 0;
    QString title;
    QString url;        // the feed's address (a file path for imported files)
    QString siteUrl;
    QString folder;     // "" for the top level; nested folders as "A/B"
    Error lastError;    // code None when the last refresh went well
    QString etag;
    QString lastModified;
    QDateTime lastFetched;
    int updateIntervalMinutes = 0; // 0: the global default
    bool fullText = false;         // fetch the linked page for summary-only items
    std::optional<bool> images;    // remote images while reading; none: the global setting
    bool offlineImages = false;    // keep every new article's pictures, not only favourites'
    int unread = 0;                // computed when listed
};

} // namespace veille
