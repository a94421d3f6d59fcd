#pragma once

#include <QList>
#include <QString>

#include "model/Feed.h"
#include "model/Result.h"
#include "parse/OpmlParser.h"

namespace veille {

// The library's subscriptions as OPML, for another reader or another machine. Folders
// ("A/B" in the library) become nested outlines; OPML import reads them back the same.
// Only feeds at web addresses are written: a feed imported from a local file means
// nothing elsewhere.
class OpmlExporter {
public:
    // Folders first, then feeds, each by title, at every level.
    static QList<OpmlOutline> outlines(const QList<Feed> &feeds);
    // Writes the file whole or not at all. Returns how many feeds it holds.
    static Result<int> writeFile(const QList<Feed> &feeds, const QString &path);
};

} // namespace veille
