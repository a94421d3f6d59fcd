#include "facts/FactsEngine.h"

#include "facts/AmountFinder.h"
#include "facts/CompanyCueFinder.h"
#include "facts/DateFinder.h"
#include "facts/FactsDocument.h"
#include "facts/Lexicon.h"
#include "facts/NameFinder.h"
#include "facts/OrganisationFinder.h"
#include "facts/PersonFinder.h"
#include "facts/PlaceCueFinder.h"
#include "facts/Summarizer.h"
#include "text/Fold.h"
#include "text/LanguageGuesser.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace veille {

namespace {

// Marks headings (short lines without final punctuation) and promotional or navigation
// blocks ("Suivez-nous", "Abonnez-vous", "Read more"), whose words are not facts.
void classifyBlocks(FactsDocument &doc)
{
    std::vector<Token> &tokens = doc.tokens();
    const int n = int(tokens.size());
    if (n == 0)
        return;
    const bool singleBlock = tokens.back().block == 0;
    static const quint64 kUs = Fold::hash(u"us");
    static const quint64 kMore = Fold::hash(u"more");
    static const quint64 kAlso = Fold::hash(u"also");
    static const quint64 kAussi = Fold::hash(u"aussi");
    static const quint64 kFollow = Fold::hash(u"follow");
    static const quint64 kRead = Fold::hash(u"read");
    static const quint64 kLire = Fold::hash(u"lire");
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && tokens[size_t(j)].block == tokens[size_t(i)].block)
            ++j;
        int words = 0;
        bool boiler = false;
        for (int k = i; k < j; ++k) {
            const Token &t = tokens[size_t(k)];
            if (t.kind == Token::Word || t.kind == Token::Number)
                ++words;
            if (doc.is(k, Lexicon::Boilerplate))
                boiler = true;
            if (k + 1 < j) {
                const quint64 a = t.key, b = tokens[size_t(k + 1)].key;
                if ((a == kFollow && b == kUs) || (a == kRead && (b == kMore || b == kAlso)) || (a == kLire && b == kAussi))
                    boiler = true;
            }
        }
        const Token &last = tokens[size_t(j - 1)];
        const bool ends = last.kind == Token::Symbol
            && (last.symbol == u'.' || last.symbol == u'!' || last.symbol == u'?' || last.symbol == u':' || last.symbol == u'\u2026'
                || last.symbol == u'"' || last.symbol == u'\u00BB' || last.symbol == u'\u201D' || last.symbol == u';' || last.symbol == u',');
        quint16 flag = 0;
        if (boiler && words <= 30)
            flag = Token::Boilerplate;
        else if (!singleBlock && !ends && words <= 10 && tokens[size_t(i)].has(Token::Upper))
            flag = Token::Heading;
        if (flag) {
            for (int k = i; k < j; ++k)
                tokens[size_t(k)].flags |= flag;
        }
        i = j;
    }
}

// Organisations are listed right after companies.
int typeOrder(EntityType t)
{
    if (t == EntityType::Organisation)
        return 1;
    return t == EntityType::Company ? 0 : int(t) + 1;
}

bool sameFigure(const Entity &a, const Entity &b)
{
    if (a.type != b.type)
        return false;
    if (a.type == EntityType::Date)
        return a.dateValue == b.dateValue;
    return a.currency == b.currency && std::abs(a.value - b.value) <= 1e-9 * std::max(std::abs(a.value), 1.0);
}

// Sums, percentages and dates of the key points and the title that the text does not repeat:
// "Levée de 12 M€" in the box of an article whose text says only "la levée".
void addFiguresOf(const QStringList &lines, bool french, const Lexicon &lexicon, QList<Entity> &entities)
{
    if (lines.isEmpty())
        return;
    // The document keeps a reference to its text: the joined lines must outlive it.
    const QString joined = lines.join(QLatin1Char('\n'));
    FactsDocument doc(joined, french, lexicon);
    AmountFinder::find(doc);
    DateFinder::find(doc);
    for (Entity &e : doc.entities()) {
        if (e.mentions.isEmpty() || (e.type != EntityType::Money && e.type != EntityType::Percent && e.type != EntityType::Date))
            continue;
        if (std::any_of(entities.begin(), entities.end(), [&](const Entity &k) { return sameFigure(k, e); }))
            continue;
        // The written form, for the box's highlight; no mention: the spans would be the box's.
        if (e.text.isEmpty())
            e.text = doc.text().mid(e.mentions.front().start, e.mentions.front().end - e.mentions.front().start);
        e.mentions.clear();
        entities.append(e);
    }
}

} // namespace

FactsEngine::FactsEngine() : m_lexicon(Lexicon::shared()) {}

KeyFacts FactsEngine::extract(const QString &text, const QString &language, const QStringList &keyPoints, const QString &title) const
{
    KeyFacts facts;
    facts.keyPoints = keyPoints;
    QString lang = language.isEmpty() ? LanguageGuesser::guess(text) : language;
    // A caller that gives no language about a text too short to tell keeps English rules,
    // as before languages other than French and English were told apart.
    if (lang.isEmpty())
        lang = QStringLiteral("en");
    FactsDocument doc(text, lang == u"fr", *m_lexicon);
    classifyBlocks(doc);
    // Portuguese, German, "other"...: the finders' words (roles, amounts, months, given
    // names in context, prepositions of places) are French and English, and misread any
    // other language ("de" a Portuguese preposition, "milhões" unknown). Only the summary,
    // which picks whole sentences, is safe.
    if (!LanguageGuesser::hasFactRules(lang)) {
        if (keyPoints.isEmpty())
            facts.summary = Summarizer::summarize(doc);
        return facts;
    }

    AmountFinder::find(doc);
    DateFinder::find(doc);
    NameFinder names(doc);
    PersonFinder people(doc);
    OrganisationFinder organisations(doc);
    names.findMultiWordNames();
    organisations.findFromEvidence();
    people.findByFirstName();
    names.findSingleWordNames(people.companySurnames());
    CompanyCueFinder(doc, names).find();
    people.findByContext();
    names.findCompaniesFromContext();
    names.resolveAmbiguous();
    names.findListedCompanies();
    names.findTowns();
    names.propagateCompanies();
    organisations.findByContext();
    organisations.propagate();
    PlaceCueFinder(doc).find();
    people.findByPairs();
    people.findByPossessive();
    people.findBySubjectPronoun();
    people.propagateSurnames();

    if (keyPoints.isEmpty())
        facts.summary = Summarizer::summarize(doc);

    QList<Entity> &entities = doc.entities();
    entities.removeIf([](const Entity &e) { return e.mentions.isEmpty(); });
    QStringList lines = keyPoints;
    if (!title.isEmpty())
        lines.prepend(title);
    addFiguresOf(lines, lang == u"fr", *m_lexicon, entities);
    for (Entity &e : entities)
        std::sort(e.mentions.begin(), e.mentions.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    // Mentions never overlap across entities, so (type, first start) orders them fully; the
    // figures of the box and title, which have none, come after those of the text.
    std::stable_sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) {
        if (a.type != b.type)
            return typeOrder(a.type) < typeOrder(b.type);
        const int as = a.mentions.isEmpty() ? INT_MAX : a.mentions.front().start;
        const int bs = b.mentions.isEmpty() ? INT_MAX : b.mentions.front().start;
        return as < bs;
    });
    facts.entities = std::move(entities);
    return facts;
}

QStringList FactsEngine::companyAliases(const QString &name) const
{
    const int index = m_lexicon->findCompany(name);
    if (index < 0)
        return {};
    const Lexicon::Company &c = m_lexicon->company(index);
    QStringList out{c.name};
    for (const QString &a : c.aliases) {
        if (!out.contains(a))
            out.append(a);
    }
    return out;
}

QStringList FactsEngine::organisationAliases(const QString &name) const
{
    const int index = m_lexicon->findOrganisation(name);
    if (index < 0)
        return {};
    const Lexicon::Company &o = m_lexicon->organisation(index);
    return QStringList{o.name} + o.aliases;
}

QString FactsEngine::canonicalCompany(const QString &name) const
{
    const int index = m_lexicon->findCompany(name);
    return index < 0 ? QString() : m_lexicon->company(index).name;
}

} // namespace veille
