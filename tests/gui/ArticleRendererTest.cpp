#include "GuiTestSupport.h"
#include "gui/AmountFormatter.h"
#include "gui/ArticleRenderer.h"
#include <QColor>
#include <QRegularExpression>
#include <cmath>

using namespace veille;
using namespace veille::app;

namespace {

QString spaced(QString s)
{
    return s.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
}

Entity entity(EntityType type, const QString &name, int start, int end)
{
    Entity e;
    e.type = type;
    e.name = name;
    e.mentions = {{start, end}};
    return e;
}

} // namespace

TEST(AmountFormatter, WritesAFrenchBillionOfDollarsAsMilliards)
{
    EXPECT_EQ(spaced(AmountFormatter::money(1.4e12, QStringLiteral("USD"), QStringLiteral("fr"))), QStringLiteral("1 400 Md$"));
    EXPECT_EQ(spaced(AmountFormatter::money(1.65e9, QStringLiteral("EUR"), QStringLiteral("fr"))), QStringLiteral("1,65 Md€"));
    EXPECT_EQ(spaced(AmountFormatter::money(6.4e8, QStringLiteral("EUR"), QStringLiteral("fr"))), QStringLiteral("640 M€"));
}

TEST(AmountFormatter, WritesEnglishScaleWords)
{
    EXPECT_EQ(AmountFormatter::money(1.4e12, QStringLiteral("USD"), QStringLiteral("en")), QStringLiteral("$1.4 trillion"));
    EXPECT_EQ(AmountFormatter::money(3.51e10, QStringLiteral("USD"), QStringLiteral("en")), QStringLiteral("$35.1 billion"));
    EXPECT_EQ(AmountFormatter::money(2e9, QStringLiteral("CHF"), QStringLiteral("en")), QStringLiteral("CHF 2 billion"));
}

TEST(AmountFormatter, PutsASpaceBeforeThePercentSignOnlyInFrench)
{
    EXPECT_EQ(spaced(AmountFormatter::percent(4.5, QStringLiteral("fr"))), QStringLiteral("4,5 %"));
    EXPECT_EQ(AmountFormatter::percent(94, QStringLiteral("en")), QStringLiteral("94%"));
}

TEST(ArticleRenderer, HighlightsEachMentionExactlyAtItsSpan)
{
    test::guiApp();
    Article a;
    a.title = QStringLiteral("T");
    a.text = QStringLiteral("Premier bloc.\n\nOpenAI s'allie à Foxconn au Texas.");
    KeyFacts facts;
    const int o = int(a.text.indexOf(QStringLiteral("OpenAI")));
    const int t = int(a.text.indexOf(QStringLiteral("Texas")));
    facts.entities = {entity(EntityType::Company, QStringLiteral("OpenAI"), o, o + 6),
                      entity(EntityType::Place, QStringLiteral("Texas"), t, t + 5)};
    const QString html = ArticleRenderer::render(a, facts, {});
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"co\">OpenAI</span>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"pl\">Texas</span>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<p>Premier bloc.</p>")));
}

TEST(ArticleRenderer, AnAmountIsNeverCutAcrossTwoLines)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("Un accord de 4,8 billion d'euros et un don de 62 952 euros.");
    KeyFacts facts;
    Entity big = entity(EntityType::Money, QString(), 13, 32);
    big.value = 4.8e12;
    big.currency = QStringLiteral("EUR");
    big.text = QStringLiteral("4,8 billion d'euros");
    Entity small = entity(EntityType::Money, QString(), 46, 58);
    small.value = 62952;
    small.currency = QStringLiteral("EUR");
    small.text = QStringLiteral("62 952 euros");
    facts.entities = {big, small};
    for (const QString language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        RenderOptions o;
        o.uiLanguage = language;
        const QString page = ArticleRenderer::render(a, facts, o);
        const qsizetype stripStart = page.indexOf(QStringLiteral("<table class=\"facts\""));
        ASSERT_GE(stripStart, 0) << page.toStdString();
        const QString html = page.mid(stripStart, page.indexOf(QStringLiteral("</table>"), stripStart) - stripStart);
        // The strip's chips ("4 800 Md€", "€4.8 trillion") and the amounts as the article
        // wrote them beside them: every space in them is a no-break space.
        const QRegularExpression inStrip(QStringLiteral("<span class=\"(mo|role)\">([^<]*)</span>"));
        int amounts = 0;
        for (auto m = inStrip.globalMatch(html); m.hasNext();) {
            const QString shown = m.next().captured(2);
            ++amounts;
            EXPECT_FALSE(shown.contains(u' ') || shown.contains(QChar(0x202f))) << language.toStdString() << ": " << shown.toStdString();
        }
        EXPECT_EQ(amounts, 4) << html.toStdString();
    }
}

TEST(ArticleRenderer, MakesCompaniesLinksThatNameThem)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("Hon Hai builds servers.");
    KeyFacts facts;
    facts.entities = {entity(EntityType::Company, QStringLiteral("Foxconn"), 0, 7)};
    const QString html = ArticleRenderer::render(a, facts, {});
    const QUrl url = ArticleRenderer::companyUrl(QStringLiteral("Foxconn"));
    EXPECT_TRUE(html.contains(url.toString(QUrl::FullyEncoded)));
    EXPECT_EQ(ArticleRenderer::companyFromUrl(url).value_or(QString()), QStringLiteral("Foxconn"));
    EXPECT_FALSE(ArticleRenderer::companyFromUrl(QUrl(QStringLiteral("https://example.org/?name=x"))).has_value());
}

TEST(ArticleRenderer, ShowsEachBlockAsTheImporterFoundIt)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("Intro.\n\nProchaines étapes\n\nOpenAI investit\n\nSuite.");
    a.blocks = {{TextBlock::Kind::Paragraph, 0, 6}, {TextBlock::Kind::Heading, 8, 25},
                {TextBlock::Kind::ListItem, 27, 42}, {TextBlock::Kind::Paragraph, 44, 50}};
    KeyFacts facts;
    facts.entities = {entity(EntityType::Company, QStringLiteral("OpenAI"), 27, 33)};
    const QString html = ArticleRenderer::render(a, facts, {});
    const qsizetype intro = html.indexOf(QStringLiteral("<p>Intro.</p>"));
    const qsizetype heading = html.indexOf(QStringLiteral("<h3>Prochaines étapes</h3>"));
    const qsizetype item = html.indexOf(QStringLiteral("•&nbsp;<a href="));
    const qsizetype last = html.indexOf(QStringLiteral("<p>Suite.</p>"));
    EXPECT_TRUE(intro >= 0 && intro < heading && heading < item && item < last) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"co\">OpenAI</span></a> investit</p>"))) << html.toStdString();
}

TEST(ArticleRenderer, TakesTheStructureFromTheBlocksNotFromTheStoredHtml)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("Intro.\n\nProchaines étapes");
    a.html = QStringLiteral("<h2>Intro.</h2><ul><li>Prochaines étapes</li></ul>");
    a.blocks = {{TextBlock::Kind::Paragraph, 0, 6}, {TextBlock::Kind::Paragraph, 8, 25}};
    const QString html = ArticleRenderer::render(a, {}, {});
    EXPECT_TRUE(html.contains(QStringLiteral("<p>Intro.</p><p>Prochaines étapes</p>"))) << html.toStdString();
}

TEST(ArticleRenderer, BlocksThatDoNotFitTheTextAreReadAsParagraphs)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("Un.\n\nDeux.");
    a.blocks = {{TextBlock::Kind::Heading, 0, 40}};
    const QString html = ArticleRenderer::render(a, {}, {});
    EXPECT_TRUE(html.contains(QStringLiteral("<p>Un.</p><p>Deux.</p>"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("<h3>")));
}

TEST(ArticleRenderer, ShowsTheStoredPicturesOnlyWithHighlightingOffAndImagesAllowed)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("OpenAI grows.");
    a.html = QStringLiteral("<p>OpenAI grows.</p><img src=\"https://example.org/a.png\">");
    a.blocks = {{TextBlock::Kind::Paragraph, 0, 13}};
    KeyFacts facts;
    facts.summary = {QStringLiteral("OpenAI grows.")};
    facts.entities = {entity(EntityType::Company, QStringLiteral("OpenAI"), 0, 6)};
    RenderOptions options;
    options.images = true;
    EXPECT_FALSE(ArticleRenderer::render(a, facts, options).contains(QStringLiteral("<img")));
    options.highlight = false;
    const QString html = ArticleRenderer::render(a, facts, options);
    // In the body's place: after the box and the facts strip, before the legend.
    const qsizetype picture = html.indexOf(QStringLiteral("<img src=\"https://example.org/a.png\">"));
    EXPECT_GT(picture, html.indexOf(QStringLiteral("class=\"facts\""))) << html.toStdString();
    EXPECT_GT(html.indexOf(QStringLiteral("class=\"legend\"")), picture);
    options.images = false;
    EXPECT_FALSE(ArticleRenderer::render(a, facts, options).contains(QStringLiteral("<img")));
}

TEST(ArticleRenderer, LeavesTheTextPlainWhenHighlightingIsOff)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("OpenAI grows.");
    KeyFacts facts;
    facts.entities = {entity(EntityType::Company, QStringLiteral("OpenAI"), 0, 6)};
    RenderOptions options;
    options.highlight = false;
    const QString html = ArticleRenderer::render(a, facts, options);
    EXPECT_FALSE(html.contains(QStringLiteral("<span class=\"co\">OpenAI</span>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<p>OpenAI grows.</p>")));
}

TEST(ArticleRenderer, MarksSearchWordsWithoutRegardForAccentsOrCase)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("Les Données et les investissements.");
    RenderOptions options;
    options.searchTerms = {QStringLiteral("donnees"), QStringLiteral("invest")};
    const QString html = ArticleRenderer::render(a, {}, options);
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"hit\">Données</span>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"hit\">investissements</span>"))) << html.toStdString();
}

TEST(ArticleRenderer, UsesOtherColoursOnADarkPalette)
{
    test::guiApp();
    const QString light = ArticleRenderer::styleSheet(false);
    const QString dark = ArticleRenderer::styleSheet(true);
    EXPECT_TRUE(light.contains(QStringLiteral(".co { background-color: #dbe9ff")));
    EXPECT_NE(light, dark);
    EXPECT_FALSE(dark.contains(QLatin1Char('@'))) << "every placeholder is filled";
    EXPECT_FALSE(light.contains(QLatin1Char('@'))) << "every placeholder is filled";
    EXPECT_TRUE(dark.contains(QStringLiteral(".co { background-color: #1f3a63"))) << dark.toStdString();
}

TEST(ArticleRenderer, ShowsTheSummaryWhenTheArticleHasNoKeyPoints)
{
    test::guiApp();
    Article a;
    a.title = QStringLiteral("Title");
    a.text = QStringLiteral("One. Two.");
    KeyFacts facts;
    facts.summary = {QStringLiteral("The informative sentence.")};
    const QString html = ArticleRenderer::render(a, facts, {});
    EXPECT_TRUE(html.contains(QStringLiteral("KEY FACTS — SUMMARY")));
    EXPECT_TRUE(html.contains(QStringLiteral("The informative sentence.")));
}

namespace {

// WCAG relative luminance and contrast of two "#rrggbb" colours.
double luminance(const QString &hex)
{
    const QColor c(hex);
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastOfRule(const QString &css, const QString &cls)
{
    const QRegularExpression rule(QStringLiteral("\\.%1 \\{ background-color: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})").arg(cls));
    const QRegularExpressionMatch m = rule.match(css);
    if (!m.hasMatch())
        return 0;
    const double a = luminance(m.captured(1)), b = luminance(m.captured(2));
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace

TEST(ArticleRenderer, HighlightsOrganisationsInTheirOwnColourListsAndNamesThem)
{
    test::guiApp();
    Article a;
    a.title = QStringLiteral("T");
    a.text = QStringLiteral("L'AMF enquête sur Airbus.");
    KeyFacts facts;
    facts.entities = {entity(EntityType::Company, QStringLiteral("Airbus"), 18, 24),
                      entity(EntityType::Organisation, QStringLiteral("Autorité des marchés financiers"), 2, 5)};
    const QString html = ArticleRenderer::render(a, facts, {});
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"or\">AMF</span>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("ORGANISATIONS"))) << "the facts strip has a row for them";
    EXPECT_TRUE(html.contains(QStringLiteral("&nbsp;Autorité des marchés financiers&nbsp;")));
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"or\">&nbsp;organisation&nbsp;</span>"))) << "the legend names them";
}

TEST(ArticleRenderer, GivesOrganisationsAReadableColourOnBothPalettes)
{
    test::guiApp();
    for (bool dark : {false, true}) {
        const QString css = ArticleRenderer::styleSheet(dark);
        EXPECT_GE(contrastOfRule(css, QStringLiteral("or")), 4.5) << (dark ? "dark" : "light");
        const QRegularExpression bg(QStringLiteral("\\.(co|or) \\{ background-color: (#[0-9a-f]{6})"));
        QStringList backgrounds;
        for (auto it = bg.globalMatch(css); it.hasNext();)
            backgrounds << it.next().captured(2);
        ASSERT_EQ(backgrounds.size(), 2);
        EXPECT_NE(backgrounds.at(0), backgrounds.at(1)) << "organisations are not coloured like companies";
    }
}

TEST(ArticleRenderer, ThePicturesToShowLeadAndFollowTheHighlightedBody)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("OpenAI grows.\n\nFoxconn builds.");
    a.blocks = {{TextBlock::Kind::Paragraph, 0, 13}, {TextBlock::Kind::Paragraph, 15, 30}};
    RenderOptions options;
    options.pictures = {QStringLiteral("https://example.org/lead.png"), QStringLiteral("https://example.org/a.png?w=1&h=2")};
    const QString html = ArticleRenderer::render(a, KeyFacts{}, options);
    const qsizetype lead = html.indexOf(QStringLiteral("<img src=\"https://example.org/lead.png\">"));
    const qsizetype second = html.indexOf(QStringLiteral("<img src=\"https://example.org/a.png?w=1&amp;h=2\">"));
    ASSERT_GE(lead, 0) << html.toStdString();
    ASSERT_GE(second, 0) << html.toStdString();
    EXPECT_LT(lead, html.indexOf(QStringLiteral("OpenAI grows.")));
    EXPECT_GT(second, html.indexOf(QStringLiteral("Foxconn builds.")));
}

TEST(ArticleRenderer, NoPictureToShowWritesNoImage)
{
    test::guiApp();
    Article a;
    a.text = QStringLiteral("OpenAI grows.");
    a.html = QStringLiteral("<p>OpenAI grows.</p><img src=\"https://example.org/a.png\">");
    EXPECT_FALSE(ArticleRenderer::render(a, KeyFacts{}, RenderOptions{}).contains(QStringLiteral("<img")));
}
