#pragma once

#include "facts/Token.h"

#include <QString>
#include <functional>
#include <vector>

namespace veille {

// A single hand-written pass over the text that yields words, numbers and symbols with
// their UTF-16 spans, folded keys, sentence and block indices. Number grouping follows the
// article's language: in French "1 250,50" is one number, in English "1,250.50" is.
class Tokenizer
{
public:
    // lookup maps a folded key to a lexicon index (or -1); it may be empty.
    using Lookup = std::function<int(quint64)>;

    static std::vector<Token> tokenize(const QString &text, bool french, const Lookup &lookup = {});
};

} // namespace veille
