#include "Cli.h"

#include <QHash>

#include "CliArguments.h"
#include "CliSession.h"
#include "CompanyCommands.h"
#include "ExportCommand.h"
#include "FeedCommand.h"
#include "ReadCommands.h"
#include "SyncCommands.h"
#include "WriteCommands.h"

namespace veille::cli {

int Cli::run(const QStringList &arguments)
{
    CliSession session(m_facts);
    CliArguments args(arguments);
    QString dbPath;
    if (!args.takeOption(QStringLiteral("--db"), &dbPath))
        return session.usage(QStringLiteral("--db needs a file name"));
    session.setDatabasePath(dbPath);
    if (args.takeFlag(QStringLiteral("--help")) || args.takeFlag(QStringLiteral("-h"))) {
        session.printUsage();
        return CliSession::Ok;
    }
    if (args.isEmpty())
        return session.usage(QStringLiteral("no command given"));
    const QString command = args.takeFirst();

    // The command's name picks its handler; fav, unfav, read and unread share one.
    const QHash<QString, int (ReadCommands::*)(CliArguments)> reads = {
        {QStringLiteral("list"), &ReadCommands::list},     {QStringLiteral("show"), &ReadCommands::show},
        {QStringLiteral("facts"), &ReadCommands::facts},   {QStringLiteral("search"), &ReadCommands::search},
        {QStringLiteral("feeds"), &ReadCommands::feeds},
    };
    const QHash<QString, int (WriteCommands::*)(CliArguments)> writes = {
        {QStringLiteral("import"), &WriteCommands::import},   {QStringLiteral("subscribe"), &WriteCommands::subscribe},
        {QStringLiteral("refresh"), &WriteCommands::refresh}, {QStringLiteral("export-opml"), &WriteCommands::exportOpml},
        {QStringLiteral("reindex"), &WriteCommands::reindex},
    };
    const QHash<QString, int (SyncCommands::*)(CliArguments)> syncs = {
        {QStringLiteral("account"), &SyncCommands::account}, {QStringLiteral("accounts"), &SyncCommands::accounts},
        {QStringLiteral("sync"), &SyncCommands::sync},
    };
    const QHash<QString, int (CompanyCommands::*)(CliArguments)> companyCommands = {
        {QStringLiteral("company"), &CompanyCommands::company},     {QStringLiteral("companies"), &CompanyCommands::companies},
        {QStringLiteral("follow"), &CompanyCommands::follow},       {QStringLiteral("unfollow"), &CompanyCommands::unfollow},
        {QStringLiteral("following"), &CompanyCommands::following},
    };
    ReadCommands read(session);
    WriteCommands write(session);
    if (const auto handler = reads.value(command))
        return (read.*handler)(args);
    if (const auto handler = writes.value(command))
        return (write.*handler)(args);
    SyncCommands sync(session);
    if (const auto handler = syncs.value(command))
        return (sync.*handler)(args);
    CompanyCommands companies(session);
    if (const auto handler = companyCommands.value(command))
        return (companies.*handler)(args);
    if (command == u"export")
        return ExportCommand(session).run(args);
    if (command == QLatin1String("feed"))
        return FeedCommand(session).run(args);
    if (QStringList{QStringLiteral("fav"), QStringLiteral("unfav"), QStringLiteral("read"), QStringLiteral("unread")}.contains(command))
        return write.setState(command, args);
    return session.usage(QStringLiteral("unknown command: %1").arg(command));
}

} // namespace veille::cli
