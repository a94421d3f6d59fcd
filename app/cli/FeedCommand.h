#pragma once

#include "CliArguments.h"

namespace veille::cli {

class CliSession;

// `feed ID [--set key=value]...`: a feed's own settings for scripts, the same ones the
// window's Properties dialog changes. Keys: keep_days and keep_count (retention: 0 keeps
// everything; favourites are always kept), full_text (fetch the page of summary-only
// items), interval (minutes between refreshes; 0 follows the global setting). Every
// --set is checked before any is written, so a bad one changes nothing. Prints the
// feed's settings, one "key=value" a line, after the changes.
class FeedCommand {
public:
    explicit FeedCommand(CliSession &session) : m_session(session) {}

    int run(CliArguments args);

    // The keys --set accepts, in the order they are printed.
    static QStringList keys();

private:
    CliSession &m_session;
};

} // namespace veille::cli
