#include "text/HtmlText.h"

namespace veille {

qsizetype HtmlText::writePending(QChar *to, qsizetype at)
{
    qsizetype written = 0;
    if (!m_inBlockText || m_breaks >= 2) {
        if (at > 0) {
            to[written++] = u'\n';
            to[written++] = u'\n';
        }
        m_blocks.append({m_kind, int(at + written), int(at + written)});
    } else if (m_breaks == 1) {
        to[written++] = u'\n';
    } else if (m_pendingSpace) {
        to[written++] = u' ';
    }
    m_pendingSpace = false;
    m_breaks = 0;
    m_inBlockText = true;
    return written;
}

void HtmlText::flushPending()
{
    const qsizetype at = m_out.size();
    m_out.resize(at + 2);
    m_out.resize(at + writePending(m_out.data() + at, at));
}

void HtmlText::append(QStringView text)
{
    // Written in place, one character at a time: appending each word was half of
    // sanitizing an article. The output is at most the input and the two characters of
    // a separator: after the first, a separator is one space, and replaces at least one
    // whitespace character of the input.
    const qsizetype n = text.size();
    if (n == 0)
        return;
    const qsizetype base = m_out.size();
    m_out.resize(base + n + 2);
    QChar *out = m_out.data() + base;
    const QChar *in = text.data();
    qsizetype written = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i].unicode();
        if (c <= 0x20 || c >= 0x7F) {
            if (isSpace(c)) {
                if (m_inBlockText && m_breaks == 0)
                    m_pendingSpace = true;
                continue;
            }
            if (isInvisible(c))
                continue;
        }
        if (!m_inBlockText || m_pendingSpace || m_breaks)
            written += writePending(out + written, base + written);
        out[written++] = in[i];
    }
    m_out.resize(base + written);
}

void HtmlText::appendPreformatted(QStringView text)
{
    // Keep the lines; trailing whitespace and blank lines at the edges go.
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && (text[start] == u'\n' || text[start] == u'\r'))
        ++start;
    while (end > start && isSpace(text[end - 1].unicode()))
        --end;
    if (start == end)
        return;
    flushPending();
    for (qsizetype i = start; i < end; ++i) {
        const char16_t c = text[i].unicode();
        if (c == '\r')
            continue;
        if (!isInvisible(c))
            m_out.append(QChar(c == 0xA0 ? u' ' : c));
    }
}

void HtmlText::space()
{
    if (m_inBlockText && m_breaks == 0)
        m_pendingSpace = true;
}

void HtmlText::lineBreak()
{
    if (m_inBlockText) {
        ++m_breaks;
        m_pendingSpace = false;
    }
}

void HtmlText::endBlock()
{
    m_inBlockText = false;
    m_pendingSpace = false;
    m_breaks = 0;
}

QList<TextBlock> HtmlText::blocks() const
{
    // Each block runs to the separator before the next one, the last to the end.
    QList<TextBlock> out = m_blocks;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].end = i + 1 < out.size() ? out.at(i + 1).start - 2 : int(m_out.size());
    return out;
}

QString HtmlText::simplified(QStringView text)
{
    HtmlText t;
    t.append(text);
    return t.m_out;
}

} // namespace veille
