#pragma once

#include <QNetworkReply>
#include <QStringList>
#include <QUrl>

#include "model/Error.h"

namespace veille {

// A failed QNetworkReply as one Error, the same for a feed fetch (FetchJob) and a sync
// server call (TtRssClient): refused, closed, unknown host, timeout, TLS, proxy...
class NetworkError {
public:
    // "host:port" when the address names a port, else the host.
    static QString hostOf(const QUrl &url);
    // `tlsErrors`: what sslErrors() reported, said instead of Qt's summary when known.
    static Error of(const QNetworkReply &reply, const QUrl &url, const QStringList &tlsErrors);
};

} // namespace veille
