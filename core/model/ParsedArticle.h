#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "model/TextBlock.h"

namespace veille {

// What an article parser (plain text, HTML page) returns: plain data, not yet stored.
struct ParsedArticle {
    QString title;
    QString url;
    QString author;
    QDateTime published;   // invalid when unknown
    QString language;      // "fr"/"en" when the source declares it, else empty
    QString html;          // sanitized HTML of the main content
    QString text;          // plain text of the main content; blocks separated by "\n\n"
    QList<TextBlock> blocks; // the structure of text: headings, list items, paragraphs
    QStringList keyPoints; // the key-points box, kept apart from text
};

} // namespace veille
