#include "storage/StoredFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "storage/CompactJson.h"

namespace veille {

namespace {

// "name":"value", — a string member followed by the comma of the next one.
void stringField(QByteArray &out, const char *name, const QString &value)
{
    out.append('"').append(name).append("\":");
    CompactJson::appendString(out, value);
    out.append(',');
}

} // namespace

QByteArray StoredFacts::encode(const KeyFacts &facts)
{
    using namespace CompactJson;
    // Keys in sorted order, as QJsonObject keeps them.
    QByteArray out;
    out.reserve(256 + 64 * facts.entities.size());
    out.append("{\"entities\":[");
    for (qsizetype i = 0; i < facts.entities.size(); ++i) {
        const Entity &e = facts.entities.at(i);
        const bool named = e.type == EntityType::Company || e.type == EntityType::Place || e.type == EntityType::Person
            || e.type == EntityType::Organisation;
        out.append(i ? ",{" : "{");
        if ((e.type == EntityType::Company || e.type == EntityType::Organisation) && !e.aliases.isEmpty()) {
            out.append("\"aliases\":");
            appendStringArray(out, e.aliases);
            out.append(',');
        }
        if (e.type == EntityType::Money)
            stringField(out, "currency", e.currency);
        out.append("\"mentions\":[");
        for (qsizetype m = 0; m < e.mentions.size(); ++m) {
            out.append(m ? ",{\"end\":" : "{\"end\":");
            out.append(QByteArray::number(e.mentions.at(m).end));
            out.append(",\"start\":");
            out.append(QByteArray::number(e.mentions.at(m).start));
            out.append('}');
        }
        out.append("],");
        if (named)
            stringField(out, "name", e.name);
        if ((e.type == EntityType::Company || e.type == EntityType::Organisation) && e.origin != EntityOrigin::Builtin)
            stringField(out, "origin", entityOriginName(e.origin));
        if (e.type == EntityType::Person)
            stringField(out, "role", e.role);
        if (!named)
            stringField(out, "text", e.text);
        out.append("\"type\":");
        appendString(out, entityTypeName(e.type));
        if (e.type == EntityType::Date) {
            out.append(",\"value\":");
            appendString(out, e.dateValue);
        } else if (!named) {
            out.append(",\"value\":");
            appendNumber(out, e.value);
        }
        out.append('}');
    }
    out.append("],\"summary\":");
    appendStringArray(out, facts.summary);
    out.append('}');
    return out;
}

KeyFacts StoredFacts::decode(QByteArrayView encoded, const QStringList &keyPoints)
{
    const QJsonObject o = QJsonDocument::fromJson(encoded.toByteArray()).object();
    KeyFacts facts;
    facts.keyPoints = keyPoints;
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
        e.origin = entityOriginFromName(eo.value(QStringLiteral("origin")).toString());
        for (const auto &m : eo.value(QStringLiteral("mentions")).toArray()) {
            const QJsonObject mo = m.toObject();
            e.mentions.append(Span{mo.value(QStringLiteral("start")).toInt(), mo.value(QStringLiteral("end")).toInt()});
        }
        facts.entities.append(e);
    }
    return facts;
}

QString StoredFacts::encodeKeyPoints(const QStringList &points)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(points)).toJson(QJsonDocument::Compact));
}

QStringList StoredFacts::decodeKeyPoints(const QString &stored)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(stored.toUtf8()).array())
        out << v.toString();
    return out;
}

} // namespace veille
