#include "facts/PhraseMatcher.h"

#include "facts/FactsDocument.h"

namespace veille {

namespace {

bool caseOk(const Token &t, quint8 rule)
{
    if (rule == 0 || t.kind != Token::Word)
        return true;
    if (rule == 2)
        return t.has(Token::AllCaps);
    return t.has(Token::Upper);
}

} // namespace

PhraseMatcher::Match PhraseMatcher::longest(const FactsDocument &doc, int i, int minTokens, int maxTokens)
{
    Match m;
    const Token &first = doc.at(i);
    if (first.lex < 0 || first.claim)
        return m;
    const Lexicon &lex = doc.lexicon();
    const Lexicon::Word &word = lex.word(first.lex);
    if (word.phrasesNeedUpper && first.kind == Token::Word && !first.has(Token::Upper))
        return m;
    for (int p : word.phrases) {
        const Lexicon::Phrase &ph = lex.phrase(p);
        const int len = int(ph.keys.size());
        if (len < minTokens || len > maxTokens || ph.type == Lexicon::Phrase::Currency)
            continue;
        if (!doc.valid(i + len - 1))
            continue;
        bool ok = caseOk(first, ph.caseRule[0]);
        for (int k = 1; k < len && ok; ++k) {
            const Token &t = doc.at(i + k);
            ok = t.key == ph.keys[size_t(k)] && !t.claim && t.block == first.block && caseOk(t, ph.caseRule[size_t(k)]);
        }
        if (ok) {
            m.phrase = p;
            m.end = i + len;
            return m;
        }
    }
    return m;
}

bool PhraseMatcher::startsName(const FactsDocument &doc, int i)
{
    if (!doc.valid(i))
        return false;
    const Match m = longest(doc, i, 1);
    return m && doc.lexicon().phrase(m.phrase).type != Lexicon::Phrase::Stop;
}

bool PhraseMatcher::oneWordCompany(const FactsDocument &doc, int i)
{
    if (!doc.valid(i))
        return false;
    const Match m = longest(doc, i, 1);
    return m && m.end == i + 1 && doc.lexicon().phrase(m.phrase).type == Lexicon::Phrase::Company;
}

} // namespace veille
