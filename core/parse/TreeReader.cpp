#include "parse/TreeReader.h"

#include "parse/FeedTextSource.h"

#include <algorithm>

namespace veille::feedxml {

namespace {

constexpr int kMaxDepth = 256;
// A file that is broken everywhere is not worth reading item by item to its end.
constexpr int kMaxRecoveries = 200;

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

TreeReader::TreeReader(const QString &xml, const QUrl &documentUrl)
    : m_reader(xml), m_lastPiece(xml), m_added(xml.size())
{
    m_reader.setNamespaceProcessing(false);
    m_bases.push_back(documentUrl);
    m_names.emplace_back();
}

TreeReader::TreeReader(FeedTextSource &source, const QUrl &documentUrl)
    : m_source(&source)
{
    m_reader.setNamespaceProcessing(false);
    m_bases.push_back(documentUrl);
    m_names.emplace_back();
}

QXmlStreamReader::TokenType TreeReader::next()
{
    if (!m_trailingError.isEmpty())
        return QXmlStreamReader::Invalid;
    while (true) {
        const auto token = m_reader.readNext();
        if (token == QXmlStreamReader::StartElement && m_syntheticStarts > 0) {
            --m_syntheticStarts;
            continue;
        }
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
        m_previousPiece = std::move(m_lastPiece);
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
    return QStringLiteral("line %1: %2").arg(m_lineBase + m_reader.lineNumber()).arg(m_reader.errorString());
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
    m_names.push_back(qn.toString());
    const qsizetype colon = qn.indexOf(u':');
    m_currentNs = resolveNs(colon < 0 ? QStringView() : qn.left(colon));
    m_currentName = (colon < 0 ? qn : qn.mid(colon + 1)).toString();
    if (m_currentName == u"item" || m_currentName == u"entry") {
        m_itemName = m_names.back();
        m_itemDepth = static_cast<int>(m_bases.size()) - 1;
    }
}

void TreeReader::leave()
{
    const int depth = static_cast<int>(m_bases.size()) - 1;
    while (!m_scopes.empty() && m_scopes.back().depth >= depth)
        m_scopes.pop_back();
    if (m_bases.size() > 1) {
        m_bases.pop_back();
        m_names.pop_back();
    }
}

qsizetype TreeReader::findItemStart(const QString &text, qsizetype from) const
{
    const QString open = QLatin1Char('<') + m_itemName;
    for (qsizetype at = text.indexOf(open, from); at >= 0; at = text.indexOf(open, at + 1)) {
        const qsizetype after = at + open.size();
        if (after >= text.size())
            return at; // undecided: the caller reads more before deciding
        const QChar c = text[after];
        if (c.isSpace() || c == u'>' || c == u'/')
            return at;
    }
    return -1;
}

bool TreeReader::recover()
{
    if (m_itemDepth <= 0 || !m_trailingError.isEmpty() || m_recovered.size() >= kMaxRecoveries
        || m_reader.error() != QXmlStreamReader::NotWellFormedError || m_itemDepth > static_cast<int>(m_names.size()))
        return false;
    // The text from the fault on, from the pieces the reader was given last.
    const qint64 lastStart = m_added - m_lastPiece.size();
    const qint64 previousStart = lastStart - m_previousPiece.size();
    const qint64 fault = std::max(m_reader.characterOffset(), previousStart);
    QString rest = fault >= lastStart ? m_lastPiece.mid(fault - lastStart)
                                      : m_previousPiece.mid(fault - previousStart) + m_lastPiece;
    qint64 lines = m_reader.lineNumber() - 1;
    // The fault itself is not the next item: look one character on.
    qsizetype at = findItemStart(rest, 1);
    while (m_source && (at < 0 || at + m_itemName.size() + 1 >= rest.size())) {
        QString piece;
        if (!m_source->nextXml(&piece))
            break;
        if (at < 0) {
            // Nothing found yet: keep only what may begin a start tag cut by the piece's end.
            const qsizetype keep = std::min<qsizetype>(rest.size(), m_itemName.size() + 1);
            lines += QStringView(rest).left(rest.size() - keep).count(u'\n');
            rest = rest.right(keep);
        }
        rest += piece;
        at = findItemStart(rest, at < 0 ? 0 : at);
    }
    if (at < 0)
        return false;
    m_recovered << errorString();
    lines += QStringView(rest).left(at).count(u'\n');

    // Back to the item's parent: the elements the reader was in below it are gone.
    while (static_cast<int>(m_bases.size()) > m_itemDepth) {
        m_bases.pop_back();
        m_names.pop_back();
    }
    while (!m_scopes.empty() && m_scopes.back().depth >= m_itemDepth)
        m_scopes.pop_back();
    // A new reader, given the open elements again so their end tags match.
    QString text;
    for (size_t i = 1; i < m_names.size(); ++i)
        text += QLatin1Char('<') + m_names[i] + QLatin1Char('>');
    m_syntheticStarts = static_cast<int>(m_names.size()) - 1;
    text += QStringView(rest).mid(at);
    m_reader.clear();
    m_reader.setNamespaceProcessing(false);
    m_reader.addData(text);
    m_lineBase += lines;
    m_previousPiece.clear();
    m_added = text.size();
    m_lastPiece = std::move(text);
    return true;
}

bool TreeReader::nextStart()
{
    while (true) {
        const auto token = next();
        if (token == QXmlStreamReader::Invalid && recover())
            continue;
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
