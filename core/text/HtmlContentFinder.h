#pragma once

#include <QString>

namespace veille {

class HtmlDocument;

// Reader mode for a saved article page: marks boilerplate removed (navigation,
// headers and footers, asides, cookie and consent banners, related-article lists,
// share widgets, comments, newsletter blocks, ads), then picks the element that holds
// the article: itemprop=articleBody, <article>, <main>, or the block whose paragraphs
// score best (long text, commas, few links).
class HtmlContentFinder {
public:
    static void removeBoilerplate(HtmlDocument &document);

    // The article's element, or -1 when the page has no readable text.
    static int findContent(const HtmlDocument &document);

    // Removes, inside `content`, the heading that repeats the title, a byline paragraph,
    // and promotional blocks ("Suivez-nous", "Sign up for our newsletter") at the end of
    // the text (and short ones anywhere).
    static void trimContent(HtmlDocument &document, int content, const QString &title,
                            const QString &author);
};

} // namespace veille
