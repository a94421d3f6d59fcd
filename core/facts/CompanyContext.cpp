// NameFinder's companies that no gazetteer holds, found from the text around a name: a
// legal suffix, a cue ("le groupe X", "shares of X"), a role before it ("chief executive of
// X"), an apposition; and the other mentions of a name found so.
#include "facts/NameFinder.h"

#include "facts/FactsDocument.h"
#include "text/Fold.h"

namespace veille {

namespace {

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

bool NameFinder::roleBefore(int i, bool businessRole) const
{
    // "analyst at Jefferies", "analyste chez AlphaValue", "chief executive of Altair", and
    // "directeur général de X": the role word may have a qualifier after it.
    static const quint64 kAt = Fold::hash(u"at");
    static const quint64 kChez = Fold::hash(u"chez");
    static const quint64 kOf = Fold::hash(u"of");
    static const quint64 kDe = Fold::hash(u"de");
    if (!m_doc.valid(i - 2))
        return false;
    const Token &p = m_doc.at(i - 1);
    if ((p.key == kAt || p.key == kChez) && m_doc.is(i - 2, Lexicon::Role))
        return true;
    if (!(p.key == kOf || p.key == kDe || p.kind == Token::Elision))
        return false;
    for (int r = i - 2; r >= i - 3 && m_doc.valid(r); --r) {
        if (m_doc.is(r, Lexicon::Role) && (!businessRole || isBusinessRole(m_doc.at(r).key)))
            return true;
    }
    return false;
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
        if (!company && roleBefore(i, true))
            company = true;
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
