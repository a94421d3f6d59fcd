#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include "model/ParsedFeed.h"
#include "model/Result.h"

namespace veille {

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
    // A cheap look at the start of the bytes: RSS, RDF, Atom or JSON Feed?
    static bool looksLikeFeed(const QByteArray &bytes);
};

} // namespace veille
