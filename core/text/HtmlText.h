#pragma once

#include <QString>
#include <QStringView>

#include "model/TextBlock.h"

namespace veille {

// Builds the plain text of an HTML body: blocks (paragraphs, headings, list items,
// table rows) separated by a blank line, whitespace inside a block collapsed to one
// space, no-break spaces read as spaces, invisible characters (zero-width space,
// soft hyphen, BOM) dropped, a <br> kept as one line break.
class HtmlText {
public:
    void reserve(qsizetype size) { m_out.reserve(size); }
    void append(QStringView text);
    void appendPreformatted(QStringView text);
    void space();     // a separator: one space if more text follows in this block
    void lineBreak(); // <br>: two in a row end the block
    void endBlock();
    bool blockHasText() const { return m_inBlockText; }
    // What the next block to start is (a heading, a list item...); the block keeps the
    // kind set when its first character is written.
    void setBlockKind(TextBlock::Kind kind) { m_kind = kind; }
    QString result() const { return m_out; }
    // The blocks of result(), in order.
    QList<TextBlock> blocks() const;

    // The text with whitespace collapsed and trimmed, invisible characters dropped.
    static QString simplified(QStringView text);

    static bool isSpace(char16_t c)
    {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0xA0
            || c == 0x202F || c == 0x2007 || c == 0x2009 || c == 0x200A || c == 0x3000
            || c == 0x2002 || c == 0x2003 || c == 0x0B;
    }
    static bool isInvisible(char16_t c)
    {
        return c == 0x200B || c == 0xAD || c == 0xFEFF || c == 0x200C || c == 0x200D
            || c == 0x2060;
    }

private:
    void flushPending();
    // Writes at `to` what flushPending() appends, `at` being the length of the text so
    // far; returns how many characters (at most two).
    qsizetype writePending(QChar *to, qsizetype at);

    QString m_out;
    QList<TextBlock> m_blocks; // ends filled in by blocks()
    TextBlock::Kind m_kind = TextBlock::Kind::Paragraph;
    bool m_inBlockText = false;
    bool m_pendingSpace = false;
    int m_breaks = 0;
};

} // namespace veille
