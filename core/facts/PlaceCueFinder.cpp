#include "facts/PlaceCueFinder.h"

#include "facts/FactsDocument.h"
#include "facts/PhraseMatcher.h"
#include "text/Fold.h"

namespace veille {

namespace {

constexpr quint32 kNotInName = Lexicon::Month | Lexicon::Weekday | Lexicon::Function | Lexicon::SpeechCue
    | Lexicon::Verb | Lexicon::Boilerplate | Lexicon::Title | Lexicon::Role | Lexicon::CurrencyCode
    | Lexicon::CompanyCue | Lexicon::NameEnding | Lexicon::LegalSuffix | Lexicon::OrgHead | Lexicon::OrgEnding;

bool geographicHead(quint64 key)
{
    static const std::vector<quint64> kKeys = [] {
        std::vector<quint64> v;
        for (const char16_t *w : {u"lac", u"mont", u"monts", u"ile", u"iles", u"cap", u"golfe", u"baie", u"col", u"massif",
                                  u"pic", u"lake", u"mount", u"mounts", u"isle", u"cape", u"gulf", u"fort", u"port", u"santa", u"san",
                                  u"sao", u"saint", u"sainte", u"st", u"north", u"south", u"east", u"west", u"new",
                                  u"great", u"upper", u"lower", u"little", u"nord", u"sud", u"haute", u"haut", u"basse",
                                  u"bas", u"grand", u"grande", u"petit", u"petite", u"vieux", u"vieille", u"river", u"duchy",
                                  u"kingdom", u"principality", u"republic", u"emirate", u"isle", u"city", u"county"})
            v.push_back(Fold::hash(QStringView(w)));
        return v;
    }();
    return std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end();
}

bool geographicEnding(quint64 key)
{
    static const std::vector<quint64> kKeys = [] {
        std::vector<quint64> v;
        for (const char16_t *w : {u"river", u"county", u"island", u"islands", u"mountains", u"valley", u"bay", u"province",
                                  u"district", u"sea", u"ocean", u"lake", u"peninsula", u"desert", u"creek", u"canyon",
                                  u"township", u"parish", u"prefecture", u"oblast", u"voivodeship", u"canton", u"borough",
                                  u"station", u"field", u"hill", u"hills", u"falls", u"caves", u"road", u"street", u"avenue",
                                  u"park", u"square", u"bridge", u"airport", u"mall", u"cemetery", u"municipality",
                                  u"range", u"glacier", u"pass", u"strait", u"channel", u"harbour", u"harbor", u"beach",
                                  u"coast", u"heights", u"springs", u"gardens", u"canal", u"forest", u"basin", u"plateau",
                                  u"delta", u"reservoir", u"dam", u"stadium", u"arena", u"empire", u"palace", u"castle",
                                  u"reserve", u"parkway", u"drive", u"seashore", u"garden", u"arboretum", u"abbey", u"fortress"})
            v.push_back(Fold::hash(QStringView(w)));
        return v;
    }();
    return std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end();
}

// French writes the geographic noun in lower case before the name: "l'île Devon", "l'océan
// Indien", "le fleuve Fraser", "la baie de San Francisco", "le parc national de Timanfaya".
bool frenchLowerHead(quint64 key)
{
    static const std::vector<quint64> kKeys = [] {
        std::vector<quint64> v;
        for (const char16_t *w : {u"ile", u"iles", u"ocean", u"mer", u"fleuve", u"riviere", u"lac", u"mont", u"monts", u"col",
                                  u"baie", u"canal", u"comte", u"golfe", u"cap", u"detroit", u"massif", u"desert", u"vallee",
                                  u"plateau", u"peninsule", u"presqu'ile", u"archipel", u"parc", u"chaine", u"glacier",
                                  u"volcan", u"estuaire", u"delta", u"lagune", u"pic"})
            v.push_back(Fold::hash(QStringView(w)));
        return v;
    }();
    return std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end();
}

// Nouns of an area whose "de X" names a place: "la région d'Igloulik", "le district de Thulé".
bool frenchAreaNoun(quint64 key)
{
    return inList(key, {u"pres", u"originaire", u"environs", u"nord", u"sud", u"est", u"ouest", u"region", u"ville", u"commune",
                        u"village", u"banlieue", u"district", u"quartier", u"province", u"departement", u"canton",
                        u"arrondissement", u"royaume", u"hameau", u"faubourg", u"agglomeration", u"capitale", u"abords",
                        u"nord-est", u"nord-ouest", u"sud-est", u"sud-ouest", u"centre", u"habitants", u"maire", u"diocese"});
}

} // namespace

PlaceCueFinder::PlaceCueFinder(FactsDocument &doc) : m_doc(doc) {}

bool PlaceCueFinder::nameToken(int i) const
{
    if (!m_doc.valid(i))
        return false;
    const Token &t = m_doc.at(i);
    if (t.kind != Token::Word || t.claim || !t.has(Token::Upper) || t.has(Token::Boilerplate) || t.has(Token::Heading))
        return false;
    if (t.length() == 1)
        return false;
    return t.lex < 0 || !(m_doc.lexicon().word(t.lex).flags & kNotInName);
}

int PlaceCueFinder::nameEnd(int i) const
{
    int e = i;
    while (nameToken(e) && e - i < 3 && m_doc.sameSentence(i, e))
        ++e;
    return e;
}

bool PlaceCueFinder::prepositionBefore(int i) const
{
    // "à Tulle", "près de Wrexham", "near Wrexham", "in Wrexham" — but not "invested in X"
    // or "cédé à X", where the name is a buyer or a target.
    const int p = i - 1;
    if (!m_doc.valid(p) || !m_doc.sameSentence(p, i))
        return false;
    const quint64 k = m_doc.at(p).key;
    const int before = p - 1;
    const quint64 b = m_doc.valid(before) ? m_doc.at(before).key : 0;
    // After a business word or a verb, "in" and "à" name a target or a partner as often as a place.
    const bool trade = m_doc.valid(before) && (m_doc.is(before, Lexicon::Business) || m_doc.is(before, Lexicon::Verb));
    if (m_doc.french()) {
        if (trade)
            return false;
        if (inList(k, {u"à", u"a"}) && m_doc.at(p).kind == Token::Word && !m_doc.at(p).has(Token::Upper) && m_doc.at(p).length() == 1
            && m_doc.text().at(m_doc.at(p).start) == QChar(0x00E0))
            return !inList(b, {u"cede", u"vendu", u"vend", u"propose", u"confie", u"offert", u"demande", u"permis", u"succede",
                               u"face", u"grace", u"contribue", u"participe"});
        if ((inList(k, {u"de", u"d'"})) && frenchAreaNoun(b))
            return true;
        // "en Mésopotamie": a feminine land the gazetteer lacks; words the lexicon knows ("en
        // Bourse") are not such lands. "aux" is left out: "aux États membres".
        return inList(k, {u"en"}) && !m_doc.at(p).has(Token::Upper) && m_doc.at(i).lex < 0;
    }
    if (inList(k, {u"in"}))
        return !trade && !inList(b, {u"invested", u"invest", u"invests", u"investing", u"stake", u"stakes", u"interest", u"shares",
                           u"holding", u"investment", u"position", u"role", u"part", u"star", u"starred", u"appeared", u"played"});
    if (inList(k, {u"at", u"from", u"via"}) && !trade)
        return !m_doc.at(p).has(Token::Upper);
    return inList(k, {u"near", u"outside"}) || (inList(k, {u"of"}) && inList(b, {u"town", u"city", u"village", u"suburb",
                                                                                   u"outskirts", u"north", u"south", u"east",
                                                                                   u"west", u"region", u"province", u"county",
                                                                                   u"island", u"isle", u"coast", u"shores",
                                                                                   u"mountains", u"summit", u"capital",
                                                                                   u"inhabitants", u"kingdom", u"district",
                                                                                   u"peninsula", u"valley", u"streets", u"port",
                                                                                   u"population"}));
}

void PlaceCueFinder::find()
{
    const int n = m_doc.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = m_doc.at(i);
        if (t.kind != Token::Word || t.claim || t.has(Token::Boilerplate) || t.has(Token::Heading))
            continue;
        // "Lac de Vassivière", "Mount Kenya", "Île de Sein"
        if (t.has(Token::Upper) && geographicHead(t.key)) {
            int k = i + 1;
            if (m_doc.valid(k) && (m_doc.at(k).kind == Token::Elision || inList(m_doc.at(k).key, {u"de", u"du", u"des", u"of"})))
                ++k;
            const int end = nameEnd(k);
            // "South Korean", "North American": a people, not a place.
            const QStringView last = end > k ? m_doc.view(end - 1, end) : QStringView();
            const bool demonym = last.endsWith(u"ean") || last.endsWith(u"ian") || last.endsWith(u"ese") || last.endsWith(u"ish")
                || last.endsWith(u"can") || last.endsWith(u"ain") || last.endsWith(u"ais") || last.endsWith(u"aise");
            if (end > k && !demonym) {
                add(i, end);
                i = end - 1;
            }
            continue;
        }
        if (m_doc.french() && !t.has(Token::Upper) && frenchLowerHead(t.key)) {
            if (const int end = lowerHeadEnd(i); end > i + 1) {
                add(i, end);
                i = end - 1;
            }
            continue;
        }
        if (!nameToken(i))
            continue;
        const int end = nameEnd(i);
        // "Hudson River", "Orange County"
        if (end - i >= 2 && geographicEnding(m_doc.at(end - 1).key)) {
            add(i, end);
            i = end - 1;
            continue;
        }
        // "the Tibooburra region", "the Rakitnica canyon": in English, a name the lexicon does
        // not know before a geographic noun in lower case.
        if (!m_doc.french() && end - i <= 2 && m_doc.valid(end) && m_doc.sameSentence(i, end) && !m_doc.at(end).has(Token::Upper)
            && m_doc.at(end).kind == Token::Word && !m_doc.at(end).has(Token::Glued)
            && inList(m_doc.at(end).key, {u"region", u"valley", u"river", u"canyon", u"crater", u"stream", u"province", u"district",
                                          u"county", u"basin", u"peninsula", u"island", u"desert", u"mountains", u"lake", u"creek",
                                          u"glacier", u"delta", u"plateau"})) {
            bool unknown = true;
            for (int k = i; k < end; ++k)
                unknown = unknown && m_doc.at(k).lex < 0 && !m_doc.lexicon().isCommonWord(m_doc.at(k).key);
            if (unknown) {
                add(i, end);
                i = end - 1;
                continue;
            }
        }
        // "Shropshire", "Gloucestershire": an English county by its ending.
        if (end - i == 1 && !m_doc.french() && t.length() > 6 && m_doc.view(i, end).endsWith(u"shire")) {
            add(i, end);
            continue;
        }
        // "in Hebrew", "in Catholic schools", "In Christianity": a language, a people or a faith.
        const QStringView word = m_doc.view(i, i + 1);
        if (!m_doc.french() && (m_doc.is(i, Lexicon::Nationality) || word.endsWith(u"ity") || word.endsWith(u"ism"))) {
            i = end - 1;
            continue;
        }
        const bool initial = t.has(Token::SentenceStart);
        const Token &after = m_doc.valid(end) ? m_doc.at(end) : t;
        const bool closed = !m_doc.valid(end) || after.kind != Token::Possessive;
        if (!initial && closed && end - i <= 2 && !m_doc.is(i, Lexicon::FirstName) && !m_doc.is(i, Lexicon::GivenName)
            && !(m_doc.valid(end) && m_doc.at(end).kind == Token::Number) && prepositionBefore(i)
            && !(end - i == 1 && !m_doc.french()
                 && (m_doc.lexicon().isCommonWord(t.key) || PhraseMatcher::oneWordCompany(m_doc, i)))) {
            // ...but in English "in Swift", "at Apple": one everyday word or a company's name
            // is not a place the gazetteers lack (the places they have are claimed before).
            add(i, end);
        }
        i = end - 1;
    }
    findListed();
    propagate();
    dropPlacesInsideNames();
}

void PlaceCueFinder::dropPlacesInsideNames()
{
    // "the Berlin International Film Festival", "the United States Census", "the Battle of
    // Bunker Hill", "the Voice of America": in English a place inside the name of an event, a
    // work or an honour is not where the article takes place. Geographic words keep the place:
    // "Republic of Ireland", "Gulf of Mexico".
    if (m_doc.french())
        return;
    auto geographic = [](quint64 key) {
        return inList(key, {u"republic", u"kingdom", u"state", u"states", u"province", u"city", u"county", u"island", u"islands",
                            u"gulf", u"bay", u"lake", u"mount", u"region", u"district", u"port", u"isle", u"sea", u"river",
                            u"valley", u"coast", u"north", u"south", u"east", u"west", u"central", u"northern", u"southern",
                            u"eastern", u"western", u"greater", u"upper", u"lower", u"new", u"area", u"metropolitan"});
    };
    const Lexicon &lex = m_doc.lexicon();
    auto everydayCapital = [&](int k) {
        const Token &t = m_doc.at(k);
        return t.kind == Token::Word && t.has(Token::Upper) && !t.has(Token::SentenceStart) && lex.isCommonWord(t.key)
            && !m_doc.is(k, Lexicon::Function) && !m_doc.is(k, Lexicon::Role) && !m_doc.is(k, Lexicon::Honorific)
            && !m_doc.is(k, Lexicon::Month) && !m_doc.is(k, Lexicon::Weekday) && !geographic(t.key);
    };
    const quint8 place = quint8(int(EntityType::Place) + 1);
    const quint64 of = Fold::hash(u"of");
    const int n = m_doc.size();
    for (int s = 0; s < n; ++s) {
        if (m_doc.at(s).claim != place)
            continue;
        int e = s;
        while (e < n && m_doc.at(e).claim == place && m_doc.sameSentence(s, e))
            ++e;
        const bool nameAfter = e < n && m_doc.sameSentence(s, e) && everydayCapital(e);
        const bool nameBefore = s >= 2 && m_doc.at(s - 1).key == of && m_doc.sameSentence(s - 2, s) && everydayCapital(s - 2);
        // "Cerezo Osaka", "SC Bastia", "A.C. Milan": a word the lexicon does not know, an
        // acronym or initials right before a town make it the end of a club's or a firm's name.
        bool prefixed = false;
        if (s >= 1 && m_doc.sameSentence(s - 1, s)) {
            const Token &b = m_doc.at(s - 1);
            const bool initials = b.isSymbol(u'.') && s >= 2 && m_doc.at(s - 2).kind == Token::Word && m_doc.at(s - 2).length() == 1
                && m_doc.at(s - 2).has(Token::Upper);
            const bool unknown = b.kind == Token::Word && b.has(Token::Upper) && !b.claim && !b.has(Token::SentenceStart)
                && (b.lex < 0 || b.has(Token::AllCaps)) && !lex.isCommonWord(b.key);
            prefixed = initials || unknown;
        }
        // " Copenhagen ", " Batman ": a name alone between quotes is the title of a work.
        const bool quoted = s >= 1 && e < n && m_doc.at(s - 1).isSymbol(u'"') && m_doc.at(e).isSymbol(u'"');
        if (nameAfter || nameBefore || prefixed || quoted)
            m_doc.removeMention(EntityType::Place, Span{m_doc.at(s).start, m_doc.at(e - 1).end});
        s = e - 1;
    }
}

int PlaceCueFinder::lowerHeadEnd(int i) const
{
    int k = i + 1;
    // "parc national de", "parc naturel régional du"
    while (m_doc.valid(k) && k - i < 3 && !m_doc.at(k).has(Token::Upper)
           && inList(m_doc.at(k).key, {u"national", u"naturel", u"regional", u"marin", u"nationaux"}))
        ++k;
    if (m_doc.valid(k) && (m_doc.at(k).kind == Token::Elision || inList(m_doc.at(k).key, {u"de", u"du", u"des"})))
        ++k;
    if (m_doc.valid(k) && inList(m_doc.at(k).key, {u"la"}) && !m_doc.at(k).has(Token::Upper))
        ++k;
    const int end = nameEnd(k);
    return end > k && m_doc.sameSentence(i, end - 1) ? end : i;
}

void PlaceCueFinder::findListed()
{
    // "Brewster, Orleans, Eastham et Truro": the other items of a list that names a place are
    // places too, when they are single free capitalised names.
    const quint8 placeClaim = quint8(int(EntityType::Place) + 1);
    static const quint64 kAnd = Fold::hash(u"and"), kEt = Fold::hash(u"et");
    const int n = m_doc.size();
    auto separator = [&](int k) {
        return m_doc.isSymbol(k, u',') || (m_doc.valid(k) && (m_doc.at(k).key == kAnd || m_doc.at(k).key == kEt));
    };
    auto single = [&](int k) {
        return nameToken(k) && !m_doc.at(k).has(Token::SentenceStart) && !m_doc.is(k, Lexicon::GivenName)
            && !m_doc.is(k, Lexicon::FirstName) && !(nameToken(k + 1) && m_doc.sameSentence(k, k + 1))
            && !(m_doc.valid(k + 1) && m_doc.at(k + 1).kind == Token::Possessive);
    };
    for (int i = 0; i < n; ++i) {
        if (m_doc.at(i).claim != placeClaim)
            continue;
        int e = i;
        while (m_doc.valid(e) && m_doc.at(e).claim == placeClaim)
            ++e;
        // Forward: ", X", ", and X", "et X"
        int k = e;
        while (separator(k)) {
            int x = k + 1;
            if (m_doc.isSymbol(k, u',') && m_doc.valid(x) && (m_doc.at(x).key == kAnd || m_doc.at(x).key == kEt))
                ++x;
            if (!single(x) || !m_doc.sameSentence(i, x))
                break;
            add(x, x + 1);
            k = x + 1;
        }
        // Backward: "X, Y and <place>" when X and Y are plain names before it.
        k = i - 1;
        while (separator(k) && single(k - 1) && m_doc.sameSentence(k - 1, i) && !m_doc.is(k - 2, Lexicon::Function)) {
            add(k - 1, k);
            k -= 2;
        }
        i = e - 1;
    }
}

void PlaceCueFinder::add(int from, int to)
{
    Entity e;
    e.type = EntityType::Place;
    e.name = m_doc.view(from, to).toString();
    const quint64 key = FactsDocument::entityKey(EntityType::Place, e.name);
    if (m_doc.findEntity(key) < 0) {
        m_found.push_back(m_doc.keys(from, to));
        m_names.push_back(e.name);
    }
    m_doc.addMention(key, e, from, to);
    m_doc.claim(from, to, EntityType::Place);
}

void PlaceCueFinder::propagate()
{
    for (size_t f = 0; f < m_found.size(); ++f) {
        // Alone, not inside a longer capitalised run.
        m_doc.propagate(m_found[f], FactsDocument::entityKey(EntityType::Place, m_names[f]), [this](int i, int len) {
            return !(nameToken(i + len) && m_doc.sameSentence(i, i + len)) && !(i > 0 && nameToken(i - 1) && m_doc.sameSentence(i - 1, i));
        });
    }
}

} // namespace veille
