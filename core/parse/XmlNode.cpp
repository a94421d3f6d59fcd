#include "parse/XmlNode.h"

#include "text/UrlResolver.h"

#include <QStringList>

namespace veille::feedxml {

namespace {

bool isVoidHtmlElement(QStringView name)
{
    static constexpr const char16_t *kVoid[] = {u"br", u"img", u"hr", u"input", u"meta", u"link",
                                                 u"area", u"base", u"col", u"embed", u"param",
                                                 u"source", u"track", u"wbr"};
    for (const char16_t *v : kVoid) {
        if (name == QStringView(v))
            return true;
    }
    return false;
}

void escapeInto(QString &out, QStringView text, bool attribute)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char *rep = nullptr;
        if (c == u'&')
            rep = "&amp;";
        else if (c == u'<')
            rep = "&lt;";
        else if (c == u'>')
            rep = "&gt;";
        else if (attribute && c == u'"')
            rep = "&quot;";
        if (rep) {
            out.append(text.mid(from, i - from));
            out.append(QLatin1StringView(rep));
            from = i + 1;
        }
    }
    out.append(text.mid(from));
}

void serialise(QString &out, const XmlNode &node, bool resolveUrls);

void serialiseContent(QString &out, const XmlNode &node, bool resolveUrls)
{
    qsizetype textPos = 0;
    for (size_t c = 0; c < node.children.size(); ++c) {
        const qsizetype at = node.childAt[c];
        escapeInto(out, QStringView(node.text).mid(textPos, at - textPos), false);
        textPos = at;
        serialise(out, node.children[c], resolveUrls);
    }
    escapeInto(out, QStringView(node.text).mid(textPos), false);
}

void serialise(QString &out, const XmlNode &node, bool resolveUrls)
{
    const QString &tag = node.ns == Ns::Xhtml ? node.name : node.qualifiedName;
    out += u'<';
    out += tag;
    for (const XmlAttr &a : node.attrs) {
        if (a.qualifiedName.startsWith(QLatin1StringView("xml:")))
            continue;
        QString value = a.value;
        if (resolveUrls && a.ns == Ns::None) {
            if (a.name == u"href" || a.name == u"src" || a.name == u"poster")
                value = node.resolve(value);
            else if (a.name == u"srcset")
                value = node.resolveSrcset(value);
        }
        out += u' ';
        out += a.qualifiedName;
        out += QLatin1StringView("=\"");
        escapeInto(out, value, true);
        out += u'"';
    }
    if (node.children.empty() && node.text.isEmpty() && isVoidHtmlElement(node.name)) {
        out += QLatin1StringView(" />");
        return;
    }
    out += u'>';
    serialiseContent(out, node, resolveUrls);
    out += QLatin1StringView("</");
    out += tag;
    out += u'>';
}

} // namespace

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    escapeInto(out, text, true);
    return out;
}

Ns classifyNamespace(QStringView rawUri)
{
    QString uri = rawUri.trimmed().toString().toLower();
    while (uri.endsWith(u'/') || uri.endsWith(u'#'))
        uri.chop(1);
    if (uri.isEmpty())
        return Ns::None;
    if (uri.startsWith(QLatin1StringView("https://")))
        uri.replace(0, 8, QStringLiteral("http://"));
    if (uri == u"http://www.w3.org/2005/atom")
        return Ns::Atom;
    if (uri == u"http://purl.org/atom/ns")
        return Ns::Atom03;
    if (uri == u"http://purl.org/rss/1.0")
        return Ns::Rss10;
    if (uri == u"http://my.netscape.com/rdf/simple/0.9")
        return Ns::Rss090;
    if (uri == u"http://www.w3.org/1999/02/22-rdf-syntax-ns")
        return Ns::Rdf;
    if (uri == u"http://purl.org/rss/1.0/modules/content")
        return Ns::Content;
    if (uri == u"http://purl.org/dc/elements/1.1")
        return Ns::Dc;
    if (uri == u"http://purl.org/dc/terms")
        return Ns::DcTerms;
    if (uri == u"http://search.yahoo.com/mrss" || uri == u"http://search.yahoo.com/rss")
        return Ns::Media;
    if (uri.contains(QLatin1StringView("itunes.com/dtds/podcast")))
        return Ns::Itunes;
    if (uri == u"http://www.w3.org/1999/xhtml")
        return Ns::Xhtml;
    if (uri == u"http://www.w3.org/xml/1998/namespace")
        return Ns::Xml;
    if (uri == u"http://backend.userland.com/rss2" || uri == u"http://blogs.law.harvard.edu/tech/rss"
        || uri == u"http://backend.userland.com/rss")
        return Ns::None;
    return Ns::Other;
}

QString XmlNode::attr(QStringView localName) const
{
    for (const XmlAttr &a : attrs) {
        if (a.name == localName && (a.ns == Ns::None || a.ns == ns))
            return a.value;
    }
    return {};
}

QString XmlNode::attr(Ns attrNs, QStringView localName) const
{
    for (const XmlAttr &a : attrs) {
        if (a.name == localName && a.ns == attrNs)
            return a.value;
    }
    return {};
}

const XmlNode *XmlNode::child(Ns n, QStringView localName) const
{
    for (const XmlNode &c : children) {
        if (c.ns == n && c.name == localName)
            return &c;
    }
    return nullptr;
}

QString XmlNode::value() const
{
    if (children.empty())
        return text.trimmed();
    return innerXml().trimmed();
}

QString XmlNode::innerXml(bool resolveUrls) const
{
    QString out;
    out.reserve(text.size() + 64);
    serialiseContent(out, *this, resolveUrls);
    return out;
}

QString XmlNode::resolve(const QString &reference) const
{
    return UrlResolver::resolveInFeed(reference, base);
}

QString XmlNode::resolveSrcset(const QString &value) const
{
    QStringList parts;
    for (const QString &candidate : value.split(u',')) {
        const QString trimmed = candidate.trimmed();
        const qsizetype space = trimmed.indexOf(u' ');
        const QString url = space < 0 ? trimmed : trimmed.left(space);
        parts << resolve(url) + (space < 0 ? QString() : trimmed.mid(space));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace veille::feedxml
