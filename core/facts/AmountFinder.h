#pragma once

namespace veille {

class FactsDocument;

// Sums of money and percentages. Reads numbers as the article's language writes them
// ("1,4 billion" is 1.4e12 in French, "$35.1 billion" 3.51e10 in English), scale words and
// abbreviations (M€, Md€, bn, tn), currency signs, ISO codes and currency names, and claims
// the tokens so that no year or count is read inside an amount.
class AmountFinder
{
public:
    static void find(FactsDocument &doc);
};

} // namespace veille
