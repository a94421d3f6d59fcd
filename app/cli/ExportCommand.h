#pragma once

#include "CliArguments.h"

namespace veille::cli {

class CliSession;

// `export QUERY --format csv|md|json [--out FILE]`: the articles a search finds, with
// their key facts (ArticleExporter), to standard output or written atomically to FILE.
// QUERY is in the search language; its words may come as one argument or several.
class ExportCommand {
public:
    explicit ExportCommand(CliSession &session) : m_session(session) {}

    int run(CliArguments args);

    // Articles an export takes at most.
    static constexpr int kLimit = 100000;

private:
    CliSession &m_session;
};

} // namespace veille::cli
