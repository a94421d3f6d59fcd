#pragma once

#include <QStringList>

namespace veille {

class FactsDocument;

// The three most informative sentences, in text order. News is written lead first, so
// position weighs most; entities and figures add weight; headings, boilerplate, quotes
// standing alone and very short or very long sentences are left out.
class Summarizer
{
public:
    static QStringList summarize(const FactsDocument &doc, int count = 3);
};

} // namespace veille
