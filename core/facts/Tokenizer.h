#pragma once

#include "facts/Token.h"

#include <QHash>
#include <QString>
#include <vector>

namespace veille {

// A single hand-written pass over the text that yields words, numbers and symbols with
// their UTF-16 spans, folded keys, sentence and block indices. Number grouping follows the
// article's language: in French "1 250,50" is one number, in English "1,250.50" is.
class Tokenizer
{
public:
    // index maps a folded key to a lexicon entry; when null, tokens carry no entry.
    static std::vector<Token> tokenize(const QString &text, bool french, const QHash<quint64, int> *index = nullptr);
};

} // namespace veille
