#include "CliJson.h"

#include <QJsonDocument>

#include "messages/ErrorText.h"

namespace veille::cli {

namespace {

QJsonValue dateJson(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A value that only makes sense with a feed: null for an article that has none.
QJsonValue ofFeed(FeedId feedId, const QJsonValue &value)
{
    return feedId ? value : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject CliJson::listItem(const ArticleListItem &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("feed"), ofFeed(i.feedId, i.feedTitle)},
            {QStringLiteral("feed_id"), ofFeed(i.feedId, i.feedId)},
            {QStringLiteral("published"), dateJson(i.published)},
            {QStringLiteral("language"), i.language},
            {QStringLiteral("favourite"), i.favourite},
            {QStringLiteral("read"), i.read}};
}

QJsonObject CliJson::article(const Article &a, const QString &feedTitle, const ArticleState &state)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("url"), a.url},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("published"), dateJson(a.published)},
            {QStringLiteral("language"), a.language},
            {QStringLiteral("feed"), ofFeed(a.feedId, feedTitle)},
            {QStringLiteral("feed_id"), ofFeed(a.feedId, a.feedId)},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("html"), a.html},
            {QStringLiteral("key_points"), QJsonArray::fromStringList(a.keyPoints)},
            {QStringLiteral("favourite"), state.favourite},
            {QStringLiteral("read"), state.read}};
}

QJsonObject CliJson::articleFacts(const KeyFacts &keyFacts, ArticleId id, const QString &title, const QString &language)
{
    QJsonObject o = textFacts(keyFacts, language);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("title"), title);
    return o;
}

QJsonObject CliJson::textFacts(const KeyFacts &keyFacts, const QString &language)
{
    QJsonObject o = facts(keyFacts);
    o.insert(QStringLiteral("language"), language);
    return o;
}

QJsonObject CliJson::facts(const KeyFacts &keyFacts)
{
    return {{QStringLiteral("key_points"), QJsonArray::fromStringList(keyFacts.keyPoints)},
            {QStringLiteral("summary"), QJsonArray::fromStringList(keyFacts.summary)},
            {QStringLiteral("entities"), array(keyFacts.entities, &CliJson::entity)}};
}

QJsonObject CliJson::entity(const Entity &e)
{
    // Named entities carry a name; amounts, percentages and dates the text as written
    // and its value (a number, or an ISO date).
    QJsonObject o{{QStringLiteral("type"), entityTypeName(e.type)}};
    switch (e.type) {
    case EntityType::Person:
        o.insert(QStringLiteral("role"), e.role);
        [[fallthrough]];
    case EntityType::Company:
    case EntityType::Place:
        o.insert(QStringLiteral("name"), e.name);
        break;
    case EntityType::Money:
        o.insert(QStringLiteral("currency"), e.currency);
        [[fallthrough]];
    case EntityType::Percent:
        o.insert(QStringLiteral("text"), e.text);
        o.insert(QStringLiteral("value"), e.value);
        break;
    case EntityType::Date:
        o.insert(QStringLiteral("text"), e.text);
        o.insert(QStringLiteral("value"), e.dateValue);
        break;
    }
    if (e.type == EntityType::Company && !e.aliases.isEmpty())
        o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases));
    if (e.type == EntityType::Company)
        o.insert(QStringLiteral("origin"), entityOriginName(e.origin));
    QJsonArray mentions;
    for (const Span &s : e.mentions)
        mentions.append(QJsonObject{{QStringLiteral("start"), s.start}, {QStringLiteral("end"), s.end}});
    o.insert(QStringLiteral("mentions"), mentions);
    return o;
}

QJsonObject CliJson::searchHit(const SearchHit &h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("title"), h.title},
            {QStringLiteral("snippet"), h.snippet},
            {QStringLiteral("score"), h.score}};
}

QJsonObject CliJson::company(const CompanyCount &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)},
            {QStringLiteral("articles"), c.articles}};
}

QJsonObject CliJson::feed(const Feed &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("url"), f.url},
            {QStringLiteral("site"), f.siteUrl},
            {QStringLiteral("folder"), f.folder},
            {QStringLiteral("unread"), f.unread},
            {QStringLiteral("last_error"), f.lastError.isNone() ? QJsonValue(QJsonValue::Null) : QJsonValue(app::ErrorText::of(f.lastError))}};
}

QJsonObject CliJson::account(const Account &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("url"), a.url},
            {QStringLiteral("user"), a.user},
            {QStringLiteral("last_sync"), a.lastSync.isValid() ? QJsonValue(a.lastSync.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"), a.lastError.isNone() ? QJsonValue(QJsonValue::Null) : QJsonValue(app::ErrorText::of(a.lastError))}};
}

QJsonObject CliJson::syncSummary(const QList<SyncReport> &reports, const QList<Account> &accounts)
{
    int feeds = 0, added = 0, pushed = 0, pulled = 0;
    QJsonArray errors;
    for (const SyncReport &r : reports) {
        feeds += r.feeds;
        added += r.newArticles;
        pushed += r.pushed;
        pulled += r.pulled;
        if (r.error.isNone())
            continue;
        QString url;
        for (const Account &a : accounts)
            if (a.id == r.account)
                url = a.url;
        errors.append(QJsonObject{{QStringLiteral("account"), r.account},
                                  {QStringLiteral("url"), url},
                                  {QStringLiteral("code"), Error::codeName(r.error.code)},
                                  {QStringLiteral("message"), app::ErrorText::of(r.error)}});
    }
    return {{QStringLiteral("accounts"), int(reports.size())},
            {QStringLiteral("feeds"), feeds},
            {QStringLiteral("new_articles"), added},
            {QStringLiteral("pushed"), pushed},
            {QStringLiteral("pulled"), pulled},
            {QStringLiteral("errors"), errors}};
}

QByteArray CliJson::indented(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray CliJson::indented(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray CliJson::line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace veille::cli
