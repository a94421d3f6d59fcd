#pragma once

#include <QList>

namespace veille {

// One block of an article's plain text, as the cleaner saw it in the HTML: what the
// reading pane shows as a heading, a list item or a paragraph. Known at import, stored
// with the article, so nothing reads the stored HTML again to find the structure.
struct TextBlock {
    enum class Kind : quint8 { Paragraph, Heading, ListItem };

    Kind kind = Kind::Paragraph;
    int start = 0; // UTF-16 range in the article's text (the facts' spans index it too)
    int end = 0;   // exclusive
    friend bool operator==(const TextBlock &, const TextBlock &) = default;
};

} // namespace veille
