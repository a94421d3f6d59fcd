#pragma once

#include <QString>

namespace veille {

// The language of a text from its most frequent function words: French, English, German,
// Spanish, Portuguese, Italian and Dutch ("fr", "en", "de", "es", "pt", "it", "nl"). Reads
// at most the first few thousand characters: enough to decide, cheap at ingest.
//
// A text in none of these — mostly another script, or enough words of which too few are
// function words of any of them — is "other". A text too short to tell (a bare headline
// with no function word) is empty: the caller decides, never a default French or English.
class LanguageGuesser
{
public:
    static QString guess(const QString &text);

    // The languages whose facts Veille can read: the rules of the key-facts engine.
    static bool hasFactRules(const QString &code) { return code == u"fr" || code == u"en"; }
};

} // namespace veille
