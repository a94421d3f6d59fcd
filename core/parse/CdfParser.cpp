#include "parse/CdfParser.h"

#include "parse/TreeReader.h"
#include "text/DateParser.h"
#include "text/UrlResolver.h"

#include <iterator>
#include <map>

namespace veille {

using feedxml::TreeReader;
using feedxml::XmlNode;

namespace {

bool is(QStringView name, QLatin1StringView want)
{
    return name.compare(want, Qt::CaseInsensitive) == 0;
}

// An attribute whatever the case of its name: "HREF", "href", "Href".
QString attribute(const XmlNode &node, QLatin1StringView name)
{
    for (const feedxml::XmlAttr &a : node.attrs) {
        if (is(a.name, name))
            return a.value.trimmed();
    }
    return {};
}

QString readerAttribute(const TreeReader &reader, QLatin1StringView name)
{
    QString value = reader.attr(QString(name).toUpper());
    if (value.isEmpty())
        value = reader.attr(QString(name).toLower());
    return value.trimmed();
}

// The text of a child element (TITLE, ABSTRACT); CDF gives plain text, sometimes as a
// VALUE attribute instead.
QString childText(const XmlNode &node, QLatin1StringView name)
{
    for (const XmlNode &c : node.children) {
        if (is(c.name, name)) {
            const QString text = c.value().simplified();
            return text.isEmpty() ? attribute(c, QLatin1StringView("value")).simplified() : text;
        }
    }
    return {};
}

QString resolve(const QString &reference, const QUrl &base)
{
    return reference.isEmpty() ? QString() : UrlResolver::resolveInFeed(reference, base);
}

ParsedItem readItem(const XmlNode &node, const QUrl &base)
{
    ParsedItem item;
    item.link = resolve(attribute(node, QLatin1StringView("href")), base);
    item.title = childText(node, QLatin1StringView("title"));
    const QString abstract = childText(node, QLatin1StringView("abstract"));
    if (!abstract.isEmpty())
        item.summaryHtml = QStringLiteral("<p>%1</p>").arg(abstract.toHtmlEscaped());
    item.published = DateParser::parse(attribute(node, QLatin1StringView("lastmod")));
    for (const XmlNode &c : node.children) {
        if (is(c.name, QLatin1StringView("logo")) && item.imageUrl.isEmpty())
            item.imageUrl = resolve(attribute(c, QLatin1StringView("href")), base);
    }
    return item;
}

} // namespace

bool CdfParser::isCdfRoot(QStringView name, bool hasHref)
{
    return name == u"CHANNEL" || (is(name, QLatin1StringView("channel")) && hasHref);
}

void CdfParser::read(TreeReader &reader, ParsedFeed *feed, const ParsedItemSink &sink)
{
    feed->format = FeedFormat::Cdf;
    feed->version = QStringLiteral("cdf");
    // Each open channel's base, by depth: BASE when it gives one, else its parent's.
    std::map<int, QUrl> bases;
    const auto enterChannel = [&]() {
        QUrl base = reader.base();
        if (const auto above = bases.lower_bound(reader.depth()); above != bases.begin())
            base = std::prev(above)->second;
        const QString declared = readerAttribute(reader, QLatin1StringView("base"));
        if (!declared.isEmpty())
            base = base.isEmpty() ? QUrl(declared) : base.resolved(QUrl(declared));
        bases.erase(bases.lower_bound(reader.depth()), bases.end());
        bases[reader.depth()] = base;
        return base;
    };
    const QUrl rootBase = enterChannel();
    feed->siteUrl = resolve(readerAttribute(reader, QLatin1StringView("href")), rootBase);
    feed->updated = DateParser::parse(readerAttribute(reader, QLatin1StringView("lastmod")));
    const auto baseAt = [&](int depth) {
        auto it = bases.upper_bound(depth - 1);
        return it == bases.begin() ? rootBase : std::prev(it)->second;
    };
    while (reader.nextStart()) {
        const QStringView name = reader.name();
        if (is(name, QLatin1StringView("channel"))) {
            enterChannel();
            continue; // descend: a sub-channel's items are the feed's
        }
        const int depth = reader.depth();
        const XmlNode node = reader.readElement();
        if (is(node.name, QLatin1StringView("item"))) {
            ParsedItem item = readItem(node, baseAt(depth));
            if (item.link.isEmpty() && item.title.isEmpty())
                continue;
            if (!sink(std::move(item), *feed))
                break;
            continue;
        }
        if (depth != 2)
            continue; // a sub-channel's own title, abstract and logo
        if (is(node.name, QLatin1StringView("title")) && feed->title.isEmpty())
            feed->title = node.value().simplified();
        else if (is(node.name, QLatin1StringView("abstract")) && feed->description.isEmpty())
            feed->description = node.value().simplified();
        else if (is(node.name, QLatin1StringView("logo")) && feed->imageUrl.isEmpty())
            feed->imageUrl = resolve(attribute(node, QLatin1StringView("href")), rootBase);
    }
}

} // namespace veille
