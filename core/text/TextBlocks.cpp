#include "text/TextBlocks.h"

#include <QUrl>

#include "text/HtmlSanitizer.h"

namespace veille {

namespace {

bool looksLikeHeading(QStringView block)
{
    if (block.isEmpty() || block.size() > 70 || block.contains(QLatin1Char('\n')))
        return false;
    return !QStringView(u".!?:;…»\"”,").contains(block.back()) && block.front().isUpper();
}

} // namespace

QList<TextBlock> TextBlocks::paragraphs(const QString &text)
{
    QList<TextBlock> out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(QLatin1String("\n\n"), pos);
        if (end < 0)
            end = text.size();
        qsizetype from = pos;
        qsizetype to = end;
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from)
            out.append({TextBlock::Kind::Paragraph, int(from), int(to)});
        pos = end + 2;
    }
    return out;
}

QList<TextBlock> TextBlocks::recover(const QString &html, const QString &text)
{
    if (!html.trimmed().isEmpty()) {
        const CleanHtml again = HtmlSanitizer::clean(html, QUrl());
        if (again.text == text)
            return again.blocks;
        return paragraphs(text);
    }
    QList<TextBlock> out = paragraphs(text);
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        TextBlock &b = out[i];
        if (looksLikeHeading(QStringView(text).mid(b.start, b.end - b.start)))
            b.kind = TextBlock::Kind::Heading;
    }
    return out;
}

bool TextBlocks::fit(const QList<TextBlock> &blocks, qsizetype textSize)
{
    int last = 0;
    for (const TextBlock &b : blocks) {
        if (b.start < last || b.end < b.start || b.end > textSize)
            return false;
        last = b.end;
    }
    return true;
}

} // namespace veille
