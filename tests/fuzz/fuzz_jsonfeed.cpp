// Fuzz target for JSON Feed (1.0, 1.1, RSS-in-JSON): any bytes give a feed or an Error.
#include <QByteArray>
#include <QUrl>

#include "parse/JsonFeedParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto feed = veille::JsonFeedParser::parse(bytes, QUrl(QStringLiteral("https://example.com/feed.json")));
    if (feed.ok()) {
        for (const auto &item : feed->items)
            (void)item.link.size();
    }
    return 0;
}
