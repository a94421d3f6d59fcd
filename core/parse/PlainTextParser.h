#pragma once

#include <QByteArray>
#include <QString>

#include "model/ParsedArticle.h"
#include "model/Result.h"

namespace veille {

// Reads an article saved as plain text: an optional title line, an optional key-points
// box (a heading such as "Principaux renseignements" or "Key points" followed by "- "
// lines), paragraphs, short section headings, and trailing promotional lines, which are
// dropped. Paragraphs may be one per line or separated by blank lines and hard-wrapped.
class PlainTextParser {
public:
    static Result<ParsedArticle> parse(const QByteArray &bytes);
    static Result<ParsedArticle> parse(const QString &text);

    // A title for an article that has none: its first key point, else its first
    // sentence, shortened at a word boundary.
    static QString deriveTitle(const QStringList &keyPoints, const QString &text);
};

} // namespace veille
