#include "SyncCommands.h"

#include <QTextStream>
#include <cstdio>

#include "CliJson.h"
#include "CliSession.h"
#include "messages/ErrorText.h"
#include "storage/AccountStore.h"
#include "sync/SecretStore.h"
#include "sync/SyncAccounts.h"
#include "update/Library.h"

namespace veille::cli {

int SyncCommands::account(CliArguments args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("add"))
        return add(args);
    if (sub == QLatin1String("remove"))
        return remove(args);
    return m_session.usage(QStringLiteral("account needs add or remove"));
}

int SyncCommands::add(CliArguments args)
{
    QString user;
    if (!args.takeOption(QStringLiteral("--user"), &user) || user.isEmpty())
        return m_session.usage(QStringLiteral("account add needs --user USER"));
    if (!args.takeFlag(QStringLiteral("--password-stdin")))
        return m_session.usage(QStringLiteral("account add needs --password-stdin (the password is never an argument)"));
    const bool check = !args.takeFlag(QStringLiteral("--no-check"));
    if (args.size() != 2 || !CliArguments::isWebAddress(args.operands().at(1)))
        return m_session.usage(QStringLiteral("account add needs a type (ttrss) and the server's web address"));
    const QString type = args.operands().at(0);
    const QString url = args.operands().at(1);
    if (!SyncAccounts::knownType(type))
        return m_session.fail(makeError(ErrorCode::UnknownAccountType, type));
    // One line: the password, without its line end.
    QTextStream in(stdin);
    const QString password = in.readLine();
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    SecretStore secrets(SecretStore::fileFor(library->database().path()));
    Error warning;
    auto id = SyncAccounts(*library, secrets).add(type, url, user, password, check, &warning);
    if (!id)
        return m_session.fail(id.error());
    if (!warning.isNone())
        m_session.warn(QStringLiteral("account %1").arg(*id), warning);
    m_session.out() << *id << '\n';
    return CliSession::Ok;
}

int SyncCommands::remove(CliArguments args)
{
    qint64 id = 0;
    if (!args.onlyId(&id))
        return m_session.usage(QStringLiteral("account remove needs one account id"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    SecretStore secrets(SecretStore::fileFor(library->database().path()));
    auto kept = SyncAccounts(*library, secrets).remove(id);
    if (!kept)
        return m_session.fail(kept.error());
    m_session.out() << "account " << id << " removed; " << *kept << " favourites kept\n";
    return CliSession::Ok;
}

std::optional<int> SyncCommands::openWithAccounts(CliArguments &args, const QString &command, bool *json)
{
    *json = args.takeFlag(QStringLiteral("--json"));
    if (!args.isEmpty())
        return m_session.usage(QStringLiteral("%1 takes only --json").arg(command));
    m_library = m_session.library();
    if (!m_library)
        return CliSession::Failed;
    auto accounts = AccountStore(m_library->database()).accounts();
    if (!accounts)
        return m_session.fail(accounts.error());
    m_accounts = *accounts;
    return std::nullopt;
}

int SyncCommands::accounts(CliArguments args)
{
    bool json = false;
    if (const auto failed = openWithAccounts(args, QStringLiteral("accounts"), &json))
        return *failed;
    const QList<Account> *accounts = &m_accounts;
    if (json) {
        m_session.out() << CliJson::indented(CliJson::array(*accounts, &CliJson::account));
        return CliSession::Ok;
    }
    for (const Account &a : *accounts) {
        m_session.out() << a.id << '\t' << a.type << '\t' << a.user << '@' << a.url << '\t'
                        << (a.lastSync.isValid() ? a.lastSync.toString(Qt::ISODate) : QStringLiteral("never synced"));
        if (!a.lastError.isNone())
            m_session.out() << '\t' << app::ErrorText::of(a.lastError);
        m_session.out() << '\n';
    }
    return CliSession::Ok;
}

int SyncCommands::sync(CliArguments args)
{
    bool json = false;
    if (const auto failed = openWithAccounts(args, QStringLiteral("sync"), &json))
        return *failed;
    SecretStore secrets(SecretStore::fileFor(m_library->database().path()));
    const QList<SyncReport> reports = SyncAccounts(*m_library, secrets).syncAll([&](const Account &account, const SyncReport &r) {
        if (!r.error.isNone())
            m_session.fail(QStringLiteral("account %1 (%2): %3").arg(account.id).arg(account.url, app::ErrorText::of(r.error)));
        else if (!json)
            m_session.out() << account.id << '\t' << r.feeds << " feeds, " << r.newArticles << " new, " << r.pushed
                            << " pushed, " << r.pulled << " pulled\n";
        m_session.flush();
    });
    if (json)
        m_session.out() << CliJson::indented(CliJson::syncSummary(reports, m_accounts));
    for (const SyncReport &r : reports)
        if (!r.error.isNone())
            return CliSession::Failed;
    return CliSession::Ok;
}

} // namespace veille::cli
