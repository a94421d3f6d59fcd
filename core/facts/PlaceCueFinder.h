#pragma once

#include <QString>
#include <vector>

namespace veille {

class FactsDocument;

// Places the gazetteer lacks, told by the words around them: a geographic head or ending
// ("Lac de Vassivière", "Mount Kenya", "Hudson River", "Orange County"), or a preposition of
// place before a capitalised name ("né à Tulle", "a plant near Wrexham"). Runs after people,
// companies and organisations have taken their names, and finds the same name again in the
// rest of the article.
class PlaceCueFinder
{
public:
    explicit PlaceCueFinder(FactsDocument &doc);

    void find();

private:
    bool nameToken(int i) const;
    int nameEnd(int i) const;
    bool prepositionBefore(int i) const;
    int lowerHeadEnd(int i) const; // end of "île Devon", "mer des Wadden"; i when no name follows
    void findListed();
    void add(int from, int to);
    void propagate();
    void dropPlacesInsideNames();

    FactsDocument &m_doc;
    std::vector<std::vector<quint64>> m_found;
    std::vector<QString> m_names;
};

} // namespace veille
