#pragma once

#include <QString>

#include "model/Result.h"

namespace veille {
class Library;
}

namespace veille::app {

// Writes the library's feeds, in their folders, as an OPML subscription list.
class OpmlExport {
public:
    static Result<void> save(Library &library, const QString &path, const QString &title);
};

} // namespace veille::app
