#include "facts/NameFinder.h"

#include <algorithm>

#include "facts/FactsDocument.h"
#include "facts/OrganisationFinder.h"
#include "facts/PhraseMatcher.h"
#include "text/Fold.h"

namespace veille {

namespace {

bool inText(const Token &t)
{
    return !t.has(Token::Boilerplate);
}

bool isLinking(const Token &t)
{
    static const quint64 kDe = Fold::hash(u"de");
    static const quint64 kDes = Fold::hash(u"des");
    static const quint64 kDu = Fold::hash(u"du");
    static const quint64 kOf = Fold::hash(u"of");
    return t.kind == Token::Elision || t.key == kDe || t.key == kDes || t.key == kDu || t.key == kOf;
}

} // namespace

bool NameFinder::nounAfter(int end) const
{
    if (!m_doc.valid(end) || !m_doc.sameSentence(end - 1, end))
        return false;
    const Token &t = m_doc.at(end);
    if (t.kind != Token::Word || t.has(Token::Upper))
        return false;
    constexpr quint32 kGrammar = Lexicon::Function | Lexicon::Verb | Lexicon::SpeechCue | Lexicon::Role | Lexicon::DateCue
        | Lexicon::UnitCue | Lexicon::Business;
    return t.lex < 0 || !(m_doc.lexicon().word(t.lex).flags & kGrammar);
}

bool NameFinder::cueBefore(int i) const
{
    static const quint64 kSuch = Fold::hash(u"such");
    static const quint64 kAs = Fold::hash(u"as");
    static const quint64 kTels = Fold::hash(u"tels");
    static const quint64 kTelles = Fold::hash(u"telles");
    static const quint64 kQue = Fold::hash(u"que");
    int k = i - 1;
    bool list = false;
    // "lenders such as X", "des marques chinoises comme X"
    if (m_doc.valid(k - 1) && m_doc.at(k).key == kAs && m_doc.at(k - 1).key == kSuch) {
        k -= 2;
        list = true;
    } else if (m_doc.valid(k - 1) && m_doc.at(k).key == kQue && (m_doc.at(k - 1).key == kTels || m_doc.at(k - 1).key == kTelles)) {
        k -= 2;
        list = true;
    } else if (m_doc.is(k, Lexicon::ListCue)) {
        k -= 1;
        list = true;
    }
    if (!list && m_doc.valid(k) && isLinking(m_doc.at(k)))
        return false; // "le groupe de Vevey": a town, not a name
    int skipped = 0;
    while (m_doc.valid(k) && skipped < 4 && m_doc.sameSentence(k, i)) {
        const Token &p = m_doc.at(k);
        if (m_doc.is(k, Lexicon::CompanyCue) && !p.has(Token::Upper))
            return true;
        // English puts adjectives before the noun: "the Swedish battery maker X".
        if (!m_doc.french() && !list)
            return false;
        const bool adjective = p.kind == Token::Word && !p.has(Token::Upper)
            && (p.lex < 0 || !(m_doc.lexicon().word(p.lex).flags & (Lexicon::Function | Lexicon::Verb | Lexicon::SpeechCue | Lexicon::DateCue)));
        if (!(isLinking(p) || adjective))
            return false;
        ++skipped;
        --k;
    }
    return false;
}

bool NameFinder::shownAsCompany(int i) const
{
    // "présidente de Ferrari", "analyste chez Ferrari": any role, the name being a company's.
    if (roleBefore(i, false))
        return true;
    const int prev = m_doc.valid(i - 1) && m_doc.at(i - 1).kind == Token::Elision ? i - 2 : i - 1;
    return m_doc.is(prev, Lexicon::CompanyCue) || cueBefore(i);
}

bool NameFinder::listed(int i, int end) const
{
    // The item before: "KKR, Cinven et Providence", "Huawei ou Cambricon", "de Safran et de GE".
    static const quint64 kEt = Fold::hash(u"et");
    static const quint64 kAnd = Fold::hash(u"and");
    static const quint64 kOu = Fold::hash(u"ou");
    static const quint64 kOr = Fold::hash(u"or");
    auto separator = [&](int k) {
        return m_doc.isSymbol(k, u',') || (m_doc.valid(k) && (m_doc.at(k).key == kEt || m_doc.at(k).key == kAnd
                                                               || m_doc.at(k).key == kOu || m_doc.at(k).key == kOr));
    };
    auto companyEndsAt = [&](int k) {
        return m_doc.valid(k) && m_doc.at(k).claim == quint8(int(EntityType::Company) + 1) && m_doc.sameSentence(k, i);
    };
    int k = i - 1;
    if (m_doc.valid(k) && (m_doc.at(k).kind == Token::Elision || m_doc.at(k).key == Fold::hash(u"de")))
        --k;
    if (!separator(k))
        return false;
    --k;
    if (m_doc.isSymbol(k, u','))
        --k;
    if (!companyEndsAt(k))
        return false;
    // ...and the item after the run must end the list or continue it.
    if (!m_doc.valid(end) || !m_doc.sameSentence(i, end))
        return true;
    const Token &a = m_doc.at(end);
    return a.kind == Token::Symbol || separator(end) || a.kind == Token::Possessive || !a.has(Token::Upper);
}

void NameFinder::findListedCompanies()
{
    const int n = m_doc.size();
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < n; ++i) {
            const Token &t = m_doc.at(i);
            if (t.claim || t.has(Token::Heading) || t.has(Token::Boilerplate) || t.has(Token::SentenceStart) || !runToken(i))
                continue;
            const int end = runFrom(i);
            if (end > i && !m_doc.is(i, Lexicon::FirstName) && listed(i, end))
                addFoundCompany(i, end);
            i = std::max(i, end - 1);
        }
    }
}

void NameFinder::findTowns()
{
    // "Troy, Michigan", "Reno, Nevada", "Cholet, dans le Maine-et-Loire": a capitalised name
    // set beside a known state or country is a town.
    static const quint64 kDans = Fold::hash(u"dans");
    static const quint64 kEn = Fold::hash(u"en");
    static const quint64 kAu = Fold::hash(u"au");
    static const quint64 kLe = Fold::hash(u"le");
    static const quint64 kLa = Fold::hash(u"la");
    const int n = m_doc.size();
    const quint8 placeClaim = quint8(int(EntityType::Place) + 1);
    for (int i = 0; i < n; ++i) {
        if (!runToken(i) || m_doc.at(i).has(Token::SentenceStart) || m_doc.is(i, Lexicon::FirstName))
            continue;
        const int end = runFrom(i);
        if (end - i > 2 || !m_doc.isSymbol(end, u','))
            continue;
        int k = end + 1;
        if (m_doc.french()) {
            if (m_doc.valid(k) && m_doc.at(k).key == kDans)
                ++k;
            if (m_doc.valid(k) && (m_doc.at(k).key == kLe || m_doc.at(k).key == kLa || m_doc.at(k).kind == Token::Elision
                                   || m_doc.at(k).key == kEn || m_doc.at(k).key == kAu))
                ++k;
        }
        if (!m_doc.valid(k) || m_doc.at(k).claim != placeClaim)
            continue;
        Entity e;
        e.type = EntityType::Place;
        e.name = m_doc.view(i, end).toString();
        const quint64 key = FactsDocument::entityKey(EntityType::Place, e.name);
        m_doc.addMention(key, e, i, end);
        m_doc.claim(i, end, EntityType::Place);
        m_towns.push_back({i, end});
        i = end - 1;
    }
    // Later mentions of the same towns.
    for (const auto &[from, to] : m_towns) {
        m_doc.propagate(m_doc.keys(from, to), FactsDocument::entityKey(EntityType::Place, m_doc.view(from, to)),
                        [this](int i, int len) { return wholeName(i, len); });
    }
}

NameFinder::NameFinder(FactsDocument &doc) : m_doc(doc)
{
    const int sentences = doc.size() ? doc.at(doc.size() - 1).sentence + 1 : 0;
    m_sentenceCompanies.assign(size_t(sentences), 0);
}

void NameFinder::findMultiWordNames()
{
    matchAt(2, 64);
}

void NameFinder::findSingleWordNames(const std::vector<quint64> &personSurnames)
{
    matchAt(1, 1, personSurnames);
}

void NameFinder::matchAt(int minTokens, int maxTokens, const std::vector<quint64> &personSurnames)
{
    const Lexicon &lex = m_doc.lexicon();
    const int n = m_doc.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = m_doc.at(i);
        if (t.claim || t.lex < 0 || !inText(t) || t.kind == Token::Symbol)
            continue;
        const PhraseMatcher::Match m = PhraseMatcher::longest(m_doc, i, minTokens, maxTokens);
        if (!m)
            continue;
        const Lexicon::Phrase &ph = lex.phrase(m.phrase);
        switch (ph.type) {
        case Lexicon::Phrase::Stop:
            m_doc.claim(i, m.end, EntityType::Company, FactsDocument::kStopClaim);
            break;
        case Lexicon::Phrase::Place:
            // A town of the large list that opens a longer name ("Cabo Delgado") is left to
            // the rules that read the whole name.
            if (ph.minor && runToken(m.end) && m_doc.sameSentence(i, m.end) && !m_doc.at(m.end).claim)
                break;
            addPlace(i, m.end, ph.target);
            break;
        case Lexicon::Phrase::Company:
            if (const bool surname = m.end == i + 1
                    && std::find(personSurnames.begin(), personSurnames.end(), t.key) != personSurnames.end();
                ph.ambiguous || surname) {
                // A common word too ("Orange", "Total"), or a person's surname: decided once
                // the whole text is read.
                m_pending.push_back({i, m.end, ph.target, surname});
                m_doc.claim(i, m.end, EntityType::Company);
            } else {
                addCompany(i, m.end, ph.target);
            }
            break;
        case Lexicon::Phrase::Organisation:
            OrganisationFinder::addKnown(m_doc, i, m.end, ph.target);
            break;
        case Lexicon::Phrase::Currency:
            break;
        }
        i = m.end - 1;
    }
}

void NameFinder::addCompany(int from, int to, int company)
{
    const Lexicon::Company &c = m_doc.lexicon().company(company);
    Entity e;
    e.type = EntityType::Company;
    e.name = c.name;
    e.aliases = c.aliases;
    m_doc.addMention(FactsDocument::entityKey(EntityType::Company, c.name), e, from, to);
    m_doc.claim(from, to, EntityType::Company);
    confirm(company, m_doc.at(from).sentence);
}

void NameFinder::confirm(int company, int sentence)
{
    if (m_confirmed.size() <= size_t(company))
        m_confirmed.resize(size_t(company) + 1, false);
    m_confirmed[size_t(company)] = true;
    if (sentence < int(m_sentenceCompanies.size()) && m_sentenceCompanies[size_t(sentence)] < 255)
        ++m_sentenceCompanies[size_t(sentence)];
}

void NameFinder::addPlace(int from, int to, int place)
{
    const Lexicon::Place &p = m_doc.lexicon().place(place);
    Entity e;
    e.type = EntityType::Place;
    e.name = m_doc.french() ? p.french : p.english;
    m_doc.addMention(FactsDocument::entityKey(EntityType::Place, p.english), e, from, to);
    m_doc.claim(from, to, EntityType::Place);
}

bool NameFinder::sentenceHasBusiness(int sentence) const
{
    // Scanned on demand: ambiguous names are rare, so this stays off the hot path.
    const int n = m_doc.size();
    int lo = 0, hi = n;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_doc.at(mid).sentence < sentence)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < n && m_doc.at(i).sentence == sentence; ++i) {
        const Token &t = m_doc.at(i);
        if (m_doc.lexicon().has(t.lex, Lexicon::Business))
            return true;
        if (t.claim == quint8(int(EntityType::Money) + 1) || t.claim == quint8(int(EntityType::Percent) + 1))
            return true;
        if (t.kind == Token::Symbol && (t.symbol == u'$' || t.symbol == u'\u20AC' || t.symbol == u'%'))
            return true;
    }
    return false;
}

void NameFinder::resolveAmbiguous()
{
    // A company is confirmed by one mention in business context anywhere in the text: then
    // every mention is the company, those before it too ("Apple said on Tuesday... Tim
    // Cook, chief executive of Apple").
    const auto confirmed = [this](int company) {
        return size_t(company) < m_confirmed.size() && m_confirmed[size_t(company)];
    };
    for (const Pending &p : m_pending) {
        const Token &t = m_doc.at(p.from);
        if (p.surname) {
            // "Ferrari a rappelé que..." after "Nadia Ferrari, présidente de Neoen" is her:
            // business words around it say nothing, only the company shown as one does.
            if (shownAsCompany(p.from))
                confirm(p.company, t.sentence);
            continue;
        }
        int prev = p.from - 1;
        if (m_doc.valid(prev) && m_doc.at(prev).kind == Token::Elision)
            --prev;
        bool ok = m_doc.is(prev, Lexicon::CompanyCue) || m_sentenceCompanies[size_t(t.sentence)] > 0;
        if (!ok && !t.has(Token::Heading) && sentenceHasBusiness(t.sentence)) {
            const bool initial = t.has(Token::SentenceStart);
            const bool colon = m_doc.isSymbol(p.to, u':');
            ok = !(initial && colon);
        }
        if (ok)
            confirm(p.company, t.sentence); // and the other names of its sentence with it
    }
    for (const Pending &p : m_pending) {
        if (confirmed(p.company)) {
            addCompany(p.from, p.to, p.company);
        } else {
            for (int i = p.from; i < p.to; ++i)
                m_doc.tokens()[size_t(i)].claim = 0;
        }
    }
    m_pending.clear();
}

} // namespace veille
