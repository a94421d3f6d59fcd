#include "Cli.h"

#include <QEventLoop>
#include <QHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

#include "FactsJson.h"
#include "facts/FactsEngine.h"
#include "fetch/Fetcher.h"
#include "text/LanguageGuesser.h"
#include "update/FeedUpdater.h"
#include "update/Library.h"
#include "update/OpmlExporter.h"

namespace veille::cli {

namespace {

const char *const kUsage =
    "usage: veille-cli [--db FILE] COMMAND ...\n"
    "  import PATH|URL ...        import articles (.txt, .html), feeds (RSS, Atom, JSON Feed) or OPML\n"
    "  subscribe URL              subscribe to a feed, or to the feed a site announces\n"
    "  refresh [FEED_ID]          fetch every web feed, or one; prints ID<TAB>N new per feed\n"
    "  export-opml FILE           write the subscriptions, with their folders, as OPML\n"
    "  list [--favourites] [--unread] [--feed ID] [--limit N] [--json]\n"
    "  show ID [--json]\n"
    "  facts ID [--json] | facts --jsonl FILE\n"
    "  search QUERY [--limit N] [--json]   words, \"phrases\", prefix*, OR, -word, company:NAME, fav:yes, lang:fr\n"
    "  companies [--json]\n"
    "  feeds [--json]\n"
    "  fav ID | unfav ID | read ID | unread ID\n"
    "  reindex                    recompute key facts made by an older engine\n";

// Removes a boolean flag from args; true when it was there.
bool takeFlag(QStringList &args, const QString &flag)
{
    return args.removeAll(flag) > 0;
}

// Removes "--name VALUE" from args. Returns false when the option has no value.
bool takeOption(QStringList &args, const QString &name, QString *value)
{
    const int i = int(args.indexOf(name));
    if (i < 0)
        return true;
    if (i + 1 >= args.size())
        return false;
    *value = args.at(i + 1);
    args.remove(i, 2);
    return true;
}

bool isWebAddress(const QString &s)
{
    return s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool toId(const QString &s, qint64 *id)
{
    bool ok = false;
    *id = s.toLongLong(&ok);
    return ok && *id > 0;
}

QJsonValue dateJson(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString dateText(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QByteArray json(const QJsonDocument &doc)
{
    return doc.toJson(QJsonDocument::Indented);
}

} // namespace

Cli::Cli() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Cli::~Cli() = default;

int Cli::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << "veille-cli: " << message << "\n";
    m_err << kUsage;
    m_err.flush();
    return Usage;
}

int Cli::fail(const QString &message)
{
    m_err << "veille-cli: " << message << "\n";
    m_err.flush();
    return Failed;
}

int Cli::openLibrary()
{
    if (m_dbPath.isEmpty())
        m_dbPath = Database::defaultPath();
    auto library = Library::open(m_dbPath);
    if (!library)
        return fail(library.errorMessage());
    m_library = std::move(library).value();
    return Ok;
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (!takeOption(args, QStringLiteral("--db"), &m_dbPath))
        return usage(QStringLiteral("--db needs a file name"));
    if (takeFlag(args, QStringLiteral("--help")) || takeFlag(args, QStringLiteral("-h"))) {
        m_out << kUsage;
        return Ok;
    }
    if (args.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString command = args.takeFirst();

    using Handler = int (Cli::*)(const QStringList &);
    static const QList<QPair<QString, Handler>> handlers = {
        {QStringLiteral("import"), &Cli::cmdImport},   {QStringLiteral("list"), &Cli::cmdList},
        {QStringLiteral("show"), &Cli::cmdShow},       {QStringLiteral("facts"), &Cli::cmdFacts},
        {QStringLiteral("search"), &Cli::cmdSearch},   {QStringLiteral("companies"), &Cli::cmdCompanies},
        {QStringLiteral("feeds"), &Cli::cmdFeeds},     {QStringLiteral("reindex"), &Cli::cmdReindex},
        {QStringLiteral("subscribe"), &Cli::cmdSubscribe}, {QStringLiteral("refresh"), &Cli::cmdRefresh},
        {QStringLiteral("export-opml"), &Cli::cmdExportOpml},
    };
    int code = Usage;
    bool known = false;
    for (const auto &[name, handler] : handlers) {
        if (name == command) {
            known = true;
            code = (this->*handler)(args);
            break;
        }
    }
    if (!known) {
        static const QStringList stateCommands = {QStringLiteral("fav"), QStringLiteral("unfav"), QStringLiteral("read"),
                                                  QStringLiteral("unread")};
        if (!stateCommands.contains(command))
            return usage(QStringLiteral("unknown command: %1").arg(command));
        code = cmdState(command, args);
    }
    m_out.flush();
    m_err.flush();
    return code;
}

int Cli::cmdImport(const QStringList &args)
{
    if (args.isEmpty())
        return usage(QStringLiteral("import needs at least one file"));
    if (int rc = openLibrary())
        return rc;
    int code = Ok;
    for (const QString &path : args) {
        if (isWebAddress(path)) {
            if (importUrl(path) != Ok)
                code = Failed;
            continue;
        }
        auto report = m_library->importer().importFile(path);
        if (!report) {
            code = fail(report.errorMessage());
            continue;
        }
        for (const ImportedArticle &a : report->added)
            m_out << a.id << '\t' << a.title << '\n';
        for (const QString &w : report->warnings)
            m_err << "veille-cli: " << path << ": warning: " << w << '\n';
    }
    return code;
}

int Cli::cmdList(const QStringList &arguments)
{
    QStringList args = arguments;
    ArticleFilter filter;
    const bool asJson = takeFlag(args, QStringLiteral("--json"));
    filter.favouritesOnly = takeFlag(args, QStringLiteral("--favourites")) | takeFlag(args, QStringLiteral("--favorites"));
    filter.unreadOnly = takeFlag(args, QStringLiteral("--unread"));
    QString feed, limit;
    if (!takeOption(args, QStringLiteral("--feed"), &feed) || !takeOption(args, QStringLiteral("--limit"), &limit))
        return usage(QStringLiteral("--feed and --limit need a value"));
    if (!args.isEmpty())
        return usage(QStringLiteral("list: unexpected argument %1").arg(args.first()));
    if (!feed.isEmpty()) {
        qint64 id = 0;
        if (!toId(feed, &id))
            return usage(QStringLiteral("--feed needs a feed id"));
        filter.feedId = id;
    }
    filter.limit = 1000000;
    if (!limit.isEmpty()) {
        bool ok = false;
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 0)
            return usage(QStringLiteral("--limit needs a number"));
    }
    if (int rc = openLibrary())
        return rc;
    auto items = m_library->articles().list(filter);
    if (!items)
        return fail(items.errorMessage());
    if (asJson) {
        QJsonArray out;
        for (const ArticleListItem &i : *items) {
            out.append(QJsonObject{{QStringLiteral("id"), i.id},
                                   {QStringLiteral("title"), i.title},
                                   {QStringLiteral("feed"), i.feedId ? QJsonValue(i.feedTitle) : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("feed_id"), i.feedId ? QJsonValue(i.feedId) : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("published"), dateJson(i.published)},
                                   {QStringLiteral("language"), i.language},
                                   {QStringLiteral("favourite"), i.favourite},
                                   {QStringLiteral("read"), i.read}});
        }
        m_out << json(QJsonDocument(out));
        return Ok;
    }
    for (const ArticleListItem &i : *items) {
        m_out << i.id << '\t' << (i.favourite ? "*" : " ") << (i.read ? " " : "N") << '\t' << dateText(i.published) << '\t'
              << i.title << '\n';
    }
    return Ok;
}

int Cli::cmdShow(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool asJson = takeFlag(args, QStringLiteral("--json"));
    qint64 id = 0;
    if (args.size() != 1 || !toId(args.first(), &id))
        return usage(QStringLiteral("show needs one article id"));
    if (int rc = openLibrary())
        return rc;
    auto article = m_library->articles().article(id);
    if (!article)
        return fail(article.errorMessage());
    if (!article->has_value())
        return fail(QStringLiteral("no article with id %1").arg(id));
    const Article &a = **article;
    auto state = m_library->states().state(id);
    if (!state)
        return fail(state.errorMessage());
    QString feedTitle;
    if (a.feedId) {
        auto feed = m_library->feeds().feed(a.feedId);
        if (feed && feed->has_value())
            feedTitle = (*feed)->title;
    }
    if (asJson) {
        QJsonObject o{{QStringLiteral("id"), a.id},
                      {QStringLiteral("title"), a.title},
                      {QStringLiteral("url"), a.url},
                      {QStringLiteral("author"), a.author},
                      {QStringLiteral("published"), dateJson(a.published)},
                      {QStringLiteral("language"), a.language},
                      {QStringLiteral("feed"), a.feedId ? QJsonValue(feedTitle) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("feed_id"), a.feedId ? QJsonValue(a.feedId) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("text"), a.text},
                      {QStringLiteral("html"), a.html},
                      {QStringLiteral("key_points"), QJsonArray::fromStringList(a.keyPoints)},
                      {QStringLiteral("favourite"), state->favourite},
                      {QStringLiteral("read"), state->read}};
        m_out << json(QJsonDocument(o));
        return Ok;
    }
    m_out << a.title << '\n';
    QStringList meta;
    for (const QString &s : {feedTitle, a.author, a.published.isValid() ? dateText(a.published) : QString(), a.language, a.url})
        if (!s.isEmpty())
            meta << s;
    m_out << meta.join(QStringLiteral(" · ")) << "\n\n";
    if (!a.keyPoints.isEmpty()) {
        for (const QString &p : a.keyPoints)
            m_out << "  • " << p << '\n';
        m_out << '\n';
    }
    m_out << a.text << '\n';
    return Ok;
}

int Cli::cmdFacts(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool asJson = takeFlag(args, QStringLiteral("--json"));
    QString jsonl;
    if (!takeOption(args, QStringLiteral("--jsonl"), &jsonl))
        return usage(QStringLiteral("--jsonl needs a file"));
    if (!jsonl.isEmpty()) {
        if (!args.isEmpty())
            return usage(QStringLiteral("facts --jsonl takes only a file"));
        QFile in(jsonl);
        if (jsonl == QLatin1String("-") ? !in.open(stdin, QIODevice::ReadOnly) : !in.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(jsonl, in.errorString()));
        // Nothing is stored: the engine alone, one object per input line.
        static const FactsEngine engine;
        int lineNo = 0;
        while (!in.atEnd()) {
            const QByteArray line = in.readLine().trimmed();
            ++lineNo;
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (!doc.isObject() || !doc.object().value(QStringLiteral("text")).isString())
                return fail(QStringLiteral("%1:%2: expected an object with a \"text\" string").arg(jsonl).arg(lineNo));
            const QJsonObject o = doc.object();
            const QString text = o.value(QStringLiteral("text")).toString();
            QString language = o.value(QStringLiteral("language")).toString();
            if (language.isEmpty())
                language = LanguageGuesser::guess(text);
            QStringList keyPoints;
            for (const auto &v : o.value(QStringLiteral("key_points")).toArray())
                keyPoints << v.toString();
            QJsonObject result = factsToJson(engine.extract(text, language, keyPoints));
            result.insert(QStringLiteral("language"), language);
            m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        }
        return Ok;
    }
    qint64 id = 0;
    if (args.size() != 1 || !toId(args.first(), &id))
        return usage(QStringLiteral("facts needs one article id, or --jsonl FILE"));
    if (int rc = openLibrary())
        return rc;
    auto article = m_library->articles().article(id);
    if (!article)
        return fail(article.errorMessage());
    if (!article->has_value())
        return fail(QStringLiteral("no article with id %1").arg(id));
    auto facts = m_library->facts(id);
    if (!facts)
        return fail(facts.errorMessage());
    if (asJson) {
        QJsonObject o = factsToJson(*facts);
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("title"), (*article)->title);
        o.insert(QStringLiteral("language"), (*article)->language);
        m_out << json(QJsonDocument(o));
        return Ok;
    }
    m_out << (*article)->title << "\n\n";
    const QStringList &points = facts->keyPoints.isEmpty() ? facts->summary : facts->keyPoints;
    for (const QString &p : points)
        m_out << "  • " << p << '\n';
    m_out << '\n';
    for (const Entity &e : facts->entities) {
        m_out << entityTypeName(e.type) << '\t';
        switch (e.type) {
        case EntityType::Person:
            m_out << e.name << (e.role.isEmpty() ? QString() : QStringLiteral(", ") + e.role);
            break;
        case EntityType::Money:
            m_out << e.text << "\t= " << QString::number(e.value, 'g', 15) << ' ' << e.currency;
            break;
        case EntityType::Percent:
        case EntityType::Date:
            m_out << e.text;
            break;
        default:
            m_out << e.name;
        }
        m_out << "\t(" << e.mentions.size() << ")\n";
    }
    return Ok;
}

int Cli::cmdSearch(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool asJson = takeFlag(args, QStringLiteral("--json"));
    QString limitText;
    if (!takeOption(args, QStringLiteral("--limit"), &limitText))
        return usage(QStringLiteral("--limit needs a number"));
    int limit = 50;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 0)
            return usage(QStringLiteral("--limit needs a number"));
    }
    const QString query = args.join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return usage(QStringLiteral("search needs a query"));
    if (int rc = openLibrary())
        return rc;
    auto hits = m_library->search(query, limit);
    if (!hits)
        return fail(hits.errorMessage());
    if (asJson) {
        QJsonArray out;
        for (const SearchHit &h : *hits)
            out.append(QJsonObject{{QStringLiteral("id"), h.id}, {QStringLiteral("title"), h.title},
                                   {QStringLiteral("snippet"), h.snippet}, {QStringLiteral("score"), h.score}});
        m_out << json(QJsonDocument(out));
        return Ok;
    }
    for (const SearchHit &h : *hits) {
        QString snippet = h.snippet;
        snippet.replace(SearchStore::kMarkOpen, QStringLiteral("[")).replace(SearchStore::kMarkClose, QStringLiteral("]"));
        m_out << h.id << '\t' << h.title << "\n\t" << snippet << '\n';
    }
    return Ok;
}

int Cli::cmdCompanies(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool asJson = takeFlag(args, QStringLiteral("--json"));
    if (!args.isEmpty())
        return usage(QStringLiteral("companies takes no argument"));
    if (int rc = openLibrary())
        return rc;
    auto companies = m_library->entities().companies();
    if (!companies)
        return fail(companies.errorMessage());
    if (asJson) {
        QJsonArray out;
        for (const CompanyCount &c : *companies)
            out.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)},
                                   {QStringLiteral("articles"), c.articles}});
        m_out << json(QJsonDocument(out));
        return Ok;
    }
    for (const CompanyCount &c : *companies)
        m_out << c.articles << '\t' << c.name << '\n';
    return Ok;
}

int Cli::cmdFeeds(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool asJson = takeFlag(args, QStringLiteral("--json"));
    if (!args.isEmpty())
        return usage(QStringLiteral("feeds takes no argument"));
    if (int rc = openLibrary())
        return rc;
    auto feeds = m_library->feeds().feeds();
    if (!feeds)
        return fail(feeds.errorMessage());
    if (asJson) {
        QJsonArray out;
        for (const Feed &f : *feeds)
            out.append(QJsonObject{{QStringLiteral("id"), f.id},
                                   {QStringLiteral("title"), f.title},
                                   {QStringLiteral("url"), f.url},
                                   {QStringLiteral("site"), f.siteUrl},
                                   {QStringLiteral("folder"), f.folder},
                                   {QStringLiteral("unread"), f.unread},
                                   {QStringLiteral("last_error"), f.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.lastError)}});
        m_out << json(QJsonDocument(out));
        return Ok;
    }
    for (const Feed &f : *feeds)
        m_out << f.id << '\t' << f.unread << '\t' << f.title << '\t' << f.url
              << (f.lastError.isEmpty() ? QString() : QStringLiteral("\t(") + f.lastError + QLatin1Char(')')) << '\n';
    return Ok;
}

int Cli::cmdState(const QString &command, const QStringList &args)
{
    qint64 id = 0;
    if (args.size() != 1 || !toId(args.first(), &id))
        return usage(QStringLiteral("%1 needs one article id").arg(command));
    if (int rc = openLibrary())
        return rc;
    StateStore &states = m_library->states();
    Result<void> r = command == QLatin1String("fav")     ? states.setFavourite(id, true)
                   : command == QLatin1String("unfav")   ? states.setFavourite(id, false)
                   : command == QLatin1String("read")    ? states.setRead(id, true)
                                                         : states.setRead(id, false);
    return r ? Ok : fail(r.errorMessage());
}

int Cli::cmdReindex(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(QStringLiteral("reindex takes no argument"));
    if (int rc = openLibrary())
        return rc;
    auto done = m_library->importer().refreshFacts();
    if (!done)
        return fail(done.errorMessage());
    m_out << *done << " articles reindexed\n";
    return Ok;
}

int Cli::importUrl(const QString &url)
{
    // The same path as a file: the fetched bytes go through importBytes, named by the
    // address they came from (the new one when the address moved permanently).
    Fetcher fetcher;
    FetchResult fetched;
    QEventLoop loop;
    fetcher.get({QUrl(url), {}, {}}, [&](const FetchResult &r) {
        fetched = r;
        loop.quit();
    });
    loop.exec();
    if (!fetched.ok())
        return fail(QStringLiteral("%1: %2").arg(url, fetched.error));
    const QUrl source = fetched.movedTo.isValid() ? fetched.movedTo : QUrl(url);
    auto report = m_library->importer().importBytes(fetched.body, source);
    if (!report)
        return fail(report.errorMessage());
    for (const ImportedArticle &a : report->added)
        m_out << a.id << '\t' << a.title << '\n';
    for (const QString &w : report->warnings)
        m_err << "veille-cli: " << url << ": warning: " << w << '\n';
    return Ok;
}

int Cli::cmdSubscribe(const QStringList &args)
{
    if (args.size() != 1 || !isWebAddress(args.first()))
        return usage(QStringLiteral("subscribe needs one web address (http or https)"));
    if (int rc = openLibrary())
        return rc;
    FeedUpdater updater(*m_library);
    QEventLoop loop;
    int code = Ok;
    QObject::connect(&updater, &FeedUpdater::subscribed, &loop, [&](FeedId id, const QString &title) {
        m_out << id << '\t' << title << '\n';
        loop.quit();
    });
    QObject::connect(&updater, &FeedUpdater::subscribeFailed, &loop, [&](const QString &url, const QString &error) {
        code = fail(QStringLiteral("cannot subscribe to %1: %2").arg(url, error));
        loop.quit();
    });
    updater.subscribe(QUrl(args.first()));
    loop.exec();
    return code;
}

int Cli::cmdRefresh(const QStringList &args)
{
    qint64 only = 0;
    if (args.size() > 1 || (args.size() == 1 && !toId(args.first(), &only)))
        return usage(QStringLiteral("refresh takes at most one feed id"));
    if (int rc = openLibrary())
        return rc;
    if (only) {
        auto feed = m_library->feeds().feed(only);
        if (!feed)
            return fail(feed.errorMessage());
        if (!feed->has_value())
            return fail(QStringLiteral("no feed with id %1").arg(only));
    }
    FeedUpdater updater(*m_library);
    QEventLoop loop;
    int code = Ok;
    QHash<FeedId, int> added;
    QObject::connect(&updater, &FeedUpdater::feedRefreshed, &loop, [&](const RefreshReport &report) {
        added.insert(report.feedId, int(report.added.size()));
        for (const QString &w : report.warnings)
            m_err << "veille-cli: feed " << report.feedId << ": warning: " << w << '\n';
    });
    QObject::connect(&updater, &FeedUpdater::feedFinished, &loop, [&](FeedId id, const QString &error) {
        if (error.isEmpty()) {
            m_out << id << '\t' << added.value(id) << " new\n";
        } else {
            m_err << "veille-cli: feed " << id << ": " << error << '\n';
            code = Failed;
        }
        m_out.flush();
        m_err.flush();
    });
    QObject::connect(&updater, &FeedUpdater::finished, &loop, &QEventLoop::quit);
    if (only)
        updater.refresh(only);
    else
        updater.refreshAll();
    loop.exec();
    return code;
}

int Cli::cmdExportOpml(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("export-opml needs one file name"));
    if (int rc = openLibrary())
        return rc;
    auto feeds = m_library->feeds().feeds();
    if (!feeds)
        return fail(feeds.errorMessage());
    auto written = OpmlExporter::writeFile(*feeds, args.first());
    return written ? Ok : fail(written.errorMessage());
}

} // namespace veille::cli
