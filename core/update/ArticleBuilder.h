#pragma once

#include <QUrl>

#include "model/Article.h"
#include "model/ParsedArticle.h"
#include "model/ParsedFeed.h"

namespace veille {

// Turns what the parsers return into articles ready to store: identity, sanitized
// body, plain text, language, and a title when the source has none.
class ArticleBuilder {
public:
    // An item of a feed. The feed's language is used when the item's text does not
    // clearly say otherwise.
    static Article fromFeedItem(const ParsedItem &item, const ParsedFeed &feed, const QUrl &feedUrl);

    // A saved page or text file; `source` is where it came from (file or URL).
    static Article fromParsedArticle(const ParsedArticle &parsed, const QUrl &source);

    // The language of an article ("fr", "en", "de", "es", "pt", "it", "nl", another declared
    // two-letter code, or "other"): the text decides when it is long enough to tell, the
    // declared language (a feed's, a page's, a caller's) breaks ties on short texts; a text
    // in another script or too few known words is "other" whatever it declares; a short
    // text with no declaration and nothing to tell it by is "" (undetermined: the facts
    // engine then decides from the names it knows). The key points, when there are some,
    // are read before the text. Import and
    // `facts --jsonl` choose alike through this.
    static QString chooseLanguage(const QString &declared, const QString &title, const QStringList &keyPoints,
                                  const QString &text);

    // guid, else link, else a hash of the content.
    static QString identity(const QString &guid, const QString &url, const QString &title, const QString &text);
};

} // namespace veille
