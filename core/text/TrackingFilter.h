#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace veille {

// What an article may not keep when it is stored, so that reading it tells nobody: the
// tracking pixels (an image declared 1×1 or 0×0, or one served by a known tracking or
// analytics host) and the parameters that mark who clicked a link (utm_*, fbclid, gclid,
// mc_eid...). Pure: the cleaner (HtmlSanitizer) and the article builder ask it.
class TrackingFilter {
public:
    // Whether an image with this address and these width and height attributes (as
    // written, "" when absent) is there to count its readers rather than to be seen.
    static bool isTrackingImage(const QUrl &url, QStringView width, QStringView height);
    // Whether the host is, or is under, one of the known tracking and analytics hosts.
    static bool isTrackingHost(const QString &host);
    // Whether a query parameter of this name only tells a site where the click came from.
    static bool isTrackingParameter(QStringView name);
    // The address without its tracking parameters; everything else (the other parameters
    // in their order, the fragment, the scheme) as it was. An address with none comes
    // back unchanged, character for character.
    static QString withoutTrackingParameters(const QString &address);
};

} // namespace veille
