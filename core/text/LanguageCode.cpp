#include "text/LanguageCode.h"

namespace veille {

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
    if (primary == u"fr" || primary == u"fra" || primary == u"fre" || primary == u"french"
        || primary == u"francais" || primary == QStringView(u"fran\u00e7ais"))
        return QStringLiteral("fr");
    if (primary == u"en" || primary == u"eng" || primary == u"english" || primary == u"anglais")
        return QStringLiteral("en");
    return {};
}

} // namespace veille
