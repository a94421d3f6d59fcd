// Fuzz target for the key-facts engine: any bytes, read as UTF-8 text in either language,
// must give entities whose spans lie inside the text, and never crash or hang.
#include "facts/FactsEngine.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const veille::FactsEngine engine; // cheap: the gazetteers are shared, loaded once
    if (size > 64 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString language = (size && (data[0] & 1)) ? QStringLiteral("fr") : QStringLiteral("en");
    const veille::KeyFacts facts = engine.extract(text, language);
    for (const veille::Entity &e : facts.entities) {
        for (const veille::Span &s : e.mentions) {
            if (s.start < 0 || s.start >= s.end || s.end > text.size())
                std::abort();
        }
    }
    engine.companyAliases(text.left(64));
    return 0;
}
