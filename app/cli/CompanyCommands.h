#pragma once

#include "CliArguments.h"
#include "model/CompanyProfile.h"

namespace veille {
class Library;
}

namespace veille::cli {

class CliSession;

// The commands about companies: `company NAME` (its page), `companies` with its
// subcommands add, remove, export and import (the plain listing is ReadCommands'), and the
// watchlist: follow, unfollow, following. The work is core's (CompanyBook); these read the
// arguments and print. A change to the user's companies recomputes the facts of the
// articles that may name them before returning, so a search right after finds them.
class CompanyCommands {
public:
    explicit CompanyCommands(CliSession &session) : m_session(session) {}

    int company(CliArguments args);
    int companies(CliArguments args);
    int follow(CliArguments args);
    int unfollow(CliArguments args);
    int following(CliArguments args);

private:
    // The library, for a command that takes exactly one operand; null once the usage
    // error or the reason the library cannot be opened is told (`exit` then says how to end).
    Library *openFor(const CliArguments &args, const QString &needs, int *exit);
    int add(CliArguments args);
    int remove(CliArguments args);
    int exportFile(CliArguments args);
    int importFile(CliArguments args);
    // Backfills the facts of `names` and tells how many articles were looked at again.
    int backfill(const QStringList &names, const QString &done);
    void printProfile(const CompanyProfile &profile);

    CliSession &m_session;
};

} // namespace veille::cli
