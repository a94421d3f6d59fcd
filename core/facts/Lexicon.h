#pragma once

#include "text/Fold.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace veille {

// The engine's read-only knowledge: gazetteers (companies, places, first names, currencies,
// publications) and closed word classes (months, scale words, role words...), all keyed by
// folded token hashes so that one hash lookup per token tells the engine what it may be.
// Loaded once from the compiled-in resources and shared by every FactsEngine.
class Lexicon
{
public:
    enum WordFlag : quint32 {
        FirstName = 1u << 0,
        Role = 1u << 1,         // "PDG", "chief", "président"
        RoleLead = 1u << 2,     // may open a role phrase before the role word: "ancien", "former"
        Month = 1u << 3,
        Weekday = 1u << 4,
        Scale = 1u << 5,        // "milliards", "bn"
        NumberWord = 1u << 6,   // "deux", "two"
        LegalSuffix = 1u << 7,  // "Inc", "SA", "GmbH": dropped from the name
        NameEnding = 1u << 8,   // "Group", "Technologies": part of the name, but says "company"
        CompanyCue = 1u << 9,   // "groupe", "start-up", "maker": announces a company name
        Boilerplate = 1u << 10, // "abonnez-vous", "newsletter"
        Function = 1u << 11,    // determiners, pronouns, prepositions, conjunctions
        DateCue = 1u << 12,     // "en", "in", "depuis", "by": a bare year may follow
        CountNoun = 1u << 13,   // "salariés", "jobs": a number before it is a count, not a year
        SpeechCue = 1u << 14,   // "said", "selon": a person's name may follow
        Title = 1u << 15,       // "M.", "Mme", "Mr"
        Particle = 1u << 16,    // "de", "van", "von" inside a person's name
        Business = 1u << 17,    // "actions", "revenue", "CEO": business context for ambiguous names
        CurrencyCode = 1u << 18, // "USD", "EUR"
        Percent = 1u << 19,     // "percent", "pourcent"
        Verb = 1u << 20,        // common verbs that end a role phrase or a name run
        Nationality = 1u << 21, // "le japonais Mitsui": a French nationality adjective as a noun
        UnitCue = 1u << 22,     // "its Foxtron unit", "sa filiale X": a company named before or after
        ListCue = 1u << 23,     // "such as", "comme", "including": a list of examples follows
        OrgHead = 1u << 24,     // "Ministère", "University", "Agence": opens an organisation's name
        OrgEnding = 1u << 25,   // "University", "Party", "FC": closes an organisation's name
        GivenName = 1u << 26,   // the large list of given names: a person only with a surname after it
        Honorific = 1u << 27,   // "Colonel", "Emperor", "Senator": a capitalised title before one name
    };

    struct Word {
        quint32 flags = 0;
        qint8 scaleEn = 0;   // power of ten in English ("billion" = 9)
        qint8 scaleFr = 0;   // power of ten in French ("billion" = 12)
        qint8 month = 0;     // 1..12
        int number = 0;      // NumberWord value
        int currency = -1;   // index into currencies() for a one-word currency or ISO code
        std::vector<int> phrases; // phrases starting with this key, longest first
        // Every phrase starts with a capital: "la" in lower case opens none of the towns
        // "La Paz", "La Rochelle"..., so the matcher skips the whole list at once.
        bool phrasesNeedUpper = false;
    };

    struct Phrase {
        enum Type : quint8 { Company, Place, Stop, Currency, Organisation };
        Type type = Company;
        bool ambiguous = false; // a common word too: needs business context
        bool minor = false;     // a town or a state: a surname after a given name
        int target = 0;         // index into companies(), places() or currencies()
        std::vector<quint64> keys;
        std::vector<quint8> caseRule; // per token: 0 any, 1 upper initial, 2 all caps
    };

    struct Company {
        QString name;
        QStringList aliases;
    };

    struct Place {
        QString english;
        QString french;
    };

    static std::shared_ptr<const Lexicon> shared();

    int find(quint64 key) const { return m_index.value(key, -1); }
    const QHash<quint64, int> &index() const { return m_index; }
    const Word &word(int index) const { return m_words[size_t(index)]; }
    bool has(int index, WordFlag flag) const { return index >= 0 && (m_words[size_t(index)].flags & flag); }
    const Phrase &phrase(int index) const { return m_phrases[size_t(index)]; }
    const Company &company(int index) const { return m_companies[size_t(index)]; }
    // Organisations share the company record: a canonical name and its aliases.
    const Company &organisation(int index) const { return m_organisations[size_t(index)]; }
    const Place &place(int index) const { return m_places[size_t(index)]; }
    const QString &currency(int index) const { return m_currencies[size_t(index)]; }

    // Company index for a user's spelling of a name or alias, -1 when unknown.
    int findCompany(const QString &name) const;
    // Organisation index for a name or alias, -1 when unknown.
    int findOrganisation(const QString &name) const { return m_organisationByName.value(Fold::key(name), -1); }
    // Place index for a name in either language, -1 when unknown.
    int findPlace(const QString &name) const;
    // Whether a word (an index from find()) is on its own a town or a state of the place lists:
    // a place that may also be a surname, a person or a club's name.
    bool isOneWordTown(int wordIndex) const;
    // An everyday English word ("rotten", "sabbath"), by folded token hash: two unknown
    // capitalised words that are both such words name a thing more often than a person.
    bool isCommonWord(quint64 key) const { return m_commonWords.contains(key); }

private:
    Lexicon();
    Word &entry(quint64 key);
    void addWords(const char *words, quint32 flag);
    Phrase *addPhrase(Phrase::Type type, const QString &text, int target, bool ambiguous); // null when empty
    void loadCompanies();
    void loadOrganisations();
    void loadGivenNames();
    void loadCommonWords();
    void loadPlaces();
    void loadTowns();
    void loadFirstNames();
    void loadCurrencies();
    void loadStopPhrases();
    void loadClosedClasses();
    void sortPhrases();

    QHash<quint64, int> m_index;
    std::vector<Word> m_words;
    std::vector<Phrase> m_phrases;
    std::vector<Company> m_companies;
    std::vector<Company> m_organisations;
    std::vector<Place> m_places;
    QStringList m_currencies;
    QHash<QString, int> m_companyByName; // folded name or alias -> company
    QHash<QString, int> m_placeByName;
    QHash<QString, int> m_organisationByName;
    QSet<quint64> m_commonWords;
};

} // namespace veille
