#include "text/HtmlTokenizer.h"

#include "text/HtmlEntities.h"

namespace veille {

namespace {

inline bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

inline char16_t asciiLower(char16_t u)
{
    return (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
}

// Elements whose content is text up to their own end tag; the bool says whether
// character references inside are decoded (RCDATA) or not (raw text).
bool rawTextKind(const QString &name, bool *decodes)
{
    *decodes = false;
    switch (name.size()) {
    case 3:
        return name == u"xmp";
    case 5:
        if (name == u"title") {
            *decodes = true;
            return true;
        }
        return name == u"style";
    case 6:
        return name == u"script" || name == u"iframe";
    case 7:
        return name == u"noembed";
    case 8:
        if (name == u"textarea") {
            *decodes = true;
            return true;
        }
        return name == u"noframes" || name == u"noscript";
    case 9:
        return name == u"plaintext";
    default:
        return false;
    }
}

void appendText(QString &out, QStringView raw, bool decode)
{
    if (decode && raw.contains(u'&'))
        HtmlEntities::appendDecoded(out, raw, false);
    else
        out.append(raw);
}

} // namespace

HtmlTokenizer::HtmlTokenizer(QStringView input) : m_in(input) {}

bool HtmlTokenizer::next(HtmlToken &token)
{
    // resize(0) keeps the buffers for the next token; clear() would free them.
    token.name.resize(0);
    token.attributes.clear();
    token.text = QString();
    token.selfClosing = false;

    const qsizetype n = m_in.size();
    if (!m_rawTextEnd.isEmpty() && m_pos < n && readRawText(token))
        return true;

    while (m_pos < n) {
        if (m_in[m_pos] == u'<' && m_pos + 1 < n) {
            const QChar d = m_in[m_pos + 1];
            if (isAsciiAlpha(d))
                return readStartTag(token) || next(token);
            if (d == u'/') {
                if (m_pos + 2 < n && isAsciiAlpha(m_in[m_pos + 2]))
                    return readEndTag(token) || next(token);
                if (m_pos + 2 < n && m_in[m_pos + 2] == u'>') {
                    m_pos += 3;
                    continue;
                }
                skipBogusComment();
                continue;
            }
            if (d == u'!') {
                if (m_in.mid(m_pos, 4) == u"<!--") {
                    // "<!-->" and "<!--->" are complete (empty) comments.
                    qsizetype from = m_pos + 4;
                    if (from < n && m_in[from] == u'>') {
                        m_pos = from + 1;
                        continue;
                    }
                    if (m_in.mid(from, 2) == u"->") {
                        m_pos = from + 2;
                        continue;
                    }
                    const qsizetype end = m_in.indexOf(u"-->", from);
                    m_pos = end < 0 ? n : end + 3;
                    continue;
                }
                skipBogusComment();
                continue;
            }
            if (d == u'?') {
                skipBogusComment();
                continue;
            }
        }
        // Text up to the next '<' (a '<' that starts nothing is text too).
        qsizetype end = m_in.indexOf(u'<', m_in[m_pos] == u'<' ? m_pos + 1 : m_pos);
        if (end < 0)
            end = n;
        token.type = HtmlToken::Type::Text;
        appendText(token.text, m_in.mid(m_pos, end - m_pos), true);
        m_pos = end;
        return true;
    }
    return false;
}

void HtmlTokenizer::skipBogusComment()
{
    const qsizetype end = m_in.indexOf(u'>', m_pos + 1);
    m_pos = end < 0 ? m_in.size() : end + 1;
}

qsizetype HtmlTokenizer::readTagName(qsizetype i, QString &name) const
{
    const qsizetype n = m_in.size();
    const qsizetype start = i;
    while (i < n) {
        const QChar c = m_in[i];
        if (isSpace(c) || c == u'/' || c == u'>')
            break;
        ++i;
    }
    name.resize(i - start);
    QChar *out = name.data();
    for (qsizetype k = start; k < i; ++k) {
        const char16_t u = m_in[k].unicode();
        out[k - start] = QChar(u == 0 ? char16_t(0xFFFD) : asciiLower(u));
    }
    return i;
}

bool HtmlTokenizer::readStartTag(HtmlToken &token)
{
    const qsizetype n = m_in.size();
    token.type = HtmlToken::Type::StartTag;
    qsizetype i = readTagName(m_pos + 1, token.name);

    while (true) {
        while (i < n && isSpace(m_in[i]))
            ++i;
        if (i >= n) { // end of input inside a tag: the tag is dropped
            m_pos = n;
            return false;
        }
        const QChar c = m_in[i];
        if (c == u'>') {
            ++i;
            break;
        }
        if (c == u'/') {
            ++i;
            if (i < n && m_in[i] == u'>') {
                token.selfClosing = true;
                ++i;
                break;
            }
            continue;
        }
        // Attribute name (a leading '=' belongs to the name, as in browsers).
        const qsizetype nameStart = i;
        ++i;
        while (i < n) {
            const QChar k = m_in[i];
            if (isSpace(k) || k == u'/' || k == u'>' || k == u'=')
                break;
            ++i;
        }
        QString attrName = m_in.mid(nameStart, i - nameStart).toString();
        for (QChar &ch : attrName)
            ch = QChar(asciiLower(ch.unicode()));
        while (i < n && isSpace(m_in[i]))
            ++i;
        QString value;
        if (i < n && m_in[i] == u'=') {
            ++i;
            while (i < n && isSpace(m_in[i]))
                ++i;
            if (i < n && (m_in[i] == u'"' || m_in[i] == u'\'')) {
                const qsizetype close = m_in.indexOf(m_in[i], i + 1);
                if (close < 0) {
                    m_pos = n;
                    return false;
                }
                const QStringView raw = m_in.mid(i + 1, close - i - 1);
                if (raw.contains(u'&'))
                    HtmlEntities::appendDecoded(value, raw, true);
                else
                    value = raw.toString();
                i = close + 1;
            } else {
                const qsizetype vstart = i;
                while (i < n && !isSpace(m_in[i]) && m_in[i] != u'>')
                    ++i;
                const QStringView raw = m_in.mid(vstart, i - vstart);
                if (raw.contains(u'&'))
                    HtmlEntities::appendDecoded(value, raw, true);
                else
                    value = raw.toString();
            }
        }
        bool duplicate = false;
        for (const HtmlAttribute &a : std::as_const(token.attributes)) {
            if (a.name == attrName) {
                duplicate = true;
                break;
            }
        }
        if (!duplicate)
            token.attributes.append({std::move(attrName), std::move(value)});
    }
    m_pos = i;
    bool decodes = false;
    if (rawTextKind(token.name, &decodes)) {
        m_rawTextEnd = token.name;
        m_rawTextDecodes = decodes;
    }
    return true;
}

bool HtmlTokenizer::readEndTag(HtmlToken &token)
{
    token.type = HtmlToken::Type::EndTag;
    const qsizetype i = readTagName(m_pos + 2, token.name);
    const qsizetype close = m_in.indexOf(u'>', i);
    if (close < 0) {
        m_pos = m_in.size();
        return false;
    }
    m_pos = close + 1;
    return true;
}

bool HtmlTokenizer::readRawText(HtmlToken &token)
{
    const qsizetype n = m_in.size();
    qsizetype end = n;
    if (m_rawTextEnd != u"plaintext") {
        const qsizetype len = m_rawTextEnd.size();
        qsizetype from = m_pos;
        while (true) {
            const qsizetype lt = m_in.indexOf(u"</", from);
            if (lt < 0)
                break;
            const qsizetype after = lt + 2 + len;
            if (after <= n
                && m_in.mid(lt + 2, len).compare(m_rawTextEnd, Qt::CaseInsensitive) == 0
                && (after == n || isSpace(m_in[after]) || m_in[after] == u'/'
                    || m_in[after] == u'>')) {
                end = lt;
                break;
            }
            from = lt + 2;
        }
    }
    m_rawTextEnd.clear();
    if (end == m_pos)
        return false;
    token.type = HtmlToken::Type::Text;
    appendText(token.text, m_in.mid(m_pos, end - m_pos), m_rawTextDecodes);
    m_pos = end;
    return true;
}

} // namespace veille
