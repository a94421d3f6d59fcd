#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace veille {

class HtmlDocument;

struct HtmlPageMetadata {
    QString title;     // site suffix removed
    QString author;
    QDateTime published;
    QString language;  // "fr" or "en", else empty
    QString siteName;
    QUrl base;         // <base href> resolved against the page URL, else the page URL
};

// What a saved article page says about itself: Open Graph and article:* meta tags,
// JSON-LD, <title>, <h1>, byline markup, <time datetime> and <html lang>.
class HtmlMetadata {
public:
    static HtmlPageMetadata read(const HtmlDocument &document, const QUrl &url);

    // "Title - Le Monde" -> "Title": drops a trailing " - ", " | ", " – ", " — ", " · "
    // or " :: " part when it is the site's name or short enough to be one.
    static QString withoutSiteSuffix(const QString &title, const QString &siteName = {});

    // "By Jane Doe" / "Par Jean Dupont" -> the name.
    static QString cleanAuthor(const QString &text);
};

} // namespace veille
