#pragma once

#include "facts/Lexicon.h"

namespace veille {

class FactsDocument;

// Longest gazetteer phrase (company, place or set-aside name) starting at a token.
class PhraseMatcher
{
public:
    struct Match {
        int phrase = -1;
        int end = 0; // token after the match
        explicit operator bool() const { return phrase >= 0; }
    };

    // Only phrases of at least minTokens tokens; tokens must be free (unclaimed).
    static Match longest(const FactsDocument &doc, int i, int minTokens, int maxTokens = 64);
    // True when a company or place phrase starts at i (free tokens, any length).
    static bool startsName(const FactsDocument &doc, int i);
    // True when the free token at i is, alone, a company's name ("Apple", "Ferrari").
    static bool oneWordCompany(const FactsDocument &doc, int i);
};

} // namespace veille
