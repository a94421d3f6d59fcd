#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>

#include "model/Error.h"

namespace veille {

// What to fetch, with the validators of the copy already stored (empty when none), so
// that an unchanged feed costs the server a 304 and us nothing.
struct FetchRequest {
    QUrl url;
    QString etag;          // sent as If-None-Match
    QString lastModified;  // sent as If-Modified-Since
};

// Bounds on one call. Every call ends by itself: with an answer, an error, or one of these.
struct FetchLimits {
    std::chrono::milliseconds idleTimeout{30'000};   // no byte received for this long
    std::chrono::milliseconds totalTimeout{120'000}; // the whole call, redirects included
    qint64 maxBytes = 32LL * 1024 * 1024;            // the body, after decompression
    int maxRedirects = 5;
};

// What came back. `error` is None on success, which is either `notModified` or a body.
struct FetchResult {
    QUrl url;              // as asked
    QUrl finalUrl;         // after redirects: the base for the body's relative links
    QUrl movedTo;          // set when the address moved permanently (301/308 from the
                           // start of the chain): the address to store from now on
    int status = 0;        // the last HTTP status, 0 when none arrived
    bool notModified = false;
    QByteArray body;
    QString contentType;   // media type, lower case, without parameters
    QString charset;       // the Content-Type's charset parameter, as sent
    QString etag;          // validators of this answer (for a 304: the ones asked with,
    QString lastModified;  // unless the server sent new ones)
    Error error;           // code None on success

    bool ok() const { return error.isNone(); }
};

} // namespace veille
