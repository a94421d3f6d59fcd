#pragma once

#include <QStringList>

namespace veille {

class HtmlDocument;

// Finds an article's key-points box ("À retenir", "L’essentiel", "Key points", ...):
// an aside, div, section or list led by such a heading, or an element whose class
// says so (key-points, essentiel, highlights, takeaways). Returns its items (list
// items, else paragraphs) and marks the box removed so it leaves the body text.
class HtmlKeyPoints {
public:
    static QStringList extract(HtmlDocument &document);
};

} // namespace veille
