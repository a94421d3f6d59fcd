// The reader's search highlights fold with Fold::sameLength, the same rules as the rest
// of Veille; its own copy did not fold "ø" or "ł", "‘" or the dashes.
#include "GuiTestSupport.h"
#include "gui/ArticleRenderer.h"

using namespace veille;
using namespace veille::app;

namespace {

QString renderWithSearch(const QString &text, const QStringList &terms)
{
    test::guiApp();
    Article a;
    a.text = text;
    RenderOptions options;
    options.searchTerms = terms;
    return ArticleRenderer::render(a, {}, options);
}

} // namespace

TEST(ArticleSearchFold, MarksWordsWithLettersUnicodeDoesNotDecompose)
{
    const QString html = renderWithSearch(QStringLiteral("\u00d8rsted b\u00e2tit \u0141\u00f3d\u017a."),
                                          {QStringLiteral("orsted"), QStringLiteral("lodz")});
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"hit\">\u00d8rsted</span>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"hit\">\u0141\u00f3d\u017a</span>"))) << html.toStdString();
}

TEST(ArticleSearchFold, MarksAHyphenatedTermWrittenWithAnotherDash)
{
    const QString html = renderWithSearch(QStringLiteral("Le groupe Jean\u2011Luc et l\u2018\u00c9tat."),
                                          {QStringLiteral("jean-luc"), QStringLiteral("l'etat")});
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"hit\">Jean\u2011Luc</span>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"hit\">l\u2018\u00c9tat</span>"))) << html.toStdString();
}
