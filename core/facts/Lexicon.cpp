#include "facts/Lexicon.h"

#include "text/Fold.h"
#include "facts/Tokenizer.h"

#include <QFile>
#include <algorithm>

namespace veille {

namespace {

QStringList readLines(const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    const QString all = QString::fromUtf8(f.readAll());
    for (const QString &line : all.split(u'\n')) {
        const QString l = line.trimmed().isEmpty() ? QString() : line;
        if (!l.isEmpty() && !l.startsWith(u'#'))
            lines.append(l.endsWith(u'\r') ? l.chopped(1) : l);
    }
    return lines;
}

struct ScaleWord {
    const char *word;
    int en;
    int fr;
};

constexpr ScaleWord kScales[] = {
    {"thousand", 3, 3},  {"thousands", 3, 3},  {"mille", 3, 3},       {"k", 3, 3},
    {"million", 6, 6},   {"millions", 6, 6},   {"m", 6, 6},           {"mn", 6, 6},
    {"mln", 6, 6},       {"bln", 9, 9},       {"billion", 9, 12},   {"billions", 9, 12},   {"bn", 9, 9},
    {"b", 9, 9},         {"milliard", 9, 9},   {"milliards", 9, 9},   {"md", 9, 9},
    {"mds", 9, 9},       {"mrd", 9, 9},        {"mrds", 9, 9},        {"trillion", 12, 18},
    {"trillions", 12, 18}, {"tn", 12, 12},     {"trn", 12, 12},
    // Indian numbering: a lakh is 10^5, a crore 10^7 ("Rs 500 crore", "₹2 lakh").
    {"lakh", 5, 5},      {"lakhs", 5, 5},      {"crore", 7, 7},       {"crores", 7, 7},
};

struct NumberWordDef {
    const char *word;
    int value;
};

constexpr NumberWordDef kNumberWords[] = {
    {"un", 1}, {"une", 1}, {"one", 1}, {"a", 1}, {"an", 1}, {"deux", 2}, {"two", 2}, {"trois", 3},
    {"three", 3}, {"quatre", 4}, {"four", 4}, {"cinq", 5}, {"five", 5}, {"six", 6}, {"sept", 7},
    {"seven", 7}, {"huit", 8}, {"eight", 8}, {"neuf", 9}, {"nine", 9}, {"dix", 10}, {"ten", 10},
    {"onze", 11}, {"eleven", 11}, {"douze", 12}, {"twelve", 12}, {"quinze", 15}, {"fifteen", 15},
    {"vingt", 20}, {"twenty", 20}, {"trente", 30}, {"thirty", 30}, {"quarante", 40}, {"forty", 40},
    {"cinquante", 50}, {"fifty", 50}, {"cent", 100}, {"hundred", 100},
};

constexpr const char *kMonths[12] = {
    "janvier january jan janv", "fevrier february feb fevr", "mars march mar", "avril april apr avr",
    "mai may", "juin june jun", "juillet july jul juil", "aout august aug",
    "septembre september sep sept", "octobre october oct", "novembre november nov",
    "decembre december dec",
};

} // namespace

std::shared_ptr<const Lexicon> Lexicon::shared()
{
    // Built once, on first use, and never modified afterwards: readers need no lock.
    static const std::shared_ptr<const Lexicon> instance(new Lexicon());
    return instance;
}

Lexicon::Lexicon()
{
    m_words.reserve(8192);
    loadClosedClasses();
    loadCurrencies();
    loadFirstNames();
    loadCompanies();
    loadOrganisations();
    loadPlaces();
    loadTowns();
    loadGivenNames();
    loadCommonWords();
    loadStopPhrases();
    sortPhrases();
}

Lexicon::Word &Lexicon::entry(quint64 key)
{
    auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return m_words[size_t(*it)];
    m_index.insert(key, int(m_words.size()));
    m_words.emplace_back();
    return m_words.back();
}

void Lexicon::addWords(const char *words, quint32 flag)
{
    const QString all = QString::fromUtf8(words);
    for (const QString &w : all.split(u' ', Qt::SkipEmptyParts))
        entry(Fold::hash(w)).flags |= flag;
}

Lexicon::Phrase *Lexicon::addPhrase(Phrase::Type type, const QString &text, int target, bool ambiguous)
{
    const std::vector<Token> tokens = Tokenizer::tokenize(text, false);
    if (tokens.empty())
        return nullptr;
    Phrase p;
    p.type = type;
    p.target = target;
    p.ambiguous = ambiguous;
    for (const Token &t : tokens) {
        p.keys.push_back(t.key);
        quint8 rule = 0;
        if (type != Phrase::Currency && t.kind == Token::Word) {
            const int letters = t.length();
            if ((t.flags & Token::AllCaps) && letters <= 3)
                rule = 2;
            else if (t.flags & Token::Upper)
                rule = 1;
        }
        p.caseRule.push_back(rule);
    }
    const int index = int(m_phrases.size());
    m_phrases.push_back(std::move(p));
    entry(m_phrases.back().keys.front()).phrases.push_back(index);
    return &m_phrases.back();
}

void Lexicon::sortPhrases()
{
    for (Word &w : m_words) {
        std::stable_sort(w.phrases.begin(), w.phrases.end(), [this](int a, int b) {
            return m_phrases[size_t(a)].keys.size() > m_phrases[size_t(b)].keys.size();
        });
        w.phrasesNeedUpper = !w.phrases.empty();
        for (int p : w.phrases)
            w.phrasesNeedUpper = w.phrasesNeedUpper && m_phrases[size_t(p)].caseRule.front() != 0;
    }
}

void Lexicon::loadCompanies()
{
    // companies.tsv: canonical<TAB>alias|alias|...  An alias written "?Name" is also a common
    // word ("?Orange"), accepted only in business context.
    for (const QString &line : readLines(QStringLiteral(":/gazetteers/companies.tsv"))) {
        const QStringList cols = line.split(u'\t');
        Company c;
        c.name = cols.value(0).trimmed();
        if (c.name.isEmpty())
            continue;
        bool canonicalAmbiguous = false;
        QStringList spellings;
        for (const QString &raw : cols.value(1).split(u'|', Qt::SkipEmptyParts)) {
            const QString a = raw.trimmed();
            if (a.isEmpty())
                continue;
            spellings.append(a);
            const QString plain = a.startsWith(u'?') ? a.mid(1) : a;
            if (plain == c.name)
                canonicalAmbiguous = a.startsWith(u'?');
            else
                c.aliases.append(plain);
        }
        const int index = int(m_companies.size());
        m_companies.push_back(c);
        if (!spellings.contains(c.name) && !spellings.contains(u'?' + c.name))
            spellings.prepend(c.name);
        for (const QString &a : spellings) {
            const bool ambiguous = a.startsWith(u'?');
            const QString plain = ambiguous ? a.mid(1) : a;
            addPhrase(Phrase::Company, plain, index, ambiguous || (plain == c.name && canonicalAmbiguous));
            m_companyByName.insert(Fold::key(plain), index);
        }
    }
}

void Lexicon::loadOrganisations()
{
    // organisations.tsv: canonical<TAB>alias|alias|...; loaded before the publications and
    // institutions of not-companies.txt, so the same name is an organisation, never set aside.
    for (const QString &line : readLines(QStringLiteral(":/gazetteers/organisations.tsv"))) {
        const QStringList cols = line.split(u'\t');
        Company o;
        o.name = cols.value(0).trimmed();
        if (o.name.isEmpty())
            continue;
        for (const QString &raw : cols.value(1).split(u'|', Qt::SkipEmptyParts)) {
            if (!raw.trimmed().isEmpty() && raw.trimmed() != o.name)
                o.aliases.append(raw.trimmed());
        }
        const int index = int(m_organisations.size());
        m_organisations.push_back(o);
        for (const QString &n : QStringList{o.name} + o.aliases) {
            addPhrase(Phrase::Organisation, n, index, false);
            m_organisationByName.insert(Fold::key(n), index);
        }
    }
}

void Lexicon::loadGivenNames()
{
    // givennames.txt: the large list (see docs/facts-companies.md for its source); a name in it
    // that is also a place or a company ("Florence", "Chelsea") keeps being that first.
    for (const QString &line : readLines(QStringLiteral(":/gazetteers/givennames.txt"))) {
        for (const QString &n : line.split(u' ', Qt::SkipEmptyParts))
            entry(Fold::hash(n)).flags |= GivenName;
    }
}

bool Lexicon::isOneWordTown(int wordIndex) const
{
    if (wordIndex < 0)
        return false;
    const std::vector<int> &phrases = m_words[size_t(wordIndex)].phrases;
    return std::any_of(phrases.begin(), phrases.end(), [this](int p) {
        const Phrase &ph = m_phrases[size_t(p)];
        return ph.type == Phrase::Place && ph.minor && ph.keys.size() == 1;
    });
}

void Lexicon::loadCommonWords()
{
    // common-words.txt: everyday English words (see docs/facts-companies.md for its source),
    // kept apart from the word flags so that a rule asks for them only where it means to.
    const QStringList lines = readLines(QStringLiteral(":/gazetteers/common-words.txt"));
    m_commonWords.reserve(int(lines.size()) * 16);
    for (const QString &line : lines) {
        for (const QString &w : line.split(u' ', Qt::SkipEmptyParts))
            m_commonWords.insert(Fold::hash(w));
    }
}

void Lexicon::loadPlaces()
{
    for (const QString &line : readLines(QStringLiteral(":/gazetteers/places.tsv"))) {
        const QStringList cols = line.split(u'\t');
        if (cols.size() < 3)
            continue;
        Place p{cols.at(1).trimmed(), cols.at(2).trimmed()};
        if (p.english.isEmpty())
            continue;
        if (p.french.isEmpty())
            p.french = p.english;
        const int index = int(m_places.size());
        m_places.push_back(p);
        QStringList names{p.english};
        if (p.french != p.english)
            names.append(p.french);
        names += cols.value(3).split(u'|', Qt::SkipEmptyParts);
        for (const QString &n : names) {
            const QString folded = Fold::key(n);
            if (m_placeByName.contains(folded))
                continue; // the first (country) wins over a homonymous city
            m_placeByName.insert(folded, index);
            // A town or a state may be a surname ("George Washington", "Jack London"); a country not.
            if (Phrase *p = addPhrase(Phrase::Place, n.trimmed(), index, false))
                p->minor = cols.at(0) == u"city" || cols.at(0) == u"state";
        }
    }
}

void Lexicon::loadTowns()
{
    // towns.txt: the large list of towns (see docs/facts-companies.md for its source). Loaded
    // after places.tsv, whose spelling in both languages wins; a town of this list is a minor
    // place, which a given name before it turns into a surname ("George Hanford").
    for (const QString &line : readLines(QStringLiteral(":/gazetteers/towns.txt"))) {
        const QString name = line.trimmed();
        const QString folded = Fold::key(name);
        if (name.isEmpty() || m_placeByName.contains(folded))
            continue;
        const int index = int(m_places.size());
        m_places.push_back(Place{name, name});
        m_placeByName.insert(folded, index);
        if (Phrase *p = addPhrase(Phrase::Place, name, index, false))
            p->minor = true;
    }
}

void Lexicon::loadFirstNames()
{
    for (const QString &line : readLines(QStringLiteral(":/gazetteers/firstnames.txt"))) {
        for (const QString &n : line.split(u' ', Qt::SkipEmptyParts))
            entry(Fold::hash(n)).flags |= FirstName;
    }
}

void Lexicon::loadCurrencies()
{
    // currencies.tsv: ISO<TAB>phrase|phrase ; one-word phrases become word entries.
    for (const QString &line : readLines(QStringLiteral(":/gazetteers/currencies.tsv"))) {
        const QStringList cols = line.split(u'\t');
        const QString iso = cols.value(0).trimmed();
        if (iso.size() != 3)
            continue;
        int index = int(m_currencies.indexOf(iso));
        if (index < 0) {
            index = int(m_currencies.size());
            m_currencies.append(iso);
        }
        Word &code = entry(Fold::hash(iso));
        code.flags |= CurrencyCode;
        code.currency = index;
        for (const QString &raw : cols.value(1).split(u'|', Qt::SkipEmptyParts)) {
            const QString phrase = raw.trimmed();
            if (phrase.contains(u' ') || phrase.contains(u'\''))
                addPhrase(Phrase::Currency, phrase, index, false);
            else
                entry(Fold::hash(phrase)).currency = index;
        }
    }
}

void Lexicon::loadStopPhrases()
{
    // Publications, news agencies, services and institutions: named like companies, but
    // never reported as one.
    for (const QString &line : readLines(QStringLiteral(":/gazetteers/not-companies.txt")))
        addPhrase(Phrase::Stop, line.trimmed(), 0, false);
}

int Lexicon::findCompany(const QString &name) const
{
    QString folded = Fold::key(name);
    if (folded.startsWith(u'?'))
        folded.remove(0, 1);
    return m_companyByName.value(folded, -1);
}

int Lexicon::findPlace(const QString &name) const
{
    return m_placeByName.value(Fold::key(name), -1);
}

void Lexicon::loadClosedClasses()
{
    for (const ScaleWord &s : kScales) {
        Word &w = entry(Fold::hash(QString::fromLatin1(s.word)));
        w.flags |= Scale;
        w.scaleEn = qint8(s.en);
        w.scaleFr = qint8(s.fr);
    }
    for (const NumberWordDef &n : kNumberWords) {
        Word &w = entry(Fold::hash(QString::fromLatin1(n.word)));
        w.flags |= NumberWord;
        w.number = n.value;
    }
    for (int m = 0; m < 12; ++m) {
        for (const QString &name : QString::fromLatin1(kMonths[m]).split(u' ')) {
            Word &w = entry(Fold::hash(name));
            w.flags |= Month;
            w.month = qint8(m + 1);
        }
    }
    addWords("lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday "
             "saturday sunday", Weekday);
    addWords("pdg ceo cfo coo cto cio cso président présidente president directeur directrice fondateur "
             "fondatrice cofondateur cofondatrice co-fondateur co-fondatrice patron patronne chef cheffe ministre "
             "gouverneur gouverneure secrétaire porte-parole analyste économiste dirigeant dirigeante responsable "
             "administrateur administratrice vice-président vice-présidente président-directeur directeur-général "
             "chairman chairwoman chair chief executive founder co-founder cofounder head director governor "
             "minister secretary spokesperson spokesman spokeswoman analyst economist strategist stratège boss "
             "associé associée partner manager officer sénateur sénatrice senator député députée maire mayor "
             "chancellor chancelier chancelière premier professeur professor commissaire commissioner chercheur "
             "chercheuse researcher avocat avocate lawyer trésorier treasurer vp svp evp md gérant gérante "
             "président-fondateur fondateur-président ingénieur engineer porte-parole leader",
             Role);
    addWords("le la l' les the son sa ses its his her their leur former ancien ancienne nouveau nouvel "
             "nouvelle new actuel actuelle current longtime interim intérim deputy adjoint adjointe vice senior "
             "co un une a an outgoing sortant sortante incoming futur future",
             RoleLead);
    addWords("inc incorporated corp co sa sas sasu sarl ag gmbh ltd plc nv se spa llc kgaa limited ab asa "
             "oyj bv lp llp pte bhd kk",
             LegalSuffix);
    addWords("group groupe holdings holding technologies technology industries systems motors airlines bank "
             "banque pharmaceuticals pharma therapeutics robotics energy labs laboratories capital partners "
             "ventures semiconductor semiconductors electronics networks software solutions biotech biosciences "
             "aerospace automotive logistics foods brands resources mining petroleum telecom telecoms "
             "communications entertainment financial insurance assurance assurances investments securities research "
             "markets engineering medicines studios games international centers centres industrie industries "
             "aviation pharmaceutique therapeutique records media press audio pictures films management system "
             "advisors advisers",
             NameEnding);
    addWords("groupe société entreprise firme start-up startup jeune-pousse licorne constructeur fabricant géant "
             "éditeur opérateur spécialiste équipementier laboratoire assureur banque compagnie distributeur "
             "sous-traitant filiale fournisseur conglomérat chimiste pétrolier sidérurgiste armateur transporteur "
             "company firm group maker carmaker automaker chipmaker giant lender insurer retailer conglomerate "
             "supplier subsidiary operator developer manufacturer producer airline bank startup start-up unicorn "
             "rival concurrent partenaire partner acquirer outfit brand marque enseigne cabinet fund fonds "
             "investisseur investor provider chain chaîne coentreprise joint-venture venture groupes sociétés "
             "entreprises firmes constructeurs fabricants banques opérateurs laboratoires assureurs distributeurs "
             "équipementiers marques enseignes companies firms groups makers carmakers automakers chipmakers "
             "banks lenders insurers retailers rivals competitors concurrents partners partenaires suppliers "
             "fournisseurs startups start-ups funds operators manufacturers developers airlines brands",
             CompanyCue);
    addWords("abonnez-vous abonnez abonner abonnement suivez suivez-nous newsletter newsletters subscribe "
             "subscribed subscription cookies cookie inscrivez-vous copyright publicité advertisement sponsored "
             "sponsorisé partagez télécharger",
             Boilerplate);
    addWords("le la les l' un une des du de d' au aux ce cet cette ces il elle ils elles on nous vous je tu "
             "the a an this that these those it its he she they we you i his her their our my "
             "et ou mais donc or ni car and but so yet nor en dans sur sous avec pour par chez vers entre "
             "in on at by for with from to of into onto over under after before since during while "
             "après avant depuis pendant selon malgré contre sans si lorsque quand alors comme ainsi "
             "according when if as then there here also aussi toutefois cependant pourtant however "
             "meanwhile ailleurs enfin not ne pas plus moins tout tous toute toutes all some quelques "
             "chaque each both deux several plusieurs many most other autres autre such telle tel "
             "qui que quoi dont où who whom whose which what where why how",
             Function);
    addWords("en in d'ici ici depuis since by until jusqu'en jusqu' fin début mi année an year exercice fiscal "
             "between from dès avant après before after during pendant entre of et and or ou au à through "
             "to end early late mid vers circa around",
             DateCue);
    addWords("salariés salarié employés employé emplois emploi postes personnes habitants clients abonnés "
             "utilisateurs voitures véhicules unités exemplaires magasins boutiques usines sites pièces tonnes "
             "mètres kilomètres km mw gw kwh twh barils actions titres points puces serveurs dollars euros "
             "employees workers jobs people staff customers users subscribers cars vehicles units stores shops "
             "plants factories sites tons tonnes meters miles barrels shares chips servers homes households "
             "engineers ingénieurs points basis",
             CountNoun);
    addWords("said says say told added explained noted declared according selon explique expliqué estime "
             "affirme affirmé déclare déclaré indique indiqué souligne souligné ajoute ajouté précise précisé "
             "assure assuré observe reconnaît reconnu commente raconte confie confié insiste résume note "
             "acknowledged admitted conceded stressed argued cautioned insisted warned",
             SpeechCue);
    addWords("m mme mmes mlle mr mrs ms dr pr me sir dame lord", Title);
    // Only when written with a capital, right before a single name: "Colonel Bauer", "Emperor
    // Jovinus". Not titles for the other rules: King, Bishop and Duke are surnames too. Role
    // words ("Senator", "President") serve the same way (PersonFinder::honorificBefore).
    addWords("colonel lieutenant captain capt admiral commander sergeant emperor empress king queen prince "
             "princess pope archbishop bishop cardinal earl duke duchess baron baroness countess marquess "
             "sultan tsar czar emir sheikh rabbi reverend judge general",
             Honorific);
    addWords("de du des van von der den da di del della dos das do le la bin al el ben ter ten st saint "
             "mac mc",
             Particle);
    // English peoples, languages and faiths, written with a capital: "Scottish Gaelic", "in
    // Hebrew", "the German Confederation" open no person's or place's name.
    addWords("american british english german italian spanish chinese japanese indian russian scottish irish "
             "welsh canadian australian dutch swiss swedish norwegian danish finnish polish greek turkish arab "
             "arabic persian hebrew kurdish portuguese brazilian mexican argentine korean vietnamese thai "
             "indonesian philippine filipino egyptian israeli iranian iraqi syrian saudi african european asian "
             "byzantine ottoman soviet prussian austrian hungarian czech slovak romanian bulgarian serbian "
             "croatian ukrainian belgian catholic muslim jewish islamic protestant orthodox buddhist "
             "hindu gaelic celtic norse saxon assyrian babylonian egyptian sumerian latin yiddish urdu hindi "
             "bengali punjabi tamil swahili zulu maori hawaiian",
             Nationality);
    addWords("action actions titre titres bourse boursier boursière cotation coté cotée capitalisation "
             "valorisation chiffre affaires bénéfice bénéfices perte pertes résultat résultats ventes revenus "
             "dividende dividendes trimestre trimestriel semestre exercice rachat rachète racheter acquisition "
             "acquiert fusion cession cède offre opa partenariat contrat commande commandes client clients "
             "investissement investit investir usine usines salariés emplois licenciements pdg directeur patron "
             "dirigeant groupe société entreprise concurrent rival marché marchés opérateur abonnés milliards "
             "millions shares share stock stocks listed market markets valuation revenue revenues profit profits "
             "loss losses earnings results sales dividend quarter quarterly fiscal buyback acquire acquired "
             "acquisition merger deal deals contract orders customers investment invests invest factory plant "
             "employees jobs layoffs ceo chief executive boss company firm group rival rivals competitor "
             "operator subscribers billion million investors analysts guidance forecast prévisions "
             "smartphone smartphones iphone ipad puces chips semiconducteurs semiconductors cloud logiciel "
             "software data centre center centres centers serveurs servers magasins stores",
             Business);
    addWords("percent pourcent", Percent);
    addWords("français américain chinois japonais allemand britannique italien espagnol suédois finlandais "
             "norvégien danois néerlandais belge suisse canadien québécois indien coréen sud-coréen taïwanais "
             "brésilien mexicain russe saoudien émirati israélien australien luxembourgeois irlandais autrichien "
             "polonais turc singapourien hongkongais qatari portugais grec tchèque hongrois roumain argentin "
             "chilien sud-africain nigérian marocain égyptien vietnamien thaïlandais indonésien malaisien",
             Nationality);
    addWords("unit subsidiary division arm affiliate filiale branche unité", UnitCue);
    // Organisation names: "Ministère de la Culture", "Agence spatiale", "University of Leeds".
    addWords("ministère ministry département department autorité authority agence agency université "
             "university institut institute commission comité committee conseil council cour court tribunal "
             "fondation foundation association fédération federation confédération confederation syndicat "
             "union parti party organisation organization office bureau académie academy école school "
             "collège college lycée hôpital hospital musée museum parlement parliament assemblée assembly "
             "sénat senate chambre chamber ligue league club orchestre orchestra armée army marine navy "
             "gendarmerie police observatoire observatory centre center laboratoire laboratory banque bank "
             "fonds fund caisse mouvement movement front alliance coalition conservatoire conservatory "
             "bibliothèque library église church diocèse diocese régiment regiment brigade stade olympique "
             "racing sporting real fc",
             OrgHead);
    addWords("university université universität universidad università college institute school academy "
             "foundation association federation union party council committee commission agency authority "
             "ministry department court tribunal parliament assembly senate army navy police orchestra "
             "choir club fc afc cf united rovers wanderers athletic hospital museum "
             "society league conference church band corps guard regiment brigade fund trust board"
             , OrgEnding);
    addWords("comme notamment including like dont", ListCue);
    addWords("annoncé annonce annoncent ont est sont était étaient sera seront va vont fait doit peut "
             "has have had is are was were will would could should can may might said says announced "
             "announces reported reports told added expects plans wants warned warns rose fell jumped "
             "dropped gained lost climbed slid soared plunged a-t-il a-t-elle prévoit compte veut estime "
             "affirme déclare indique souligne ajoute précise assure explique",
             Verb);
}

} // namespace veille
