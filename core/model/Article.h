#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "model/TextBlock.h"

namespace veille {

using ArticleId = qint64;
using FeedId = qint64;

// An article's content as stored. Immutable once stored: a feed refresh may replace
// the content of the same identity, but read/favourite state lives in ArticleState.
struct Article {
    ArticleId id = 0;
    FeedId feedId = 0;      // 0 when imported from a file that is not a feed
    QString identity;       // stable key: "guid:...", "url:..." or "hash:..."
    QString title;
    QString url;
    QString author;
    QDateTime published;    // invalid when unknown
    QDateTime saved;        // when the library stored it first; set by the store when read
    QString language;       // "fr", "en", "de", "pt"... or "other" (ArticleBuilder::chooseLanguage)
    QString html;           // sanitized HTML of the body
    QString text;           // plain text of the body; blocks separated by "\n\n"
    QList<TextBlock> blocks; // the blocks of text, in order: headings, list items, paragraphs
    QStringList keyPoints;  // the article's own key-points box, empty when none
};

struct ArticleState {
    bool favourite = false;
    bool read = false;
};

} // namespace veille
