#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QIODevice;

#include "model/ParsedFeed.h"
#include "model/Result.h"

namespace veille {

class FeedTextSource;

// The entry point for feed files: sniffs the format from the content (never from the
// file name), decodes the charset and hands over to the RSS, Atom or JSON reader.
// Pure: bytes and URL in, plain structs out.
class FeedParser {
public:
    // `url` is the feed's own address, the base for relative links. `httpCharset` is the
    // charset the server announced, used when the file declares none.
    // A file that is not a feed gives an Error "not a feed: ..."; a malformed feed gives
    // what could be read, with the problem in ParsedFeed::warnings.
    static Result<ParsedFeed> parse(const QByteArray &bytes, const QUrl &url,
                                    const QString &httpCharset = {});

    // The same reading, streamed: each item goes to `sink` as soon as it is read, with the
    // feed's fields known so far, so memory holds one item and a piece of the text, not
    // the file. The result carries the feed's fields and warnings but no items. Fields
    // that come after the items (rare) are only in the result. JSON Feed is read whole.
    // Returning false from the sink stops the reading.
    static Result<ParsedFeed> read(FeedTextSource &source, const QUrl &url, const ParsedItemSink &sink);
    static Result<ParsedFeed> read(QIODevice &device, const QUrl &url, const QString &httpCharset,
                                   const ParsedItemSink &sink);

    // A cheap look at the start of the bytes: RSS, RDF, Atom or JSON Feed?
    static bool looksLikeFeed(const QByteArray &bytes);
};

} // namespace veille
