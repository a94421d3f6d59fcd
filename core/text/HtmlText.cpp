#include "text/HtmlText.h"

namespace veille {

void HtmlText::flushPending()
{
    if (!m_inBlockText || m_breaks >= 2) {
        if (!m_out.isEmpty())
            m_out.append(QLatin1StringView("\n\n"));
        m_blocks.append({m_kind, int(m_out.size()), int(m_out.size())});
    } else if (m_breaks == 1) {
        m_out.append(u'\n');
    } else if (m_pendingSpace) {
        m_out.append(u' ');
    }
    m_pendingSpace = false;
    m_breaks = 0;
    m_inBlockText = true;
}

void HtmlText::append(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (isSpace(c)) {
            if (m_inBlockText && m_breaks == 0)
                m_pendingSpace = true;
            ++i;
            continue;
        }
        if (isInvisible(c)) {
            ++i;
            continue;
        }
        // A run of ordinary characters goes in at once.
        qsizetype j = i + 1;
        while (j < n) {
            const char16_t d = text[j].unicode();
            if (isSpace(d) || isInvisible(d))
                break;
            ++j;
        }
        if (!m_inBlockText || m_pendingSpace || m_breaks)
            flushPending();
        m_out.append(text.mid(i, j - i));
        i = j;
    }
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
