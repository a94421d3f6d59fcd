#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace veille {

// Finds the feeds a web page offers, for "subscribe to this site".
class FeedDiscovery {
public:
    // The feeds the page declares (<link rel="alternate" type="application/rss+xml" ...>,
    // Atom, JSON Feed), resolved against the page (or its <base href>), in page order;
    // then the usual paths (/feed, /rss, /rss.xml, /atom.xml, /feed.xml, /index.xml,
    // /feed.json) on the page's host, to try when the declared ones fail. No duplicates.
    static QStringList candidates(const QByteArray &html, const QUrl &pageUrl);
};

} // namespace veille
