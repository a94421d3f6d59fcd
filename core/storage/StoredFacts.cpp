#include "storage/StoredFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "storage/CompactJson.h"

#include <charconv>
#include <cstring>
#include <string_view>

namespace veille {

namespace {

// "name":"value", — a string member followed by the comma of the next one.
void stringField(QByteArray &out, const char *name, const QString &value)
{
    out.append('"').append(name).append("\":");
    CompactJson::appendString(out, value);
    out.append(',');
}

// A mention as "START,END" (after a comma unless first): written through a buffer on the
// stack, since an article has a hundred mentions or so and a number made as a QByteArray
// each was a third of encoding its facts. Flat pairs of numbers rather than objects with
// "start" and "end": half the bytes of an article's facts, which were more than its text.
void appendMention(QByteArray &out, const Span &span, bool first)
{
    char buffer[48];
    char *at = buffer;
    if (!first)
        *at++ = ',';
    at = std::to_chars(at, buffer + sizeof buffer, span.start).ptr;
    *at++ = ',';
    at = std::to_chars(at, buffer + sizeof buffer, span.end).ptr;
    out.append(buffer, at - buffer);
}

// The mentions of an entity as stored: flat pairs [start,end,start,end...], or objects
// {"end":E,"start":S} as facts stored before schema 15 have them.
QList<Span> mentionsFrom(const QJsonArray &array)
{
    QList<Span> out;
    out.reserve(array.size() / 2 + 1);
    if (!array.isEmpty() && array.first().isObject()) {
        for (const auto &m : array) {
            const QJsonObject mo = m.toObject();
            out.append(Span{mo.value(QStringLiteral("start")).toInt(), mo.value(QStringLiteral("end")).toInt()});
        }
        return out;
    }
    for (qsizetype i = 0; i + 1 < array.size(); i += 2)
        out.append(Span{array.at(i).toInt(), array.at(i + 1).toInt()});
    return out;
}

// Reads the members of one entity object of the encoding (compact JSON, keys in sorted
// order, strings escaped as QJsonDocument writes them) without building a QJsonObject: a
// company page reads thousands of them. A JSON string holds no raw quote, so `"key":`
// found in the object's bytes is that member.
class EntityReader {
public:
    explicit EntityReader(QByteArrayView object) : m_object(object) {}

    // The string member `member` ("\"name\":"), empty when absent.
    QString string(QByteArrayView member) const
    {
        const qsizetype at = find(member);
        return at < 0 || charAt(at) != '"' ? QString() : readString(at + 1).first;
    }
    double number(QByteArrayView member) const
    {
        const qsizetype at = find(member);
        if (at < 0)
            return 0;
        qsizetype end = at;
        while (end < m_object.size() && m_object[end] != ',' && m_object[end] != '}')
            ++end;
        return m_object.sliced(at, end - at).toDouble();
    }
    // The strings of the array member `member`.
    QStringList strings(QByteArrayView member) const
    {
        QStringList out;
        qsizetype at = find(member);
        if (at < 0 || charAt(at) != '[')
            return out;
        ++at;
        while (at < m_object.size() && m_object[at] == '"') {
            const auto [text, next] = readString(at + 1);
            out << text;
            at = next;
            if (at < m_object.size() && m_object[at] == ',')
                ++at;
        }
        return out;
    }
    QList<Span> mentions() const
    {
        QList<Span> out;
        qsizetype at = find("\"mentions\":");
        if (at < 0)
            return out;
        const qsizetype close = m_object.indexOf(']', at);
        if (close < 0)
            return out;
        if (charAt(at + 1) != '{') {
            // Flat pairs: start,end,start,end...
            const char *p = m_object.data() + at + 1;
            const char *end = m_object.data() + close;
            int pair[2] = {0, 0};
            int n = 0;
            while (p < end) {
                int value = 0;
                const auto [next, ec] = std::from_chars(p, end, value);
                if (ec != std::errc())
                    break;
                pair[n++] = value;
                if (n == 2) {
                    out.append(Span{pair[0], pair[1]});
                    n = 0;
                }
                p = next < end && *next == ',' ? next + 1 : end;
            }
            return out;
        }
        // Objects, as facts stored before schema 15 have them.
        static const QByteArrayView kEnd("{\"end\":");
        static const QByteArrayView kStart(",\"start\":");
        while ((at = m_object.indexOf(kEnd, at)) >= 0 && at < close) {
            at += kEnd.size();
            const qsizetype comma = m_object.indexOf(kStart, at);
            const qsizetype brace = m_object.indexOf('}', comma);
            if (comma < 0 || brace < 0)
                break;
            out.append(Span{m_object.sliced(comma + kStart.size(), brace - comma - kStart.size()).toInt(),
                            m_object.sliced(at, comma - at).toInt()});
            at = brace;
        }
        return out;
    }

private:
    char charAt(qsizetype i) const { return i >= 0 && i < m_object.size() ? m_object[i] : '\0'; }
    // Where the value of the member `member` ("\"name\":") starts, or -1.
    qsizetype find(QByteArrayView member) const
    {
        const qsizetype at = m_object.indexOf(member);
        return at < 0 ? -1 : at + member.size();
    }
    // The string whose text starts at `from` (after its opening quote), and the position
    // after its closing quote.
    std::pair<QString, qsizetype> readString(qsizetype from) const
    {
        QString out;
        qsizetype run = from;
        qsizetype i = from;
        const auto flush = [&] { out += QString::fromUtf8(m_object.sliced(run, i - run)); };
        while (i < m_object.size() && m_object[i] != '"') {
            if (m_object[i] != '\\') {
                ++i;
                continue;
            }
            flush();
            const char e = charAt(i + 1);
            switch (e) {
            case 'n': out += u'\n'; break;
            case 't': out += u'\t'; break;
            case 'r': out += u'\r'; break;
            case 'b': out += u'\b'; break;
            case 'f': out += u'\f'; break;
            case 'u':
                out += QChar(char16_t(m_object.sliced(i + 2, 4).toUInt(nullptr, 16)));
                i += 4;
                break;
            default: out += QLatin1Char(e); break; // \" \\ \/
            }
            i += 2;
            run = i;
        }
        flush();
        return {out, i + 1};
    }

    QByteArrayView m_object;
};

// One entity of the encoding; false for a type this build does not know.
bool entityFrom(const QJsonObject &eo, Entity *out)
{
    Entity e;
    if (!entityTypeFromName(eo.value(QStringLiteral("type")).toString(), &e.type))
        return false;
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
    e.mentions = mentionsFrom(eo.value(QStringLiteral("mentions")).toArray());
    *out = std::move(e);
    return true;
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
        for (qsizetype m = 0; m < e.mentions.size(); ++m)
            appendMention(out, e.mentions.at(m), m == 0);
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
        Entity e;
        if (entityFrom(v.toObject(), &e))
            facts.entities.append(e);
    }
    return facts;
}

QList<Entity> StoredFacts::decodeEntities(QByteArrayView encoded, const QList<EntityType> &types)
{
    // The entities array is walked byte by byte, strings and nesting followed, and only
    // the objects of the wanted types are parsed: a company page reads the facts of a
    // thousand articles for their amounts and people, and parsing every mention of every
    // entity was most of its time.
    QList<QByteArray> wanted;
    for (EntityType t : types)
        wanted << "\"type\":\"" + entityTypeName(t).toUtf8() + '"';
    QList<Entity> out;
    const qsizetype from = encoded.indexOf(QByteArrayView("\"entities\":["));
    if (from < 0)
        return out;
    int depth = 0;
    bool inString = false;
    qsizetype start = -1;
    for (qsizetype i = from + 12; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (depth++ == 0)
                start = i;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                break; // the end of the entities array
            if (--depth == 0 && start >= 0) {
                const QByteArrayView object = encoded.sliced(start, i + 1 - start);
                for (qsizetype w = 0; w < wanted.size(); ++w) {
                    if (object.indexOf(QByteArrayView(wanted.at(w))) < 0)
                        continue;
                    const EntityReader r(object);
                    Entity e;
                    e.type = types.at(w);
                    if (e.type == EntityType::Company || e.type == EntityType::Person || e.type == EntityType::Place) {
                        e.name = r.string("\"name\":");
                        e.role = r.string("\"role\":");
                        e.aliases = r.strings("\"aliases\":");
                        e.origin = entityOriginFromName(r.string("\"origin\":"));
                    } else {
                        e.text = r.string("\"text\":");
                        e.currency = r.string("\"currency\":");
                        if (e.type == EntityType::Date)
                            e.dateValue = r.string("\"value\":");
                        else
                            e.value = r.number("\"value\":");
                    }
                    e.mentions = r.mentions();
                    out.append(e);
                    break;
                }
            }
        }
    }
    return out;
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
