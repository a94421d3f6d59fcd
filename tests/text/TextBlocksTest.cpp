#include <gtest/gtest.h>

#include <QUrl>

#include "parse/HtmlPageParser.h"
#include "parse/PlainTextParser.h"
#include "text/HtmlSanitizer.h"
#include "text/QtPrinters.h"
#include "text/TextBlocks.h"

using namespace veille;

namespace {

using Kind = TextBlock::Kind;

// Each block as "h:text", "l:text" or "p:text", to compare in one line.
QStringList shape(const QString &text, const QList<TextBlock> &blocks)
{
    QStringList out;
    for (const TextBlock &b : blocks) {
        const QChar k = b.kind == Kind::Heading ? u'h' : b.kind == Kind::ListItem ? u'l' : u'p';
        out << QString(k) + QLatin1Char(':') + text.mid(b.start, b.end - b.start);
    }
    return out;
}

QStringList cleaned(const QString &html)
{
    const CleanHtml clean = HtmlSanitizer::clean(html, QUrl(QStringLiteral("https://example.org/")));
    return shape(clean.text, clean.blocks);
}

} // namespace

TEST(TextBlocks, TheCleanerSaysWhichBlocksAreHeadingsListItemsAndParagraphs)
{
    EXPECT_EQ(cleaned(QStringLiteral("<h2>Prochaines <em>étapes</em></h2><p>Un paragraphe.</p>"
                                     "<ul><li>Un</li><li><p>Deux</p></li></ul><p>Fin.</p>")),
              (QStringList{QStringLiteral("h:Prochaines étapes"), QStringLiteral("p:Un paragraphe."), QStringLiteral("l:Un"),
                           QStringLiteral("l:Deux"), QStringLiteral("p:Fin.")}));
}

TEST(TextBlocks, BlocksCoverTheTextBetweenItsBlankLines)
{
    const CleanHtml clean = HtmlSanitizer::clean(QStringLiteral("<div>Loose text<p>Para</p>tail<br>line</div><h1>Top</h1>"), QUrl());
    EXPECT_EQ(clean.text, QStringLiteral("Loose text\n\nPara\n\ntail\nline\n\nTop"));
    EXPECT_EQ(shape(clean.text, clean.blocks), (QStringList{QStringLiteral("p:Loose text"), QStringLiteral("p:Para"),
                                                            QStringLiteral("p:tail\nline"), QStringLiteral("h:Top")}));
    EXPECT_TRUE(TextBlocks::fit(clean.blocks, clean.text.size()));
}

TEST(TextBlocks, TwoLineBreaksInARowStartANewBlockOfTheSameKind)
{
    EXPECT_EQ(cleaned(QStringLiteral("<li>not in a list</li><ol><li>first<br><br>second</li></ol>")),
              (QStringList{QStringLiteral("p:not in a list"), QStringLiteral("l:first"), QStringLiteral("l:second")}));
}

TEST(TextBlocks, PreformattedTextWithBlankLinesIsOneBlock)
{
    const CleanHtml clean = HtmlSanitizer::clean(QStringLiteral("<pre>a = 1\n\nb = 2</pre><p>After.</p>"), QUrl());
    EXPECT_EQ(shape(clean.text, clean.blocks), (QStringList{QStringLiteral("p:a = 1\n\nb = 2"), QStringLiteral("p:After.")}));
}

TEST(TextBlocks, AnEmptyDocumentHasNoBlocks)
{
    EXPECT_TRUE(HtmlSanitizer::clean(QStringLiteral("<p> </p><script>x</script>"), QUrl()).blocks.isEmpty());
}

TEST(TextBlocks, ParagraphsAreThePartsBetweenBlankLines)
{
    const QString text = QStringLiteral("One.\n\n  Two.  \n\n\n\nThree.");
    EXPECT_EQ(shape(text, TextBlocks::paragraphs(text)),
              (QStringList{QStringLiteral("p:One."), QStringLiteral("p:Two."), QStringLiteral("p:Three.")}));
    EXPECT_TRUE(TextBlocks::paragraphs(QString()).isEmpty());
}

TEST(TextBlocks, RecoveredFromTheStoredHtmlWhenItGivesTheSameText)
{
    const CleanHtml clean = HtmlSanitizer::clean(QStringLiteral("<p>Intro.</p><h2>Suite</h2><ul><li>Point</li></ul>"), QUrl());
    EXPECT_EQ(TextBlocks::recover(clean.html, clean.text), clean.blocks);
    // HTML that says something else than the text: its structure cannot be trusted.
    EXPECT_EQ(shape(QStringLiteral("Other.\n\nText."), TextBlocks::recover(clean.html, QStringLiteral("Other.\n\nText."))),
              (QStringList{QStringLiteral("p:Other."), QStringLiteral("p:Text.")}));
}

TEST(TextBlocks, WithoutHtmlAShortUnpunctuatedLineBeforeMoreTextIsAHeading)
{
    const QString text = QStringLiteral("Le contexte\n\nUne phrase.\n\nPas un titre non plus.\n\nDernier bloc");
    EXPECT_EQ(shape(text, TextBlocks::recover(QString(), text)),
              (QStringList{QStringLiteral("h:Le contexte"), QStringLiteral("p:Une phrase."),
                           QStringLiteral("p:Pas un titre non plus."), QStringLiteral("p:Dernier bloc")}));
}

TEST(TextBlocks, BlocksFitOnlyInOrderAndWithinTheText)
{
    EXPECT_TRUE(TextBlocks::fit({{Kind::Paragraph, 0, 3}, {Kind::Heading, 5, 9}}, 9));
    EXPECT_FALSE(TextBlocks::fit({{Kind::Paragraph, 0, 3}, {Kind::Heading, 5, 10}}, 9));
    EXPECT_FALSE(TextBlocks::fit({{Kind::Paragraph, 4, 6}, {Kind::Heading, 0, 3}}, 9));
    EXPECT_FALSE(TextBlocks::fit({{Kind::Paragraph, 4, 2}}, 9));
    EXPECT_TRUE(TextBlocks::fit({}, 0));
}

TEST(TextBlocks, APlainTextFileKnowsItsHeadingsAndBullets)
{
    auto parsed = PlainTextParser::parse(QStringLiteral(
        "Un titre d'article\n\nPremier paragraphe de l'article.\n\nLes chiffres\n\n- Un point.\n- Un autre point.\n\nFin de l'article."));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(shape(parsed->text, parsed->blocks),
              (QStringList{QStringLiteral("p:Premier paragraphe de l'article."), QStringLiteral("h:Les chiffres"),
                           QStringLiteral("l:Un point."), QStringLiteral("l:Un autre point."), QStringLiteral("p:Fin de l'article.")}));
    // The stored HTML says the same, so an article stored before blocks were gets the same back.
    EXPECT_EQ(TextBlocks::recover(parsed->html, parsed->text), parsed->blocks);
}

TEST(TextBlocks, ASavedPageKnowsItsBlocks)
{
    auto parsed = HtmlPageParser::parse(QByteArrayLiteral(
        "<html><head><title>Page</title></head><body><article><h1>Page</h1>"
        "<p>Un long premier paragraphe qui dit de quoi parle la page, avec assez de mots pour compter.</p>"
        "<h2>Une partie</h2><p>Un second paragraphe, lui aussi assez long pour être pris pour du texte.</p>"
        "<ul><li>Un élément de liste</li></ul></article></body></html>"),
        QUrl(QStringLiteral("https://example.org/page.html")));
    ASSERT_TRUE(parsed.ok()) << parsed.errorMessage().toStdString();
    ASSERT_FALSE(parsed->blocks.isEmpty());
    EXPECT_TRUE(TextBlocks::fit(parsed->blocks, parsed->text.size()));
    const QStringList blocks = shape(parsed->text, parsed->blocks);
    EXPECT_TRUE(blocks.contains(QStringLiteral("h:Une partie"))) << blocks.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(blocks.contains(QStringLiteral("l:Un élément de liste"))) << blocks.join(QLatin1Char('|')).toStdString();
}
