#include "parse/JsonFeedParser.h"

#include "text/DateParser.h"
#include "text/UrlResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>
#include <vector>

namespace veille {

namespace {

// A JSON number as a whole qint64, or nothing when it has a fraction or does not fit:
// casting 1e105 to qint64 is undefined, and feeds do carry such numbers.
std::optional<qint64> wholeNumber(double d)
{
    if (!(d >= -0x1p63 && d < 0x1p63) || d != std::trunc(d))
        return std::nullopt;
    return static_cast<qint64>(d);
}

QString str(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        const std::optional<qint64> whole = wholeNumber(d);
        return whole ? QString::number(*whole) : QString::number(d);
    }
    if (v.isObject()) {
        // RSS-in-JSON writes attributes beside the value: {"isPermaLink": "false", "#value": "..."}.
        const QJsonObject o = v.toObject();
        for (const char *key : {"#value", "value", "#text", "_"}) {
            if (o.contains(QLatin1StringView(key)))
                return str(o.value(QLatin1StringView(key)));
        }
    }
    return {};
}

// An enclosure's size in bytes, written as a number or as text; 0 (unknown) when it is
// not a positive whole number of bytes that fits.
qint64 byteCount(const QJsonValue &v)
{
    std::optional<qint64> whole;
    if (v.isDouble()) {
        whole = wholeNumber(v.toDouble());
    } else {
        bool ok = false;
        const qint64 n = str(v).toLongLong(&ok);
        if (ok)
            whole = n;
    }
    return whole && *whole > 0 ? *whole : 0;
}

QString escapeText(const QString &text)
{
    QString out = text.toHtmlEscaped();
    return out;
}

ParsedPerson person(const QJsonValue &v)
{
    ParsedPerson p;
    if (v.isString()) {
        p.name = v.toString().trimmed();
        return p;
    }
    const QJsonObject o = v.toObject();
    p.name = str(o.value(QLatin1StringView("name")));
    p.uri = str(o.value(QLatin1StringView("url")));
    p.email = str(o.value(QLatin1StringView("email")));
    return p;
}

QList<ParsedPerson> authors(const QJsonObject &o)
{
    QList<ParsedPerson> out;
    // 1.1 "authors" wins over the 1.0 "author".
    const QJsonArray list = o.value(QLatin1StringView("authors")).toArray();
    for (const QJsonValue &v : list) {
        const ParsedPerson p = person(v);
        if (!p.name.isEmpty() || !p.uri.isEmpty())
            out.append(p);
    }
    if (out.isEmpty() && o.contains(QLatin1StringView("author"))) {
        const ParsedPerson p = person(o.value(QLatin1StringView("author")));
        if (!p.name.isEmpty() || !p.uri.isEmpty())
            out.append(p);
    }
    return out;
}

ParsedFeed readJsonFeed(const QJsonObject &root, const QUrl &url)
{
    ParsedFeed feed;
    feed.format = FeedFormat::JsonFeed;
    const QString version = str(root.value(QLatin1StringView("version")));
    feed.version = version.endsWith(QLatin1StringView("/1.1")) ? QStringLiteral("json1.1") : QStringLiteral("json1.0");
    feed.title = str(root.value(QLatin1StringView("title")));
    feed.siteUrl = UrlResolver::resolveInFeed(str(root.value(QLatin1StringView("home_page_url"))), url);
    feed.feedUrl = UrlResolver::resolveInFeed(str(root.value(QLatin1StringView("feed_url"))), url);
    feed.description = str(root.value(QLatin1StringView("description")));
    feed.language = str(root.value(QLatin1StringView("language")));
    feed.imageUrl = UrlResolver::resolveInFeed(str(root.value(QLatin1StringView("icon"))), url);
    if (feed.imageUrl.isEmpty())
        feed.imageUrl = UrlResolver::resolveInFeed(str(root.value(QLatin1StringView("favicon"))), url);
    const QJsonArray items = root.value(QLatin1StringView("items")).toArray();
    feed.items.reserve(items.size());
    for (const QJsonValue &value : items) {
        const QJsonObject o = value.toObject();
        ParsedItem item;
        item.guid = str(o.value(QLatin1StringView("id")));
        item.link = UrlResolver::resolveInFeed(str(o.value(QLatin1StringView("url"))), url);
        if (item.link.isEmpty())
            item.link = UrlResolver::resolveInFeed(str(o.value(QLatin1StringView("external_url"))), url);
        item.title = str(o.value(QLatin1StringView("title")));
        item.contentHtml = o.value(QLatin1StringView("content_html")).toString();
        if (item.contentHtml.trimmed().isEmpty()) {
            const QString text = o.value(QLatin1StringView("content_text")).toString();
            item.contentHtml = text.isEmpty() ? QString() : escapeText(text);
        }
        item.summaryHtml = escapeText(o.value(QLatin1StringView("summary")).toString());
        item.imageUrl = UrlResolver::resolveInFeed(str(o.value(QLatin1StringView("image"))), url);
        if (item.imageUrl.isEmpty())
            item.imageUrl = UrlResolver::resolveInFeed(str(o.value(QLatin1StringView("banner_image"))), url);
        item.published = DateParser::parse(str(o.value(QLatin1StringView("date_published"))));
        item.updated = DateParser::parse(str(o.value(QLatin1StringView("date_modified"))));
        item.authors = authors(o);
        for (const QJsonValue &tag : o.value(QLatin1StringView("tags")).toArray()) {
            if (!str(tag).isEmpty())
                item.categories.append(str(tag));
        }
        for (const QJsonValue &a : o.value(QLatin1StringView("attachments")).toArray()) {
            const QJsonObject ao = a.toObject();
            ParsedEnclosure e;
            e.url = UrlResolver::resolveInFeed(str(ao.value(QLatin1StringView("url"))), url);
            e.type = str(ao.value(QLatin1StringView("mime_type")));
            e.length = byteCount(ao.value(QLatin1StringView("size_in_bytes")));
            if (!e.url.isEmpty())
                item.enclosures.append(e);
        }
        feed.items.append(item);
    }
    return feed;
}

QJsonArray asArray(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return QJsonArray{v};
}

ParsedFeed readRssInJson(const QJsonObject &rss, const QUrl &url)
{
    ParsedFeed feed;
    feed.format = FeedFormat::RssInJson;
    feed.version = str(rss.value(QLatin1StringView("version")));
    const QJsonObject channel = rss.value(QLatin1StringView("channel")).toObject();
    feed.title = str(channel.value(QLatin1StringView("title")));
    feed.siteUrl = UrlResolver::resolveInFeed(str(channel.value(QLatin1StringView("link"))), url);
    feed.description = str(channel.value(QLatin1StringView("description")));
    feed.language = str(channel.value(QLatin1StringView("language")));
    feed.imageUrl = UrlResolver::resolveInFeed(str(channel.value(QLatin1StringView("image")).toObject().value(QLatin1StringView("url"))), url);
    feed.updated = DateParser::parse(str(channel.value(QLatin1StringView("lastBuildDate"))));
    if (!feed.updated.isValid())
        feed.updated = DateParser::parse(str(channel.value(QLatin1StringView("pubDate"))));
    for (const QJsonValue &value : asArray(channel.value(QLatin1StringView("item")))) {
        const QJsonObject o = value.toObject();
        ParsedItem item;
        item.title = str(o.value(QLatin1StringView("title")));
        item.link = UrlResolver::resolveInFeed(str(o.value(QLatin1StringView("link"))), url);
        item.guid = str(o.value(QLatin1StringView("guid")));
        item.summaryHtml = str(o.value(QLatin1StringView("description")));
        item.published = DateParser::parse(str(o.value(QLatin1StringView("pubDate"))));
        const QString author = str(o.value(QLatin1StringView("author")));
        if (!author.isEmpty())
            item.authors.append(ParsedPerson{author, {}, {}});
        for (const QJsonValue &c : asArray(o.value(QLatin1StringView("category")))) {
            if (!str(c).isEmpty())
                item.categories.append(str(c));
        }
        for (const QJsonValue &e : asArray(o.value(QLatin1StringView("enclosure")))) {
            const QJsonObject eo = e.toObject();
            ParsedEnclosure enc;
            enc.url = UrlResolver::resolveInFeed(str(eo.value(QLatin1StringView("url"))), url);
            enc.type = str(eo.value(QLatin1StringView("type")));
            enc.length = byteCount(eo.value(QLatin1StringView("length")));
            if (!enc.url.isEmpty())
                item.enclosures.append(enc);
        }
        feed.items.append(item);
    }
    return feed;
}

// Cuts a truncated document after the last value that closed inside the innermost
// array still open at the cut, then closes what is open. Good enough to keep the
// complete items of a feed that was cut off while downloading.
QByteArray repairTruncated(const QByteArray &json)
{
    std::vector<char> stack;
    qsizetype lastCut = -1;
    std::vector<char> stackAtCut;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
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
            stack.push_back(c);
        } else if (c == '}' || c == ']') {
            if (stack.empty())
                return {};
            stack.pop_back();
            if (!stack.empty() && stack.back() == '[') {
                lastCut = i + 1;
                stackAtCut = stack;
            }
        }
    }
    if (lastCut < 0)
        return {};
    QByteArray out = json.left(lastCut);
    for (auto it = stackAtCut.rbegin(); it != stackAtCut.rend(); ++it)
        out += *it == '[' ? ']' : '}';
    return out;
}

} // namespace

Result<ParsedFeed> JsonFeedParser::parse(const QByteArray &json, const QUrl &url)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QList<Error> warnings;
    if (error.error != QJsonParseError::NoError) {
        const QByteArray repaired = repairTruncated(json);
        QJsonParseError second;
        if (!repaired.isEmpty())
            doc = QJsonDocument::fromJson(repaired, &second);
        if (repaired.isEmpty() || second.error != QJsonParseError::NoError)
            return makeError(ErrorCode::MalformedJson, QStringLiteral("%1: %2").arg(error.offset).arg(error.errorString()));
        warnings << makeError(ErrorCode::JsonCutOff, qint64(error.offset));
    }
    if (!doc.isObject())
        return makeError(ErrorCode::FeedNotJsonFeed);
    const QJsonObject root = doc.object();
    ParsedFeed feed;
    if (root.value(QLatin1StringView("rss")).isObject()) {
        feed = readRssInJson(root.value(QLatin1StringView("rss")).toObject(), url);
    } else if (str(root.value(QLatin1StringView("version"))).contains(QLatin1StringView("jsonfeed.org/version"))
               || root.value(QLatin1StringView("items")).isArray()) {
        feed = readJsonFeed(root, url);
    } else {
        return makeError(ErrorCode::FeedNotJsonFeed);
    }
    feed.warnings << warnings;
    return feed;
}

} // namespace veille
