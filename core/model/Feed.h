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
    qint64 account = 0;            // the sync account the feed belongs to; 0: a feed of one's own
    QString serverUrl;             // an account's feed: its web address on the server ("" if none)

    // The address to show and export. An account's feed is keyed "sync:ACCOUNT:ID"
    // inside the library (so a refresh never fetches what the server fetches); users
    // see the server's own address of the feed instead, never that key.
    const QString &address() const { return account ? serverUrl : url; }
};

} // namespace veille
