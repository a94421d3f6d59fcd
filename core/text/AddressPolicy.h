#pragma once

#include <QString>
#include <QUrl>

namespace veille {

// Which addresses Veille keeps and which it lets leave. A feed, a page or an OPML file
// may name any scheme ("javascript:", "file:", "smb:", a desktop's custom handler); only
// web pages are worth keeping as an article's, feed's or site's address, and only web
// pages and mail addresses are handed to the desktop to open.
class AddressPolicy {
public:
    // http or https with a host: what may be stored as an address.
    static bool isWeb(const QUrl &url);
    // isWeb, or "mailto:" with an address: what may be opened outside Veille.
    static bool canOpen(const QUrl &url);

    // The address as stored: `address` cleaned as browsers read it when it is a web
    // address, else empty (no address). An empty address stays empty.
    static QString storable(const QString &address);
    // Whether storable() drops `address`: it is not empty and not a web address.
    static bool isRefused(const QString &address);
};

} // namespace veille
