#include "ExportCommand.h"

#include "CliSession.h"
#include "update/ArticleExporter.h"
#include "update/Library.h"

namespace veille::cli {

int ExportCommand::run(CliArguments args)
{
    QString formatName;
    QString path;
    if (!args.takeOption(QStringLiteral("--format"), &formatName) || !args.takeOption(QStringLiteral("--out"), &path))
        return m_session.usage(QStringLiteral("--format needs csv, md or json; --out needs a file"));
    const std::optional<ArticleExporter::Format> format = ArticleExporter::formatFromName(formatName);
    if (!format)
        return m_session.usage(QStringLiteral("export needs --format csv, md or json"));
    const QString query = args.operands().join(u' ').simplified();
    if (query.isEmpty())
        return m_session.usage(QStringLiteral("export needs a search (fav:yes, company:NAME, words...)"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    const auto hits = library->search(query, kLimit, SearchStore::Detail::RankOnly);
    if (!hits)
        return m_session.fail(hits.error());
    QList<ArticleId> ids;
    for (const SearchHit &h : *hits)
        ids << h.id;
    ArticleExporter exporter(*library);
    if (!path.isEmpty()) {
        const auto written = exporter.write(ids, *format, path);
        return written ? int(CliSession::Ok) : m_session.fail(written.error());
    }
    const auto bytes = exporter.render(ids, *format);
    if (!bytes)
        return m_session.fail(bytes.error());
    // Standard output is UTF-8: the CSV keeps its byte order mark there too.
    m_session.out() << QString::fromUtf8(*bytes);
    return CliSession::Ok;
}

} // namespace veille::cli
