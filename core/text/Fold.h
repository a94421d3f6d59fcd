#pragma once

#include <QString>
#include <QStringView>

namespace veille {

namespace detail {
// The fold of ASCII: lower case, '`' as an apostrophe, white space as ' '.
struct FoldAsciiTable {
    char16_t fold[128];
    constexpr FoldAsciiTable() : fold()
    {
        for (char16_t u = 0; u < 128; ++u)
            fold[u] = (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
        fold[u'`'] = u'\'';
        for (char16_t u : {u'\t', u'\n', u'\v', u'\f', u'\r'})
            fold[u] = u' ';
    }
    constexpr char16_t operator[](char16_t u) const { return fold[u]; }
};
} // namespace detail

// The one folding of text for matching, used by entity keys, the facts lexicon and
// tokenizer, boilerplate lines and the reader's search highlights. Its rules, per
// UTF-16 unit:
// - case: lower case ("ÉTATS" -> "etats");
// - accents: removed, from the canonical decomposition ("é" -> "e", "ǘ" -> "u"), plus the
//   Latin letters Unicode does not decompose ("ø" -> "o", "ł" -> "l", "đ" -> "d",
//   "ı" -> "i", "þ" -> "t"); combining marks alone are dropped; full-width and
//   mathematical letter forms become the plain letter; other compatibility forms
//   ("²", "½") stay as written;
// - ligatures: spelt out ("œ" -> "oe", "æ" -> "ae", "ß" -> "ss", "ﬁ" -> "fi", "ĳ" -> "ij");
// - apostrophes: ’ ‘ ʼ ´ ` ′ become ';
// - dashes: hyphen, non-breaking hyphen, figure, en and em dashes, horizontal bar and
//   the minus sign become -;
// - spaces: every space (no-break, narrow, thin, tabs, line breaks) becomes ' ';
// - invisible characters (soft hyphen, zero-width space and joiners, word joiner, byte
//   order mark) are dropped.
class Fold {
public:
    // The folded text with spaces collapsed to one and trimmed: "  Société  Générale "
    // and "societe generale" give the same key.
    static QString key(QStringView text);

    // The variant for highlighting, where positions in the folded text must be those of
    // the original: one unit per unit, so ligatures stay (lower case) rather than being
    // spelt out, invisible characters and lone marks stay, spaces are not collapsed.
    static QString sameLength(QStringView text);

    // Appends the fold of one UTF-16 unit: nothing, one character, or up to three for a
    // ligature.
    static void appendFolded(QChar c, QString &out);

    // FNV-1a hashes of folded text, computed while the tokenizer scans, without a string
    // per word: hash(w) is the hash of the units of key(w) for a word without spaces.
    static constexpr quint64 kSeed = 1469598103934665603ULL;
    static quint64 feed(quint64 hash, QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return mix(hash, kAscii[u]);
        return feedSlow(hash, c);
    }
    static quint64 hash(QStringView text);

private:
    static quint64 mix(quint64 hash, char16_t u) { return (hash ^ u) * 1099511628211ULL; }
    static quint64 feedSlow(quint64 hash, QChar c);

    static constexpr detail::FoldAsciiTable kAscii{};
};

} // namespace veille
