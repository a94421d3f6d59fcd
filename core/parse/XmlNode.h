#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <vector>

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
    // With resolveUrls, href, src, poster and srcset values are resolved against the base.
    QString innerXml(bool resolveUrls = false) const;
    // Resolves a reference against this element's base with UrlResolver; empty stays
    // empty, and a fragment-only reference ("#fn1") stays as written.
    QString resolve(const QString &reference) const;
    // Resolves each URL of a srcset value ("a.jpg 1x, b.jpg 2x").
    QString resolveSrcset(const QString &value) const;
};

// The namespace a URI names, however the feed spells it.
Ns classifyNamespace(QStringView uri);
// Text escaped for markup and attribute values (&, <, > and ").
QString escapeHtml(const QString &text);

} // namespace veille::feedxml
