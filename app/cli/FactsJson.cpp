#include "FactsJson.h"

#include <QJsonArray>

namespace veille::cli {

QJsonObject entityToJson(const Entity &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), entityTypeName(e.type));
    switch (e.type) {
    case EntityType::Company:
    case EntityType::Place:
        o.insert(QStringLiteral("name"), e.name);
        break;
    case EntityType::Person:
        o.insert(QStringLiteral("name"), e.name);
        o.insert(QStringLiteral("role"), e.role);
        break;
    case EntityType::Money:
        o.insert(QStringLiteral("text"), e.text);
        o.insert(QStringLiteral("value"), e.value);
        o.insert(QStringLiteral("currency"), e.currency);
        break;
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
    QJsonArray mentions;
    for (const Span &s : e.mentions)
        mentions.append(QJsonObject{{QStringLiteral("start"), s.start}, {QStringLiteral("end"), s.end}});
    o.insert(QStringLiteral("mentions"), mentions);
    return o;
}

QJsonObject factsToJson(const KeyFacts &facts)
{
    QJsonArray entities;
    for (const Entity &e : facts.entities)
        entities.append(entityToJson(e));
    return QJsonObject{
        {QStringLiteral("key_points"), QJsonArray::fromStringList(facts.keyPoints)},
        {QStringLiteral("summary"), QJsonArray::fromStringList(facts.summary)},
        {QStringLiteral("entities"), entities},
    };
}

} // namespace veille::cli
