#pragma once

#include "CliArguments.h"
#include "update/Importer.h"

namespace veille::cli {

class CliSession;

// The commands that change the library: import (files and web addresses), subscribe,
// refresh, export-opml, fav/unfav/read/unread and reindex. The work itself is core's
// (Importer, UrlImporter, FeedUpdater, OpmlExporter); these read the arguments, wait for
// the network where there is some, and print what was done.
class WriteCommands {
public:
    explicit WriteCommands(CliSession &session) : m_session(session) {}

    int import(CliArguments args);
    int subscribe(CliArguments args);
    int refresh(CliArguments args);
    int exportOpml(CliArguments args);
    // `command` is fav, unfav, read or unread.
    int setState(const QString &command, CliArguments args);
    int reindex(CliArguments args);

private:
    // "ID<TAB>TITLE" per new article, the warnings on stderr; Ok, or Failed after the error.
    int report(const QString &source, const Result<ImportReport> &imported);

    CliSession &m_session;
};

} // namespace veille::cli
