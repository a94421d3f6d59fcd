#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "model/Result.h"

namespace veille {

// One <outline>: a feed when xmlUrl is set, a folder when it has children.
struct OpmlOutline {
    QString title;
    QString xmlUrl;
    QString htmlUrl;
    QList<OpmlOutline> children;
};

// Subscription lists in OPML 1.0/2.0, as exported by feed readers.
class OpmlParser {
public:
    // The top-level outlines of <body>. Titles come from `title`, else from `text`.
    static Result<QList<OpmlOutline>> parse(const QByteArray &bytes);
    // An OPML 2.0 document, UTF-8, that parse() reads back to the same outlines.
    static QByteArray write(const QList<OpmlOutline> &outlines, const QString &title);
};

} // namespace veille
