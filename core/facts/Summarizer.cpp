#include "facts/Summarizer.h"

#include "facts/FactsDocument.h"

#include <algorithm>

namespace veille {

namespace {

struct Candidate {
    int first = 0; // first token
    int last = 0;  // last token
    double score = 0;
};

bool isOpeningQuote(char16_t c)
{
    return c == u'"' || c == u'\u00AB' || c == u'\u201C' || c == u'\u2018';
}

bool isClosingQuote(char16_t c)
{
    return c == u'"' || c == u'\u00BB' || c == u'\u201D' || c == u'\u2019';
}

} // namespace

QStringList Summarizer::summarize(const FactsDocument &doc, int count)
{
    std::vector<Candidate> sentences;
    const int n = doc.size();
    for (int i = 0; i < n;) {
        int j = i;
        while (j + 1 < n && doc.at(j + 1).sentence == doc.at(i).sentence)
            ++j;
        sentences.push_back({i, j, 0});
        i = j + 1;
    }
    std::vector<Candidate> kept;
    int rank = 0;
    for (Candidate c : sentences) {
        const Token &first = doc.at(c.first);
        if (first.has(Token::Heading) || first.has(Token::Boilerplate))
            continue;
        int words = 0, entities = 0, figures = 0;
        for (int k = c.first; k <= c.last; ++k) {
            const Token &t = doc.at(k);
            if (t.kind == Token::Word || t.kind == Token::Number)
                ++words;
            if (t.claim && t.claim != FactsDocument::kStopClaim && (k == c.first || doc.at(k - 1).claim != t.claim))
                ++entities;
            if (t.claim == quint8(int(EntityType::Money) + 1) || t.claim == quint8(int(EntityType::Percent) + 1))
                ++figures;
        }
        if (words < 7 || words > 55)
            continue;
        // A quotation standing alone says little out of context.
        int lastSym = c.last;
        while (lastSym > c.first && doc.at(lastSym).kind == Token::Symbol && !isClosingQuote(doc.at(lastSym).symbol))
            --lastSym;
        if (first.kind == Token::Symbol && isOpeningQuote(first.symbol) && doc.at(lastSym).kind == Token::Symbol
            && isClosingQuote(doc.at(lastSym).symbol))
            continue;
        if (c.first > 0 && doc.at(c.first - 1).kind == Token::Symbol && isOpeningQuote(doc.at(c.first - 1).symbol)
            && doc.at(c.first - 1).block == first.block && doc.at(c.first - 1).sentence == first.sentence)
            continue;
        c.score = 3.0 / (1.0 + 0.45 * rank) + 0.35 * std::min(entities, 6) + 0.4 * std::min(figures, 3);
        if (words < 12)
            c.score -= 0.5;
        ++rank;
        kept.push_back(c);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    if (int(kept.size()) > count)
        kept.resize(size_t(count));
    std::sort(kept.begin(), kept.end(), [](const Candidate &a, const Candidate &b) { return a.first < b.first; });
    QStringList out;
    for (const Candidate &c : kept) {
        int s = c.first;
        if (s > 0 && doc.at(s - 1).kind == Token::Symbol && isOpeningQuote(doc.at(s - 1).symbol) && doc.at(s - 1).sentence == doc.at(s).sentence)
            --s;
        out.append(doc.view(s, c.last + 1).toString().trimmed());
    }
    return out;
}

} // namespace veille
