#include "text/LanguageCode.h"

#include <array>

namespace veille {

namespace {

struct Names {
    const char16_t *code;
    std::array<const char16_t *, 6> names; // ISO 639-2 codes, then names; unused ones null
};

constexpr Names kNames[] = {
    {u"fr", {u"fra", u"fre", u"french", u"francais", u"fran\u00e7ais", nullptr}},
    {u"en", {u"eng", u"english", u"anglais", nullptr, nullptr, nullptr}},
    {u"de", {u"deu", u"ger", u"german", u"deutsch", u"allemand", nullptr}},
    {u"es", {u"spa", u"spanish", u"espanol", u"espa\u00f1ol", u"espagnol", nullptr}},
    {u"pt", {u"por", u"portuguese", u"portugues", u"portugu\u00eas", u"portugais", nullptr}},
    {u"it", {u"ita", u"italian", u"italiano", u"italien", nullptr, nullptr}},
    {u"nl", {u"nld", u"dut", u"dutch", u"nederlands", u"n\u00e9erlandais", nullptr}},
};

bool isAsciiLetters(const QString &s)
{
    for (QChar c : s) {
        if (c < u'a' || c > u'z')
            return false;
    }
    return true;
}

} // namespace

QString LanguageCode::normalise(QStringView declared)
{
    QStringView tag = declared.trimmed();
    const qsizetype comma = tag.indexOf(u',');
    if (comma >= 0)
        tag = tag.left(comma).trimmed();
    qsizetype end = 0;
    while (end < tag.size() && tag[end] != u'-' && tag[end] != u'_' && tag[end] != u';')
        ++end;
    const QString primary = tag.left(end).trimmed().toString().toLower();
    for (const Names &n : kNames) {
        if (primary == QStringView(n.code))
            return primary;
        for (const char16_t *name : n.names) {
            if (name && primary == QStringView(name))
                return QString::fromUtf16(n.code);
        }
    }
    if (primary.size() == 2 && isAsciiLetters(primary))
        return primary;
    return {};
}

} // namespace veille
