#pragma once

#include <QString>
#include <vector>

namespace veille {

class FactsDocument;

// Organisations that are not companies: the built-in list (organisations.tsv, matched with the
// other gazetteers) and names the text itself shows as an organisation's: a head word with its
// complement ("Ministère de la Culture", "University of Leeds", "Agence spatiale européenne"),
// a name ending in such a word ("Harvard University", "Labour Party", "Chelsea FC"), and the
// acronym given in brackets after it. A name found once is found in the rest of the article.
class OrganisationFinder
{
public:
    explicit OrganisationFinder(FactsDocument &doc);

    // A gazetteer match, called by the phrase matcher.
    static void addKnown(FactsDocument &doc, int from, int to, int organisation);
    // Head-word and ending rules; runs before people and one-word places, so that "Université
    // Jean Moulin" and "University of Leeds" are organisations whole.
    void findFromEvidence();
    // Clubs told by the sentence around them ("joined the Astros", "a game against Hearts");
    // runs once people, companies and places have taken their names.
    void findByContext();
    // Later mentions of the names found, and of their bracketed acronyms.
    void propagate();

private:
    int headEnd(int i) const;   // end of "Head [adjectives] [de|of X]" starting at i, or i
    int runStart(int end) const; // start of the capitalised run that an ending closes
    bool nameToken(int i, bool placesToo) const;
    int townBefore(int i) const; // start of the town before a team's plural name, or -1
    int townAfter(int i) const;  // end of "Canucks de Vancouver" starting at i, or -1
    bool teamCueBefore(int i) const;
    bool sportsCue(int cue, int i) const; // "a season for X", "a X player": the club
    void addFound(int from, int to);

    FactsDocument &m_doc;
    std::vector<std::vector<quint64>> m_found; // names found, as key sequences
    std::vector<QString> m_names;
};

} // namespace veille
