#pragma once

#include <QString>
#include <vector>

namespace veille {

class FactsDocument;

// People and their roles. A name is a known first name followed by a surname ("Sam Altman",
// "Luca de Meo"), or capitalised words that the text presents as a person: a role beside
// them ("C.C. Wei, chairman of TSMC"), a title ("M. Dupont") or a reporting verb
// ("said Yoshihiro Kato"). The role is the apposition after the name or the title before it.
// A later mention by surname alone is a mention of the same person.
class PersonFinder
{
public:
    explicit PersonFinder(FactsDocument &doc);

    void findByFirstName();
    void findByContext();
    void findByPairs();
    // One-word names that own something: "Gödel's theorems" (English only).
    void findByPossessive();
    // One-word names that a pronoun takes up: "Rodin needed to support his family" (English only).
    void findBySubjectPronoun();
    void propagateSurnames();

    // The surnames (token keys) of the people found by findByFirstName whose surname is
    // also a company's one-word name ("Nadia Ferrari"): alone, the word is hers unless the
    // article shows the company (NameFinder::findSingleWordNames).
    const std::vector<quint64> &companySurnames() const { return m_companySurnames; }

private:
    int nameTail(int first, int from) const; // end of the surname part, or from when none
    bool surnameToken(int i) const;
    bool companySurname(int first, int k) const; // "Nadia Ferrari": a one-word company after a given name
    bool personEvidence(int from, int to) const; // a role, words said or an age about the name
    bool plainCapital(int i) const;
    bool addPerson(int from, int to); // false when the name is refused (a people, a place named after someone)
    bool addOneWordName(int i);
    bool opensSubject(int before) const;
    QString roleAfter(int end) const;
    QString roleBefore(int start) const;
    bool roleFollows(int end) const;
    bool everydayCapital(int i) const; // English: "River", "Award" written with a capital
    bool rolePrecedes(int start) const;
    bool speechFollows(int end) const;
    bool ageFollows(int end) const;
    bool honorificBefore(int i) const;    // "Colonel Bauer", "le président Macron"
    bool loneUnknown(int i) const;
    bool townAlone(int i) const;
    bool namedAfter(int from, int to) const; // "Fort Abraham Lincoln", "Hudson Bay"          // a one-word town of the large list, claimed as a place        // one capitalised word the lexicon knows nothing of
    bool thingFollows(int end) const;     // ", the biggest provider of...": a firm's apposition
    static bool possessive(quint64 key);  // "its", "sa": what follows is owned, not a person

    FactsDocument &m_doc;
    std::vector<std::vector<quint64>> m_surnames; // key sequences of surnames found
    std::vector<quint64> m_keys;
    std::vector<quint64> m_companySurnames;
    const quint64 m_aKey;
};

} // namespace veille
