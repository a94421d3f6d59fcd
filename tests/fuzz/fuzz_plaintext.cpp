// Fuzz target for the plain-text article reader: any bytes give an article or an Error,
// and a derived title is never longer than the text it came from allows.
#include <QByteArray>

#include "parse/PlainTextParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = veille::PlainTextParser::parse(bytes);
    if (parsed.ok()) {
        (void)veille::PlainTextParser::deriveTitle(parsed->keyPoints, parsed->text);
        (void)veille::PlainTextParser::deriveTitle({}, parsed->text);
    }
    return 0;
}
