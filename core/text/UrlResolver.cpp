#include "text/UrlResolver.h"

namespace veille {

namespace {

bool isSchemeChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    const bool letter = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (first)
        return letter;
    return letter || (u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.';
}

} // namespace

QString UrlResolver::clean(QStringView raw)
{
    qsizetype start = 0;
    qsizetype end = raw.size();
    while (start < end && raw[start].unicode() <= 0x20)
        ++start;
    while (end > start && raw[end - 1].unicode() <= 0x20)
        --end;
    const QStringView trimmed = raw.mid(start, end - start);
    // Most references hold no tab or line break: no copy character by character.
    if (!trimmed.contains(u'\t') && !trimmed.contains(u'\n') && !trimmed.contains(u'\r'))
        return trimmed.toString();
    QString out;
    out.reserve(trimmed.size());
    for (QChar c : trimmed) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            out.append(c);
    }
    return out;
}

bool UrlResolver::hasScheme(QStringView cleaned)
{
    const qsizetype colon = cleaned.indexOf(u':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        if (!isSchemeChar(cleaned[i], i == 0))
            return false;
    }
    return true;
}

QString UrlResolver::resolveInFeed(QStringView reference, const QUrl &base)
{
    const QString ref = clean(reference);
    return ref.startsWith(u'#') ? ref : resolveCleaned(ref, base);
}

QString UrlResolver::resolve(QStringView reference, const QUrl &base)
{
    return resolveCleaned(clean(reference), base);
}

QString UrlResolver::resolveCleaned(const QString &ref, const QUrl &base)
{
    // Absolute references are common; they skip QUrl work.
    if (ref.isEmpty() || hasScheme(ref) || base.isEmpty() || base.isRelative() || !base.isValid())
        return ref;
    const QUrl relative(ref);
    if (!relative.isValid())
        return ref;
    const QUrl resolved = base.resolved(relative);
    return resolved.isValid() ? resolved.toString() : ref;
}

} // namespace veille
