// Fuzz target for the OPML reader and writer: what parses must write and parse again.
#include <QByteArray>

#include "parse/OpmlParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto result = veille::OpmlParser::parse(bytes);
    if (result.ok()) {
        const QByteArray written = veille::OpmlParser::write(result.value(), QStringLiteral("fuzz"));
        if (!veille::OpmlParser::parse(written).ok())
            std::abort(); // the writer produced something its own reader refuses
    }
    return 0;
}
