#include "storage/CompactJson.h"

#include <QLocale>

#include <cmath>

namespace veille::CompactJson {

namespace {

void appendHexEscape(QByteArray &out, char16_t unit)
{
    static const char digits[] = "0123456789abcdef";
    const char escape[6] = {'\\', 'u', digits[(unit >> 12) & 0xf], digits[(unit >> 8) & 0xf], digits[(unit >> 4) & 0xf],
                            digits[unit & 0xf]};
    out.append(escape, 6);
}

} // namespace

void appendString(QByteArray &out, QStringView s)
{
    out.append('"');
    const char16_t *p = s.utf16();
    const char16_t *end = p + s.size();
    while (p < end) {
        // A run of printable ASCII that needs no escape is copied in one go: names and
        // words are mostly that, and appending character by character was most of the
        // time of encoding an article's facts.
        const char16_t *run = p;
        while (run < end && *run >= 0x20 && *run < 0x80 && *run != u'"' && *run != u'\\')
            ++run;
        if (run > p) {
            const qsizetype at = out.size();
            out.resize(at + (run - p));
            char *to = out.data() + at;
            while (p < run)
                *to++ = char(*p++);
            continue;
        }
        const char16_t c = *p++;
        if (c < 0x80) {
            switch (c) {
            case u'"': out.append("\\\"", 2); break;
            case u'\\': out.append("\\\\", 2); break;
            case u'\b': out.append("\\b", 2); break;
            case u'\f': out.append("\\f", 2); break;
            case u'\n': out.append("\\n", 2); break;
            case u'\r': out.append("\\r", 2); break;
            case u'\t': out.append("\\t", 2); break;
            default:
                if (c < 0x20)
                    appendHexEscape(out, c);
                else
                    out.append(char(c));
            }
        } else if (c < 0x800) {
            out.append(char(0xc0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3f)));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            out.append(char(0xf0 | (u >> 18)));
            out.append(char(0x80 | ((u >> 12) & 0x3f)));
            out.append(char(0x80 | ((u >> 6) & 0x3f)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (QChar::isSurrogate(c)) {
            appendHexEscape(out, c);   // a lone half of a pair: kept, escaped
        } else {
            out.append(char(0xe0 | (c >> 12)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        }
    }
    out.append('"');
}

void appendNumber(QByteArray &out, double d)
{
    // Whole numbers are written as integers, the rest in their shortest exact form.
    if (!std::isfinite(d))
        out.append("null");
    else if (std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        out.append(QByteArray::number(qint64(d)));
    else
        out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void appendStringArray(QByteArray &out, const QStringList &list)
{
    out.append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out.append(',');
        appendString(out, list.at(i));
    }
    out.append(']');
}

QByteArray stringArray(const QStringList &list)
{
    QByteArray out;
    appendStringArray(out, list);
    return out;
}

} // namespace veille::CompactJson
