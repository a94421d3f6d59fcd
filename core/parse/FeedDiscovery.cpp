#include "parse/FeedDiscovery.h"

#include "parse/TextDecoder.h"

#include <QHash>
#include <QRegularExpression>

namespace veille {

namespace {

// Attributes of one tag: name="value", name='value' or name=value, names lower-cased.
QHash<QString, QString> tagAttributes(QStringView tag)
{
    static const QRegularExpression kAttr(
        QStringLiteral(R"re(([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"));
    QHash<QString, QString> attrs;
    auto it = kAttr.globalMatch(tag);
    while (it.hasNext()) {
        const auto m = it.next();
        QString value = m.captured(2);
        if (m.capturedLength(3) > 0)
            value = m.captured(3);
        else if (m.capturedLength(4) > 0)
            value = m.captured(4);
        const QString name = m.captured(1).toLower();
        if (!attrs.contains(name))
            attrs.insert(name, value.trimmed());
    }
    return attrs;
}

QString decodeEntities(QString s)
{
    s.replace(QLatin1StringView("&amp;"), QLatin1StringView("&"));
    s.replace(QLatin1StringView("&#38;"), QLatin1StringView("&"));
    s.replace(QLatin1StringView("&quot;"), QLatin1StringView("\""));
    return s;
}

bool isFeedType(const QString &type)
{
    const QString t = type.toLower().trimmed();
    return t == u"application/rss+xml" || t == u"application/atom+xml" || t == u"application/feed+json"
        || t == u"application/json" || t == u"application/rdf+xml" || t == u"text/xml"
        || t == u"application/xml" || t == u"application/x-cdf";
}

} // namespace

QStringList FeedDiscovery::candidates(const QByteArray &html, const QUrl &pageUrl)
{
    static const QRegularExpression kTag(QStringLiteral(R"re(<(link|base)\b[^>]*>)re"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = TextDecoder::decode(html);
    QUrl base = pageUrl;
    QStringList out;
    auto add = [&out](const QString &url) {
        if (!url.isEmpty() && !out.contains(url))
            out.append(url);
    };
    auto it = kTag.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto attrs = tagAttributes(m.capturedView(0).mid(m.capturedLength(1) + 1));
        if (m.captured(1).compare(QLatin1StringView("base"), Qt::CaseInsensitive) == 0) {
            const QString href = decodeEntities(attrs.value(QStringLiteral("href")));
            if (!href.isEmpty())
                base = pageUrl.resolved(QUrl(href));
            continue;
        }
        const QStringList rel = attrs.value(QStringLiteral("rel")).toLower().split(u' ', Qt::SkipEmptyParts);
        if (!rel.contains(QStringLiteral("alternate")) || !isFeedType(attrs.value(QStringLiteral("type"))))
            continue;
        const QString type = attrs.value(QStringLiteral("type")).toLower();
        // Plain XML and JSON alternates are often not feeds; keep them only when titled so.
        if ((type == u"text/xml" || type == u"application/xml" || type == u"application/json")
            && !attrs.value(QStringLiteral("title")).contains(QLatin1StringView("feed"), Qt::CaseInsensitive)
            && !attrs.value(QStringLiteral("title")).contains(QLatin1StringView("rss"), Qt::CaseInsensitive)
            && type != u"application/json")
            continue;
        const QString href = decodeEntities(attrs.value(QStringLiteral("href")));
        if (href.isEmpty())
            continue;
        add(base.resolved(QUrl(href)).toString());
    }
    if (pageUrl.isValid() && !pageUrl.isRelative()) {
        for (const char *path : {"/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feed.json"})
            add(pageUrl.resolved(QUrl(QString::fromLatin1(path))).toString());
    }
    return out;
}

} // namespace veille
