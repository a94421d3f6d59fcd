#pragma once

#include <QByteArray>
#include <QUrl>

#include "model/ParsedFeed.h"
#include "model/Result.h"

namespace veille {

// JSON Feed 1.0 and 1.1, and Dave Winer's RSS-in-JSON ({"rss": {"channel": ...}}).
class JsonFeedParser {
public:
    // `json` is UTF-8. A file cut off midway is read up to its last complete item,
    // with a warning.
    static Result<ParsedFeed> parse(const QByteArray &json, const QUrl &url);
};

} // namespace veille
