// The reader's own text: serif or sans-serif, a size kept between sessions, larger and
// smaller from the keyboard, the menu or Ctrl and the wheel, and lines 1.5 apart.
#include <QMenu>
#include <QTextBlock>
#include <QTextDocument>
#include <QWheelEvent>

#include "GuiTestSupport.h"
#include "gui/ArticlePane.h"
#include "gui/ArticleRenderer.h"
#include "gui/ReadingActions.h"
#include "gui/Settings.h"

using namespace veille;
using namespace veille::app;

namespace {

Article anArticle()
{
    Article a;
    a.id = 7;
    a.title = QStringLiteral("Airbus livre davantage d'avions");
    a.text = QStringLiteral("Le constructeur a livré plus d'appareils que prévu au troisième trimestre, "
                            "malgré les retards de ses fournisseurs de moteurs et de sièges.");
    a.language = QStringLiteral("fr");
    return a;
}

// The font the first paragraph of the article body is laid out in.
QFont bodyFont(ArticlePane &pane)
{
    for (QTextBlock b = pane.document()->begin(); b.isValid(); b = b.next())
        if (b.text().startsWith(QStringLiteral("Le constructeur")))
            return b.begin().fragment().charFormat().font();
    ADD_FAILURE() << "the body paragraph is not in the pane";
    return {};
}

class ReadingStyleTest : public ::testing::Test {
protected:
    test::ScopedSettingsDir m_settings;
    ArticlePane m_pane;
    QMenu m_view;
};

} // namespace

TEST(ReadingStyleSize, StaysBetweenItsBoundsAndScalesTheSmallerTexts)
{
    ReadingStyle style;
    EXPECT_EQ(style.larger().size, ReadingStyle::kDefaultSize + 1);
    EXPECT_EQ(style.smaller().size, ReadingStyle::kDefaultSize - 1);
    EXPECT_EQ((ReadingStyle{ReadingStyle::Face::Sans, ReadingStyle::kMaxSize}).larger().size, ReadingStyle::kMaxSize);
    EXPECT_EQ((ReadingStyle{ReadingStyle::Face::Sans, ReadingStyle::kMinSize}).smaller().size, ReadingStyle::kMinSize);
    EXPECT_EQ(ReadingStyle::clampSize(400), ReadingStyle::kMaxSize);
    EXPECT_EQ(ReadingStyle::clampSize(-3), ReadingStyle::kMinSize);
    EXPECT_EQ(style.scaled(22), 22);
    EXPECT_EQ((ReadingStyle{ReadingStyle::Face::Serif, 30}).scaled(22), 44);
}

TEST(ReadingStyleSheet, CarriesTheFaceTheSizesAndALineHeightOfOneAndAHalf)
{
    const QString serif = ArticleRenderer::styleSheet(false, {ReadingStyle::Face::Serif, 20});
    EXPECT_TRUE(serif.contains(QStringLiteral("font-family: \"DejaVu Serif\", serif; font-size: 20px"))) << qPrintable(serif);
    EXPECT_TRUE(serif.contains(QStringLiteral("line-height: 150%")));
    EXPECT_TRUE(serif.contains(QStringLiteral("font-size: 29px"))) << "the title grows with the text";
    EXPECT_FALSE(serif.contains(QLatin1Char('@'))) << "every placeholder is filled";
    const QString sans = ArticleRenderer::styleSheet(true, {ReadingStyle::Face::Sans, 15});
    EXPECT_TRUE(sans.contains(QStringLiteral("\"DejaVu Sans\", sans-serif; font-size: 15px")));
    EXPECT_FALSE(sans.contains(QLatin1Char('@')));
}

TEST_F(ReadingStyleTest, TheArticleBodyIsSetInTheChosenFaceAndSize)
{
    m_pane.showArticle(anArticle(), KeyFacts{}, RenderOptions{});
    m_pane.setReadingStyle({ReadingStyle::Face::Serif, 19});
    QFont body = bodyFont(m_pane);
    EXPECT_EQ(body.pixelSize(), 19);
    EXPECT_EQ(QFontInfo(body).styleHint() == QFont::SansSerif, false);
    EXPECT_TRUE(QFontInfo(body).family().contains(QStringLiteral("Serif"))) << qPrintable(QFontInfo(body).family());
    m_pane.setReadingStyle({ReadingStyle::Face::Sans, 13});
    body = bodyFont(m_pane);
    EXPECT_EQ(body.pixelSize(), 13);
    EXPECT_FALSE(QFontInfo(body).family().contains(QStringLiteral("Serif"))) << qPrintable(QFontInfo(body).family());
}

TEST_F(ReadingStyleTest, TheParagraphsAreLaidOutOneAndAHalfLinesApart)
{
    m_pane.showArticle(anArticle(), KeyFacts{}, RenderOptions{});
    for (QTextBlock b = m_pane.document()->begin(); b.isValid(); b = b.next()) {
        if (!b.text().startsWith(QStringLiteral("Le constructeur")))
            continue;
        EXPECT_EQ(b.blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
        EXPECT_DOUBLE_EQ(b.blockFormat().lineHeight(), 150);
        return;
    }
    ADD_FAILURE() << "the body paragraph is not in the pane";
}

TEST_F(ReadingStyleTest, TheMenuChangesTheSizeAndFaceAndTheSettingsKeepThem)
{
    ReadingActions actions(m_pane);
    actions.fillMenu(&m_view);
    m_pane.showArticle(anArticle(), KeyFacts{}, RenderOptions{});
    actions.larger();
    actions.larger();
    EXPECT_EQ(m_pane.readingStyle().size, ReadingStyle::kDefaultSize + 2);
    EXPECT_EQ(bodyFont(m_pane).pixelSize(), ReadingStyle::kDefaultSize + 2);
    actions.setFace(ReadingStyle::Face::Sans);
    EXPECT_EQ(Settings::readingStyle(), (ReadingStyle{ReadingStyle::Face::Sans, ReadingStyle::kDefaultSize + 2}));

    // The next start: a new pane takes the kept style as soon as its actions exist.
    ArticlePane next;
    ReadingActions restored(next);
    EXPECT_EQ(next.readingStyle(), (ReadingStyle{ReadingStyle::Face::Sans, ReadingStyle::kDefaultSize + 2}));
    restored.defaultSize();
    EXPECT_EQ(Settings::readingStyle().size, ReadingStyle::kDefaultSize);
}

TEST_F(ReadingStyleTest, TheUsualShortcutsAreOnTheTextMenuAndItsFaceIsTicked)
{
    Settings::setReadingStyle({ReadingStyle::Face::Sans, 17});
    ReadingActions actions(m_pane);
    actions.fillMenu(&m_view);
    QMenu *text = m_view.findChild<QMenu *>(QStringLiteral("textMenu"));
    ASSERT_NE(text, nullptr);
    QList<QKeySequence> keys;
    QStringList ticked;
    for (QAction *a : text->actions()) {
        keys += a->shortcuts();
        if (a->isChecked())
            ticked << a->text().remove(QLatin1Char('&'));
    }
    EXPECT_TRUE(keys.contains(QKeySequence(QKeySequence::ZoomIn)));
    EXPECT_TRUE(keys.contains(QKeySequence(QKeySequence::ZoomOut)));
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_0)));
    ASSERT_EQ(ticked.size(), 1);
    EXPECT_TRUE(ticked.first().contains(QStringLiteral("Sans"))) << qPrintable(ticked.first());
}

TEST_F(ReadingStyleTest, CtrlAndTheWheelOverTheArticleChangeTheKeptSizeNotAPrivateZoom)
{
    ReadingActions actions(m_pane);
    m_pane.showArticle(anArticle(), KeyFacts{}, RenderOptions{});
    const QPointF at(20, 20);
    QWheelEvent up(at, m_pane.mapToGlobal(at.toPoint()), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                   Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_pane.viewport(), &up);
    EXPECT_EQ(Settings::readingStyle().size, ReadingStyle::kDefaultSize + 1);
    EXPECT_EQ(bodyFont(m_pane).pixelSize(), ReadingStyle::kDefaultSize + 1);
    QWheelEvent down(at, m_pane.mapToGlobal(at.toPoint()), {}, QPoint(0, -120), Qt::NoButton, Qt::ControlModifier,
                     Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_pane.viewport(), &down);
    QCoreApplication::sendEvent(m_pane.viewport(), &down);
    EXPECT_EQ(Settings::readingStyle().size, ReadingStyle::kDefaultSize - 1);
}

TEST_F(ReadingStyleTest, AMessageShownInsteadOfAnArticleFollowsTheStyleToo)
{
    m_pane.showMessage(QStringLiteral("Aucun article"), QStringLiteral("Choisissez un article dans la liste."));
    m_pane.setReadingStyle({ReadingStyle::Face::Sans, 24});
    EXPECT_EQ(m_pane.document()->defaultFont().pixelSize(), 24);
    EXPECT_TRUE(m_pane.toPlainText().contains(QStringLiteral("Aucun article")));
}
