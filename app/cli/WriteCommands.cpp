#include "WriteCommands.h"

#include <QEventLoop>
#include <QHash>

#include "CliSession.h"
#include "messages/ErrorText.h"
#include "fetch/Fetcher.h"
#include "update/FeedUpdater.h"
#include "update/Library.h"
#include "update/OpmlExporter.h"
#include "update/UrlImporter.h"

namespace veille::cli {

int WriteCommands::report(const QString &source, const Result<ImportReport> &imported)
{
    if (!imported)
        return m_session.fail(imported.error());
    for (const ImportedArticle &a : imported->added)
        m_session.out() << a.id << '\t' << a.title << '\n';
    for (const Error &w : imported->warnings)
        m_session.warn(source, w);
    return CliSession::Ok;
}

int WriteCommands::import(CliArguments args)
{
    if (args.isEmpty())
        return m_session.usage(QStringLiteral("import needs at least one file"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    // Every source is tried; one that fails makes the whole run fail, but not the others.
    Fetcher fetcher;
    UrlImporter urls(library->importer(), fetcher);
    int code = CliSession::Ok;
    for (const QString &source : args.operands()) {
        const Result<ImportReport> imported = CliArguments::isWebAddress(source) ? urls.importNow(QUrl(source))
                                                                                 : library->importer().importFile(source);
        if (report(source, imported) != CliSession::Ok)
            code = CliSession::Failed;
    }
    return code;
}

int WriteCommands::subscribe(CliArguments args)
{
    if (args.size() != 1 || !CliArguments::isWebAddress(args.first()))
        return m_session.usage(QStringLiteral("subscribe needs one web address (http or https)"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    FeedUpdater updater(*library);
    QEventLoop loop;
    int code = CliSession::Ok;
    QObject::connect(&updater, &FeedUpdater::subscribed, &loop, [&](FeedId id, const QString &title) {
        m_session.out() << id << '\t' << title << '\n';
        loop.quit();
    });
    QObject::connect(&updater, &FeedUpdater::subscribeFailed, &loop, [&](const QString &url, const Error &error) {
        code = m_session.fail(QStringLiteral("cannot subscribe to %1: %2").arg(url, app::ErrorText::of(error, url)));
        loop.quit();
    });
    updater.subscribe(QUrl(args.first()));
    loop.exec();
    return code;
}

int WriteCommands::refresh(CliArguments args)
{
    qint64 only = 0;
    if (args.size() > 1 || (args.size() == 1 && !args.onlyId(&only)))
        return m_session.usage(QStringLiteral("refresh takes at most one feed id"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    if (only) {
        auto feed = library->feeds().feed(only);
        if (!feed)
            return m_session.fail(feed.error());
        if (!feed->has_value())
            return m_session.fail(makeError(ErrorCode::FeedNotFound, only));
    }
    FeedUpdater updater(*library);
    QEventLoop loop;
    int code = CliSession::Ok;
    QHash<FeedId, int> added;
    QObject::connect(&updater, &FeedUpdater::feedRefreshed, &loop, [&](const RefreshReport &refreshed) {
        added.insert(refreshed.feedId, int(refreshed.added.size()));
        for (const Error &w : refreshed.warnings)
            m_session.warn(QStringLiteral("feed %1").arg(refreshed.feedId), w);
    });
    // Each feed's line as soon as it is done: a long refresh shows its progress.
    QObject::connect(&updater, &FeedUpdater::feedFinished, &loop, [&](FeedId id, const Error &error) {
        if (error.isNone())
            m_session.out() << id << '\t' << added.value(id) << " new\n";
        else
            code = m_session.fail(QStringLiteral("feed %1: %2").arg(id).arg(app::ErrorText::of(error)));
        m_session.flush();
    });
    QObject::connect(&updater, &FeedUpdater::finished, &loop, &QEventLoop::quit);
    if (only)
        updater.refresh(only);
    else
        updater.refreshAll();
    loop.exec();
    return code;
}

int WriteCommands::exportOpml(CliArguments args)
{
    if (args.size() != 1)
        return m_session.usage(QStringLiteral("export-opml needs one file name"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    auto feeds = library->feeds().feeds();
    if (!feeds)
        return m_session.fail(feeds.error());
    auto written = OpmlExporter::writeFile(*feeds, args.first());
    return written ? CliSession::Ok : m_session.fail(written.error());
}

int WriteCommands::setState(const QString &command, CliArguments args)
{
    qint64 id = 0;
    if (!args.onlyId(&id))
        return m_session.usage(QStringLiteral("%1 needs one article id").arg(command));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    StateStore &states = library->states();
    const bool on = !command.startsWith(QLatin1String("un"));
    const Result<void> r = command.endsWith(QLatin1String("fav")) ? states.setFavourite(id, on) : states.setRead(id, on);
    return r ? CliSession::Ok : m_session.fail(r.error());
}

int WriteCommands::reindex(CliArguments args)
{
    if (!args.isEmpty())
        return m_session.usage(QStringLiteral("reindex takes no argument"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    auto done = library->importer().refreshFacts();
    if (!done)
        return m_session.fail(done.error());
    m_session.out() << *done << " articles reindexed\n";
    return CliSession::Ok;
}

} // namespace veille::cli
