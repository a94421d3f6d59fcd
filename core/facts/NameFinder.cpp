#include "facts/NameFinder.h"

#include "facts/FactsDocument.h"
#include "facts/PhraseMatcher.h"
#include "facts/TextFold.h"

namespace veille {

namespace {

bool inText(const Token &t)
{
    return !t.has(Token::Boilerplate);
}

} // namespace

NameFinder::NameFinder(FactsDocument &doc) : m_doc(doc)
{
    const int sentences = doc.size() ? doc.at(doc.size() - 1).sentence + 1 : 0;
    m_sentenceCompanies.assign(size_t(sentences), 0);
}

void NameFinder::findMultiWordNames()
{
    matchAt(2, 64);
}

void NameFinder::findSingleWordNames()
{
    matchAt(1, 1);
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
            addPlace(i, m.end, ph.target);
            break;
        case Lexicon::Phrase::Company:
            if (ph.ambiguous) {
                // A common word too ("Orange", "Total"): decided once the whole text is read.
                m_pending.push_back({i, m.end, ph.target});
                m_doc.claim(i, m.end, EntityType::Company);
            } else {
                addCompany(i, m.end, ph.target);
            }
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
    m_doc.addMention(QStringLiteral("company:") + TextFold::fold(c.name), e, from, to);
    m_doc.claim(from, to, EntityType::Company);
    if (m_confirmed.size() <= size_t(company))
        m_confirmed.resize(size_t(company) + 1, false);
    m_confirmed[size_t(company)] = true;
    const int s = m_doc.at(from).sentence;
    if (s < int(m_sentenceCompanies.size()) && m_sentenceCompanies[size_t(s)] < 255)
        ++m_sentenceCompanies[size_t(s)];
}

void NameFinder::addPlace(int from, int to, int place)
{
    const Lexicon::Place &p = m_doc.lexicon().place(place);
    Entity e;
    e.type = EntityType::Place;
    e.name = m_doc.french() ? p.french : p.english;
    m_doc.addMention(QStringLiteral("place:") + QString::number(place), e, from, to);
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
    for (const Pending &p : m_pending) {
        const Token &t = m_doc.at(p.from);
        bool ok = size_t(p.company) < m_confirmed.size() && m_confirmed[size_t(p.company)];
        int prev = p.from - 1;
        if (m_doc.valid(prev) && m_doc.at(prev).kind == Token::Elision)
            --prev;
        if (!ok && m_doc.is(prev, Lexicon::CompanyCue))
            ok = true;
        if (!ok && m_sentenceCompanies[size_t(t.sentence)] > 0)
            ok = true;
        if (!ok && !t.has(Token::Heading) && sentenceHasBusiness(t.sentence)) {
            const bool initial = t.has(Token::SentenceStart);
            const bool colon = m_doc.isSymbol(p.to, u':');
            ok = !(initial && colon);
        }
        if (ok) {
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
    Entity e;
    e.type = EntityType::Company;
    e.name = name;
    const QString key = QStringLiteral("company:") + TextFold::fold(name);
    if (m_doc.findEntity(key) < 0) {
        std::vector<quint64> keys;
        for (int i = from; i < nameEnd; ++i)
            keys.push_back(m_doc.at(i).key);
        m_found.push_back(keys);
        m_foundNames.push_back(name);
    }
    m_doc.addMention(key, e, from, nameEnd);
    m_doc.claim(from, to, EntityType::Company);
}

void NameFinder::findCompaniesFromContext()
{
    const int n = m_doc.size();
    const quint64 ofKey = TextFold::hash(u"of");
    const quint64 sharesKey = TextFold::hash(u"shares");
    const quint64 stockKey = TextFold::hash(u"stock");
    const quint64 actionKey = TextFold::hash(u"action");
    const quint64 titreKey = TextFold::hash(u"titre");
    for (int i = 0; i < n; ++i) {
        const Token &t = m_doc.at(i);
        if (t.claim || t.has(Token::Heading) || t.has(Token::Boilerplate))
            continue;
        // Acme Robotics Inc. / Schott AG / Northvolt, AB
        if (t.kind == Token::Word && m_doc.is(i, Lexicon::LegalSuffix) && (t.has(Token::Upper) || t.length() == 3)
            && !t.has(Token::SentenceStart)) {
            const int end = m_doc.isSymbol(i - 1, u',') ? i - 1 : i;
            const int start = runTo(end);
            if (start < end) {
                const int to = m_doc.isSymbol(i + 1, u'.') && m_doc.at(i + 1).has(Token::Glued) ? i + 1 : i + 1;
                addFoundCompany(start, to, end);
                continue;
            }
        }
        if (!runToken(i))
            continue;
        const int end = runFrom(i);
        if (end <= i)
            continue;
        bool company = false;
        // "Aurora Robotics", "Kinetic Group": a name that ends with a company word.
        if (end - i >= 2 && m_doc.is(end - 1, Lexicon::NameEnding) && !m_doc.is(i, Lexicon::FirstName))
            company = true;
        // "le groupe X", "la start-up nantaise X", "the battery maker X"
        if (!company) {
            int k = i - 1;
            int skipped = 0;
            while (m_doc.valid(k) && skipped < 3 && m_doc.sameSentence(k, i)) {
                const Token &p = m_doc.at(k);
                if (m_doc.is(k, Lexicon::CompanyCue) && !p.has(Token::Upper)) {
                    company = true;
                    break;
                }
                const bool linking = p.kind == Token::Elision || p.key == TextFold::hash(u"de") || p.key == TextFold::hash(u"des")
                    || p.key == TextFold::hash(u"du") || p.key == ofKey;
                const bool adjective = p.kind == Token::Word && !p.has(Token::Upper) && p.lex < 0;
                const bool knownAdjective = p.kind == Token::Word && !p.has(Token::Upper) && p.lex >= 0
                    && !(m_doc.lexicon().word(p.lex).flags & (Lexicon::Function | Lexicon::Verb | Lexicon::SpeechCue | Lexicon::DateCue));
                if (!(linking || adjective || knownAdjective))
                    break;
                ++skipped;
                --k;
            }
        }
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
            if (m_doc.is(k, Lexicon::RoleLead) || m_doc.is(k, Lexicon::Function) || (m_doc.valid(k) && m_doc.at(k).kind == Token::Elision))
                ++k;
            for (int x = 0; x < 4 && m_doc.valid(k + x) && m_doc.sameSentence(k + x, end); ++x) {
                const Token &c = m_doc.at(k + x);
                if (c.kind != Token::Word || c.has(Token::Upper))
                    break;
                if (m_doc.is(k + x, Lexicon::CompanyCue)) {
                    company = true;
                    break;
                }
                if (m_doc.is(k + x, Lexicon::Verb))
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
    const int n = m_doc.size();
    for (size_t f = 0; f < m_found.size(); ++f) {
        const std::vector<quint64> &keys = m_found[f];
        const int len = int(keys.size());
        const QString key = QStringLiteral("company:") + TextFold::fold(m_foundNames[f]);
        const int entity = m_doc.findEntity(key);
        if (entity < 0)
            continue;
        const Entity proto = m_doc.entity(entity);
        for (int i = 0; i + len <= n; ++i) {
            const Token &t = m_doc.at(i);
            if (t.key != keys[0] || t.claim || !t.has(Token::Upper) || t.has(Token::Boilerplate))
                continue;
            bool ok = true;
            for (int k = 1; k < len && ok; ++k)
                ok = m_doc.at(i + k).key == keys[size_t(k)] && !m_doc.at(i + k).claim;
            if (!ok)
                continue;
            // Whole names only: "Aurora" inside "Aurora Borealis Capital" is something else.
            if (runToken(i + len) && m_doc.sameSentence(i, i + len))
                continue;
            m_doc.addMention(key, proto, i, i + len);
            m_doc.claim(i, i + len, EntityType::Company);
        }
    }
}

} // namespace veille
