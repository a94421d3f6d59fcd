#pragma once

#include <QString>
#include <QStringView>

namespace veille {

// Case- and accent-insensitive keys for gazetteer lookups. Folding maps "États", "etats" and
// "ÉTATS" to the same key and the typographic apostrophe to the ASCII one, so that "d’OpenAI"
// and "d'OpenAI" look the same. Keys are 64-bit hashes of the folded text so the tokenizer
// can compute them while it scans, without allocating a string per word.
class TextFold
{
public:
    // Appends the folded form of one UTF-16 unit to out (one or two characters; ligatures
    // such as "œ" become "oe").
    static void appendFolded(QChar c, QString &out);
    static QString fold(QStringView text);

    static constexpr quint64 kSeed = 1469598103934665603ULL;
    // Feeds the folded form of c into an FNV-1a hash.
    static quint64 feed(quint64 hash, QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            char16_t l = (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
            return mix(hash, l);
        }
        return feedSlow(hash, c);
    }
    static quint64 hash(QStringView text);

private:
    static quint64 mix(quint64 hash, char16_t u) { return (hash ^ u) * 1099511628211ULL; }
    static quint64 feedSlow(quint64 hash, QChar c);
};

} // namespace veille
