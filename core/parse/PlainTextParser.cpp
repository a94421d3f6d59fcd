#include "parse/PlainTextParser.h"

#include <QRegularExpression>

#include "parse/TextDecoder.h"
#include "text/Boilerplate.h"
#include "text/TextDate.h"

namespace veille {

namespace {

constexpr int kMaxTitleLength = 160;
constexpr int kMaxHeadingLength = 90;
constexpr int kMaxHeadingWords = 12;
constexpr int kDerivedTitleLength = 140;

bool isBullet(const QString &line)
{
    static const QStringList markers = {QStringLiteral("- "), QStringLiteral("• "), QStringLiteral("* "),
                                        QStringLiteral("– "), QStringLiteral("— "), QStringLiteral("· ")};
    for (const QString &m : markers) {
        if (line.startsWith(m))
            return true;
    }
    return false;
}

QString bulletText(const QString &line)
{
    return line.mid(2).trimmed();
}

bool endsLikeSentence(const QString &line)
{
    static const QString enders = QStringLiteral(".!?:;…\"»”)");
    return !line.isEmpty() && enders.contains(line.back());
}

// A short line with no closing punctuation, standing between paragraphs.
bool looksLikeHeading(const QString &line)
{
    if (line.size() > kMaxHeadingLength || endsLikeSentence(line) || isBullet(line))
        return false;
    if (line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > kMaxHeadingWords)
        return false;
    return line.front().isUpper() || line.front().isDigit();
}

struct Block {
    enum Kind { Paragraph, Heading, ListItem };
    Kind kind;
    QString text;
};

// Groups lines into paragraphs. When paragraphs are separated by blank lines and their
// lines are hard-wrapped, consecutive lines are one paragraph; otherwise each line is.
QStringList paragraphs(const QStringList &lines)
{
    int blank = 0;
    int wrapped = 0;
    int nonBlank = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty()) {
            ++blank;
            continue;
        }
        ++nonBlank;
        // A line that ends mid-sentence and is followed by a lower-case continuation.
        if (i + 1 < lines.size() && !lines[i + 1].isEmpty() && !endsLikeSentence(lines[i])
            && lines[i + 1].front().isLower() && !isBullet(lines[i + 1]))
            ++wrapped;
    }
    const bool joinWrapped = blank > 0 && wrapped * 4 >= nonBlank;

    QStringList out;
    QString current;
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            if (!current.isEmpty())
                out << current;
            current.clear();
            continue;
        }
        if (joinWrapped && !isBullet(line) && !current.isEmpty() && !isBullet(current)) {
            current += QLatin1Char(' ') + line;
            continue;
        }
        if (!current.isEmpty())
            out << current;
        current = line;
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QString firstSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?…](\\s|$)"));
    const QRegularExpressionMatch m = end.match(text);
    return m.hasMatch() ? text.left(m.capturedStart() + 1) : text;
}

QString shorten(QString s, int max)
{
    s = s.simplified();
    while (!s.isEmpty() && QStringLiteral(".;:,").contains(s.back()))
        s.chop(1);
    if (s.size() <= max)
        return s;
    int cut = int(s.lastIndexOf(QLatin1Char(' '), max));
    if (cut < max / 2)
        cut = max;
    return s.left(cut).trimmed() + QStringLiteral("…");
}

QString toHtml(const QList<Block> &blocks)
{
    QString html;
    bool inList = false;
    for (const Block &b : blocks) {
        if (b.kind != Block::ListItem && inList) {
            html += QLatin1String("</ul>\n");
            inList = false;
        }
        const QString escaped = b.text.toHtmlEscaped();
        switch (b.kind) {
        case Block::Heading:
            html += QLatin1String("<h2>") + escaped + QLatin1String("</h2>\n");
            break;
        case Block::ListItem:
            if (!inList)
                html += QLatin1String("<ul>\n");
            inList = true;
            html += QLatin1String("<li>") + escaped + QLatin1String("</li>\n");
            break;
        case Block::Paragraph:
            html += QLatin1String("<p>") + escaped + QLatin1String("</p>\n");
            break;
        }
    }
    if (inList)
        html += QLatin1String("</ul>\n");
    return html;
}

} // namespace

QString PlainTextParser::deriveTitle(const QStringList &keyPoints, const QString &text)
{
    if (!keyPoints.isEmpty())
        return shorten(firstSentence(keyPoints.first()), kDerivedTitleLength);
    const QString firstBlock = text.section(QStringLiteral("\n\n"), 0, 0);
    return shorten(firstSentence(firstBlock), kDerivedTitleLength);
}

Result<ParsedArticle> PlainTextParser::parse(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return makeError(ErrorCode::FileIsBinary);
    return parse(TextDecoder::decode(bytes));
}

Result<ParsedArticle> PlainTextParser::parse(const QString &input)
{
    QString normalised = input;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (normalised.startsWith(QChar(0xFEFF)))
        normalised.remove(0, 1);
    QStringList lines;
    for (const QString &raw : normalised.split(QLatin1Char('\n')))
        lines << raw.simplified();

    // Promotional lines at the end ("Suivez-nous", "abonnez-vous ici") are not the article.
    while (!lines.isEmpty() && (lines.last().isEmpty() || Boilerplate::isPromotional(lines.last())))
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return makeError(ErrorCode::FileHasNoText);

    ParsedArticle article;

    // A first line that is neither the box heading nor a sentence is the title.
    const QString &first = lines.first();
    if (!Boilerplate::isKeyPointsHeading(first) && !isBullet(first) && first.size() <= kMaxTitleLength
        && !endsLikeSentence(first) && lines.size() > 1) {
        article.title = first;
        lines.removeFirst();
    }

    QList<Block> blocks;
    const QStringList paras = paragraphs(lines);
    for (int i = 0; i < paras.size(); ++i) {
        const QString &p = paras[i];
        if (Boilerplate::isKeyPointsHeading(p) && article.keyPoints.isEmpty() && i + 1 < paras.size()
            && isBullet(paras[i + 1])) {
            while (i + 1 < paras.size() && isBullet(paras[i + 1]))
                article.keyPoints << bulletText(paras[++i]);
            continue;
        }
        if (Boilerplate::isPromotional(p))
            continue;
        if (isBullet(p)) {
            blocks.append({Block::ListItem, bulletText(p)});
        } else if (looksLikeHeading(p) && i + 1 < paras.size() && !blocks.isEmpty()) {
            blocks.append({Block::Heading, p});
        } else {
            blocks.append({Block::Paragraph, p});
        }
    }

    for (const Block &b : blocks) {
        if (!article.text.isEmpty())
            article.text += QStringLiteral("\n\n");
        const TextBlock::Kind kind = b.kind == Block::Heading ? TextBlock::Kind::Heading
            : b.kind == Block::ListItem                        ? TextBlock::Kind::ListItem
                                                               : TextBlock::Kind::Paragraph;
        article.blocks.append({kind, int(article.text.size()), int(article.text.size() + b.text.size())});
        article.text += b.text;
    }
    article.html = toHtml(blocks);
    if (article.text.isEmpty() && article.keyPoints.isEmpty())
        return makeError(ErrorCode::NoArticleText);
    if (article.title.isEmpty())
        article.title = deriveTitle(article.keyPoints, article.text);
    // A text file has no metadata: its byline, if any, says when it was published.
    article.published = TextDate::find(normalised);
    return article;
}

} // namespace veille
