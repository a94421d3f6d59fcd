#include "facts/OrganisationFinder.h"

#include "facts/FactsDocument.h"
#include "facts/PhraseMatcher.h"
#include "text/Fold.h"

#include <algorithm>

namespace veille {

namespace {

constexpr quint8 kPlaceClaim = quint8(int(EntityType::Place) + 1);

constexpr quint32 kNotInName = Lexicon::Month | Lexicon::Weekday | Lexicon::Function | Lexicon::SpeechCue
    | Lexicon::Verb | Lexicon::Boilerplate | Lexicon::Title | Lexicon::Role | Lexicon::CurrencyCode;

// French adjectives that follow an organisation's head word: "Banque mondiale", "Parti
// socialiste", "Agence spatiale européenne", "Affaires étrangères". Told by their ending, as
// the engine has no dictionary; verbs and nouns rarely end so.
bool frenchAdjective(QStringView w)
{
    static const char16_t *const kEndings[] = {u"al", u"ale", u"ales", u"aux", u"ien", u"ienne", u"iennes", u"ais",
                                               u"aise", u"ain", u"aine", u"aines", u"ique", u"iques", u"el", u"elle",
                                               u"elles", u"if", u"ive", u"ives", u"aire", u"aires", u"iste", u"istes",
                                               u"ée", u"ées", u"éen", u"éenne", u"ois", u"oise", u"ier", u"ière",
                                               u"ières", u"ieur", u"ieure", u"gères", u"gère", u"ial", u"iale"};
    if (w.size() < 4)
        return false;
    for (const char16_t *e : kEndings) {
        if (w.endsWith(QStringView(e)))
            return true;
    }
    return false;
}

bool isLink(const Token &t, bool french)
{
    static const quint64 kDe = Fold::hash(u"de"), kDu = Fold::hash(u"du"), kDes = Fold::hash(u"des");
    static const quint64 kOf = Fold::hash(u"of"), kFor = Fold::hash(u"for"), kPour = Fold::hash(u"pour");
    if (french)
        return t.kind == Token::Elision ? t.key == Fold::hash(u"d'") : (t.key == kDe || t.key == kDu || t.key == kDes || t.key == kPour);
    return t.key == kOf || t.key == kFor;
}

bool isArticle(const Token &t)
{
    static const quint64 kLa = Fold::hash(u"la"), kLe = Fold::hash(u"le"), kL = Fold::hash(u"l'");
    static const quint64 kLes = Fold::hash(u"les"), kThe = Fold::hash(u"the");
    return t.key == kLa || t.key == kLe || t.key == kL || t.key == kLes || t.key == kThe;
}

bool isJoin(const Token &t)
{
    static const quint64 kEt = Fold::hash(u"et"), kAnd = Fold::hash(u"and");
    return t.key == kEt || t.key == kAnd || t.isSymbol(u'&');
}

} // namespace

OrganisationFinder::OrganisationFinder(FactsDocument &doc) : m_doc(doc) {}

void OrganisationFinder::addKnown(FactsDocument &doc, int from, int to, int organisation)
{
    const Lexicon::Company &o = doc.lexicon().organisation(organisation);
    Entity e;
    e.type = EntityType::Organisation;
    e.name = o.name;
    // An English article that spells out "European Central Bank" shows that name rather than
    // the list's French one; mentions still gather under the list's name.
    if (!doc.french() && to - from >= 2)
        e.name = doc.view(from, to).toString();
    e.aliases = o.aliases;
    if (!e.aliases.contains(o.name) && e.name != o.name)
        e.aliases.prepend(o.name);
    doc.addMention(FactsDocument::entityKey(EntityType::Organisation, o.name), e, from, to);
    doc.claim(from, to, EntityType::Organisation);
}

bool OrganisationFinder::nameToken(int i, bool placesToo) const
{
    if (!m_doc.valid(i))
        return false;
    const Token &t = m_doc.at(i);
    if (t.kind != Token::Word || !t.has(Token::Upper) || t.has(Token::Boilerplate) || t.has(Token::Heading))
        return false;
    if (t.claim && !(placesToo && t.claim == kPlaceClaim))
        return false;
    return t.lex < 0 || !(m_doc.lexicon().word(t.lex).flags & kNotInName);
}

int OrganisationFinder::headEnd(int i) const
{
    const bool french = m_doc.french();
    int k = i + 1;
    auto adjectives = [&](int at) {
        int x = at;
        while (french && x - at < 3 && m_doc.valid(x) && m_doc.sameSentence(i, x)) {
            const Token &t = m_doc.at(x);
            if (t.kind != Token::Word || t.has(Token::Upper) || t.claim || m_doc.is(x, Lexicon::Function)
                || m_doc.is(x, Lexicon::Verb) || !frenchAdjective(m_doc.view(x, x + 1)))
                break;
            ++x;
        }
        return x;
    };
    auto capitalRun = [&](int at) {
        int x = at;
        while (nameToken(x, true) && x - at < 5 && m_doc.sameSentence(i, x)) {
            ++x;
            if (m_doc.valid(x + 1) && isJoin(m_doc.at(x)) && nameToken(x + 1, true) && m_doc.sameSentence(i, x + 1))
                ++x;
        }
        return x;
    };
    k = adjectives(k);
    // "Institut Pasteur", "Université Paris-Saclay": a name right after the head.
    if (k == i + 1) {
        const int run = capitalRun(k);
        if (run > k && !m_doc.is(k, Lexicon::OrgHead))
            return run;
    }
    // "Ministère de l'Intérieur", "University of Leeds", "Agence pour l'Emploi"
    if (m_doc.valid(k + 1) && isLink(m_doc.at(k), french) && m_doc.sameSentence(i, k + 1)) {
        int x = k + 1;
        if (m_doc.valid(x + 1) && isArticle(m_doc.at(x)))
            ++x;
        const int run = capitalRun(x);
        if (run > x)
            return adjectives(run);
        // "Agence nationale des fréquences (ANFR)": plain words, but the acronym says a name.
        int words = x;
        while (french && words - x < 4 && m_doc.valid(words) && m_doc.at(words).kind == Token::Word
               && !m_doc.at(words).has(Token::Upper) && !m_doc.is(words, Lexicon::Verb)
               && (words == x || !m_doc.is(words, Lexicon::Function)))
            ++words;
        if (words > x && m_doc.isSymbol(words, u'(') && m_doc.valid(words + 2) && m_doc.at(words + 1).has(Token::AllCaps)
            && m_doc.isSymbol(words + 2, u')'))
            return words;
    }
    return k;
}

int OrganisationFinder::runStart(int end) const
{
    int s = end;
    while (s - 1 >= 0 && end - s < 4 && nameToken(s - 1, true) && m_doc.sameSentence(s - 1, end)) {
        --s;
        if (s - 2 >= 0 && isJoin(m_doc.at(s - 1)) && nameToken(s - 2, true) && m_doc.sameSentence(s - 2, end))
            --s;
    }
    // A name does not start on a joining word or at a lone sentence-initial "And".
    while (s < end && !nameToken(s, true))
        ++s;
    return s;
}

void OrganisationFinder::findFromEvidence()
{
    static const quint64 kMinistere = Fold::hash(u"ministere"), kMinistry = Fold::hash(u"ministry");
    const int n = m_doc.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = m_doc.at(i);
        if (t.kind != Token::Word || t.claim || t.has(Token::Boilerplate) || t.has(Token::Heading))
            continue;
        // "Detroit Tigers", "New York Knicks": a team, a town's name and a plural.
        if (int town = townBefore(i); town >= 0) {
            addFound(town, i + 1);
            continue;
        }
        if (int end = townAfter(i); end >= 0) {
            addFound(i, end);
            i = end - 1;
            continue;
        }
        const bool head = m_doc.is(i, Lexicon::OrgHead);
        const bool ending = m_doc.is(i, Lexicon::OrgEnding) && t.has(Token::Upper);
        if (!head && !ending)
            continue;
        // "le ministère de l'Économie" is written without a capital in French.
        const bool lowerMinistry = !t.has(Token::Upper) && (t.key == kMinistere || t.key == kMinistry);
        if (!t.has(Token::Upper) && !lowerMinistry)
            continue;
        const int start = t.has(Token::Upper) ? runStart(i) : i;
        const int end = head ? headEnd(i) : i + 1;
        if (lowerMinistry && end <= i + 1)
            continue;
        // A head alone ("la Commission") or a capitalised word alone is not enough.
        if (end - start < 2 || (!ending && end == i + 1) || (start == i && end == i + 1))
            continue;
        addFound(start, end);
        i = end - 1;
    }
}

int OrganisationFinder::townAfter(int i) const
{
    // "Whalers de Hartford", "Canucks de Vancouver", "Magic d'Orlando": French names a North
    // American team by its nickname, then "de" and its town; the nickname is an unknown word.
    const Token &t = m_doc.at(i);
    if (!m_doc.french() || !t.has(Token::Upper) || t.has(Token::AllCaps) || t.lex >= 0 || t.length() < 4
        || t.has(Token::SentenceStart) || !m_doc.valid(i + 2))
        return -1;
    const Token &link = m_doc.at(i + 1);
    if (!(link.kind == Token::Elision ? link.key == Fold::hash(u"d'") : (link.key == Fold::hash(u"de") || link.key == Fold::hash(u"du"))))
        return -1;
    const int town = i + 2;
    int end = town;
    if (m_doc.at(town).claim == kPlaceClaim) {
        while (m_doc.valid(end) && m_doc.at(end).claim == kPlaceClaim && m_doc.sameSentence(i, end))
            ++end;
    } else if (const PhraseMatcher::Match m = PhraseMatcher::longest(m_doc, town, 1);
               m && m_doc.lexicon().phrase(m.phrase).type == Lexicon::Phrase::Place) {
        end = m.end;
    }
    // The team's town ends the name: "Expos de Montréal", not "Expos de Montréal Nord".
    return end > town && !nameToken(end, false) ? end : -1;
}

int OrganisationFinder::townBefore(int i) const
{
    const Token &t = m_doc.at(i);
    if (m_doc.french() || !t.has(Token::Upper) || t.has(Token::AllCaps) || t.lex >= 0 || t.length() < 4 || i == 0
        || !m_doc.sameSentence(i - 1, i))
        return -1;
    const QStringView w = m_doc.view(i, i + 1);
    if (!w.endsWith(u's') || w.endsWith(u"ss") || w.endsWith(u"us") || w.endsWith(u"is"))
        return -1;
    int s = i - 1;
    if (m_doc.at(s).claim == kPlaceClaim) {
        while (s > 0 && m_doc.at(s - 1).claim == kPlaceClaim && m_doc.sameSentence(s - 1, i))
            --s;
        return s;
    }
    // A town the phrase matcher left free because a name follows it ("Los Angeles Dodgers").
    for (int len = 1; len <= 3 && i - len >= 0; ++len) {
        const PhraseMatcher::Match m = PhraseMatcher::longest(m_doc, i - len, len, len);
        if (m && m.end == i && m_doc.lexicon().phrase(m.phrase).type == Lexicon::Phrase::Place && m_doc.sameSentence(i - len, i))
            return i - len;
    }
    return -1;
}

bool OrganisationFinder::teamCueBefore(int i) const
{
    // "joined the Astros", "a game against Hearts", "a rejoint Chelsea", "victoire contre
    // l'Athletic Bilbao": the club a player joins or a team plays against.
    int k = i - 1;
    if (m_doc.valid(k) && isArticle(m_doc.at(k)) && !m_doc.at(k).has(Token::Upper))
        --k;
    if (!m_doc.valid(k) || !m_doc.sameSentence(k, i))
        return false;
    const quint64 cue = m_doc.at(k).key;
    const quint64 before = m_doc.valid(k - 1) ? m_doc.at(k - 1).key : 0;
    static const std::vector<quint64> kJoin = [] {
        std::vector<quint64> v;
        for (const char16_t *w : {u"joined", u"rejoined", u"re-joined", u"rejoint", u"rejoindre", u"rejoignant"})
            v.push_back(Fold::hash(QStringView(w)));
        return v;
    }();
    static const std::vector<quint64> kGame = [] {
        std::vector<quint64> v;
        for (const char16_t *w : {u"game", u"games", u"match", u"matches", u"win", u"victory", u"defeat", u"loss", u"debut",
                                  u"goal", u"goals", u"final", u"semi-final", u"playoff", u"rivalry", u"victoire", u"defaite",
                                  u"but", u"buts", u"finale", u"debuts", u"rencontre", u"derby", u"score", u"draw", u"nul"})
            v.push_back(Fold::hash(QStringView(w)));
        return v;
    }();
    auto in = [](const std::vector<quint64> &keys, quint64 key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    if (in(kJoin, cue))
        return true;
    if (!m_doc.french() && sportsCue(k, i))
        return true;
    static const quint64 kAgainst = Fold::hash(u"against"), kContre = Fold::hash(u"contre"), kFace = Fold::hash(u"face");
    if (cue == kAgainst || cue == kContre)
        return in(kGame, before);
    // "face à Chelsea" only after a game word too.
    if (cue == Fold::hash(u"a") && before == kFace)
        return m_doc.valid(k - 2) && in(kGame, m_doc.at(k - 2).key);
    return false;
}

bool OrganisationFinder::sportsCue(int cue, int i) const
{
    // "played one season for Valenciennes", "released by Middlesbrough at the end of the
    // season", "a Napoli player": in English, a town after "for", "to", "by" or "from" in a
    // sentence about a player's season, loan or transfer is the club. English only: "à" and
    // "pour" before a town say far more often where someone goes.
    static const std::vector<quint64> kLinks = [] {
        std::vector<quint64> v;
        for (const char16_t *w : {u"for", u"to", u"by", u"from", u"with"})
            v.push_back(Fold::hash(QStringView(w)));
        return v;
    }();
    static const std::vector<quint64> kSport = [] {
        std::vector<quint64> v;
        for (const char16_t *w : {u"season", u"seasons", u"loan", u"transfer", u"transferred", u"signed", u"league",
                                  u"scored", u"appearances", u"debut", u"goals", u"player", u"players", u"playing",
                                  u"club", u"striker", u"midfielder", u"defender", u"goalkeeper", u"squad"})
            v.push_back(Fold::hash(QStringView(w)));
        return v;
    }();
    auto in = [](const std::vector<quint64> &keys, quint64 key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    static const quint64 kPlayer = Fold::hash(u"player");
    const bool playerAfter = m_doc.valid(i + 1) && m_doc.at(i + 1).key == kPlayer && m_doc.sameSentence(i, i + 1);
    if (!playerAfter && !in(kLinks, m_doc.at(cue).key))
        return false;
    // A town names its club; a country or a region plays as itself ("63 Tests for Pakistan"),
    // and a name the lexicon does not know may be the player's agent ("signed by Tarquin Obolo").
    if (!m_doc.lexicon().isOneWordTown(m_doc.at(i).lex))
        return false;
    int from = i;
    while (from > 0 && m_doc.sameSentence(from - 1, i))
        --from;
    for (int k = from; m_doc.valid(k) && m_doc.sameSentence(k, i); ++k) {
        if (k != i && m_doc.at(k).kind == Token::Word && !m_doc.at(k).has(Token::Upper) && in(kSport, m_doc.at(k).key))
            return true;
    }
    return false;
}

void OrganisationFinder::findByContext()
{
    const int n = m_doc.size();
    for (int i = 1; i < n; ++i) {
        // A town named as the club ("against Liverpool") is the club here.
        if (!nameToken(i, true) || m_doc.at(i).has(Token::SentenceStart) || !teamCueBefore(i))
            continue;
        int end = i;
        while (nameToken(end, true) && end - i < 4 && m_doc.sameSentence(i, end))
            ++end;
        addFound(i, end);
        i = end - 1;
    }
}

void OrganisationFinder::addFound(int from, int to)
{
    // Places inside the name ("University of New York") are part of it now.
    for (int k = from; k < to; ++k) {
        if (m_doc.at(k).claim != kPlaceClaim)
            continue;
        int e = k;
        while (e < to && m_doc.at(e).claim == kPlaceClaim)
            ++e;
        m_doc.removeMention(EntityType::Place, Span{m_doc.at(k).start, m_doc.at(e - 1).end});
        k = e - 1;
    }
    const QString name = m_doc.view(from, to).toString();
    Entity e;
    e.type = EntityType::Organisation;
    e.name = name;
    e.origin = EntityOrigin::Discovered;
    const quint64 key = FactsDocument::entityKey(EntityType::Organisation, name);
    if (m_doc.findEntity(key) < 0) {
        m_found.push_back(m_doc.keys(from, to));
        m_names.push_back(name);
    }
    m_doc.addMention(key, e, from, to);
    m_doc.claim(from, to, EntityType::Organisation);
    // "Autorité de sûreté nucléaire (ASN)": the acronym names it further on.
    if (m_doc.isSymbol(to, u'(') && m_doc.valid(to + 2) && m_doc.at(to + 1).has(Token::AllCaps)
        && m_doc.isSymbol(to + 2, u')') && !m_doc.at(to + 1).claim) {
        m_doc.addMention(key, e, to + 1, to + 2);
        m_doc.claim(to + 1, to + 2, EntityType::Organisation);
        m_found.push_back({m_doc.at(to + 1).key});
        m_names.push_back(name);
    }
}

void OrganisationFinder::propagate()
{
    for (size_t f = 0; f < m_found.size(); ++f) {
        // Whole names only: "Leeds University" is not inside "Leeds University Union".
        m_doc.propagate(m_found[f], FactsDocument::entityKey(EntityType::Organisation, m_names[f]), [this](int i, int len) {
            return !(nameToken(i + len, false) && m_doc.sameSentence(i, i + len));
        });
    }
}

} // namespace veille
