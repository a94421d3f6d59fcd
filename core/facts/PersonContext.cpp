// PersonFinder's readers of what surrounds a name: a role before or after it, words said,
// an age in apposition. The finders in PersonFinder.cpp decide with them.
#include "facts/PersonFinder.h"

#include "facts/FactsDocument.h"
#include "facts/PhraseMatcher.h"
#include "text/Fold.h"

namespace veille {

bool PersonFinder::personEvidence(int from, int to) const
{
    return roleFollows(to) || speechFollows(to) || ageFollows(to) || rolePrecedes(from);
}

bool PersonFinder::everydayCapital(int i) const
{
    return !m_doc.french() && m_doc.valid(i) && m_doc.at(i).kind == Token::Word && m_doc.at(i).has(Token::Upper)
        && m_doc.lexicon().isCommonWord(m_doc.at(i).key);
}

bool PersonFinder::roleFollows(int end) const
{
    if (!m_doc.isSymbol(end, u',') && !m_doc.isSymbol(end, u'('))
        return false;
    for (int k = end + 1; k < end + 8 && m_doc.valid(k); ++k) {
        if (m_doc.is(k, Lexicon::Role))
            return true;
        const Token &t = m_doc.at(k);
        if (t.kind == Token::Symbol && t.symbol != u'\'' && t.symbol != u'-')
            return false;
        if (m_doc.is(k, Lexicon::Verb) || (m_doc.french() && t.key == m_aKey))
            return false;
    }
    return false;
}

bool PersonFinder::rolePrecedes(int start) const
{
    int k = start - 1;
    if (m_doc.isSymbol(k, u','))
        --k;
    if (m_doc.is(k, Lexicon::Role) || m_doc.is(k, Lexicon::Title))
        return true;
    if (m_doc.is(k, Lexicon::SpeechCue))
        return true;
    // "according to X", "d'après X"
    if (m_doc.valid(k - 1) && m_doc.at(k).key == Fold::hash(u"to") && m_doc.at(k - 1).key == Fold::hash(u"according"))
        return true;
    return false;
}

bool PersonFinder::speechFollows(int end) const
{
    // "Camille Vautrin said", "Camille Vautrin a déclaré", "Camille Vautrin told".
    if (m_doc.is(end, Lexicon::SpeechCue) && !m_doc.at(end).has(Token::Upper))
        return true;
    return m_doc.french() && m_doc.valid(end + 1) && m_doc.at(end).key == m_aKey && m_doc.is(end + 1, Lexicon::SpeechCue);
}

bool PersonFinder::ageFollows(int end) const
{
    // "Camille Vautrin, 54 ans,", "Camille Vautrin, 54, said": an age in apposition.
    if (!m_doc.isSymbol(end, u',') || !m_doc.valid(end + 2))
        return false;
    const Token &n = m_doc.at(end + 1);
    if (n.kind != Token::Number || n.decimals || n.mantissa < 16 || n.mantissa > 110)
        return false;
    static const quint64 kAns = Fold::hash(u"ans");
    return m_doc.at(end + 2).key == kAns || (!m_doc.french() && m_doc.isSymbol(end + 2, u','));
}

QString PersonFinder::roleAfter(int end) const
{
    if (!roleFollows(end))
        return {};
    const bool paren = m_doc.isSymbol(end, u'(');
    int s = end + 1;
    // Leading articles and possessives are not part of the role.
    while (m_doc.valid(s) && m_doc.at(s).kind == Token::Word && m_doc.is(s, Lexicon::Function) && !m_doc.is(s, Lexicon::Role)
           && !m_doc.at(s).has(Token::Upper))
        ++s;
    if (m_doc.valid(s) && m_doc.at(s).kind == Token::Elision)
        ++s;
    int e = s;
    while (m_doc.valid(e) && e - s < 14 && m_doc.sameSentence(s, e)) {
        const Token &t = m_doc.at(e);
        if (t.kind == Token::Symbol && (t.symbol == u',' || t.symbol == u'.' || t.symbol == u';' || t.symbol == u')'
                                        || t.symbol == u':' || t.symbol == u'(' || t.symbol == u'"' || t.symbol == u'\u00BB'))
            break;
        if (t.kind == Token::Word && (m_doc.is(e, Lexicon::Verb) || m_doc.is(e, Lexicon::SpeechCue) || (m_doc.french() && t.key == m_aKey))
            && !m_doc.is(e, Lexicon::Role))
            break;
        ++e;
    }
    if (paren && !m_doc.isSymbol(e, u')'))
        return {};
    if (e <= s)
        return {};
    return m_doc.view(s, e).toString();
}

QString PersonFinder::roleBefore(int start) const
{
    int e = start;
    if (m_doc.isSymbol(e - 1, u','))
        --e;
    int s = e;
    bool sawRole = false;
    while (s - 1 >= 0 && e - s < 10 && m_doc.sameSentence(s - 1, e - 1)) {
        const int k = s - 1;
        const Token &t = m_doc.at(k);
        if (t.kind == Token::Symbol || t.kind == Token::Number)
            break;
        const bool role = m_doc.is(k, Lexicon::Role);
        const bool linking = t.kind == Token::Elision || t.kind == Token::Possessive || m_doc.is(k, Lexicon::Particle)
            || t.key == Fold::hash(u"of") || t.key == Fold::hash(u"and") || t.key == Fold::hash(u"et");
        if (!role && !linking) {
            if (t.has(Token::Upper)) {
                // A company inside the role ("Nvidia chief executive"), nothing else.
                if (t.claim != quint8(int(EntityType::Company) + 1) && !t.has(Token::AllCaps) && !PhraseMatcher::startsName(m_doc, k))
                    break;
            } else if (t.lex >= 0 && (m_doc.lexicon().word(t.lex).flags & (Lexicon::Function | Lexicon::Verb | Lexicon::SpeechCue | Lexicon::DateCue))) {
                break;
            }
        }
        if (linking && !role && t.lex >= 0 && m_doc.is(k, Lexicon::Function) && !sawRole && k == e - 1)
            break;
        sawRole = sawRole || role;
        --s;
    }
    // The role opens on a role word, a modifier ("ancien", "former") or a company name:
    // "a dit le directeur général de Renault" gives "directeur général de Renault".
    while (s < e && !m_doc.is(s, Lexicon::Role) && !m_doc.at(s).has(Token::Upper)
           && !(m_doc.is(s, Lexicon::RoleLead) && !m_doc.is(s, Lexicon::Function)))
        ++s;
    if (!sawRole || s >= e)
        return {};
    return m_doc.view(s, e).toString();
}

} // namespace veille
