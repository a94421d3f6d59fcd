#include "text/HtmlSanitizer.h"

#include "text/HtmlDocument.h"
#include "text/HtmlText.h"
#include "text/TrackingFilter.h"
#include "text/UrlResolver.h"

#include <vector>

namespace veille {

namespace {

enum class Kind : quint8 {
    Unwrap,      // content kept, element gone (span, font, unknown elements)
    Flatten,     // like Unwrap, but separates blocks (div, section, article ...)
    Drop,        // element and content gone
    Block,       // kept block element
    Inline,      // kept inline element
    Br,
    Hr,
    Img,
};

struct Rule {
    Kind kind = Kind::Unwrap;
    HtmlTag out = HtmlTag::Unknown; // the tag written (strike -> s ...)
};

using RuleTable = std::array<Rule, size_t(HtmlTag::Count)>;

constexpr RuleTable makeRules()
{
    RuleTable r{};
    using T = HtmlTag;
    for (T t : {T::Script, T::Style, T::Iframe, T::Object, T::Embed, T::Applet, T::Form,
                T::Input, T::Button, T::Select, T::Textarea, T::Svg, T::Math, T::Noscript,
                T::Template, T::Link, T::Meta, T::Base, T::Title, T::Head, T::Frame,
                T::Frameset, T::Noframes, T::Noembed, T::Audio, T::Video, T::Canvas, T::Map,
                T::Area, T::Param, T::Source, T::Track, T::Datalist, T::Output, T::Dialog,
                T::Option, T::Optgroup, T::Xmp, T::Plaintext, T::Col, T::Wbr})
        r[size_t(t)] = {Kind::Drop, t};
    for (T t : {T::Div, T::Section, T::Article, T::Main, T::Header, T::Footer, T::Nav,
                T::Aside, T::Address, T::Center, T::Dl, T::Dt, T::Dd, T::Details, T::Summary,
                T::Fieldset, T::Legend, T::Caption, T::Hgroup, T::Menu, T::Dir, T::Body,
                T::Html, T::Colgroup, T::Document})
        r[size_t(t)] = {Kind::Flatten, t};
    for (T t : {T::P, T::H1, T::H2, T::H3, T::H4, T::H5, T::H6, T::Ul, T::Ol, T::Li,
                T::Blockquote, T::Pre, T::Figure, T::Figcaption, T::Table, T::Thead, T::Tbody,
                T::Tr, T::Th, T::Td})
        r[size_t(t)] = {Kind::Block, t};
    r[size_t(T::Tfoot)] = {Kind::Block, T::Tbody};
    for (T t : {T::A, T::Em, T::Strong, T::B, T::I, T::U, T::S, T::Sub, T::Sup, T::Code})
        r[size_t(t)] = {Kind::Inline, t};
    // Inline elements written as the kept one they look like.
    struct Alias {
        T from;
        T to;
    };
    for (Alias a : {Alias{T::Strike, T::S}, Alias{T::Del, T::S}, Alias{T::Ins, T::U},
                    Alias{T::Tt, T::Code}, Alias{T::Kbd, T::Code}, Alias{T::Samp, T::Code},
                    Alias{T::Var, T::I}, Alias{T::Cite, T::I}, Alias{T::Dfn, T::I}})
        r[size_t(a.from)] = {Kind::Inline, a.to};
    r[size_t(T::Br)] = {Kind::Br, T::Br};
    r[size_t(T::Hr)] = {Kind::Hr, T::Hr};
    r[size_t(T::Img)] = {Kind::Img, T::Img};
    return r;
}

constexpr RuleTable kRules = makeRules();

void appendEscaped(QString &out, QStringView s, bool attribute)
{
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const char *rep = nullptr;
        switch (c) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attribute ? "&quot;" : nullptr; break;
        default: break;
        }
        if (rep) {
            out.append(s.mid(runStart, i - runStart));
            out.append(QLatin1StringView(rep));
            runStart = i + 1;
        }
    }
    out.append(s.mid(runStart));
}

bool isAsciiSpace(char16_t c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// Appends text escaped, each run of ASCII white space as one space and none when the HTML
// already ends with one (`endsInSpace`, updated), as a browser shows it. Prose is escaped in
// whole runs: a single space between words does not end one, so a paragraph takes a few
// appends rather than two per word.
void appendCollapsed(QString &out, QStringView s, bool &endsInSpace)
{
    const qsizetype n = s.size();
    qsizetype runStart = 0;
    bool space = endsInSpace;
    for (qsizetype i = 0; i < n;) {
        if (!isAsciiSpace(s[i].unicode())) {
            space = false;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && isAsciiSpace(s[j].unicode()))
            ++j;
        // One plain space after a word stays in the run; any other white space ends it.
        if (space || s[i] != u' ' || j > i + 1) {
            appendEscaped(out, s.mid(runStart, i - runStart), false);
            if (!space)
                out.append(QLatin1Char(' '));
            runStart = j;
        }
        space = true;
        i = j;
    }
    appendEscaped(out, s.mid(runStart), false);
    endsInSpace = space;
}

bool isAllDigits(const QString &s)
{
    if (s.isEmpty() || s.size() > 3)
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

// Walks one document subtree and writes the safe HTML and the text side by side.
class Writer {
public:
    Writer(const HtmlDocument &doc, const QUrl &base) : m_doc(doc), m_base(base) {}

    CleanHtml run(int scope, qsizetype sizeHint)
    {
        m_html.reserve(sizeHint);
        m_text.reserve(sizeHint / 2);
        int i = scope;
        while (true) {
            const bool descend = enter(i);
            const HtmlNode &n = m_doc.node(i);
            if (descend && n.firstChild >= 0) {
                i = n.firstChild;
                continue;
            }
            while (true) {
                leave();
                if (i == scope) {
                    blockBoundary();
                    return {m_html, m_text.result(), m_text.blocks()};
                }
                const HtmlNode &c = m_doc.node(i);
                if (c.nextSibling >= 0) {
                    i = c.nextSibling;
                    break;
                }
                i = c.parent;
            }
        }
    }

private:
    enum class Action : quint8 { None, Flatten, Pushed, Cell };

    struct Open {
        HtmlTag tag;
        bool block;
        bool emitted;
        QString attributes; // written with the start tag once content arrives
    };

    bool enter(int index)
    {
        const HtmlNode &n = m_doc.node(index);
        if (n.removed) {
            m_actions.push_back(Action::None);
            return false;
        }
        if (n.isText()) {
            m_actions.push_back(Action::None);
            text(n.text);
            return false;
        }
        const Rule rule = kRules[size_t(n.tag)];
        switch (rule.kind) {
        case Kind::Drop:
            m_actions.push_back(Action::None);
            return false;
        case Kind::Unwrap:
            m_actions.push_back(Action::None);
            return true;
        case Kind::Flatten:
            blockBoundary();
            m_actions.push_back(Action::Flatten);
            return true;
        case Kind::Br:
            m_actions.push_back(Action::None);
            if (m_text.blockHasText()) {
                ensureContent();
                m_html.append(QLatin1StringView("<br>"));
                m_text.lineBreak();
            }
            return false;
        case Kind::Hr:
            m_actions.push_back(Action::None);
            blockBoundary();
            emitPendingBlocks();
            m_html.append(QLatin1StringView("<hr>"));
            return false;
        case Kind::Img:
            m_actions.push_back(Action::None);
            image(index);
            return false;
        case Kind::Inline:
            return enterInline(index, rule.out);
        case Kind::Block:
            return enterBlock(rule.out, index);
        }
        return true;
    }

    bool enterInline(int index, HtmlTag out)
    {
        QString start;
        if (out == HtmlTag::A) {
            const QString href = insideLink() ? QString()
                : TrackingFilter::withoutTrackingParameters(
                      HtmlSanitizer::safeUrl(m_doc.attribute(index, QLatin1StringView("href")), m_base, true));
            if (href.isEmpty()) {
                m_actions.push_back(Action::None);
                return true;
            }
            start += QLatin1StringView(" href=\"");
            appendEscaped(start, href, true);
            start += QLatin1Char('"');
        }
        m_open.push_back({out, false, false, std::move(start)});
        m_actions.push_back(Action::Pushed);
        return true;
    }

    bool enterBlock(HtmlTag out, int index)
    {
        using T = HtmlTag;
        const T container = innermostBlock();
        // Table and list parts only where their parent is; elsewhere they are plain blocks.
        if ((out == T::Tr && container != T::Table && container != T::Thead && container != T::Tbody)
            || ((out == T::Thead || out == T::Tbody) && container != T::Table)
            || (out == T::Li && container != T::Ul && container != T::Ol)) {
            blockBoundary();
            m_actions.push_back(Action::Flatten);
            return true;
        }
        if ((out == T::Td || out == T::Th) && container != T::Tr) {
            m_text.space();
            m_actions.push_back(Action::Cell);
            return true;
        }
        if (out == T::Td || out == T::Th)
            m_text.space();
        else
            blockBoundary();
        QString start;
        if (out == T::Td || out == T::Th) {
            for (const char *name : {"colspan", "rowspan"}) {
                const QString v = m_doc.attribute(index, QLatin1StringView(name));
                if (isAllDigits(v))
                    start += QLatin1Char(' ') + QLatin1StringView(name) + QLatin1StringView("=\"") + v + QLatin1Char('"');
            }
        }
        m_open.push_back({out, true, false, std::move(start)});
        if (out == T::Pre)
            ++m_pre;
        m_actions.push_back(Action::Pushed);
        return true;
    }

    void leave()
    {
        const Action action = m_actions.back();
        m_actions.pop_back();
        switch (action) {
        case Action::None:
            return;
        case Action::Cell:
            m_text.space();
            return;
        case Action::Flatten:
            blockBoundary();
            return;
        case Action::Pushed:
            break;
        }
        const Open &top = m_open.back();
        if (top.block) {
            if (top.tag == HtmlTag::Td || top.tag == HtmlTag::Th)
                m_text.space();
            else
                blockBoundary();
            if (top.tag == HtmlTag::Pre)
                --m_pre;
        }
        if (top.emitted) {
            m_html.append(QLatin1StringView("</"));
            m_html.append(HtmlDocument::nameOfTag(top.tag));
            m_html.append(QLatin1Char('>'));
            m_htmlSpace = top.block;
        }
        m_open.pop_back();
    }

    void text(const QString &s)
    {
        m_text.setBlockKind(blockKind());
        if (m_pre > 0) {
            ensureContent();
            appendEscaped(m_html, s, false);
            m_text.appendPreformatted(s);
            return;
        }
        bool visible = false;
        for (QChar c : s) {
            const char16_t u = c.unicode();
            if (!HtmlText::isSpace(u) && !HtmlText::isInvisible(u)) {
                visible = true;
                break;
            }
        }
        if (!visible) {
            // Whitespace between words still matters inside written inline content.
            if (!m_htmlSpace && inContentContext()) {
                m_html.append(QLatin1Char(' '));
                m_htmlSpace = true;
            }
            m_text.append(s);
            return;
        }
        ensureContent();
        m_text.append(s);
        appendCollapsed(m_html, s, m_htmlSpace);
    }

    void image(int index)
    {
        QString src = m_doc.attribute(index, QLatin1StringView("src"));
        QString url = HtmlSanitizer::safeUrl(src, m_base, false);
        // Lazy-loading pages keep the real address aside and a placeholder in src.
        for (const char *lazy : {"data-src", "data-original", "data-lazy-src"}) {
            if (!url.isEmpty() && !src.startsWith(QLatin1StringView("data:")))
                break;
            const QString alt = HtmlSanitizer::safeUrl(m_doc.attribute(index, QLatin1StringView(lazy)), m_base, false);
            if (!alt.isEmpty())
                url = alt;
        }
        if (url.isEmpty())
            return;
        // A pixel that counts readers is no picture: it is not kept, so reading fetches none.
        if (TrackingFilter::isTrackingImage(QUrl(url), m_doc.attribute(index, QLatin1StringView("width")),
                                            m_doc.attribute(index, QLatin1StringView("height"))))
            return;
        url = TrackingFilter::withoutTrackingParameters(url);
        ensureContent();
        m_html.append(QLatin1StringView("<img src=\""));
        appendEscaped(m_html, url, true);
        m_html.append(QLatin1Char('"'));
        const QString alt = m_doc.attribute(index, QLatin1StringView("alt"));
        if (!alt.isEmpty()) {
            m_html.append(QLatin1StringView(" alt=\""));
            appendEscaped(m_html, HtmlText::simplified(alt), true);
            m_html.append(QLatin1Char('"'));
        }
        m_html.append(QLatin1Char('>'));
        m_htmlSpace = false;
    }

    HtmlTag innermostBlock() const
    {
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it)
            if (it->block)
                return it->tag;
        return HtmlTag::Document;
    }

    // What a block of text starting here is: a heading or a list item, or inside one.
    TextBlock::Kind blockKind() const
    {
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            if (it->tag >= HtmlTag::H1 && it->tag <= HtmlTag::H6)
                return TextBlock::Kind::Heading;
            if (it->tag == HtmlTag::Li)
                return TextBlock::Kind::ListItem;
        }
        return TextBlock::Kind::Paragraph;
    }

    bool insideLink() const
    {
        for (const Open &o : m_open)
            if (o.tag == HtmlTag::A)
                return true;
        return false;
    }

    bool inContentContext() const
    {
        if (m_autoP)
            return true;
        if (m_open.empty() || !m_open.back().emitted)
            return false;
        const HtmlTag t = innermostBlock();
        return t != HtmlTag::Ul && t != HtmlTag::Ol && t != HtmlTag::Table && t != HtmlTag::Tr
            && t != HtmlTag::Tbody && t != HtmlTag::Thead && t != HtmlTag::Blockquote
            && t != HtmlTag::Document;
    }

    int innermostBlockIndex() const
    {
        for (int i = int(m_open.size()) - 1; i >= 0; --i)
            if (m_open[size_t(i)].block)
                return i;
        return -1;
    }

    void emitStart(Open &o)
    {
        m_html.append(QLatin1Char('<'));
        m_html.append(HtmlDocument::nameOfTag(o.tag));
        m_html.append(o.attributes);
        m_html.append(QLatin1Char('>'));
        o.emitted = true;
        m_htmlSpace = o.block;
    }

    void emitPendingBlocks()
    {
        const int b = innermostBlockIndex();
        for (int i = 0; i <= b; ++i)
            if (m_open[size_t(i)].block && !m_open[size_t(i)].emitted)
                emitStart(m_open[size_t(i)]);
    }

    // Writes what content needs around it: pending blocks, a <p> when the content
    // would otherwise sit loose in the body or a quote, pending inline elements.
    void ensureContent()
    {
        const int b = innermostBlockIndex();
        for (int i = 0; i <= b; ++i)
            if (m_open[size_t(i)].block && !m_open[size_t(i)].emitted)
                emitStart(m_open[size_t(i)]);
        const HtmlTag container = b < 0 ? HtmlTag::Document : m_open[size_t(b)].tag;
        if (!m_autoP && (container == HtmlTag::Document || container == HtmlTag::Blockquote)) {
            m_html.append(QLatin1StringView("<p>"));
            m_autoP = true;
            m_htmlSpace = true;
        }
        for (size_t i = size_t(b + 1); i < m_open.size(); ++i)
            if (!m_open[i].emitted)
                emitStart(m_open[i]);
    }

    void blockBoundary()
    {
        m_text.endBlock();
        if (!m_autoP)
            return;
        // Close the inline elements written inside the implied <p>; they open again
        // (lazily) for the content after the block.
        const int b = innermostBlockIndex();
        for (int i = int(m_open.size()) - 1; i > b; --i) {
            Open &o = m_open[size_t(i)];
            if (o.emitted) {
                m_html.append(QLatin1StringView("</"));
                m_html.append(HtmlDocument::nameOfTag(o.tag));
                m_html.append(QLatin1Char('>'));
                o.emitted = false;
            }
        }
        m_html.append(QLatin1StringView("</p>"));
        m_autoP = false;
        m_htmlSpace = true;
    }

    const HtmlDocument &m_doc;
    const QUrl &m_base;
    QString m_html;
    HtmlText m_text;
    std::vector<Open> m_open;
    std::vector<Action> m_actions;
    int m_pre = 0;
    bool m_autoP = false;
    bool m_htmlSpace = true;
};

bool isSafeScheme(QStringView scheme, bool allowMailto)
{
    return scheme == u"http" || scheme == u"https" || (allowMailto && scheme == u"mailto");
}

} // namespace

CleanHtml HtmlSanitizer::clean(const QString &html, const QUrl &base)
{
    const HtmlDocument doc = HtmlDocument::parse(html);
    Writer writer(doc, base);
    return writer.run(doc.root(), html.size());
}

CleanHtml HtmlSanitizer::cleanNode(const HtmlDocument &document, int node, const QUrl &base)
{
    Writer writer(document, base);
    return writer.run(node, 1024);
}

QString HtmlSanitizer::safeUrl(const QString &raw, const QUrl &base, bool allowMailto)
{
    const QString s = UrlResolver::clean(raw);
    if (s.isEmpty())
        return {};
    // Any scheme other than the safe ones is refused, including odd-looking ones.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u':') {
            if (!isSafeScheme(s.left(i).toLower(), allowMailto))
                return {};
            break;
        }
        if (c == u'/' || c == u'?' || c == u'#')
            break;
    }
    const QUrl url(UrlResolver::resolve(s, base));
    if (!url.isValid() || url.isRelative())
        return {};
    if (!isSafeScheme(url.scheme().toLower(), allowMailto))
        return {};
    if (url.scheme() != u"mailto" && url.host().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace veille
