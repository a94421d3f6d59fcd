#include "text/HtmlDocument.h"

#include "text/HtmlCharset.h"

#include <QHash>

#include <array>

namespace veille {

namespace {

constexpr const char *kTagNames[] = {
    "", "#text", "#document",
    "a", "abbr", "address", "applet", "area", "article", "aside", "audio", "b", "base", "big",
    "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
    "colgroup", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt",
    "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame",
    "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
    "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map",
    "mark", "math", "menu", "meta", "nav", "nobr", "noembed", "noframes", "noscript", "object",
    "ol", "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "q", "s",
    "samp", "script", "section", "select", "small", "source", "span", "strike", "strong",
    "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
    "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video",
    "wbr", "xmp"};
static_assert(std::size(kTagNames) == size_t(HtmlTag::Count), "one name per tag");

enum Flag : quint8 {
    kVoid = 1,
    kClosesP = 2,
    kScope = 4,     // an element that open p, li, dd/dt do not look past
    kTableScope = 8 // table structure: non-table end tags do not look past it
};

using FlagTable = std::array<quint8, size_t(HtmlTag::Count)>;

constexpr FlagTable makeFlags()
{
    FlagTable f{};
    using T = HtmlTag;
    for (T t : {T::Area, T::Base, T::Br, T::Col, T::Embed, T::Hr, T::Img, T::Input, T::Link,
                T::Meta, T::Param, T::Source, T::Track, T::Wbr, T::Frame})
        f[size_t(t)] |= kVoid;
    for (T t : {T::Address, T::Article, T::Aside, T::Blockquote, T::Center, T::Details,
                T::Dialog, T::Dir, T::Div, T::Dl, T::Fieldset, T::Figcaption, T::Figure,
                T::Footer, T::Form, T::H1, T::H2, T::H3, T::H4, T::H5, T::H6, T::Header,
                T::Hgroup, T::Hr, T::Main, T::Menu, T::Nav, T::Ol, T::P, T::Pre, T::Section,
                T::Summary, T::Table, T::Ul, T::Li, T::Dd, T::Dt, T::Plaintext, T::Xmp})
        f[size_t(t)] |= kClosesP;
    for (T t : {T::Applet, T::Caption, T::Html, T::Table, T::Td, T::Th, T::Object,
                T::Template, T::Button, T::Document})
        f[size_t(t)] |= kScope;
    for (T t : {T::Table, T::Td, T::Th, T::Caption, T::Template, T::Document})
        f[size_t(t)] |= kTableScope;
    return f;
}

constexpr FlagTable kFlags = makeFlags();

inline bool has(HtmlTag t, Flag flag) { return kFlags[size_t(t)] & flag; }

inline bool isHeading(HtmlTag t) { return t >= HtmlTag::H1 && t <= HtmlTag::H6; }

inline bool isTablePart(HtmlTag t)
{
    return t == HtmlTag::Table || t == HtmlTag::Tbody || t == HtmlTag::Thead
        || t == HtmlTag::Tfoot || t == HtmlTag::Tr || t == HtmlTag::Td || t == HtmlTag::Th
        || t == HtmlTag::Caption || t == HtmlTag::Colgroup;
}

} // namespace

class HtmlTreeBuilder {
public:
    explicit HtmlTreeBuilder(HtmlDocument &doc) : m_doc(doc)
    {
        m_openCount.fill(0);
        HtmlNode root;
        root.tag = HtmlTag::Document;
        m_doc.m_nodes.push_back(std::move(root));
        m_stack.reserve(64);
        m_stack.push_back(0);
    }

    void run(QStringView html)
    {
        m_doc.m_nodes.reserve(size_t(html.size() / 24 + 16));
        HtmlTokenizer tokenizer(html);
        HtmlToken token;
        while (tokenizer.next(token)) {
            switch (token.type) {
            case HtmlToken::Type::Text:
                addText(token.text);
                break;
            case HtmlToken::Type::StartTag:
                startTag(token);
                break;
            case HtmlToken::Type::EndTag:
                endTag(token);
                break;
            }
        }
    }

private:
    int current() const { return m_stack.back(); }
    HtmlTag currentTag() const { return m_doc.tag(current()); }

    int append(HtmlNode &&node)
    {
        const int parent = current();
        const int index = int(m_doc.m_nodes.size());
        node.parent = parent;
        HtmlNode &p = m_doc.m_nodes[size_t(parent)];
        node.previousSibling = p.lastChild;
        if (p.lastChild >= 0)
            m_doc.m_nodes[size_t(p.lastChild)].nextSibling = index;
        else
            p.firstChild = index;
        p.lastChild = index;
        m_doc.m_nodes.push_back(std::move(node));
        return index;
    }

    void addText(QString &text)
    {
        if (text.isEmpty())
            return;
        HtmlNode &parent = m_doc.m_nodes[size_t(current())];
        if (parent.lastChild >= 0 && m_doc.m_nodes[size_t(parent.lastChild)].isText()) {
            m_doc.m_nodes[size_t(parent.lastChild)].text.append(text);
            return;
        }
        HtmlNode node;
        node.tag = HtmlTag::Text;
        node.text = std::move(text);
        text = QString();
        append(std::move(node));
    }

    void push(int index)
    {
        m_stack.push_back(index);
        ++m_openCount[size_t(m_doc.tag(index))];
    }

    void popTo(size_t depth) // keeps m_stack[0 .. depth)
    {
        while (m_stack.size() > depth) {
            --m_openCount[size_t(m_doc.tag(m_stack.back()))];
            m_stack.pop_back();
        }
    }

    // Position in the stack of the innermost open `tag` not hidden behind a scope
    // boundary (`boundary` flag), or 0 when there is none.
    size_t findOpen(HtmlTag tag, Flag boundary) const
    {
        if (m_openCount[size_t(tag)] == 0)
            return 0;
        for (size_t i = m_stack.size() - 1; i > 0; --i) {
            const HtmlTag t = m_doc.tag(m_stack[i]);
            if (t == tag)
                return i;
            if (has(t, boundary))
                return 0;
        }
        return 0;
    }

    // Like findOpen, but also stops at the given containers (ul/ol for li, ...).
    size_t findOpenWithin(std::initializer_list<HtmlTag> tags,
                          std::initializer_list<HtmlTag> containers, bool stopAtScope = true) const
    {
        bool any = false;
        for (HtmlTag t : tags)
            any = any || m_openCount[size_t(t)] > 0;
        if (!any)
            return 0;
        for (size_t i = m_stack.size() - 1; i > 0; --i) {
            const HtmlTag t = m_doc.tag(m_stack[i]);
            for (HtmlTag wanted : tags)
                if (t == wanted)
                    return i;
            for (HtmlTag c : containers)
                if (t == c)
                    return 0;
            if (stopAtScope && has(t, kScope))
                return 0;
        }
        return 0;
    }

    void closeP()
    {
        if (const size_t at = findOpen(HtmlTag::P, kScope))
            popTo(at);
    }

    void mergeAttributes(int index, const HtmlToken &token)
    {
        HtmlNode &n = m_doc.node(index);
        for (const HtmlAttribute &a : token.attributes) {
            bool present = false;
            for (const HtmlAttribute &b : std::as_const(n.attributes))
                present = present || b.name == a.name;
            if (!present)
                n.attributes.append(a);
        }
    }

    void startTag(HtmlToken &token)
    {
        const HtmlTag tag = HtmlDocument::tagFromName(token.name);
        using T = HtmlTag;

        // html, head and body exist once; repeated tags only add attributes.
        if (tag == T::Html || tag == T::Body || tag == T::Head) {
            int &seen = tag == T::Html ? m_html : tag == T::Body ? m_body : m_head;
            if (seen >= 0) {
                mergeAttributes(seen, token);
                return;
            }
            if (tag == T::Body) {
                if (const size_t at = findOpen(T::Head, kTableScope))
                    popTo(at);
            }
        }
        if (tag == T::Form && m_openCount[size_t(T::Form)] > 0)
            return; // nested forms are ignored, as browsers do

        if (has(tag, kClosesP))
            closeP();
        switch (tag) {
        case T::Li:
            if (const size_t at = findOpenWithin({T::Li}, {T::Ul, T::Ol, T::Menu}))
                popTo(at);
            break;
        case T::Dd:
        case T::Dt:
            if (const size_t at = findOpenWithin({T::Dd, T::Dt}, {T::Dl}))
                popTo(at);
            break;
        case T::Tr:
            if (const size_t at = findOpenWithin({T::Tr}, {T::Table, T::Tbody, T::Thead, T::Tfoot}, false))
                popTo(at);
            break;
        case T::Td:
        case T::Th:
            if (const size_t at = findOpenWithin({T::Td, T::Th}, {T::Tr, T::Table}))
                popTo(at);
            break;
        case T::Tbody:
        case T::Thead:
        case T::Tfoot:
            if (const size_t at = findOpenWithin({T::Tbody, T::Thead, T::Tfoot}, {T::Table}, false))
                popTo(at);
            break;
        case T::Option:
        case T::Optgroup:
            if (currentTag() == T::Option)
                popTo(m_stack.size() - 1);
            break;
        case T::A:
            if (const size_t at = findOpen(T::A, kScope))
                popTo(at);
            break;
        default:
            if (isHeading(tag) && isHeading(currentTag()))
                popTo(m_stack.size() - 1);
            break;
        }

        const bool isVoid = has(tag, kVoid);
        if (!isVoid && m_stack.size() > size_t(HtmlDocument::kMaxDepth))
            return; // too deep: the element is dropped, its content stays

        HtmlNode node;
        node.tag = tag;
        if (tag == T::Unknown)
            node.name = std::move(token.name);
        node.attributes = std::move(token.attributes);
        token.attributes = {};
        const int index = append(std::move(node));
        if (tag == T::Html)
            m_html = index;
        else if (tag == T::Body)
            m_body = index;
        else if (tag == T::Head)
            m_head = index;
        // "<div/>" opens a div in HTML; only unknown (foreign, svg-like) elements close
        // themselves that way.
        if (!isVoid && (!token.selfClosing || tag != T::Unknown))
            push(index);
    }

    void endTag(const HtmlToken &token)
    {
        const HtmlTag tag = HtmlDocument::tagFromName(token.name);
        using T = HtmlTag;
        if (tag == T::Html || tag == T::Body)
            return; // content after </body> still belongs to the body
        if (tag == T::Br) {
            HtmlNode br;
            br.tag = T::Br;
            append(std::move(br));
            return;
        }
        if (tag == T::P && m_openCount[size_t(T::P)] == 0)
            return;
        const Flag boundary = isTablePart(tag) ? Flag(0) : kTableScope;
        if (tag != T::Unknown) {
            if (m_openCount[size_t(tag)] == 0)
                return;
            for (size_t i = m_stack.size() - 1; i > 0; --i) {
                const HtmlTag t = m_doc.tag(m_stack[i]);
                if (t == tag) {
                    popTo(i);
                    return;
                }
                if (boundary && has(t, boundary))
                    return;
            }
            return;
        }
        for (size_t i = m_stack.size() - 1; i > 0; --i) {
            const HtmlNode &n = m_doc.node(m_stack[i]);
            if (n.tag == T::Unknown && n.name == token.name) {
                popTo(i);
                return;
            }
            if (has(n.tag, kTableScope))
                return;
        }
    }

    HtmlDocument &m_doc;
    std::vector<int> m_stack;
    std::array<int, size_t(HtmlTag::Count)> m_openCount;
    int m_html = -1;
    int m_body = -1;
    int m_head = -1;
};

HtmlDocument HtmlDocument::parse(QStringView html)
{
    HtmlDocument doc;
    HtmlTreeBuilder builder(doc);
    builder.run(html);
    return doc;
}

HtmlDocument HtmlDocument::parseBytes(const QByteArray &bytes)
{
    const QString text = HtmlCharset::decode(bytes);
    return parse(text);
}

HtmlTag HtmlDocument::tagFromName(const QString &lowerName)
{
    static const QHash<QString, HtmlTag> byName = [] {
        QHash<QString, HtmlTag> h;
        for (int i = int(HtmlTag::A); i < int(HtmlTag::Count); ++i)
            h.insert(QString::fromLatin1(kTagNames[i]), HtmlTag(i));
        return h;
    }();
    return byName.value(lowerName, HtmlTag::Unknown);
}

QLatin1StringView HtmlDocument::nameOfTag(HtmlTag tag)
{
    return QLatin1StringView(kTagNames[size_t(tag)]);
}

QString HtmlDocument::tagName(int index) const
{
    const HtmlNode &n = node(index);
    return n.tag == HtmlTag::Unknown ? n.name : QString(nameOfTag(n.tag));
}

QString HtmlDocument::attribute(int index, QLatin1StringView name) const
{
    for (const HtmlAttribute &a : node(index).attributes)
        if (a.name == name)
            return a.value.isNull() ? QStringLiteral("") : a.value;
    return QString();
}

bool HtmlDocument::hasAttribute(int index, QLatin1StringView name) const
{
    for (const HtmlAttribute &a : node(index).attributes)
        if (a.name == name)
            return true;
    return false;
}

int HtmlDocument::nextInOrder(int index, int scope, bool skipChildren) const
{
    const HtmlNode &n = node(index);
    if (!skipChildren && n.firstChild >= 0)
        return n.firstChild;
    int at = index;
    while (at != scope && at >= 0) {
        const HtmlNode &c = node(at);
        if (c.nextSibling >= 0)
            return c.nextSibling;
        at = c.parent;
    }
    return -1;
}

QString HtmlDocument::textContent(int index) const
{
    QString out;
    if (node(index).isText())
        return node(index).text;
    for (int i = nextInOrder(index, index); i >= 0;) {
        const HtmlNode &n = node(i);
        if (n.removed) {
            i = nextInOrder(i, index, true);
            continue;
        }
        if (n.isText())
            out.append(n.text);
        else if (n.tag == HtmlTag::Script || n.tag == HtmlTag::Style || n.tag == HtmlTag::Template) {
            i = nextInOrder(i, index, true);
            continue;
        }
        i = nextInOrder(i, index);
    }
    return out;
}

std::vector<int> HtmlDocument::textLengths() const
{
    std::vector<int> len(m_nodes.size(), 0);
    for (size_t i = m_nodes.size(); i-- > 1;) {
        const HtmlNode &n = m_nodes[i];
        if (n.removed || n.tag == HtmlTag::Script || n.tag == HtmlTag::Style || n.tag == HtmlTag::Template) {
            len[i] = 0;
            continue;
        }
        if (n.isText())
            len[i] = int(std::min<qsizetype>(n.text.size(), 1 << 28));
        len[size_t(n.parent)] = int(std::min<qint64>(qint64(len[size_t(n.parent)]) + len[i], 1 << 30));
    }
    return len;
}

int HtmlDocument::firstElement(HtmlTag tag, int scope) const
{
    for (int i = nextInOrder(scope, scope); i >= 0; i = nextInOrder(i, scope))
        if (node(i).tag == tag)
            return i;
    return -1;
}

bool HtmlDocument::isRemoved(int index) const
{
    for (int i = index; i >= 0; i = node(i).parent)
        if (node(i).removed)
            return true;
    return false;
}

} // namespace veille
