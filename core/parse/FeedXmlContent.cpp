#include "parse/FeedXmlContent.h"

namespace veille::feedxml {

void addEnclosureOnce(ParsedItem *item, const ParsedEnclosure &e)
{
    for (const ParsedEnclosure &existing : item->enclosures) {
        if (existing.url == e.url)
            return;
    }
    item->enclosures.append(e);
}

AtomLink readAtomLink(const XmlNode &node)
{
    return {node.resolve(node.attr(u"href")), node.attr(u"rel").trimmed().toLower()};
}

void addLinkEnclosure(const XmlNode &node, const QString &href, ParsedItem *item)
{
    ParsedEnclosure e;
    e.url = href;
    e.type = node.attr(u"type");
    e.length = node.attr(u"length").toLongLong();
    addEnclosureOnce(item, e);
}

void applyMedia(const XmlNode &node, ParsedItem *item)
{
    if (node.ns != Ns::Media)
        return;
    if (node.name == u"group") {
        for (const XmlNode &c : node.children)
            applyMedia(c, item);
        return;
    }
    if (node.name == u"thumbnail") {
        if (item->imageUrl.isEmpty())
            item->imageUrl = node.resolve(node.attr(u"url"));
        return;
    }
    if (node.name == u"content") {
        const QString url = node.resolve(node.attr(u"url"));
        if (url.isEmpty())
            return;
        const QString medium = node.attr(u"medium").toLower();
        const QString type = node.attr(u"type").toLower();
        if (medium == u"image" || type.startsWith(QLatin1StringView("image/"))) {
            if (item->imageUrl.isEmpty())
                item->imageUrl = url;
        } else if (medium == u"audio" || medium == u"video" || type.startsWith(QLatin1StringView("audio/"))
                   || type.startsWith(QLatin1StringView("video/"))) {
            ParsedEnclosure e;
            e.url = url;
            e.type = node.attr(u"type");
            e.length = node.attr(u"fileSize").toLongLong();
            addEnclosureOnce(item, e);
        }
        for (const XmlNode &c : node.children)
            applyMedia(c, item);
    }
}

QString resolveHtmlUrls(const QString &html, const XmlNode &context)
{
    if (context.base.isEmpty() || context.base.isRelative())
        return html;
    QString out;
    qsizetype copied = 0;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (true) {
        // Find the next attribute of interest: href=, src=, srcset=, poster=.
        qsizetype eq = html.indexOf(u'=', i);
        if (eq < 0)
            break;
        qsizetype nameEnd = eq;
        while (nameEnd > 0 && html[nameEnd - 1] == u' ')
            --nameEnd;
        qsizetype nameStart = nameEnd;
        while (nameStart > 0 && html[nameStart - 1].isLetter())
            --nameStart;
        const QStringView name = QStringView(html).mid(nameStart, nameEnd - nameStart);
        const bool isUrl = name.compare(u"href", Qt::CaseInsensitive) == 0
            || name.compare(u"src", Qt::CaseInsensitive) == 0
            || name.compare(u"poster", Qt::CaseInsensitive) == 0;
        const bool isSrcset = name.compare(u"srcset", Qt::CaseInsensitive) == 0;
        i = eq + 1;
        if ((!isUrl && !isSrcset) || nameStart == 0 || !html[nameStart - 1].isSpace())
            continue;
        qsizetype v = eq + 1;
        while (v < n && html[v] == u' ')
            ++v;
        if (v >= n)
            break;
        const QChar quote = html[v];
        qsizetype valueStart = v;
        qsizetype valueEnd;
        if (quote == u'"' || quote == u'\'') {
            valueStart = v + 1;
            valueEnd = html.indexOf(quote, valueStart);
            if (valueEnd < 0)
                break;
        } else {
            valueEnd = valueStart;
            while (valueEnd < n && !html[valueEnd].isSpace() && html[valueEnd] != u'>')
                ++valueEnd;
        }
        const QString value = html.mid(valueStart, valueEnd - valueStart);
        QString resolved;
        if (isSrcset) {
            resolved = context.resolveSrcset(value);
        } else {
            // Entities in the attribute stay as written: only a value without them is touched.
            resolved = value.contains(u'&') && !value.contains(u':') ? value : context.resolve(value);
        }
        if (resolved != value) {
            out.append(QStringView(html).mid(copied, valueStart - copied));
            out.append(resolved);
            copied = valueEnd;
        }
        i = valueEnd;
    }
    if (copied == 0)
        return html;
    out.append(QStringView(html).mid(copied));
    return out;
}

ParsedPerson parsePersonText(const QString &raw)
{
    ParsedPerson p;
    const QString text = raw.simplified();
    if (text.isEmpty())
        return p;
    const qsizetype open = text.indexOf(u'(');
    const qsizetype close = text.lastIndexOf(u')');
    if (open > 0 && close > open) {
        const QString before = text.left(open).trimmed();
        const QString inside = text.mid(open + 1, close - open - 1).trimmed();
        if (before.contains(u'@') && !before.contains(u' ')) {
            p.email = before;
            p.name = inside;
            return p;
        }
        if (inside.contains(u'@') && !inside.contains(u' ')) {
            p.name = before;
            p.email = inside;
            return p;
        }
    }
    const qsizetype lt = text.indexOf(u'<');
    const qsizetype gt = text.lastIndexOf(u'>');
    if (lt >= 0 && gt > lt) {
        const QString inside = text.mid(lt + 1, gt - lt - 1).trimmed();
        if (inside.contains(u'@')) {
            p.email = inside.startsWith(QLatin1StringView("mailto:")) ? inside.mid(7) : inside;
            p.name = (text.left(lt) + text.mid(gt + 1)).trimmed();
            return p;
        }
    }
    if (text.contains(u'@') && !text.contains(u' ')) {
        p.email = text.startsWith(QLatin1StringView("mailto:")) ? text.mid(7) : text;
        return p;
    }
    p.name = text;
    return p;
}

} // namespace veille::feedxml
