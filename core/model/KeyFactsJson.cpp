#include "model/KeyFactsJson.h"

#include <QJsonArray>

namespace veille {

QJsonObject KeyFactsJson::entityToJson(const Entity &e)
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

QJsonObject KeyFactsJson::toJson(const KeyFacts &facts)
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

KeyFacts KeyFactsJson::fromJson(const QJsonObject &o)
{
    KeyFacts facts;
    for (const auto &v : o.value(QStringLiteral("key_points")).toArray())
        facts.keyPoints << v.toString();
    for (const auto &v : o.value(QStringLiteral("summary")).toArray())
        facts.summary << v.toString();
    for (const auto &v : o.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject eo = v.toObject();
        Entity e;
        if (!entityTypeFromName(eo.value(QStringLiteral("type")).toString(), &e.type))
            continue;
        e.name = eo.value(QStringLiteral("name")).toString();
        e.role = eo.value(QStringLiteral("role")).toString();
        e.text = eo.value(QStringLiteral("text")).toString();
        e.currency = eo.value(QStringLiteral("currency")).toString();
        if (e.type == EntityType::Date)
            e.dateValue = eo.value(QStringLiteral("value")).toString();
        else
            e.value = eo.value(QStringLiteral("value")).toDouble();
        for (const auto &a : eo.value(QStringLiteral("aliases")).toArray())
            e.aliases << a.toString();
        for (const auto &m : eo.value(QStringLiteral("mentions")).toArray()) {
            const QJsonObject mo = m.toObject();
            e.mentions.append(Span{mo.value(QStringLiteral("start")).toInt(), mo.value(QStringLiteral("end")).toInt()});
        }
        facts.entities.append(e);
    }
    return facts;
}

} // namespace veille
