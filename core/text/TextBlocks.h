#pragma once

#include <QList>
#include <QString>

#include "model/TextBlock.h"

namespace veille {

// Blocks of an article's text when the importer did not record them: articles stored
// before blocks were (schema 7), or made by hand. The importer's own are better.
class TextBlocks {
public:
    // Each "\n\n"-separated part of text as a paragraph.
    static QList<TextBlock> paragraphs(const QString &text);
    // The blocks the cleaner finds when it reads the stored HTML again (its own output,
    // so it gives the same text back); paragraphs when it does not give the same text.
    // Without HTML, a short line with no closing punctuation before more text reads as
    // a heading.
    static QList<TextBlock> recover(const QString &html, const QString &text);
    // True when blocks are in order, do not overlap and lie within a text of this size.
    static bool fit(const QList<TextBlock> &blocks, qsizetype textSize);
};

} // namespace veille
