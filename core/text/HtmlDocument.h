#pragma once

#include "text/HtmlTokenizer.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <vector>

namespace veille {

// The elements the builder and its readers treat specially; anything else is Unknown
// and keeps its name in HtmlNode::name.
enum class HtmlTag : quint8 {
    Unknown, Text, Document,
    A, Abbr, Address, Applet, Area, Article, Aside, Audio, B, Base, Big, Blockquote, Body,
    Br, Button, Canvas, Caption, Center, Cite, Code, Col, Colgroup, Datalist, Dd, Del,
    Details, Dfn, Dialog, Dir, Div, Dl, Dt, Em, Embed, Fieldset, Figcaption, Figure, Font,
    Footer, Form, Frame, Frameset, H1, H2, H3, H4, H5, H6, Head, Header, Hgroup, Hr, Html,
    I, Iframe, Img, Input, Ins, Kbd, Label, Legend, Li, Link, Main, Map, Mark, Math, Menu,
    Meta, Nav, Nobr, Noembed, Noframes, Noscript, Object, Ol, Optgroup, Option, Output, P,
    Param, Picture, Plaintext, Pre, Q, S, Samp, Script, Section, Select, Small, Source,
    Span, Strike, Strong, Style, Sub, Summary, Sup, Svg, Table, Tbody, Td, Template,
    Textarea, Tfoot, Th, Thead, Time, Title, Tr, Track, Tt, U, Ul, Var, Video, Wbr, Xmp,
    Count
};

struct HtmlNode {
    HtmlTag tag = HtmlTag::Unknown;
    bool removed = false; // set by readers that prune the tree (boilerplate, key points)
    int parent = -1;
    int firstChild = -1;
    int lastChild = -1;
    int nextSibling = -1;
    int previousSibling = -1;
    QString name;                    // lower-case element name; empty for known tags
    QString text;                    // text nodes only
    QList<HtmlAttribute> attributes; // elements only

    bool isElement() const { return tag != HtmlTag::Text && tag != HtmlTag::Document; }
    bool isText() const { return tag == HtmlTag::Text; }
};

// A light HTML tree: what the browsers would build for the common cases (implied end
// tags for p, li, td, ..., void elements, stray end tags ignored), without the rarely
// needed parts of the standard (adoption agency, foster parenting). Nodes live in one
// vector and refer to each other by index; node 0 is the document. Nesting is capped
// at kMaxDepth: deeper start tags are ignored, their content kept.
class HtmlDocument {
public:
    static constexpr int kMaxDepth = 512;

    static HtmlDocument parse(QStringView html);
    // Decodes the bytes (see HtmlCharset) and parses them.
    static HtmlDocument parseBytes(const QByteArray &bytes);

    int root() const { return 0; }
    int size() const { return int(m_nodes.size()); }
    const HtmlNode &node(int index) const { return m_nodes[size_t(index)]; }
    HtmlNode &node(int index) { return m_nodes[size_t(index)]; }
    HtmlTag tag(int index) const { return m_nodes[size_t(index)].tag; }

    // The element's name: the known tag's name or the stored one.
    QString tagName(int index) const;
    static HtmlTag tagFromName(const QString &lowerName);
    static QLatin1StringView nameOfTag(HtmlTag tag);

    // The value of an attribute (name in lower case), or a null QString.
    QString attribute(int index, QLatin1StringView name) const;
    bool hasAttribute(int index, QLatin1StringView name) const;

    // The next node in document order after `index`, staying inside `scope`;
    // with skipChildren the children of `index` are not visited. -1 at the end.
    int nextInOrder(int index, int scope, bool skipChildren = false) const;

    // All text under the node, as written (whitespace untouched); removed nodes skipped.
    QString textContent(int index) const;

    // For every node, the length of the text under it (script, style and removed
    // nodes left out), computed in one pass: nodes come after their parents.
    std::vector<int> textLengths() const;

    // The first element with this tag in document order, or -1.
    int firstElement(HtmlTag tag, int scope = 0) const;

    // Whether the node or one of its ancestors is marked removed.
    bool isRemoved(int index) const;

private:
    friend class HtmlTreeBuilder;
    std::vector<HtmlNode> m_nodes;
};

} // namespace veille
