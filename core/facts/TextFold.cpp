#include "facts/TextFold.h"

namespace veille {

namespace {

// Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A);
// 0 means "no single-letter base", handled separately.
constexpr char kLatinBase[] =
    "aaaaaaaceeeeiiii" // C0-CF (C6 = Æ handled apart)
    "dnooooo\0ouuuuyts" // D0-DF (D7 ×, DE Þ, DF ß handled apart)
    "aaaaaaaceeeeiiii" // E0-EF
    "dnooooo\0ouuuuyty" // F0-FF
    "aaaaaaccccccccdd" // 100-10F
    "ddeeeeeeeeeegggg" // 110-11F
    "gggghhhhiiiiiiii" // 120-12F
    "iiiijjkkklllllll" // 130-13F
    "lllnnnnnnnnnoooo" // 140-14F
    "oooorrrrrrssssss" // 150-15F
    "ssttttttuuuuuuuu" // 160-16F
    "uuuuwwyyyzzzzzzs"; // 170-17F

// Returns the folded form as up to two characters (second is 0 when unused).
inline void foldOne(char16_t u, char16_t &a, char16_t &b)
{
    b = 0;
    if (u < 0x80) {
        a = (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
        return;
    }
    switch (u) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x00B4: case 0x0060:
        a = '\'';
        return;
    case 0x00C6: case 0x00E6: a = 'a'; b = 'e'; return;
    case 0x0152: case 0x0153: a = 'o'; b = 'e'; return;
    case 0x00DF: a = 's'; b = 's'; return;
    case 0x2010: case 0x2011: a = '-'; return;
    case 0x00A0: case 0x202F: case 0x2009: a = ' '; return;
    default: break;
    }
    if (u >= 0x00C0 && u <= 0x017F) {
        const char base = kLatinBase[u - 0x00C0];
        if (base) {
            a = char16_t(base);
            return;
        }
    }
    const QChar lower = QChar(u).toLower();
    const QString decomposed = lower.decomposition();
    a = decomposed.isEmpty() ? lower.unicode() : decomposed.at(0).unicode();
}

} // namespace

void TextFold::appendFolded(QChar c, QString &out)
{
    char16_t a, b;
    foldOne(c.unicode(), a, b);
    out.append(QChar(a));
    if (b)
        out.append(QChar(b));
}

QString TextFold::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        appendFolded(c, out);
    return out;
}

quint64 TextFold::feedSlow(quint64 hash, QChar c)
{
    char16_t a, b;
    foldOne(c.unicode(), a, b);
    hash = mix(hash, a);
    if (b)
        hash = mix(hash, b);
    return hash;
}

quint64 TextFold::hash(QStringView text)
{
    quint64 h = kSeed;
    for (QChar c : text)
        h = feed(h, c);
    return h;
}

} // namespace veille
