#include "ReadCommands.h"

#include <QFile>

#include <functional>

#include "CliJson.h"
#include "CliSession.h"
#include "messages/ErrorText.h"
#include "update/FactsLines.h"
#include "update/Library.h"

namespace veille::cli {

namespace {

const QString kJson = QStringLiteral("--json");

// Prints a listing: one JSON array, or one line per item for people.
template <typename Item>
int printItems(CliSession &session, const Result<QList<Item>> &items, bool asJson, QJsonObject (*shape)(const Item &),
               const std::function<void(QTextStream &, const Item &)> &printLine)
{
    if (!items)
        return session.fail(items.error());
    if (asJson) {
        session.out() << CliJson::indented(CliJson::array(*items, shape));
        return CliSession::Ok;
    }
    for (const Item &item : *items)
        printLine(session.out(), item);
    return CliSession::Ok;
}

// A listing of everything of one kind: --json, and no operand.
template <typename Item>
int printAll(CliSession &session, CliArguments &args, const QString &command,
             const std::function<Result<QList<Item>>(Library &)> &read, QJsonObject (*shape)(const Item &),
             const std::function<void(QTextStream &, const Item &)> &printLine)
{
    const bool asJson = args.takeFlag(kJson);
    if (!args.isEmpty())
        return session.usage(QStringLiteral("%1 takes no argument").arg(command));
    Library *library = session.library();
    if (!library)
        return CliSession::Failed;
    return printItems<Item>(session, read(*library), asJson, shape, printLine);
}

QString dateText(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

void printPoints(QTextStream &out, const QStringList &points)
{
    for (const QString &p : points)
        out << "  • " << p << '\n';
}

void printEntity(QTextStream &out, const Entity &e)
{
    out << entityTypeName(e.type) << '\t';
    switch (e.type) {
    case EntityType::Person:
        out << e.name << (e.role.isEmpty() ? QString() : QStringLiteral(", ") + e.role);
        break;
    case EntityType::Money:
        out << e.text << "\t= " << QString::number(e.value, 'g', 15) << ' ' << e.currency;
        break;
    case EntityType::Percent:
    case EntityType::Date:
        out << e.text;
        break;
    default:
        out << e.name;
    }
    // A figure written only in the title or the key-points box has no span in the text.
    if (e.mentions.isEmpty())
        out << "\t(title or key points)\n";
    else
        out << "\t(" << e.mentions.size() << ")\n";
}

} // namespace

std::optional<Article> ReadCommands::openArticle(ArticleId id, Library **library)
{
    *library = m_session.library();
    if (!*library)
        return std::nullopt;
    auto article = (*library)->articles().article(id);
    if (!article) {
        m_session.fail(article.error());
        return std::nullopt;
    }
    if (!article->has_value())
        m_session.fail(makeError(ErrorCode::ArticleNotFound, id));
    return *article;
}

int ReadCommands::list(CliArguments args)
{
    ArticleFilter filter;
    const bool asJson = args.takeFlag(kJson);
    filter.favouritesOnly = args.takeFlag(QStringLiteral("--favourites")) | args.takeFlag(QStringLiteral("--favorites"));
    filter.unreadOnly = args.takeFlag(QStringLiteral("--unread"));
    filter.limit = 1000000;
    QString feed;
    if (!args.takeOption(QStringLiteral("--feed"), &feed))
        return m_session.usage(QStringLiteral("--feed needs a feed id"));
    if (!args.takeCount(QStringLiteral("--limit"), &filter.limit))
        return m_session.usage(QStringLiteral("--limit needs a number"));
    if (!args.isEmpty())
        return m_session.usage(QStringLiteral("list: unexpected argument %1").arg(args.first()));
    if (!feed.isEmpty()) {
        qint64 id = 0;
        if (!CliArguments::toId(feed, &id))
            return m_session.usage(QStringLiteral("--feed needs a feed id"));
        filter.feedId = id;
    }
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    return printItems<ArticleListItem>(m_session, library->articles().list(filter), asJson, &CliJson::listItem,
                                       [](QTextStream &out, const ArticleListItem &i) {
                                           out << i.id << '\t' << (i.favourite ? "*" : " ") << (i.read ? " " : "N") << '\t'
                                               << dateText(i.published) << '\t' << i.title << '\n';
                                       });
}

int ReadCommands::show(CliArguments args)
{
    const bool asJson = args.takeFlag(kJson);
    qint64 id = 0;
    if (!args.onlyId(&id))
        return m_session.usage(QStringLiteral("show needs one article id"));
    Library *library = nullptr;
    const std::optional<Article> found = openArticle(id, &library);
    if (!found)
        return CliSession::Failed;
    const Article &a = *found;
    auto state = library->states().state(id);
    if (!state)
        return m_session.fail(state.error());
    QString feedTitle;
    if (a.feedId) {
        auto feed = library->feeds().feed(a.feedId);
        if (feed && feed->has_value())
            feedTitle = (*feed)->title;
    }
    QTextStream &out = m_session.out();
    if (asJson) {
        out << CliJson::indented(CliJson::article(a, feedTitle, *state));
        return CliSession::Ok;
    }
    out << a.title << '\n';
    QStringList meta;
    for (const QString &s : {feedTitle, a.author, a.published.isValid() ? dateText(a.published) : QString(), a.language, a.url})
        if (!s.isEmpty())
            meta << s;
    out << meta.join(QStringLiteral(" · ")) << "\n\n";
    if (!a.keyPoints.isEmpty()) {
        printPoints(out, a.keyPoints);
        out << '\n';
    }
    out << a.text << '\n';
    return CliSession::Ok;
}

int ReadCommands::facts(CliArguments args)
{
    const bool asJson = args.takeFlag(kJson);
    QString jsonl;
    if (!args.takeOption(QStringLiteral("--jsonl"), &jsonl))
        return m_session.usage(QStringLiteral("--jsonl needs a file"));
    if (!jsonl.isEmpty()) {
        if (!args.isEmpty())
            return m_session.usage(QStringLiteral("facts --jsonl takes only a file"));
        return factsOfLines(jsonl);
    }
    qint64 id = 0;
    if (!args.onlyId(&id))
        return m_session.usage(QStringLiteral("facts needs one article id, or --jsonl FILE"));
    Library *library = nullptr;
    const std::optional<Article> article = openArticle(id, &library);
    if (!article)
        return CliSession::Failed;
    auto facts = library->facts(*article);
    if (!facts)
        return m_session.fail(facts.error());
    QTextStream &out = m_session.out();
    if (asJson) {
        out << CliJson::indented(CliJson::articleFacts(*facts, id, article->title, article->language));
        return CliSession::Ok;
    }
    out << article->title << "\n\n";
    printPoints(out, facts->keyPoints.isEmpty() ? facts->summary : facts->keyPoints);
    out << '\n';
    for (const Entity &e : facts->entities)
        printEntity(out, e);
    return CliSession::Ok;
}

int ReadCommands::factsOfLines(const QString &path)
{
    QFile in(path);
    if (path == QLatin1String("-") ? !in.open(stdin, QIODevice::ReadOnly) : !in.open(QIODevice::ReadOnly))
        return m_session.fail(QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
    // Nothing is stored: the engine alone, one object per input line.
    QTextStream &out = m_session.out();
    const auto read = FactsLines(m_session.facts()).read(in, [&out](const FactsLine &line) {
        out << CliJson::line(CliJson::textFacts(line.facts, line.language)) << '\n';
    });
    return read ? CliSession::Ok : m_session.fail(read.error().about(path));
}

int ReadCommands::search(CliArguments args)
{
    const bool asJson = args.takeFlag(kJson);
    int limit = 50;
    if (!args.takeCount(QStringLiteral("--limit"), &limit))
        return m_session.usage(QStringLiteral("--limit needs a number"));
    const QString query = args.operands().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return m_session.usage(QStringLiteral("search needs a query"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    return printItems<SearchHit>(m_session, library->search(query, limit), asJson, &CliJson::searchHit,
                                 [](QTextStream &out, const SearchHit &h) {
                                     QString snippet = h.snippet;
                                     snippet.replace(SearchStore::kMarkOpen, QStringLiteral("["))
                                         .replace(SearchStore::kMarkClose, QStringLiteral("]"));
                                     out << h.id << '\t' << h.title << "\n\t" << snippet << '\n';
                                 });
}

int ReadCommands::companies(CliArguments args)
{
    return printAll<CompanyCount>(m_session, args, QStringLiteral("companies"),
                                  [](Library &library) { return library.entities().companies(); }, &CliJson::company,
                                  [](QTextStream &out, const CompanyCount &c) {
                                      out << c.articles << '\t' << c.name << (c.userDefined ? "\t(yours)" : "") << '\n';
                                  });
}

int ReadCommands::feeds(CliArguments args)
{
    return printAll<Feed>(m_session, args, QStringLiteral("feeds"), [](Library &library) { return library.feeds().feeds(); },
                          &CliJson::feed, [](QTextStream &out, const Feed &f) {
                              out << f.id << '\t' << f.unread << '\t' << f.title << '\t' << f.address()
                                  << (f.lastError.isNone() ? QString() : QStringLiteral("\t(") + app::ErrorText::of(f.lastError) + QLatin1Char(')'))
                                  << '\n';
                          });
}

} // namespace veille::cli
