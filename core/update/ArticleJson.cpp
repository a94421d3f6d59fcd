#include "update/ArticleJson.h"

namespace veille {

// A value that only makes sense with a feed: null for an article that has none.
QJsonValue ArticleJson::ofFeed(FeedId feedId, const QJsonValue &value)
{
    return feedId ? value : QJsonValue(QJsonValue::Null);
}

QJsonValue ArticleJson::date(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject ArticleJson::article(const Article &a, const QString &feedTitle, const ArticleState &state)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("url"), a.url},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("published"), date(a.published)},
            {QStringLiteral("saved"), date(a.saved)},
            {QStringLiteral("language"), a.language},
            {QStringLiteral("feed"), ofFeed(a.feedId, feedTitle)},
            {QStringLiteral("feed_id"), ofFeed(a.feedId, a.feedId)},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("html"), a.html},
            {QStringLiteral("key_points"), QJsonArray::fromStringList(a.keyPoints)},
            {QStringLiteral("favourite"), state.favourite},
            {QStringLiteral("read"), state.read}};
}

QJsonObject ArticleJson::facts(const KeyFacts &keyFacts)
{
    QJsonArray entities;
    for (const Entity &e : keyFacts.entities)
        entities.append(entity(e));
    return {{QStringLiteral("key_points"), QJsonArray::fromStringList(keyFacts.keyPoints)},
            {QStringLiteral("summary"), QJsonArray::fromStringList(keyFacts.summary)},
            {QStringLiteral("entities"), entities}};
}

QJsonObject ArticleJson::entity(const Entity &e)
{
    // Named entities carry a name; amounts, percentages and dates the text as written
    // and its value (a number, or an ISO date).
    QJsonObject o{{QStringLiteral("type"), entityTypeName(e.type)}};
    switch (e.type) {
    case EntityType::Person:
        o.insert(QStringLiteral("role"), e.role);
        [[fallthrough]];
    case EntityType::Company:
    case EntityType::Organisation:
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
    const bool organisation = e.type == EntityType::Company || e.type == EntityType::Organisation;
    if (organisation && !e.aliases.isEmpty())
        o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases));
    if (organisation)
        o.insert(QStringLiteral("origin"), entityOriginName(e.origin));
    QJsonArray mentions;
    for (const Span &s : e.mentions)
        mentions.append(QJsonObject{{QStringLiteral("start"), s.start}, {QStringLiteral("end"), s.end}});
    o.insert(QStringLiteral("mentions"), mentions);
    return o;
}

} // namespace veille
