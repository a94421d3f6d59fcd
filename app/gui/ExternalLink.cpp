#include "gui/ExternalLink.h"

#include <QDesktopServices>

#include "text/AddressPolicy.h"

namespace veille::app {

bool ExternalLink::allowed(const QUrl &url)
{
    return AddressPolicy::canOpen(url);
}

bool ExternalLink::open(const QUrl &url)
{
    return allowed(url) && QDesktopServices::openUrl(url);
}

QString ExternalLink::refusal(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme.isEmpty())
        return tr("This link was not opened: it is not a web address.");
    //: %1 is the refused scheme, e.g. "javascript" or "file"
    return tr("This link was not opened: only web pages and mail addresses open outside Veille, "
              "not \"%1:\" addresses.").arg(scheme);
}

} // namespace veille::app
