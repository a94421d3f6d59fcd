#pragma once

#include <QString>

namespace veille {

// French or English, from the most frequent function words of each language. Reads at most
// the first few thousand characters: enough to decide, cheap at ingest.
class LanguageGuesser
{
public:
    static QString guess(const QString &text); // "fr" or "en"
};

} // namespace veille
