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

} // namespace

namespace {

bool isLinking(const Token &t)
{
    static const quint64 kDe = Fold::hash(u"de");
    static const quint64 kDes = Fold::hash(u"des");
    static const quint64 kDu = Fold::hash(u"du");
    static const quint64 kOf = Fold::hash(u"of");
    return t.kind == Token::Elision || t.key == kDe || t.key == kDes || t.key == kDu || t.key == kOf;
}

// Roles whose "of X" names a company ("chief executive of Altair"), not a country or a town.
bool isBusinessRole(quint64 key)
{
    static const quint64 kKeys[] = {Fold::hash(u"pdg"), Fold::hash(u"ceo"), Fold::hash(u"executive"),
                                    Fold::hash(u"founder"), Fold::hash(u"fondateur"), Fold::hash(u"cofondateur"),
                                    Fold::hash(u"co-founder"), Fold::hash(u"chairman"), Fold::hash(u"patron"),
                                    Fold::hash(u"directeur"), Fold::hash(u"directrice"), Fold::hash(u"cfo"),
                                    Fold::hash(u"officer"), Fold::hash(u"dirigeant")};
    for (quint64 k : kKeys) {
        if (k == key)
            return true;
    }
    return false;
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
    // "présidente de Ferrari", "chief executive of Ford"
    const int k = i - 1;
    if (m_doc.valid(k - 1) && isLinking(m_doc.at(k))
        && (m_doc.is(k - 1, Lexicon::Role) || isBusinessRole(m_doc.at(k - 1).key)))
        return true;
    const int prev = m_doc.valid(k) && m_doc.at(k).kind == Token::Elision ? k - 1 : k;
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
    m_personSurnames = personSurnames;
    matchAt(1, 1);
    m_personSurnames.clear();
}

void NameFinder::matchAt(int minTokens, int maxTokens)
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
                    && std::find(m_personSurnames.begin(), m_personSurnames.end(), t.key) != m_personSurnames.end();
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

bool NameFinder::runToken(int i) const
{
    if (!m_doc.valid(i))
        return false;
    const Token &t = m_doc.at(i);
    if (t.kind != Token::Word || t.claim || !t.has(Token::Upper) || t.has(Token::Heading) || t.has(Token::Boilerplate))
        return false;
    if (t.length() == 1 && m_doc.isSymbol(i + 1, u'.'))
        return false; // an initial
    const Lexicon &lex = m_doc.lexicon();
    if (t.lex >= 0) {
        const quint32 f = lex.word(t.lex).flags;
        constexpr quint32 kNot = Lexicon::Month | Lexicon::Weekday | Lexicon::Title | Lexicon::Function
            | Lexicon::SpeechCue | Lexicon::Role | Lexicon::CurrencyCode | Lexicon::Boilerplate | Lexicon::Verb
            | Lexicon::LegalSuffix;
        if (f & kNot)
            return false;
        if ((f & Lexicon::CompanyCue) && !(f & Lexicon::NameEnding))
            return false;
    }
    return true;
}

int NameFinder::runFrom(int i) const
{
    int e = i;
    while (runToken(e) && e - i < 4 && (e == i || m_doc.sameSentence(i, e))) {
        ++e;
        if (m_doc.isSymbol(e, u'&') && runToken(e + 1))
            ++e;
    }
    return e;
}

int NameFinder::runTo(int end) const
{
    int s = end;
    while (s - 1 >= 0 && runToken(s - 1) && end - s < 4 && m_doc.sameSentence(s - 1, end - 1)) {
        --s;
        if (m_doc.isSymbol(s - 1, u'&') && runToken(s - 2))
            --s;
    }
    return s;
}

void NameFinder::addFoundCompany(int from, int to, int nameEnd)
{
    if (nameEnd < 0)
        nameEnd = to;
    if (from >= nameEnd)
        return;
    // The gazetteer may know the name under another case ("NVIDIA Corp" -> Nvidia).
    const QString name = m_doc.view(from, nameEnd).toString();
    const int known = m_doc.lexicon().findCompany(name);
    if (known >= 0) {
        addCompany(from, nameEnd, known);
        return;
    }
    // "Altair" after "Altair Engineering": the short form of a name found with its ending.
    for (size_t f = 0; f < m_found.size(); ++f) {
        const std::vector<quint64> &keys = m_found[f];
        const int len = nameEnd - from;
        if (int(keys.size()) <= len)
            continue;
        bool prefix = true;
        for (int x = 0; x < len && prefix; ++x)
            prefix = keys[size_t(x)] == m_doc.at(from + x).key;
        for (size_t x = size_t(len); x < keys.size() && prefix; ++x)
            prefix = m_doc.lexicon().has(m_doc.lexicon().find(keys[x]), Lexicon::NameEnding);
        if (prefix) {
            const quint64 key = FactsDocument::entityKey(EntityType::Company, m_foundNames[f]);
            const int idx = m_doc.findEntity(key);
            if (idx >= 0) {
                Entity proto = m_doc.entity(idx);
                m_doc.addMention(key, proto, from, nameEnd);
                m_doc.claim(from, to, EntityType::Company);
                return;
            }
        }
    }
    Entity e;
    e.type = EntityType::Company;
    e.name = name;
    e.origin = EntityOrigin::Discovered;
    const quint64 key = FactsDocument::entityKey(EntityType::Company, name);
    if (m_doc.findEntity(key) < 0) {
        m_found.push_back(m_doc.keys(from, nameEnd));
        m_foundNames.push_back(name);
    }
    m_doc.addMention(key, e, from, nameEnd);
    m_doc.claim(from, to, EntityType::Company);
}

void NameFinder::findCompaniesFromContext()
{
    const int n = m_doc.size();
    const quint64 ofKey = Fold::hash(u"of");
    const quint64 sharesKey = Fold::hash(u"shares");
    const quint64 stockKey = Fold::hash(u"stock");
    const quint64 actionKey = Fold::hash(u"action");
    const quint64 titreKey = Fold::hash(u"titre");
    const quint64 kLe = Fold::hash(u"le");
    const quint64 kPlus = Fold::hash(u"plus");
    const quint64 kMost = Fold::hash(u"most");
    const quint64 kL = Fold::hash(u"l'");
    const quint64 kAt = Fold::hash(u"at");
    const quint64 kChez = Fold::hash(u"chez");
    const quint64 kDe = Fold::hash(u"de");
    const quint64 kIts = Fold::hash(u"its");
    const quint64 kTheir = Fold::hash(u"their");
    const quint64 kSa = Fold::hash(u"sa");
    const quint64 kSon = Fold::hash(u"son");
    for (int i = 0; i < n; ++i) {
        const Token &t = m_doc.at(i);
        if ((t.claim && t.claim != quint8(int(EntityType::Place) + 1)) || t.has(Token::Heading) || t.has(Token::Boilerplate))
            continue;
        // Acme Robotics Inc. / Schott AG / Northvolt, AB
        if (!t.claim && t.kind == Token::Word && m_doc.is(i, Lexicon::LegalSuffix) && (t.has(Token::Upper) || t.length() == 3)
            && !t.has(Token::SentenceStart)) {
            const int end = m_doc.isSymbol(i - 1, u',') ? i - 1 : i;
            const int start = runTo(end);
            if (start < end) {
                addFoundCompany(start, i + 1, end);
                continue;
            }
        }
        // "la compagnie saoudienne Riyadh Air": a place that opens a company name.
        if (t.claim == quint8(int(EntityType::Place) + 1) && runToken(i + 1) && m_doc.sameSentence(i, i + 1)
            && !(m_doc.valid(i - 1) && m_doc.at(i - 1).claim == t.claim)) {
            const int end = runFrom(i + 1);
            const bool named = cueBefore(i) || (end - i >= 2 && m_doc.is(end - 1, Lexicon::NameEnding))
                || (m_doc.is(i - 1, Lexicon::Nationality) && !m_doc.at(i - 1).has(Token::Upper));
            if (named) {
                m_doc.removeMention(EntityType::Place, Span{t.start, t.end});
                m_doc.tokens()[size_t(i)].claim = 0;
                addFoundCompany(i, end);
                i = end - 1;
                continue;
            }
        }
        if (t.claim)
            continue;
        if (!runToken(i))
            continue;
        const int end = runFrom(i);
        if (end <= i)
            continue;
        bool company = false;
        // "Aurora Robotics", "Kinetic Group": a name that ends with a company word.
        // Not when a plain noun follows: "Smart Group sessions" is a kind of session.
        if (end - i >= 2 && m_doc.is(end - 1, Lexicon::NameEnding) && !m_doc.is(i, Lexicon::FirstName) && !nounAfter(end))
            company = true;
        // "le groupe X", "la start-up nantaise X", "the battery maker X", "lenders such as X"
        if (!company)
            company = cueBefore(i);
        // "le japonais Mitsui", "l'américain Goodyear"
        if (!company && m_doc.is(i - 1, Lexicon::Nationality) && !m_doc.at(i - 1).has(Token::Upper) && m_doc.valid(i - 2)
            && (m_doc.at(i - 2).key == kLe || (m_doc.at(i - 2).kind == Token::Elision && m_doc.at(i - 2).key == kL)))
            company = true;
        // "Japan's Mitsui", "Germany's Wintershall Dea"
        if (!company && m_doc.valid(i - 2) && m_doc.at(i - 1).kind == Token::Possessive
            && m_doc.at(i - 2).claim == quint8(int(EntityType::Place) + 1) && !m_doc.is(i, Lexicon::FirstName)
            && !m_doc.is(end, Lexicon::Role))
            company = true;
        // "analyst at Jefferies", "analyste chez AlphaValue", "chief executive of Altair"
        if (!company && m_doc.valid(i - 2)) {
            const quint64 p = m_doc.at(i - 1).key;
            if ((p == kAt || p == kChez) && m_doc.is(i - 2, Lexicon::Role))
                company = true;
            // "directeur général de X": the role word may have a qualifier after it.
            for (int r = i - 2; r >= i - 3 && !company && m_doc.valid(r); --r) {
                if ((p == ofKey || p == kDe || m_doc.at(i - 1).kind == Token::Elision) && m_doc.is(r, Lexicon::Role)
                    && isBusinessRole(m_doc.at(r).key))
                    company = true;
            }
        }
        // "its Foxtron unit"
        if (!company && m_doc.is(end, Lexicon::UnitCue) && !m_doc.at(end).has(Token::Upper) && m_doc.valid(i - 1)
            && (m_doc.at(i - 1).key == kIts || m_doc.at(i - 1).key == kTheir || m_doc.at(i - 1).key == kSa
                || m_doc.at(i - 1).key == kSon))
            company = true;
        // "shares of X", "l'action X", "le titre X"
        if (!company && m_doc.valid(i - 1)) {
            const quint64 p = m_doc.at(i - 1).key;
            if (p == actionKey || p == titreKey)
                company = true;
            if (p == ofKey && m_doc.valid(i - 2) && (m_doc.at(i - 2).key == sharesKey || m_doc.at(i - 2).key == stockKey))
                company = true;
        }
        // "X's chief executive", "X's shares"
        if (!company && m_doc.valid(end + 1) && m_doc.at(end).kind == Token::Possessive
            && (m_doc.is(end + 1, Lexicon::Business) || m_doc.is(end + 1, Lexicon::Role)))
            company = true;
        // "X, le fabricant de...", "X, a startup", "X, filiale de Y"
        if (!company && m_doc.isSymbol(end, u',')) {
            int k = end + 1;
            if ((m_doc.is(k, Lexicon::RoleLead) && !m_doc.at(k).has(Token::Upper)) || (m_doc.valid(k) && m_doc.at(k).kind == Token::Elision))
                ++k;
            for (int x = 0; x < 4 && m_doc.valid(k + x) && m_doc.sameSentence(k + x, end); ++x) {
                const Token &c = m_doc.at(k + x);
                if (c.kind != Token::Word || c.has(Token::Upper))
                    break;
                if (m_doc.is(k + x, Lexicon::CompanyCue)) {
                    company = true;
                    break;
                }
                if (m_doc.is(k + x, Lexicon::Verb) || (m_doc.is(k + x, Lexicon::Function) && c.key != kPlus && c.key != kMost))
                    break;
            }
        }
        // Context words name the company, not a person or a sentence opener: a single
        // capitalised word that opens a sentence is only trusted with an explicit cue.
        if (company && m_doc.is(i, Lexicon::FirstName) && end - i >= 2)
            company = false;
        if (company)
            addFoundCompany(i, end);
        i = end - 1;
    }
}

void NameFinder::propagateCompanies()
{
    for (size_t f = 0; f < m_found.size(); ++f) {
        std::vector<quint64> keys = m_found[f];
        propagate(keys, m_foundNames[f]);
        // "Altair Engineering" is also "Altair" further on.
        while (keys.size() > 1 && m_doc.lexicon().has(m_doc.lexicon().find(keys.back()), Lexicon::NameEnding)) {
            keys.pop_back();
            propagate(keys, m_foundNames[f]);
        }
    }
}

void NameFinder::propagate(const std::vector<quint64> &keys, const QString &name)
{
    // Whole names only: "Aurora" inside "Aurora Borealis Capital" is something else.
    m_doc.propagate(keys, FactsDocument::entityKey(EntityType::Company, name), [this](int i, int len) { return wholeName(i, len); });
}

bool NameFinder::wholeName(int i, int len) const
{
    return !(runToken(i + len) && m_doc.sameSentence(i, i + len));
}

} // namespace veille
