#pragma once

#include "model/KeyFacts.h"

#include <QList>
#include <QString>

namespace veille {

// Splits plain text into sentences: blocks break at line ends, sentences at . ! ? … followed
// by a space, except after abbreviations ("M.", "Inc.", "U.S.") and initials ("C.C. Wei").
// Spans are UTF-16 indices, trimmed of surrounding spaces.
class Sentences
{
public:
    static QList<Span> split(const QString &text);
};

} // namespace veille
