#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QXmlStreamReader>

#include <vector>

namespace veille {
class FeedTextSource;
} // namespace veille

namespace veille::feedxml {

// The namespaces the RSS and Atom readers care about. Feeds declare them with many
// spellings (case, trailing slash, whitespace) or not at all, so URIs are classified
// once here and the readers compare enum values.
enum class Ns : quint8 {
    None,
    Atom,
    Atom03,
    Rss10,
    Rss090,
    Rdf,
    Content,
    Dc,
    DcTerms,
    Media,
    Itunes,
    Xhtml,
    Xml,
    Other,
};

struct XmlAttr {
    QString qualifiedName;
    QString name;   // local name
    QString value;
    Ns ns = Ns::None;
};

// One element read whole: the readers stream the document and build a small tree per
// item or channel-level element, then drop it. Direct text (character data and CDATA)
// is kept in `text`; `childAt[i]` is the position in `text` where child i starts, so
// mixed content can be written back as markup.
struct XmlNode {
    Ns ns = Ns::None;
    QString qualifiedName;
    QString name;
    QList<XmlAttr> attrs;
    QUrl base;              // effective xml:base (the document URL when none)
    QString text;
    std::vector<XmlNode> children;
    std::vector<qsizetype> childAt;

    QString attr(QStringView localName) const;
    QString attr(Ns attrNs, QStringView localName) const;
    bool is(Ns n, QStringView localName) const { return ns == n && name == localName; }
    const XmlNode *child(Ns n, QStringView localName) const;
    // The text of the element, trimmed; when it holds child elements (naked markup),
    // the markup is written back as a string.
    QString value() const;
    // The element's content as markup: text escaped, child elements serialised.
    // With resolveUrls, href, src and srcset values are resolved against the base.
    QString innerXml(bool resolveUrls = false) const;
    // Resolves a reference against this element's base; empty stays empty.
    QString resolve(const QString &reference) const;
};

// Streams a document with namespace processing done by hand: feeds use prefixes they
// never declare (itunes:, media:, dc:), which a strict reader rejects.
class TreeReader {
public:
    TreeReader(const QString &xml, const QUrl &documentUrl);
    // Reads the text piece by piece from the source, as the parse needs it.
    TreeReader(FeedTextSource &source, const QUrl &documentUrl);

    // Advances to the next start element; false at the end or on an error.
    bool nextStart();
    // After nextStart(): the element's identity without reading it.
    Ns ns() const { return m_currentNs; }
    QStringView name() const { return m_currentName; }
    const QUrl &base() const { return m_bases.back(); }
    QString attr(QStringView localName) const;
    // Reads the current element and its subtree; on a parse error the node holds what
    // was read before it.
    XmlNode readElement();
    // Skips the current element's subtree.
    void skipElement();

    bool hasError() const { return m_reader.hasError() || !m_trailingError.isEmpty(); }
    QString errorString() const;
    // The depth of the current element (1 for the root).
    int depth() const { return static_cast<int>(m_bases.size()) - 1; }

private:
    // The next token; when the text given so far runs out, the next piece is added.
    QXmlStreamReader::TokenType next();
    // After the root element of a streamed text: whether anything but blanks, comments
    // and processing instructions follows (which a reader of the whole text reports).
    bool trailingContent();
    void enter();
    void leave();
    Ns resolveNs(QStringView prefix) const;

    QXmlStreamReader m_reader;
    FeedTextSource *m_source = nullptr;
    QString m_lastPiece;     // the text added last, where the root element ends
    qint64 m_added = 0;      // characters added so far
    QString m_trailingError;
    struct Scope {
        QString prefix;
        Ns ns;
        int depth;
    };
    std::vector<Scope> m_scopes;
    std::vector<QUrl> m_bases;
    Ns m_currentNs = Ns::None;
    QString m_currentName;
    bool m_pendingEnter = false;
};

Ns classifyNamespace(QStringView uri);
QString escapeHtml(const QString &text);

} // namespace veille::feedxml

#include "model/ParsedFeed.h"

namespace veille::feedxml {

// Media RSS: media:content, media:thumbnail and media:group give the item image, and
// audio or video media:content becomes an enclosure when the item has none of its own.
void applyMedia(const XmlNode &node, ParsedItem *item);

// Rewrites relative href, src and srcset values in an HTML string against `base`;
// fragment-only references ("#fn1") stay as they are.
QString resolveHtmlUrls(const QString &html, const XmlNode &context);

// "email@example.org (Name)", "Name <email@example.org>", a bare address or a bare name.
ParsedPerson parsePersonText(const QString &text);

} // namespace veille::feedxml
