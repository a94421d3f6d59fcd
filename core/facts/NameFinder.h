#pragma once

#include <QString>
#include <vector>

namespace veille {

class FactsDocument;

// Companies and places: gazetteer matches (longest first, case rules, common-word names only
// in business context), companies the gazetteer lacks found from their context (legal
// suffixes, "le groupe X", "X, the maker of", "X's chief executive"), and propagation of a
// name found once to its other mentions.
class NameFinder
{
public:
    explicit NameFinder(FactsDocument &doc);

    // Names of two or more tokens ("Morgan Stanley", "Caroline du Nord", "Google Actualités"):
    // run before people so that a company named after a person stays a company.
    void findMultiWordNames();
    // One-token names ("Foxconn", "Texas"): run after people ("Martin Bouygues" is a person).
    // A company's name that is also the surname of a person named in full (`personSurnames`,
    // PersonFinder::companySurnames) is the company only where the article shows it: "PDG
    // de Ferrari", "le groupe Ferrari" (resolveAmbiguous); elsewhere it is the person's.
    void findSingleWordNames(const std::vector<quint64> &personSurnames = {});
    void findCompaniesFromContext();
    void resolveAmbiguous();
    void propagateCompanies();
    // "KKR, Cinven et Providence": names listed beside a company are companies.
    void findListedCompanies();
    // "Troy, Michigan": towns the gazetteer lacks, named beside a state or country.
    void findTowns();

    // For the other company rules (CompanyCueFinder): a name found from the text, and the
    // runs of capitalised words that may be one.
    void addFoundCompany(int from, int to, int nameEnd = -1);
    bool runToken(int i) const;
    int runFrom(int i) const;     // end of a name run starting at i, or i when none
    int runTo(int end) const;     // start of a name run ending at end, or end when none

private:
    struct Pending {
        int from;
        int to;
        int company;
        bool surname; // also the surname of a person of the article
    };

    // personSurnames: see findSingleWordNames.
    void matchAt(int minTokens, int maxTokens, const std::vector<quint64> &personSurnames = {});
    void addCompany(int from, int to, int company);
    void confirm(int company, int sentence); // a company known to be meant, in that sentence
    void addPlace(int from, int to, int place);
    bool sentenceHasBusiness(int sentence) const;
    bool cueBefore(int i) const;
    bool shownAsCompany(int i) const; // a cue or a role just before the name
    // A role just before the name ("analyst at X", "chief executive of X"); with
    // businessRole, only roles whose "of X" names a company, not a country.
    bool roleBefore(int i, bool businessRole) const;
    bool nounAfter(int end) const; // a plain lower-case word right after a name run
    bool listed(int i, int end) const;
    void propagate(const std::vector<quint64> &keys, const QString &name);
    // No capitalised word of the same sentence right after: the name is not part of a longer one.
    bool wholeName(int i, int len) const;

    FactsDocument &m_doc;
    std::vector<Pending> m_pending;
    std::vector<quint8> m_sentenceCompanies; // unambiguous company mentions per sentence
    std::vector<bool> m_confirmed;           // company index -> matched unambiguously
    std::vector<std::vector<quint64>> m_found; // context-found names, as key sequences
    std::vector<QString> m_foundNames;
    std::vector<std::pair<int, int>> m_towns;
};

} // namespace veille
