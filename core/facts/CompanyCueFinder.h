#pragma once

namespace veille {

class FactsDocument;
class NameFinder;

// Companies named by the way news reports them, beyond NameFinder's cue words: a stock
// ticker in brackets ("Kovalent Systems (NYSE: KVX)", "Airbus (Euronext: AIR)") and a
// statement ("Brightwell Foods said in a statement", "Sofralys a indiqué dans un
// communiqué"). Runs before people are found by context, so such a name is not a person.
class CompanyCueFinder
{
public:
    CompanyCueFinder(FactsDocument &doc, NameFinder &names);

    void find();

private:
    bool ticker(int open) const;     // "(NYSE: KVX)" opening at open
    bool statementAfter(int end) const;

    FactsDocument &m_doc;
    NameFinder &m_names;
};

} // namespace veille
