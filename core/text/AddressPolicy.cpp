#include "text/AddressPolicy.h"

#include "text/UrlResolver.h"

namespace veille {

bool AddressPolicy::isWeb(const QUrl &url)
{
    const QString scheme = url.scheme(); // QUrl lower-cases it
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty();
}

bool AddressPolicy::canOpen(const QUrl &url)
{
    if (isWeb(url))
        return true;
    // "mailto:" alone, or one whose address hides another scheme, opens nothing useful.
    return url.isValid() && url.scheme() == QLatin1String("mailto") && url.path().contains(u'@');
}

QString AddressPolicy::storable(const QString &address)
{
    const QString cleaned = UrlResolver::clean(address);
    if (cleaned.isEmpty())
        return {};
    return isWeb(QUrl(cleaned)) ? cleaned : QString();
}

bool AddressPolicy::isRefused(const QString &address)
{
    return !UrlResolver::clean(address).isEmpty() && storable(address).isEmpty();
}

} // namespace veille
