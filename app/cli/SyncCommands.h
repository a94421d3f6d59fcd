#pragma once

#include <QList>
#include <optional>

#include "CliArguments.h"
#include "sync/Account.h"

namespace veille {
class Library;
}

namespace veille::cli {

class CliSession;

// The sync server commands: account add|remove, accounts and sync. The work is core's
// (core/sync: SyncAccounts, SecretStore); these read the arguments and print the outcome.
class SyncCommands {
public:
    explicit SyncCommands(CliSession &session) : m_session(session) {}

    // account add TYPE URL --user USER --password-stdin [--no-check] | account remove ID
    int account(CliArguments args);
    // accounts [--json]
    int accounts(CliArguments args);
    // sync [--json]: every account; exit 1 when any failed, after the others synced.
    int sync(CliArguments args);

private:
    int add(CliArguments args);
    int remove(CliArguments args);
    // Takes --json (and nothing else), opens the library and reads its accounts into
    // m_library and m_accounts; the exit code when any of it failed.
    std::optional<int> openWithAccounts(CliArguments &args, const QString &command, bool *json);

    CliSession &m_session;
    Library *m_library = nullptr;
    QList<Account> m_accounts;
};

} // namespace veille::cli
