#include "facts/PersonFinder.h"

#include <QSet>
#include <iterator>

#include "facts/FactsDocument.h"
#include "facts/PhraseMatcher.h"
#include "text/Fold.h"

#include <algorithm>

namespace veille {

namespace {

constexpr quint32 kNotName = Lexicon::Month | Lexicon::Weekday | Lexicon::Function | Lexicon::Role
    | Lexicon::SpeechCue | Lexicon::Verb | Lexicon::CurrencyCode | Lexicon::Boilerplate | Lexicon::LegalSuffix
    | Lexicon::Title | Lexicon::CompanyCue | Lexicon::NameEnding;

bool isInitial(const FactsDocument &doc, int i)
{
    return doc.valid(i + 1) && doc.at(i).kind == Token::Word && doc.at(i).length() == 1 && doc.at(i).has(Token::Upper)
        && doc.isSymbol(i + 1, u'.') && doc.at(i + 1).has(Token::Glued);
}

} // namespace

PersonFinder::PersonFinder(FactsDocument &doc) : m_doc(doc), m_aKey(Fold::hash(u"a")) {}

bool PersonFinder::plainCapital(int i) const
{
    if (!m_doc.valid(i))
        return false;
    const Token &t = m_doc.at(i);
    if (t.kind != Token::Word || t.claim || !t.has(Token::Upper) || t.has(Token::Boilerplate))
        return false;
    if (t.lex >= 0 && (m_doc.lexicon().word(t.lex).flags & kNotName))
        return false;
    return true;
}

bool PersonFinder::surnameToken(int i) const
{
    if (!plainCapital(i))
        return false;
    // "Sam Altman" yes, "Sam OpenAI" no: a known company or place is not a surname, unless it
    // is a one-word town of the large list ("Lee Hanford").
    const PhraseMatcher::Match m = PhraseMatcher::longest(m_doc, i, 1);
    if (!m || m_doc.is(i, Lexicon::FirstName))
        return true;
    const Lexicon::Phrase &ph = m_doc.lexicon().phrase(m.phrase);
    return ph.type == Lexicon::Phrase::Stop || (ph.minor && m.end == i + 1);
}

bool PersonFinder::companySurname(int first, int k) const
{
    if (!plainCapital(k) || m_doc.at(k).block != m_doc.at(first).block || !m_doc.sameSentence(first, k))
        return false;
    return PhraseMatcher::oneWordCompany(m_doc, k);
}

int PersonFinder::nameTail(int first, int from) const
{
    int k = from;
    int initials = 0;
    while (isInitial(m_doc, k) && initials < 2) {
        k += 2;
        ++initials;
    }
    int p = k;
    while (m_doc.valid(p) && p - k < 3 && m_doc.is(p, Lexicon::Particle) && !m_doc.at(p).has(Token::Upper)
           && m_doc.at(p).kind == Token::Word)
        ++p;
    if (p > k && surnameToken(p) && !PhraseMatcher::startsName(m_doc, p))
        k = p;
    if (!surnameToken(k) || m_doc.at(k).block != m_doc.at(first).block || !m_doc.sameSentence(first, k))
        return from;
    int end = k + 1;
    // A second family name ("López Obrador"), never a company or place.
    if (surnameToken(end) && !m_doc.is(end, Lexicon::FirstName) && m_doc.sameSentence(k, end)
        && !PhraseMatcher::startsName(m_doc, end) && !m_doc.at(end).has(Token::AllCaps) && !everydayCapital(end))
        ++end;
    // "the Albert Einstein World Award", "Arnold Palmer Invitational": a thing named after a person.
    if (everydayCapital(end) && m_doc.sameSentence(k, end))
        return from;
    return end;
}

bool PersonFinder::addPerson(int from, int to)
{
    // "Scottish Gaelic", "German People": a people or a language, not a person.
    if (m_doc.is(from, Lexicon::Nationality) && m_doc.at(from).has(Token::Upper) && !m_doc.is(from, Lexicon::FirstName))
        return false;
    if (namedAfter(from, to))
        return false;
    // Initials and names as written; the key ignores case and accents.
    const QString name = m_doc.view(from, to).toString();
    const quint64 key = FactsDocument::entityKey(EntityType::Person, name);
    Entity e;
    e.type = EntityType::Person;
    e.name = name;
    const int index = m_doc.addMention(key, e, from, to);
    Entity &person = m_doc.entity(index);
    if (person.role.isEmpty()) {
        person.role = roleAfter(to);
        if (person.role.isEmpty())
            person.role = roleBefore(from);
    }
    m_doc.claim(from, to, EntityType::Person);
    // The surname: the last token, and the particle run before it ("de Meo" -> "Meo").
    if (to - from >= 2) {
        std::vector<quint64> surname{m_doc.at(to - 1).key};
        bool known = false;
        for (const auto &s : m_surnames)
            known = known || s == surname;
        if (!known) {
            m_surnames.push_back(surname);
            m_keys.push_back(key);
        }
    }
    return true;
}

bool PersonFinder::addOneWordName(int i)
{
    // The name alone elsewhere in the article is the same person (propagateSurnames).
    if (!addPerson(i, i + 1))
        return false;
    m_surnames.push_back({m_doc.at(i).key});
    m_keys.push_back(FactsDocument::entityKey(EntityType::Person, m_doc.view(i, i + 1)));
    return true;
}

void PersonFinder::findByFirstName()
{
    const int n = m_doc.size();
    // "Nadia Ferrari, présidente de Neoen": a surname that is also a company's one-word
    // name ("Ferrari", "Dassault", "Ford") is the person's where the article says so (a
    // role, words said, an age), and then at each mention of the whole name; "Sam OpenAI"
    // with nothing around it is no name.
    QSet<quint64> companySurnamed;
    for (int i = 0; i + 1 < n; ++i) {
        const Token &t = m_doc.at(i);
        if (t.kind == Token::Word && !t.claim && t.has(Token::Upper) && t.lex >= 0
            && (m_doc.lexicon().word(t.lex).flags & (Lexicon::FirstName | Lexicon::GivenName))
            && !m_doc.is(i, Lexicon::Function) && companySurname(i, i + 1)
            && personEvidence(i, i + 2))
            companySurnamed.insert(FactsDocument::entityKey(EntityType::Person, m_doc.view(i, i + 2)));
    }
    // English "the Mac Pro", "a Ford Mustang": a given name after an article opens a thing.
    static const quint64 kArticles[] = {Fold::hash(u"the"), Fold::hash(u"a"), Fold::hash(u"an")};
    const auto afterArticle = [&](int i) {
        return !m_doc.french() && m_doc.valid(i - 1) && m_doc.sameSentence(i - 1, i)
            && std::find(std::begin(kArticles), std::end(kArticles), m_doc.at(i - 1).key) != std::end(kArticles);
    };
    for (int i = 0; i < n; ++i) {
        const Token &t = m_doc.at(i);
        if (t.kind != Token::Word || t.claim || !t.has(Token::Upper) || t.has(Token::Boilerplate))
            continue;
        const Lexicon &lex = m_doc.lexicon();
        if (t.lex < 0)
            continue;
        const quint32 f = lex.word(t.lex).flags;
        if (f & Lexicon::Title) {
            int k = i + 1;
            if (m_doc.isSymbol(k, u'.'))
                ++k;
            int end = k;
            while (plainCapital(end) && end - k < 3 && m_doc.sameSentence(k, end))
                ++end;
            if (end > k) {
                // "M. Altman" is Sam Altman when he has been named.
                bool matched = false;
                if (end - k == 1) {
                    for (size_t s = 0; s < m_surnames.size() && !matched; ++s) {
                        if (m_surnames[s].front() == m_doc.at(k).key) {
                            const int idx = m_doc.findEntity(m_keys[s]);
                            if (idx >= 0) {
                                Entity proto = m_doc.entity(idx);
                                m_doc.addMention(m_keys[s], proto, k, end);
                                m_doc.claim(k, end, EntityType::Person);
                                matched = true;
                            }
                        }
                    }
                }
                if (!matched)
                    addPerson(k, end);
                i = end - 1;
            }
            continue;
        }
        if (!(f & (Lexicon::FirstName | Lexicon::GivenName)) || (f & (Lexicon::Function | Lexicon::Month | Lexicon::Weekday)))
            continue;
        // A name of the large list that is also a place or a company ("Florence", "Chelsea")
        // is that first; so is one inside an organisation's name.
        if (!(f & Lexicon::FirstName) && (PhraseMatcher::startsName(m_doc, i) || (f & kNotName)))
            continue;
        if (afterArticle(i))
            continue;
        int from = i + 1;
        // "Jean Marc Dupont", "Anne-Marie Idrac": a second given name.
        if (m_doc.is(from, Lexicon::FirstName) && plainCapital(from) && surnameToken(from + 1) && m_doc.sameSentence(i, from + 1))
            ++from;
        int end = nameTail(i, from);
        const bool surnameIsCompany = end == from && from == i + 1 && companySurname(i, from)
            && companySurnamed.contains(FactsDocument::entityKey(EntityType::Person, m_doc.view(i, from + 1)));
        if (surnameIsCompany)
            end = from + 1;
        // "Clayton Dubilier & Rice": partners' names that make a firm's.
        if (end > from && m_doc.isSymbol(end, u'&')) {
            i = end;
            continue;
        }
        if (end > from) {
            // "Maziar Mike Doustdar": a given name the list lacks, just before a known one.
            int start = i;
            if (plainCapital(i - 1) && m_doc.sameSentence(i - 1, i) && !PhraseMatcher::startsName(m_doc, i - 1)
                && !m_doc.at(i - 1).has(Token::AllCaps) && !plainCapital(i - 2) && !m_doc.is(i - 1, Lexicon::Nationality))
                start = i - 1;
            if (addPerson(start, end) && surnameIsCompany)
                m_companySurnames.push_back(m_doc.at(from).key);
        }
        if (end > i)
            i = std::max(i, end - 1);
    }
}

void PersonFinder::findByContext()
{
    const int n = m_doc.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = m_doc.at(i);
        if (t.claim || t.has(Token::Boilerplate) || t.kind != Token::Word)
            continue;
        // "Colonel Bauer", "Prince Arthur": the title is read from the name after it.
        if (m_doc.is(i, Lexicon::Honorific) && t.has(Token::Upper) && !m_doc.is(i, Lexicon::FirstName))
            continue;
        int start = i;
        int k = i;
        while (isInitial(m_doc, k) && k - i < 6)
            k += 2;
        const bool initials = k > i;
        int end = k;
        // After the first word a town of the large list is a surname ("President Barack Obama").
        while ((end == k ? plainCapital(end) && !PhraseMatcher::startsName(m_doc, end) : surnameToken(end)) && end - k < 3
               && m_doc.sameSentence(start, end))
            ++end;
        const int words = end - k;
        if (words == 1 && !initials && honorificBefore(start) && loneUnknown(start)) {
            addPerson(start, end);
            continue;
        }
        if (!(words >= 2 || (initials && words >= 1))) {
            continue;
        }
        if (roleFollows(end) || rolePrecedes(start) || speechFollows(end) || ageFollows(end))
            addPerson(start, end);
        i = end - 1;
    }
}

bool PersonFinder::loneUnknown(int i) const
{
    // Capitalised, not all caps, unknown to the lexicon (or only as a given name), not an
    // everyday word ("Assembly"), and alone: no capitalised word on either side.
    if (!plainCapital(i) || m_doc.at(i).has(Token::AllCaps) || m_doc.at(i).has(Token::Heading) || m_doc.at(i).length() < 3
        || m_doc.view(i, i + 1).contains(u'\''))
        return false;
    const Token &t = m_doc.at(i);
    if (t.lex >= 0 && (m_doc.lexicon().word(t.lex).flags & ~quint32(Lexicon::GivenName | Lexicon::FirstName)) != 0)
        return false;
    if (m_doc.lexicon().isCommonWord(t.key) || PhraseMatcher::startsName(m_doc, i))
        return false;
    const bool capitalAfter = m_doc.valid(i + 1) && m_doc.at(i + 1).kind == Token::Word && m_doc.at(i + 1).has(Token::Upper)
        && m_doc.sameSentence(i, i + 1);
    return !capitalAfter;
}

bool PersonFinder::namedAfter(int from, int to) const
{
    // "Fort Abraham Lincoln", "Saint Lawrence River", "Hurricane Katrina", "Hudson Bay": a
    // place or an event that bears a person's name. English only: "Saint" and "Santa" open
    // French and Spanish names too, and the French rules read them as particles.
    if (m_doc.french())
        return false;
    auto head = [&](int k) {
        return m_doc.at(k).has(Token::Upper)
            && inList(m_doc.at(k).key, {u"fort", u"saint", u"santa", u"san", u"lake", u"mount", u"hurricane", u"cape", u"port", u"camp"});
    };
    if ((to - from >= 2 && head(from)) || (m_doc.valid(from - 1) && m_doc.sameSentence(from - 1, from) && head(from - 1)))
        return true;
    return m_doc.valid(to) && m_doc.sameSentence(from, to) && m_doc.at(to).has(Token::Upper)
        && inList(m_doc.at(to).key, {u"river", u"bay", u"lake", u"formation", u"island", u"county", u"mountains", u"street",
                                     u"bridge", u"airport", u"station", u"park", u"square", u"avenue", u"valley"});
}

bool PersonFinder::townAlone(int i) const
{
    // One token that is a town of the large list and nothing else, not next to another name.
    static const quint8 place = quint8(int(EntityType::Place) + 1);
    const Token &t = m_doc.at(i);
    if (t.claim != place || t.kind != Token::Word || t.has(Token::AllCaps))
        return false;
    const bool town = m_doc.lexicon().isOneWordTown(t.lex);
    const bool aloneAfter = !m_doc.valid(i + 1) || !m_doc.sameSentence(i, i + 1) || !m_doc.at(i + 1).has(Token::Upper);
    return town && aloneAfter && (i == 0 || !m_doc.sameSentence(i - 1, i) || m_doc.at(i - 1).claim != place);
}

bool PersonFinder::honorificBefore(int i) const
{
    // "Colonel Bauer", "Prime Minister Balkenende", "Emperor Jovinus": a title written with a
    // capital right before the name; in French the role word may be in lower case ("le
    // président Macron").
    const int k = i - 1;
    if (!m_doc.valid(k) || !m_doc.sameSentence(k, i) || m_doc.at(k).kind != Token::Word)
        return false;
    const bool titled = m_doc.is(k, Lexicon::Honorific) || m_doc.is(k, Lexicon::Role);
    if (!titled)
        return false;
    return m_doc.french() ? m_doc.is(k, Lexicon::Role) : m_doc.at(k).has(Token::Upper);
}

bool PersonFinder::opensSubject(int before) const
{
    // What may stand right before a subject: a sentence's first word ("Although", "Once"),
    // "and", a comma; not an article, a preposition, another capitalised word, a quote or a
    // number, after which the word is part of something else.
    static const quint64 kAnd = Fold::hash(u"and");
    const Token &t = m_doc.at(before);
    if (t.isSymbol(u'"') || t.kind == Token::Number)
        return false;
    if (t.kind != Token::Word || t.has(Token::SentenceStart) || t.key == kAnd)
        return true;
    return !t.has(Token::Upper) && !m_doc.is(before, Lexicon::Function);
}

void PersonFinder::findBySubjectPronoun()
{
    // "Rodin needed to support his family", "Although Pittsnogle was predicted to go early, he
    // went undrafted": in English a lone unknown capitalised word followed by a verb, in a
    // sentence that goes on with "he", "his", "she" or "her", is the person they stand for.
    // Companies are "it" and "its"; places and things rarely take a verb and a personal pronoun.
    if (m_doc.french())
        return;
    static const quint64 kPronouns[] = {Fold::hash(u"he"), Fold::hash(u"his"), Fold::hash(u"him"), Fold::hash(u"himself"),
                                        Fold::hash(u"she"), Fold::hash(u"her"), Fold::hash(u"herself")};
    static const quint64 kAdverbs[] = {Fold::hash(u"later"), Fold::hash(u"also"), Fold::hash(u"then"), Fold::hash(u"never"),
                                       Fold::hash(u"still"), Fold::hash(u"once"), Fold::hash(u"did"), Fold::hash(u"does")};
    auto in = [](const auto &keys, quint64 key) { return std::find(std::begin(keys), std::end(keys), key) != std::end(keys); };
    static const quint64 kSubjects[] = {Fold::hash(u"he"), Fold::hash(u"she")};
    const int n = m_doc.size();
    for (int i = 0; i + 2 < n; ++i) {
        // A town of the large list stands for a person only when "he" or "she" takes it up:
        // "Once Toulon returns from the woods, he sees..."; "Toulouse announced his appointment"
        // is the town's hall.
        const bool town = townAlone(i);
        if (!town && !loneUnknown(i))
            continue;
        if (i > 0 && m_doc.sameSentence(i - 1, i) && !opensSubject(i - 1))
            continue; // "the Batman films", "Sir X", "1952 Indianapolis": not a subject alone
        const Token &next = m_doc.at(i + 1);
        const QStringView verb = next.kind == Token::Word ? m_doc.view(i + 1, i + 2) : QStringView();
        const bool verbFollows = next.kind == Token::Word && !next.has(Token::Upper)
            && (m_doc.is(i + 1, Lexicon::Verb) || m_doc.is(i + 1, Lexicon::SpeechCue) || in(kAdverbs, next.key)
                || (verb.size() > 4 && verb.endsWith(u"ed"))
                || (verb.size() > 4 && verb.endsWith(u's') && !verb.endsWith(u"ss") && !m_doc.is(i + 1, Lexicon::Function)));
        if (!verbFollows)
            continue;
        bool pronoun = false;
        for (int k = i + 2; k < n && m_doc.sameSentence(i, k) && !pronoun; ++k)
            pronoun = m_doc.at(k).kind == Token::Word && (town ? in(kSubjects, m_doc.at(k).key) : in(kPronouns, m_doc.at(k).key));
        if (!pronoun)
            continue;
        if (addOneWordName(i) && town)
            m_doc.removeMention(EntityType::Place, Span{m_doc.at(i).start, m_doc.at(i).end});
    }
}

bool PersonFinder::possessive(quint64 key)
{
    // "its Empire Wind project", "sa Tolvey Arena": something owned, not someone.
    static const quint64 kKeys[] = {Fold::hash(u"its"), Fold::hash(u"their"), Fold::hash(u"our"), Fold::hash(u"his"),
                                    Fold::hash(u"son"), Fold::hash(u"sa"), Fold::hash(u"ses"), Fold::hash(u"leur"),
                                    Fold::hash(u"leurs"), Fold::hash(u"notre"), Fold::hash(u"nos")};
    return std::find(std::begin(kKeys), std::end(kKeys), key) != std::end(kKeys);
}

bool PersonFinder::thingFollows(int end) const
{
    // "Black Horse, the country's biggest provider of car loans": an apposition that says
    // what kind of business it is names a firm or a brand.
    if (!m_doc.isSymbol(end, u','))
        return false;
    for (int k = end + 1; k < end + 8 && m_doc.valid(k); ++k) {
        const Token &t = m_doc.at(k);
        if (m_doc.is(k, Lexicon::Role) || (t.kind == Token::Symbol && t.symbol != u'\'' && t.symbol != u'-') || m_doc.is(k, Lexicon::Verb))
            return false;
        if (m_doc.is(k, Lexicon::CompanyCue) && !t.has(Token::Upper))
            return true;
    }
    return false;
}

void PersonFinder::findByPairs()
{
    // Two capitalised words the lexicon does not know, inside a sentence, alone: "signé par
    // Tarquin Obolo", "a film by Denys Desjardins". Run last, once companies, organisations
    // and places have taken their names; a pair after an article ("the Jesus Lizard"), in
    // quotes, or in a longer capitalised run is a title or a name of something else.
    static const quint64 kThe = Fold::hash(u"the"), kLe = Fold::hash(u"le"), kLa = Fold::hash(u"la"),
                         kLes = Fold::hash(u"les"), kL = Fold::hash(u"l'");
    const int n = m_doc.size();
    auto unknownCapital = [&](int i) {
        if (!plainCapital(i) || m_doc.at(i).has(Token::AllCaps) || m_doc.at(i).has(Token::Heading))
            return false;
        const int lex = m_doc.at(i).lex;
        return lex < 0 || (m_doc.lexicon().word(lex).flags & ~quint32(Lexicon::GivenName | Lexicon::FirstName)) == 0;
    };
    // In English, two everyday words ("Rotten Tomatoes", "World Series") are a title, a band
    // or a thing, and so is an unknown word before one ("Argentinos Juniors"); a given name
    // before an everyday word is still a person ("Jeanine Mason").
    const Lexicon &lex = m_doc.lexicon();
    auto everyday = [&](int i) { return lex.isCommonWord(m_doc.at(i).key); };
    for (int i = 1; i + 1 < n; ++i) {
        if (!unknownCapital(i) || !unknownCapital(i + 1) || m_doc.at(i).has(Token::SentenceStart) || !m_doc.sameSentence(i, i + 1))
            continue;
        const bool given = m_doc.is(i, Lexicon::GivenName) || m_doc.is(i, Lexicon::FirstName);
        if (!m_doc.french() && everyday(i + 1) && (everyday(i) || !given))
            continue;
        const Token &before = m_doc.at(i - 1);
        const bool opened = before.has(Token::Upper) || before.isSymbol(u'"') || before.isSymbol(u'\u00AB')
            || before.key == kThe || before.key == kLe || before.key == kLa || before.key == kLes || before.key == kL
            || before.kind == Token::Number || possessive(before.key);
        const bool closed = m_doc.valid(i + 2)
            && ((m_doc.at(i + 2).kind == Token::Word && m_doc.at(i + 2).has(Token::Upper)) || m_doc.at(i + 2).isSymbol(u'"')
                || m_doc.at(i + 2).isSymbol(u'\u00BB') || m_doc.at(i + 2).kind == Token::Possessive || m_doc.at(i + 2).isSymbol(u'&'));
        if (!opened && !closed && !thingFollows(i + 2))
            addPerson(i, i + 2);
        ++i;
    }
}

void PersonFinder::findByPossessive()
{
    // "Gödel's theorems", "Hamilton's value system": in English a single capitalised word that
    // neither the lexicon nor the list of everyday words knows, owning something, is a
    // person's name (companies with a possessive were read before from their cues:
    // "Brightwell's chief executive"). The same word alone elsewhere in the article is the
    // same person.
    if (m_doc.french())
        return;
    const int n = m_doc.size();
    for (int i = 0; i + 2 < n; ++i) {
        const Token &t = m_doc.at(i);
        if (!plainCapital(i) || t.has(Token::AllCaps) || t.has(Token::Heading) || t.length() < 3
            || m_doc.at(i + 1).kind != Token::Possessive
            || (i > 0 && m_doc.at(i - 1).kind == Token::Word && m_doc.at(i - 1).has(Token::Upper) && m_doc.sameSentence(i - 1, i)))
            continue;
        const int lex = t.lex;
        if (lex >= 0 && (m_doc.lexicon().word(lex).flags & ~quint32(Lexicon::GivenName | Lexicon::FirstName)) != 0)
            continue;
        // "Let's", "Editor's note": an everyday word; "Apple's engineers" where nothing said
        // which Apple: a name of the gazetteers, not a person's.
        if (m_doc.lexicon().isCommonWord(t.key) || PhraseMatcher::startsName(m_doc, i))
            continue;
        const Token &owned = m_doc.at(i + 2);
        if (owned.kind != Token::Word || owned.has(Token::Upper) || m_doc.is(i + 2, Lexicon::Business) || m_doc.is(i + 2, Lexicon::Role)
            || m_doc.is(i + 2, Lexicon::CompanyCue) || m_doc.is(i + 2, Lexicon::UnitCue))
            continue;
        addOneWordName(i);
    }
}

void PersonFinder::propagateSurnames()
{
    const int n = m_doc.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = m_doc.at(i);
        if (t.claim || t.kind != Token::Word || !t.has(Token::Upper) || t.has(Token::Boilerplate))
            continue;
        for (size_t s = 0; s < m_surnames.size(); ++s) {
            if (m_surnames[s].front() != t.key)
                continue;
            if (plainCapital(i + 1) && m_doc.sameSentence(i, i + 1) && !m_doc.is(i + 1, Lexicon::Verb))
                break; // another full name that shares the surname
            const int idx = m_doc.findEntity(m_keys[s]);
            if (idx < 0)
                break;
            Entity proto = m_doc.entity(idx);
            m_doc.addMention(m_keys[s], proto, i, i + 1);
            m_doc.claim(i, i + 1, EntityType::Person);
            break;
        }
    }
}

} // namespace veille
