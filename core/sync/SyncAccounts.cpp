#include "sync/SyncAccounts.h"

#include <QUrl>

#include "storage/AccountStore.h"
#include "sync/SecretStore.h"
#include "sync/TtRssClient.h"
#include "update/Library.h"

namespace veille {

bool SyncAccounts::knownType(const QString &type)
{
    return type == QLatin1String(Account::kTtRss);
}

Result<std::unique_ptr<SyncClient>> SyncAccounts::clientFor(const QString &type, const QString &url, const QString &user,
                                                            const QString &password)
{
    const QUrl server(url);
    if (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))
        return makeError(ErrorCode::NotAWebAddress, url);
    if (type == QLatin1String(Account::kTtRss))
        return std::unique_ptr<SyncClient>(std::make_unique<TtRssClient>(server, user, password));
    return makeError(ErrorCode::UnknownAccountType, type);
}

Result<void> SyncAccounts::check(const QString &type, const QString &url, const QString &user, const QString &password,
                                 int timeoutMs)
{
    VEILLE_TRY_ASSIGN(auto client, clientFor(type, url, user, password));
    if (timeoutMs > 0)
        client->setTimeoutMs(timeoutMs);
    VEILLE_TRY(client->login());
    return client->logout();
}

Result<AccountId> SyncAccounts::add(const QString &type, const QString &url, const QString &user, const QString &password,
                                    bool check, Error *warning)
{
    VEILLE_TRY(clientFor(type, url, user, password)); // the type and address, before any call
    if (check)
        VEILLE_TRY(SyncAccounts::check(type, url, user, password));
    AccountStore accounts(m_library.database());
    VEILLE_TRY_ASSIGN(const AccountId id, accounts.add(type, url, user));
    Account account;
    account.type = type;
    account.url = url;
    account.user = user;
    if (const Result<void> kept = m_secrets.store(account.secretKey(), password, warning); !kept) {
        (void)accounts.remove(id); // an account without its password would only fail
        return kept.error();
    }
    return id;
}

Result<int> SyncAccounts::remove(AccountId id)
{
    AccountStore accounts(m_library.database());
    VEILLE_TRY_ASSIGN(const auto account, accounts.account(id));
    if (!account)
        return makeError(ErrorCode::AccountNotFound, id);
    VEILLE_TRY_ASSIGN(const int kept, accounts.remove(id));
    VEILLE_TRY(m_secrets.remove(account->secretKey()));
    return kept;
}

SyncReport SyncAccounts::sync(const Account &account)
{
    SyncReport report;
    report.account = account.id;
    auto password = m_secrets.secret(account.secretKey());
    if (!password)
        report.error = password.error();
    auto client = password ? clientFor(account.type, account.url, account.user, *password)
                           : Result<std::unique_ptr<SyncClient>>(report.error);
    if (!client) {
        report.error = client.error();
        (void)AccountStore(m_library.database()).recordSync(account.id, report.error);
        return report;
    }
    if (m_timeoutMs > 0)
        (*client)->setTimeoutMs(m_timeoutMs);
    return Synchronizer(m_library, **client).sync(account);
}

QList<SyncReport> SyncAccounts::syncAll(const Done &done)
{
    auto accounts = AccountStore(m_library.database()).accounts();
    if (!accounts)
        return {SyncReport{.error = accounts.error()}};
    QList<SyncReport> out;
    for (const Account &account : *accounts) {
        out.append(sync(account));
        if (done)
            done(account, out.last());
    }
    return out;
}

} // namespace veille
