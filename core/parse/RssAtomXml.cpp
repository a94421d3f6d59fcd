#include "parse/RssAtomXml.h"

#include "parse/FeedTextSource.h"

namespace veille::feedxml {

namespace {

constexpr int kMaxDepth = 256;

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

QString resolveSrcset(const QString &value, const XmlNode &node)
{
    QStringList parts;
    for (const QString &candidate : value.split(u',')) {
        const QString trimmed = candidate.trimmed();
        const qsizetype space = trimmed.indexOf(u' ');
        const QString url = space < 0 ? trimmed : trimmed.left(space);
        const QString rest = space < 0 ? QString() : trimmed.mid(space);
        parts << node.resolve(url) + rest;
    }
    return parts.join(QStringLiteral(", "));
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
                value = resolveSrcset(value, node);
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

Ns nsForPrefix(QStringView prefix)
{
    if (prefix == u"atom")
        return Ns::Atom;
    if (prefix == u"dc")
        return Ns::Dc;
    if (prefix == u"dcterms")
        return Ns::DcTerms;
    if (prefix == u"content")
        return Ns::Content;
    if (prefix == u"media")
        return Ns::Media;
    if (prefix == u"itunes")
        return Ns::Itunes;
    if (prefix == u"rdf")
        return Ns::Rdf;
    if (prefix == u"xml")
        return Ns::Xml;
    if (prefix == u"xhtml")
        return Ns::Xhtml;
    return prefix.isEmpty() ? Ns::None : Ns::Other;
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
    const QString ref = reference.trimmed();
    if (ref.isEmpty() || ref.startsWith(u'#') || base.isEmpty())
        return ref;
    // Absolute references are common; skip QUrl work for them.
    const qsizetype colon = ref.indexOf(u':');
    if (colon > 0 && colon < 12) {
        bool scheme = true;
        for (qsizetype i = 0; i < colon && scheme; ++i)
            scheme = ref[i].isLetterOrNumber() || ref[i] == u'+' || ref[i] == u'-' || ref[i] == u'.';
        if (scheme)
            return ref;
    }
    const QUrl resolved = base.resolved(QUrl(ref));
    return resolved.isValid() ? resolved.toString() : ref;
}


TreeReader::TreeReader(const QString &xml, const QUrl &documentUrl)
    : m_reader(xml)
{
    m_reader.setNamespaceProcessing(false);
    m_bases.push_back(documentUrl);
}

TreeReader::TreeReader(FeedTextSource &source, const QUrl &documentUrl)
    : m_source(&source)
{
    m_reader.setNamespaceProcessing(false);
    m_bases.push_back(documentUrl);
}

QXmlStreamReader::TokenType TreeReader::next()
{
    if (!m_trailingError.isEmpty())
        return QXmlStreamReader::Invalid;
    while (true) {
        const auto token = m_reader.readNext();
        if (token == QXmlStreamReader::EndDocument && m_source && trailingContent())
            return QXmlStreamReader::Invalid;
        if (token != QXmlStreamReader::Invalid || !m_source
            || m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return token;
        QString piece;
        if (!m_source->nextXml(&piece))
            return token;
        m_reader.addData(piece);
        m_added += piece.size();
        m_lastPiece = std::move(piece);
    }
}

bool TreeReader::trailingContent()
{
    // Fed piece by piece, QXmlStreamReader ends the document with its root element and
    // never looks at what follows; read whole, it reports extra content there.
    const qint64 pieceStart = m_added - m_lastPiece.size();
    const qint64 offset = m_reader.characterOffset();
    QString rest = offset >= pieceStart && offset <= m_added ? m_lastPiece.mid(offset - pieceStart) : QString();
    m_lastPiece.clear();
    qint64 line = m_reader.lineNumber();
    while (true) {
        qsizetype i = 0;
        bool waiting = false;
        while (i < rest.size()) {
            const QChar c = rest[i];
            if (c.isSpace()) {
                line += c == u'\n' ? 1 : 0;
                ++i;
                continue;
            }
            if (c == u'<' && rest.size() - i < 4) {
                waiting = true;
                break;
            }
            const bool comment = QStringView(rest).mid(i, 4) == QLatin1StringView("<!--");
            const bool instruction = QStringView(rest).mid(i, 2) == QLatin1StringView("<?");
            if (!comment && !instruction) {
                m_trailingError = QStringLiteral("line %1: Extra content at end of document.").arg(line);
                return true;
            }
            const QLatin1StringView close(comment ? "-->" : "?>");
            const qsizetype end = rest.indexOf(close, i + 2);
            if (end < 0) {
                waiting = true;
                if (rest.size() - i > 64 * 1024) {
                    // A long comment: keep its opening and what may start its close.
                    line += QStringView(rest).mid(i, rest.size() - 2 - i).count(u'\n');
                    rest = (comment ? QStringLiteral("<!--") : QStringLiteral("<?")) + rest.right(2);
                    i = 0;
                }
                break;
            }
            line += QStringView(rest).mid(i, end - i).count(u'\n');
            i = end + close.size();
        }
        QString piece;
        if (!m_source->nextXml(&piece))
            return false;
        rest = (waiting ? rest.mid(i) : QString()) + piece;
    }
}

QString TreeReader::errorString() const
{
    return QStringLiteral("line %1: %2").arg(m_reader.lineNumber()).arg(m_reader.errorString());
}

QString TreeReader::attr(QStringView localName) const
{
    const auto attrs = m_reader.attributes();
    for (const auto &a : attrs) {
        const QStringView qn = a.qualifiedName();
        const qsizetype colon = qn.indexOf(u':');
        if ((colon < 0 ? qn : qn.mid(colon + 1)) == localName)
            return a.value().toString();
    }
    return {};
}

Ns TreeReader::resolveNs(QStringView prefix) const
{
    for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
        if (it->prefix == prefix)
            return it->ns;
    }
    return nsForPrefix(prefix);
}

void TreeReader::enter()
{
    const int depth = static_cast<int>(m_bases.size());
    const auto attrs = m_reader.attributes();
    QUrl base = m_bases.back();
    for (const auto &a : attrs) {
        const QStringView qn = a.qualifiedName();
        if (qn.startsWith(u"xmlns")) {
            if (qn.size() == 5)
                m_scopes.push_back({QString(), classifyNamespace(a.value()), depth});
            else if (qn[5] == u':')
                m_scopes.push_back({qn.mid(6).toString(), classifyNamespace(a.value()), depth});
        } else if (qn == u"xml:base") {
            const QString ref = a.value().trimmed().toString();
            if (!ref.isEmpty())
                base = base.isEmpty() ? QUrl(ref) : base.resolved(QUrl(ref));
        }
    }
    m_bases.push_back(base);
    const QStringView qn = m_reader.qualifiedName();
    const qsizetype colon = qn.indexOf(u':');
    m_currentNs = resolveNs(colon < 0 ? QStringView() : qn.left(colon));
    m_currentName = (colon < 0 ? qn : qn.mid(colon + 1)).toString();
}

void TreeReader::leave()
{
    const int depth = static_cast<int>(m_bases.size()) - 1;
    while (!m_scopes.empty() && m_scopes.back().depth >= depth)
        m_scopes.pop_back();
    if (m_bases.size() > 1)
        m_bases.pop_back();
}

bool TreeReader::nextStart()
{
    while (true) {
        const auto token = next();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return false;
        if (token == QXmlStreamReader::StartElement) {
            enter();
            return true;
        }
        if (token == QXmlStreamReader::EndElement)
            leave();
    }
}

XmlNode TreeReader::readElement()
{
    XmlNode node;
    node.ns = m_currentNs;
    node.name = m_currentName;
    node.qualifiedName = m_reader.qualifiedName().toString();
    node.base = m_bases.back();
    const auto attrs = m_reader.attributes();
    node.attrs.reserve(attrs.size());
    for (const auto &a : attrs) {
        XmlAttr attr;
        attr.qualifiedName = a.qualifiedName().toString();
        const qsizetype colon = attr.qualifiedName.indexOf(u':');
        if (colon < 0) {
            attr.name = attr.qualifiedName;
        } else {
            attr.name = attr.qualifiedName.mid(colon + 1);
            const QStringView prefix = QStringView(attr.qualifiedName).left(colon);
            attr.ns = prefix == u"xmlns" ? Ns::Other : resolveNs(prefix);
        }
        attr.value = a.value().toString();
        node.attrs.append(attr);
    }
    const bool tooDeep = depth() > kMaxDepth;
    while (true) {
        const auto token = next();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return node;
        switch (token) {
        case QXmlStreamReader::Characters:
            node.text.append(m_reader.text());
            break;
        case QXmlStreamReader::StartElement:
            enter();
            if (tooDeep) {
                skipElement();
            } else {
                node.childAt.push_back(node.text.size());
                node.children.push_back(readElement());
            }
            break;
        case QXmlStreamReader::EndElement:
            leave();
            return node;
        default:
            break;
        }
    }
    return node;
}

void TreeReader::skipElement()
{
    int level = 1;
    while (level > 0) {
        const auto token = next();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return;
        if (token == QXmlStreamReader::StartElement) {
            enter();
            ++level;
        } else if (token == QXmlStreamReader::EndElement) {
            leave();
            --level;
        }
    }
}

} // namespace veille::feedxml

namespace veille::feedxml {

namespace {

void addEnclosureOnce(ParsedItem *item, const ParsedEnclosure &e)
{
    for (const ParsedEnclosure &existing : item->enclosures) {
        if (existing.url == e.url)
            return;
    }
    item->enclosures.append(e);
}

} // namespace

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
            QStringList parts;
            for (const QString &candidate : value.split(u',')) {
                const QString trimmed = candidate.trimmed();
                const qsizetype space = trimmed.indexOf(u' ');
                const QString url = space < 0 ? trimmed : trimmed.left(space);
                parts << context.resolve(url) + (space < 0 ? QString() : trimmed.mid(space));
            }
            resolved = parts.join(QStringLiteral(", "));
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
