#pragma once

#include <QList>
#include <functional>
#include <memory>

#include "model/Result.h"
#include "sync/Account.h"
#include "sync/Synchronizer.h"

namespace veille {

class Library;
class SecretStore;
class SyncClient;

// The accounts of a library as the window and veille-cli use them: adding one (its
// password to the SecretStore), removing one, syncing them all. The protocol of an
// account picks its SyncClient here, and only here.
class SyncAccounts {
public:
    SyncAccounts(Library &library, SecretStore &secrets) : m_library(library), m_secrets(secrets) {}

    // The client for an account's protocol; UnknownAccountType for a type Veille cannot speak.
    static Result<std::unique_ptr<SyncClient>> clientFor(const QString &type, const QString &url, const QString &user,
                                                         const QString &password);
    static bool knownType(const QString &type);

    // Logs in once (when `check`), then keeps the account and its password. `warning`
    // says where the password went when no keychain runs.
    Result<AccountId> add(const QString &type, const QString &url, const QString &user, const QString &password,
                          bool check, Error *warning = nullptr);
    // Logs in and out with what is given: the "test the connection" of the settings.
    // `timeoutMs` > 0 bounds each call (else the client's default).
    static Result<void> check(const QString &type, const QString &url, const QString &user, const QString &password,
                              int timeoutMs = 0);
    // The account, its feeds and articles (favourites kept) and its password. Returns how
    // many favourites were kept.
    Result<int> remove(AccountId id);

    // Syncs one account; its report says how it went (also kept with the account).
    SyncReport sync(const Account &account);
    // Syncs every account, one after the other; one that fails does not stop the others.
    // `done` is told of each account as soon as it is through. An error reading the
    // accounts comes back as the one report, of account 0.
    using Done = std::function<void(const Account &, const SyncReport &)>;
    QList<SyncReport> syncAll(const Done &done = {});

    // Milliseconds a server call may take; for tests.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    Library &m_library;
    SecretStore &m_secrets;
    int m_timeoutMs = 0;
};

} // namespace veille
