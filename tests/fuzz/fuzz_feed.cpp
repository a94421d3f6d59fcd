// Fuzz target for the feed parser: any bytes must give a feed or an Error, never a crash
// or a hang. Build with -fsanitize=fuzzer and link veille_core.
#include <QByteArray>
#include <QString>
#include <QUrl>

#include "text/DateParser.h"
#include "parse/FeedDiscovery.h"
#include "parse/FeedParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QUrl base(QStringLiteral("https://example.com/feed/"));
    // The first byte picks an HTTP charset so the decoding paths are exercised too.
    static const char *const kCharsets[] = {"", "utf-8", "iso-8859-1", "windows-1251", "gb2312", "utf-16"};
    const QString charset = size > 0 ? QString::fromLatin1(kCharsets[data[0] % 6]) : QString();
    const auto result = veille::FeedParser::parse(bytes, base, charset);
    if (result.ok()) {
        for (const auto &item : result->items)
            (void)item.title.size();
    }
    (void)veille::FeedParser::looksLikeFeed(bytes);
    (void)veille::FeedDiscovery::candidates(bytes, base);
    if (size < 128)
        (void)veille::DateParser::parse(QString::fromUtf8(bytes));
    return 0;
}
