#pragma once

#include "model/ParsedArticle.h"
#include "model/Result.h"

#include <QByteArray>
#include <QUrl>

namespace veille {

// A saved article page (.html) to an article, in reader mode: the main content without
// menus, banners, related links, share buttons, comments or promotions, sanitized;
// its title (site suffix removed), author, date and language; and its key-points box
// apart from the text.
class HtmlPageParser {
public:
    static Result<ParsedArticle> parse(const QByteArray &bytes, const QUrl &url);

    // Whether the bytes look like an HTML document rather than a feed or plain text.
    static bool looksLikeHtml(const QByteArray &bytes);
};

} // namespace veille
