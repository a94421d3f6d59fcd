#pragma once

#include <QtGlobal>

namespace veille {

// One token of an article's plain text, as the facts engine sees it. Offsets are UTF-16
// indices into the text; key is Fold::hash of the token text.
struct Token {
    enum Kind : quint8 {
        Word,       // letters (with digits, inner hyphens, apostrophes and '&')
        Number,     // digits with their grouping and decimal separators
        Symbol,     // any other single character: punctuation, currency signs
        Elision,    // French "l'", "d'", "qu'" split off the word that follows
        Possessive, // English "'s" split off the name before it
    };
    enum Flag : quint16 {
        Upper = 1 << 0,         // starts with an upper-case letter
        AllCaps = 1 << 1,       // two or more letters, all upper case
        Glued = 1 << 2,         // no space before this token
        SentenceStart = 1 << 3, // first word-like token of a sentence
        BlockStart = 1 << 4,    // first token of a block (paragraph, heading, line)
        Heading = 1 << 5,       // inside a block that reads as a section heading
        Boilerplate = 1 << 6,   // inside a promotional or navigation block
        HasDecimal = 1 << 7,    // number: has a decimal part
        Grouped = 1 << 8,       // number: has thousands separators
    };

    int start = 0;
    int end = 0;
    quint64 key = 0;
    int lex = -1;          // index of the lexicon entry for key, -1 when unknown
    int block = 0;
    int sentence = 0;
    Kind kind = Word;
    quint16 flags = 0;
    quint8 claim = 0;      // 0 when free, else 1 + the EntityType that owns the token
    char16_t symbol = 0;   // Symbol: the character
    // Number: the value is mantissa / 10^decimals, kept apart so that scaling by a power
    // of ten stays exact ("1,4 billion" is exactly 1.4e12).
    qint64 mantissa = 0;
    int decimals = 0;

    bool has(Flag f) const { return flags & f; }
    bool isSymbol(char16_t c) const { return kind == Symbol && symbol == c; }
    int length() const { return end - start; }
};

} // namespace veille
