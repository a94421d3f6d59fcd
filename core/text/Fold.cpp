#include "text/Fold.h"

namespace veille {

namespace {

// Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A),
// which covers the accented letters of French and of most European names without a
// decomposition look-up; 0 for the few handled apart (×, ÷ and the ligatures).
constexpr char kLatinBase[] =
    "aaaaaa\0ceeeeiiii" // C0-CF (C6 Æ spelt out)
    "dnooooo\0ouuuuyt\0" // D0-DF (D7 ×, DF ß spelt out)
    "aaaaaa\0ceeeeiiii" // E0-EF (E6 æ spelt out)
    "dnooooo\0ouuuuyty" // F0-FF (F7 ÷)
    "aaaaaaccccccccdd" // 100-10F
    "ddeeeeeeeeeegggg" // 110-11F
    "gggghhhhiiiiiiii" // 120-12F
    "ii\0\0jjkkklllllll" // 130-13F (132 Ĳ, 133 ĳ spelt out)
    "lllnnnnnnnnnoooo" // 140-14F
    "oooorrrrrrssssss" // 150-15F (152 Œ, 153 œ spelt out)
    "ssttttttuuuuuuuu" // 160-16F
    "uuuuwwyyyzzzzzzs"; // 170-17F
static_assert(sizeof(kLatinBase) == 0xC0 + 1, "one base per code point U+00C0..U+017F");

// Writes the fold of u into out; returns how many units (0 to 3).
int foldUnit(char16_t u, char16_t out[3])
{
    switch (u) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x00B4: case 0x2032:
        out[0] = '\'';
        return 1;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        out[0] = '-';
        return 1;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return 0;
    case 0x00C6: case 0x00E6: out[0] = 'a'; out[1] = 'e'; return 2;
    case 0x0152: case 0x0153: out[0] = 'o'; out[1] = 'e'; return 2;
    case 0x00DF: case 0x1E9E: out[0] = 's'; out[1] = 's'; return 2;
    case 0x0132: case 0x0133: out[0] = 'i'; out[1] = 'j'; return 2;
    case 0xFB00: out[0] = 'f'; out[1] = 'f'; return 2;
    case 0xFB01: out[0] = 'f'; out[1] = 'i'; return 2;
    case 0xFB02: out[0] = 'f'; out[1] = 'l'; return 2;
    case 0xFB03: out[0] = 'f'; out[1] = 'f'; out[2] = 'i'; return 3;
    case 0xFB04: out[0] = 'f'; out[1] = 'f'; out[2] = 'l'; return 3;
    case 0xFB05: case 0xFB06: out[0] = 's'; out[1] = 't'; return 2;
    default: break;
    }
    if (u >= 0x00C0 && u <= 0x017F && kLatinBase[u - 0x00C0]) {
        out[0] = char16_t(kLatinBase[u - 0x00C0]);
        return 1;
    }
    QChar c(u);
    if (c.isSpace()) {
        out[0] = ' ';
        return 1;
    }
    if (c.category() == QChar::Mark_NonSpacing)
        return 0;
    c = c.toLower();
    // Canonical decompositions put the base letter first; a few levels at most ("ǘ").
    for (int level = 0; level < 4; ++level) {
        const QChar::Decomposition tag = c.decompositionTag();
        if (tag != QChar::Canonical && tag != QChar::Wide && tag != QChar::Narrow && tag != QChar::Font)
            break;
        const QString d = c.decomposition();
        if (d.isEmpty() || (tag != QChar::Canonical && d.size() != 1))
            break;
        c = d.at(0).toLower();
    }
    out[0] = c.unicode();
    return 1;
}

} // namespace

void Fold::appendFolded(QChar c, QString &out)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        out.append(QChar(kAscii[u]));
        return;
    }
    char16_t folded[3];
    const int n = foldUnit(u, folded);
    for (int i = 0; i < n; ++i)
        out.append(QChar(folded[i]));
}

QString Fold::key(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        char16_t folded[3];
        int n;
        if (u < 0x80) {
            folded[0] = kAscii[u];
            n = 1;
        } else {
            n = foldUnit(u, folded);
        }
        for (int i = 0; i < n; ++i) {
            if (folded[i] == u' ') {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(u' ');
                pendingSpace = false;
            }
            out.append(QChar(folded[i]));
        }
    }
    return out;
}

QString Fold::sameLength(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            o[i] = QChar(kAscii[u]);
            continue;
        }
        char16_t folded[3];
        o[i] = foldUnit(u, folded) == 1 ? QChar(folded[0]) : text[i].toLower();
    }
    return out;
}

quint64 Fold::feedSlow(quint64 hash, QChar c)
{
    char16_t folded[3];
    const int n = foldUnit(c.unicode(), folded);
    for (int i = 0; i < n; ++i)
        hash = mix(hash, folded[i]);
    return hash;
}

quint64 Fold::hash(QStringView text)
{
    quint64 h = kSeed;
    for (QChar c : text)
        h = feed(h, c);
    return h;
}

} // namespace veille
