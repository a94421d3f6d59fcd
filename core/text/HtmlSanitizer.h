#pragma once

#include <QString>
#include <QUrl>

#include "model/TextBlock.h"

namespace veille {

class HtmlDocument;

struct CleanHtml {
    QString html; // the safe subset, see HtmlSanitizer
    QString text; // readable plain text: blocks separated by "\n\n"
    QList<TextBlock> blocks; // where each block of text is, and what it was in the HTML
};

// Reduces any HTML to a small safe subset that a reader can show without running or
// loading anything it did not ask for: paragraphs, headings, lists, quotes, code,
// emphasis, links (http, https, mailto), images (http, https), figures, tables and
// rules. Everything else is unwrapped (span, div, section: their content stays, div-like
// elements still separate blocks) or dropped with its content (script, style, iframe,
// object, embed, form and its controls, svg, math, noscript, template, link, meta, base).
// Only href, src, alt, colspan and rowspan survive as attributes. Inline content outside
// any block is wrapped in <p>, and empty elements are not written.
class HtmlSanitizer {
public:
    static CleanHtml clean(const QString &html, const QUrl &base);

    // Cleans the subtree of an already parsed document, skipping the nodes marked
    // removed (how the page importer leaves out boilerplate).
    static CleanHtml cleanNode(const HtmlDocument &document, int node, const QUrl &base);

    // The URL resolved against base when it is safe to link to (http, https and, for
    // links, mailto), else an empty string. Reads the scheme the way browsers do, so
    // control characters, tabs, newlines and case do not hide "javascript:".
    static QString safeUrl(const QString &raw, const QUrl &base, bool allowMailto);
};

} // namespace veille
