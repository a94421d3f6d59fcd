#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace veille {

// The one way Veille resolves a reference found in a feed or a page (href, src, srcset
// parts, enclosure and image URLs). Callers add their own policy on top: the sanitizer
// keeps only safe schemes, feed content leaves "#fragment" links for the article page.
class UrlResolver {
public:
    // The reference as browsers read it: tabs and line breaks removed anywhere (so
    // "java\tscript:" cannot hide a scheme), C0 controls and spaces trimmed at both ends.
    static QString clean(QStringView raw);

    // The cleaned reference resolved against `base` (RFC 3986: "//host/x" takes the base's
    // scheme, "?q" its path, "#frag" the whole base, "../a" climbs from its folder). An
    // absolute reference ("https:", "mailto:", any scheme) is returned as written, without
    // re-encoding. When it cannot be resolved (empty, relative or invalid base, or an
    // invalid reference) the cleaned reference is returned as it is.
    static QString resolve(QStringView reference, const QUrl &base);

    // resolve() with the feeds' policy, for every feed format: a "#fragment" reference
    // stays as it is, since it points into the article page, not into the feed.
    static QString resolveInFeed(QStringView reference, const QUrl &base);

    // Whether the cleaned reference starts with a scheme ("http:", "javascript:").
    static bool hasScheme(QStringView cleaned);

private:
    static QString resolveCleaned(const QString &cleaned, const QUrl &base);
};

} // namespace veille
