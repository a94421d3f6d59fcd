// Reading comfort: the pane's body text keeps lines of about 65 to 85 characters,
// centred, however wide the window, so a line can be followed back to the next.
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include "GuiTestSupport.h"
#include "gui/ArticlePane.h"

using namespace veille;
using namespace veille::app;

namespace {

Article longArticle()
{
    Article a;
    a.id = 1;
    a.title = QStringLiteral("Renault ouvre une usine de batteries à Douai");
    const QString sentence = QStringLiteral("Le constructeur a annoncé mardi qu'il investirait cinq cents millions "
                                            "d'euros dans une usine de batteries qui emploiera mille personnes. ");
    a.text = sentence.repeated(12).trimmed() + QStringLiteral("\n\n") + sentence.repeated(8).trimmed();
    a.language = QStringLiteral("fr");
    return a;
}

struct Lines {
    int longest = 0;
    int shortest = 1 << 30; // of the lines that are not a paragraph's last
};

// The characters on each line of the long paragraphs, as the pane laid them out.
Lines measure(ArticlePane &pane)
{
    Lines out;
    QTextDocument *doc = pane.document();
    doc->setTextWidth(pane.viewport()->width());
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.text().size() < 400)
            continue;
        QTextLayout *layout = b.layout();
        for (int i = 0; i + 1 < layout->lineCount(); ++i) {
            out.longest = std::max(out.longest, layout->lineAt(i).textLength());
            out.shortest = std::min(out.shortest, layout->lineAt(i).textLength());
        }
    }
    return out;
}

// A pane of the given size, shown, with the long article in it.
std::unique_ptr<ArticlePane> shownPane(int width, int height)
{
    test::guiApp();
    auto pane = std::make_unique<ArticlePane>();
    pane->resize(width, height);
    pane->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(pane.get()));
    pane->showArticle(longArticle(), KeyFacts{}, RenderOptions{});
    return pane;
}

} // namespace

TEST(ReadingMeasure, OnAWideWindowLinesStayBetween65And85CharactersAndCentred)
{
    const auto shown = shownPane(1920, 1000);
    ArticlePane &pane = *shown;
    const Lines lines = measure(pane);
    ASSERT_GT(lines.longest, 0);
    EXPECT_LE(lines.longest, 85);
    EXPECT_GE(lines.shortest, 55);
    const QTextFrameFormat root = pane.document()->rootFrame()->frameFormat();
    EXPECT_GT(root.leftMargin(), 400);
    EXPECT_NEAR(root.leftMargin(), root.rightMargin(), 0.5) << "the column is centred";
}

TEST(ReadingMeasure, ANarrowPaneKeepsItsSmallMarginsAndShorterLines)
{
    const auto shown = shownPane(420, 800);
    ArticlePane &pane = *shown;
    EXPECT_LE(measure(pane).longest, 65);
    EXPECT_NEAR(pane.document()->rootFrame()->frameFormat().leftMargin(), 22, 0.5);
}

TEST(ReadingMeasure, WideningThePaneWidensTheMarginsNotTheLines)
{
    const auto shown = shownPane(900, 800);
    ArticlePane &pane = *shown;
    const int before = measure(pane).longest;
    const qreal marginBefore = pane.document()->rootFrame()->frameFormat().leftMargin();
    pane.resize(2400, 800);
    QTest::qWait(20);
    EXPECT_LE(std::abs(measure(pane).longest - before), 3);
    EXPECT_GT(pane.document()->rootFrame()->frameFormat().leftMargin(), marginBefore + 500);
}
