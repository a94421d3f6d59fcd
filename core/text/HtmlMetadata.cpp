#include "text/HtmlMetadata.h"

#include "text/DateParser.h"
#include "text/HtmlDocument.h"
#include "text/HtmlText.h"
#include "text/LanguageCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace veille {

namespace {

constexpr int kLongestByline = 120;

QLatin1StringView L(const char *s) { return QLatin1StringView(s); }

struct MetaTags {
    QList<QPair<QString, QString>> entries; // lower-case key (property, name or itemprop), content

    QString value(std::initializer_list<const char *> keys) const
    {
        for (const char *key : keys)
            for (const auto &e : entries)
                if (e.first == QLatin1StringView(key) && !e.second.trimmed().isEmpty())
                    return HtmlText::simplified(e.second);
        return {};
    }
};

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(L("http://")) || s.startsWith(L("https://")) || s.startsWith(L("//"));
}

bool classHas(const HtmlDocument &doc, int index, const char *word)
{
    const QString cls = doc.attribute(index, L("class")).toLower();
    const QString id = doc.attribute(index, L("id")).toLower();
    return cls.contains(L(word)) || id.contains(L(word));
}

// What JSON-LD says, read from the first Article-like object in the page.
struct JsonLd {
    QString headline;
    QString author;
    QString datePublished;
};

QString authorName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(L("name")).toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &item : v.toArray()) {
            const QString n = authorName(item);
            if (!n.isEmpty())
                names << n;
        }
        return names.join(L(", "));
    }
    return {};
}

void readJsonLdObject(const QJsonObject &o, JsonLd &out)
{
    if (o.contains(L("@graph"))) {
        for (const QJsonValue &v : o.value(L("@graph")).toArray())
            readJsonLdObject(v.toObject(), out);
        return;
    }
    const QString type = o.value(L("@type")).isArray()
        ? o.value(L("@type")).toArray().first().toString()
        : o.value(L("@type")).toString();
    if (!type.contains(L("Article")) && !type.contains(L("Posting")) && type != L("Report"))
        return;
    if (out.headline.isEmpty())
        out.headline = o.value(L("headline")).toString();
    if (out.author.isEmpty())
        out.author = authorName(o.value(L("author")));
    if (out.datePublished.isEmpty())
        out.datePublished = o.value(L("datePublished")).toString();
}

JsonLd readJsonLd(const HtmlDocument &doc)
{
    JsonLd out;
    for (int i = 0; i < doc.size(); ++i) {
        if (doc.tag(i) != HtmlTag::Script
            || !doc.attribute(i, L("type")).contains(L("ld+json"), Qt::CaseInsensitive))
            continue;
        const QJsonDocument json = QJsonDocument::fromJson(doc.textContent(i).toUtf8());
        if (json.isObject())
            readJsonLdObject(json.object(), out);
        else if (json.isArray())
            for (const QJsonValue &v : json.array())
                readJsonLdObject(v.toObject(), out);
    }
    return out;
}

QString bylineFromMarkup(const HtmlDocument &doc)
{
    // rel=author and itemprop=author first: they name the author and nothing else.
    for (int i = 0; i < doc.size(); ++i) {
        if (!doc.node(i).isElement())
            continue;
        if (doc.attribute(i, L("rel")) == L("author") || doc.attribute(i, L("itemprop")) == L("author")) {
            QString text;
            const QString content = doc.attribute(i, L("content"));
            if (!content.isEmpty() && !looksLikeUrl(content))
                text = content;
            else
                text = HtmlText::simplified(doc.textContent(i));
            if (!text.isEmpty() && text.size() <= kLongestByline)
                return text;
        }
    }
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlTag t = doc.tag(i);
        if (!doc.node(i).isElement() || t == HtmlTag::Meta || t == HtmlTag::Body || t == HtmlTag::Html)
            continue;
        if (classHas(doc, i, "byline") || classHas(doc, i, "author") || classHas(doc, i, "signature")) {
            if (classHas(doc, i, "bio") || classHas(doc, i, "avatar") || classHas(doc, i, "image"))
                continue;
            const QString text = HtmlText::simplified(doc.textContent(i));
            if (!text.isEmpty() && text.size() <= kLongestByline)
                return text;
        }
    }
    return {};
}

QDateTime dateFromMarkup(const HtmlDocument &doc)
{
    int firstTime = -1;
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlTag t = doc.tag(i);
        if (t != HtmlTag::Time && doc.attribute(i, L("itemprop")) != L("datePublished"))
            continue;
        QString value = doc.attribute(i, L("datetime"));
        if (value.isEmpty())
            value = doc.attribute(i, L("content"));
        if (value.isEmpty())
            continue;
        if (doc.attribute(i, L("itemprop")) == L("datePublished") || doc.hasAttribute(i, L("pubdate"))) {
            const QDateTime d = DateParser::parse(value);
            if (d.isValid())
                return d;
        }
        if (firstTime < 0 && t == HtmlTag::Time)
            firstTime = i;
    }
    if (firstTime >= 0)
        return DateParser::parse(doc.attribute(firstTime, L("datetime")));
    return {};
}

} // namespace

HtmlPageMetadata HtmlMetadata::read(const HtmlDocument &doc, const QUrl &url)
{
    HtmlPageMetadata out;
    MetaTags meta;
    QString titleTag;
    int firstH1 = -1;
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlTag t = doc.tag(i);
        if (t == HtmlTag::Meta) {
            QString key = doc.attribute(i, L("property"));
            if (key.isEmpty())
                key = doc.attribute(i, L("name"));
            if (key.isEmpty())
                key = doc.attribute(i, L("itemprop"));
            if (key.isEmpty())
                key = doc.attribute(i, L("http-equiv"));
            if (!key.isEmpty())
                meta.entries.append({key.toLower(), doc.attribute(i, L("content"))});
        } else if (t == HtmlTag::Title && titleTag.isEmpty()) {
            titleTag = HtmlText::simplified(doc.textContent(i));
        } else if (t == HtmlTag::H1 && firstH1 < 0) {
            firstH1 = i;
        } else if (t == HtmlTag::Base && !out.base.isValid()) {
            const QString href = doc.attribute(i, L("href")).trimmed();
            if (!href.isEmpty())
                out.base = url.resolved(QUrl(href));
        } else if (t == HtmlTag::Html && out.language.isEmpty()) {
            out.language = LanguageCode::normalise(doc.attribute(i, L("lang")));
            if (out.language.isEmpty())
                out.language = LanguageCode::normalise(doc.attribute(i, L("xml:lang")));
        }
    }
    if (!out.base.isValid())
        out.base = url;
    const JsonLd jsonLd = readJsonLd(doc);

    out.siteName = meta.value({"og:site_name", "application-name"});
    QString title = meta.value({"og:title", "twitter:title"});
    if (title.isEmpty())
        title = HtmlText::simplified(jsonLd.headline);
    if (title.isEmpty() && firstH1 >= 0)
        title = HtmlText::simplified(doc.textContent(firstH1));
    if (title.isEmpty())
        title = titleTag;
    out.title = withoutSiteSuffix(title, out.siteName);

    QString author = meta.value({"author", "article:author", "og:article:author", "dc.creator",
                                 "dcterms.creator", "sailthru.author", "parsely-author"});
    if (looksLikeUrl(author))
        author.clear();
    if (author.isEmpty())
        author = HtmlText::simplified(jsonLd.author);
    if (author.isEmpty())
        author = bylineFromMarkup(doc);
    out.author = cleanAuthor(author);

    const QString date = meta.value({"article:published_time", "og:article:published_time",
                                     "datepublished", "date", "dc.date", "dc.date.issued",
                                     "dcterms.created", "dcterms.date", "pubdate", "publishdate",
                                     "publish-date", "publish_date", "sailthru.date",
                                     "parsely-pub-date", "article.published"});
    out.published = DateParser::parse(date);
    if (!out.published.isValid())
        out.published = DateParser::parse(jsonLd.datePublished);
    if (!out.published.isValid())
        out.published = dateFromMarkup(doc);

    if (out.language.isEmpty())
        out.language = LanguageCode::normalise(meta.value({"content-language", "og:locale", "language", "dc.language"}));
    return out;
}

QString HtmlMetadata::withoutSiteSuffix(const QString &title, const QString &siteName)
{
    static const QRegularExpression separator(QStringLiteral("\\s+(?:-|\\||–|—|·|::|»)\\s+"));
    const QString t = title.trimmed();
    QRegularExpressionMatchIterator it = separator.globalMatch(t);
    QRegularExpressionMatch last;
    while (it.hasNext())
        last = it.next();
    if (!last.hasMatch())
        return t;
    const QString head = t.left(last.capturedStart()).trimmed();
    const QString tail = t.mid(last.capturedEnd()).trimmed();
    if (head.isEmpty())
        return t;
    const bool isSite = !siteName.isEmpty()
        && (tail.compare(siteName, Qt::CaseInsensitive) == 0
            || siteName.contains(tail, Qt::CaseInsensitive)
            || tail.contains(siteName, Qt::CaseInsensitive));
    const int tailWords = int(tail.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    const int headWords = int(head.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    if (isSite || (tailWords <= 5 && headWords >= 3 && tail.size() <= 40))
        return head;
    return t;
}

QString HtmlMetadata::cleanAuthor(const QString &text)
{
    QString s = HtmlText::simplified(text);
    static const QRegularExpression prefix(QStringLiteral("^(?:by|par)\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    s.remove(prefix);
    return s.trimmed();
}

} // namespace veille
