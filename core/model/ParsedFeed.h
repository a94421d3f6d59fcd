#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include "model/Error.h"

namespace veille {

struct ParsedEnclosure {
    QString url;
    QString type;
    qint64 length = 0;
};

struct ParsedPerson {
    QString name;
    QString email;
    QString uri;
};

// One item of a feed, as written (URLs resolved against xml:base / the feed URL).
struct ParsedItem {
    QString guid;            // <guid>, <id>, JSON "id"; empty when the feed has none
    QString link;            // the article's page
    QString title;
    QList<ParsedPerson> authors;
    QDateTime published;     // invalid when absent or unreadable
    QDateTime updated;
    QString contentHtml;     // content:encoded, atom:content, content_html (HTML as string)
    QString summaryHtml;     // description, atom:summary, summary
    QString imageUrl;
    QList<ParsedEnclosure> enclosures;
    QStringList categories;
};

enum class FeedFormat { Unknown, Rss, Atom, JsonFeed, RssInJson, Cdf };

struct ParsedFeed {
    FeedFormat format = FeedFormat::Unknown;
    QString version;         // "2.0", "1.0", "0.91", "atom10", "json1.1" ...
    QString title;
    QString siteUrl;         // the site's home page (channel link / alternate link)
    QString feedUrl;         // self link when present
    QString description;
    QString language;
    QString imageUrl;
    QDateTime updated;
    QList<ParsedPerson> authors; // the feed's own (Atom), for items that name none
    QList<ParsedItem> items;
    QList<Error> warnings;    // what could not be read, for the feed's status
};

// Receives each item as soon as it is read, with the feed as far as it is known then
// (the elements before the item; its `items` stay empty). Returning false stops reading.
using ParsedItemSink = std::function<bool(ParsedItem &&item, const ParsedFeed &feed)>;

} // namespace veille
