#include "facts/CompanyCueFinder.h"

#include "facts/FactsDocument.h"
#include "facts/NameFinder.h"
#include "text/Fold.h"

namespace veille {

namespace {

bool isExchange(quint64 key)
{
    static const quint64 kKeys[] = {Fold::hash(u"nasdaq"), Fold::hash(u"nyse"), Fold::hash(u"euronext"),
                                    Fold::hash(u"lse"), Fold::hash(u"tsx"), Fold::hash(u"asx"), Fold::hash(u"xetra"),
                                    Fold::hash(u"six"), Fold::hash(u"amex"), Fold::hash(u"otc"), Fold::hash(u"hkex"),
                                    Fold::hash(u"sgx"), Fold::hash(u"bse"), Fold::hash(u"nse"), Fold::hash(u"tse"),
                                    Fold::hash(u"epa"), Fold::hash(u"etr"), Fold::hash(u"lon"), Fold::hash(u"otcqx")};
    for (quint64 k : kKeys) {
        if (k == key)
            return true;
    }
    return false;
}

} // namespace

CompanyCueFinder::CompanyCueFinder(FactsDocument &doc, NameFinder &names) : m_doc(doc), m_names(names) {}

bool CompanyCueFinder::ticker(int open) const
{
    // "(NYSE: KVX)", "(Euronext Paris: AIR)", "(TSE: 7203)", "(NASDAQ:NVDA)"
    int k = open + 1;
    if (!m_doc.valid(k) || !isExchange(m_doc.at(k).key) || !m_doc.at(k).has(Token::Upper))
        return false;
    ++k;
    if (m_doc.valid(k) && m_doc.at(k).kind == Token::Word && m_doc.at(k).has(Token::Upper))
        ++k; // "Euronext Paris"
    if (!m_doc.isSymbol(k, u':') || !m_doc.valid(k + 2))
        return false;
    const Token &symbol = m_doc.at(k + 1);
    const bool code = (symbol.kind == Token::Word && symbol.has(Token::AllCaps)) || symbol.kind == Token::Number
        || (symbol.kind == Token::Word && symbol.length() == 1 && symbol.has(Token::Upper));
    return code && m_doc.isSymbol(k + 2, u')');
}

bool CompanyCueFinder::statementAfter(int end) const
{
    static const quint64 kIn = Fold::hash(u"in"), kA = Fold::hash(u"a"), kStatement = Fold::hash(u"statement");
    static const quint64 kDans = Fold::hash(u"dans"), kUn = Fold::hash(u"un"), kCommunique = Fold::hash(u"communique");
    auto key = [&](int i) { return m_doc.valid(i) ? m_doc.at(i).key : 0; };
    int k = end;
    if (m_doc.french()) {
        if (key(k) == kA) // "a indiqué", "a annoncé"
            ++k;
        if (!(m_doc.is(k, Lexicon::SpeechCue) || m_doc.is(k, Lexicon::Verb)))
            return false;
        return key(k + 1) == kDans && key(k + 2) == kUn && key(k + 3) == kCommunique;
    }
    if (!(m_doc.is(k, Lexicon::SpeechCue) || m_doc.is(k, Lexicon::Verb)))
        return false;
    return key(k + 1) == kIn && key(k + 2) == kA && key(k + 3) == kStatement;
}

void CompanyCueFinder::find()
{
    const int n = m_doc.size();
    const quint8 companyClaim = quint8(int(EntityType::Company) + 1);
    for (int i = 0; i < n; ++i) {
        const Token &t = m_doc.at(i);
        if (t.has(Token::Boilerplate) || t.has(Token::Heading))
            continue;
        if (t.isSymbol(u'(') && ticker(i)) {
            // The exchange is not the company ("Euronext", "Nasdaq" are companies too).
            if (m_doc.at(i + 1).claim == companyClaim)
                m_doc.removeMention(EntityType::Company, Span{m_doc.at(i + 1).start, m_doc.at(i + 1).end});
            int close = i + 1;
            while (!m_doc.isSymbol(close, u')'))
                ++close;
            m_doc.claim(i + 1, close, EntityType::Company, FactsDocument::kStopClaim);
            const int start = m_names.runTo(i);
            if (start < i && m_doc.sameSentence(start, i))
                m_names.addFoundCompany(start, i);
            i = close;
            continue;
        }
        if (t.claim || !m_names.runToken(i) || m_doc.is(i, Lexicon::FirstName))
            continue;
        const int end = m_names.runFrom(i);
        if (end > i && statementAfter(end))
            m_names.addFoundCompany(i, end);
        i = std::max(i, end - 1);
    }
}

} // namespace veille
