// Titles are text (TitleText): whatever markup or escaping a feed wraps a title in, the
// list, the pane, search and exports show the words a reader expects.
#include "text/QtPrinters.h"
#include "text/TitleText.h"

#include <gtest/gtest.h>

using namespace veille;

TEST(TitleText, MarkupInATitleBecomesItsText)
{
    EXPECT_EQ(TitleText::plain(u"<strong>&amp;</strong>"), QStringLiteral("&"));
    EXPECT_EQ(TitleText::plain(u"<p>Entry Title</p>"), QStringLiteral("Entry Title"));
    EXPECT_EQ(TitleText::plain(u"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Entry <em>Title</em></p></div>"),
              QStringLiteral("Entry Title"));
    EXPECT_EQ(TitleText::plain(u"Renault <b>ouvre</b> une usine"), QStringLiteral("Renault ouvre une usine"));
}

TEST(TitleText, ATitleEscapedOnceTooOftenIsReadOnceMore)
{
    EXPECT_EQ(TitleText::plain(u"AT&amp;T"), QStringLiteral("AT&T"));
    EXPECT_EQ(TitleText::plain(u"AT&amp;amp;T"), QStringLiteral("AT&T"));
    EXPECT_EQ(TitleText::plain(u"&lt;p&gt;Entry Title&lt;/p&gt;"), QStringLiteral("Entry Title"));
    EXPECT_EQ(TitleText::plain(u"&amp;lt;b&amp;gt;Nouveau&amp;lt;/b&amp;gt;"), QStringLiteral("Nouveau"));
    EXPECT_EQ(TitleText::plain(u"L&#8217;euro &#x2014; et le dollar"), QStringLiteral("L’euro — et le dollar"));
    EXPECT_EQ(TitleText::plain(u"Caf&eacute; &amp; cr&egrave;me"), QStringLiteral("Café & crème"));
}

TEST(TitleText, PlainTextWithAngleBracketsOrAmpersandsStaysAsItIs)
{
    EXPECT_EQ(TitleText::plain(u"Fish & Chips <3"), QStringLiteral("Fish & Chips <3"));
    EXPECT_EQ(TitleText::plain(u"a < b && c > d"), QStringLiteral("a < b && c > d"));
    EXPECT_EQ(TitleText::plain(u"Procter & Gamble; AT & T"), QStringLiteral("Procter & Gamble; AT & T"));
    EXPECT_EQ(TitleText::plain(u"  Deux   espaces\n et une ligne "), QStringLiteral("Deux espaces et une ligne"));
}

TEST(TitleText, ScriptsAndStylesInATitleLeaveNothingBehind)
{
    EXPECT_EQ(TitleText::plain(u"<script>alert(1)</script>Titre"), QStringLiteral("Titre"));
    EXPECT_EQ(TitleText::plain(u"&lt;script&gt;alert(1)&lt;/script&gt;Titre"), QStringLiteral("Titre"));
    EXPECT_EQ(TitleText::plain(u"<style>b{}</style><img src=x onerror=alert(1)>"), QString());
}

TEST(TitleText, TellsMarkupFromTextThatLooksLikeIt)
{
    EXPECT_TRUE(TitleText::looksLikeMarkup(u"<b>x"));
    EXPECT_TRUE(TitleText::looksLikeMarkup(u"x</b>"));
    EXPECT_TRUE(TitleText::looksLikeMarkup(u"<!-- x -->"));
    EXPECT_TRUE(TitleText::looksLikeMarkup(u"AT&amp;T"));
    EXPECT_TRUE(TitleText::looksLikeMarkup(u"&#38;"));
    EXPECT_FALSE(TitleText::looksLikeMarkup(u"Fish & Chips <3"));
    EXPECT_FALSE(TitleText::looksLikeMarkup(u"AT&T and more"));
    EXPECT_EQ(TitleText::plain(u"AT&T; and more"), QStringLiteral("AT&T; and more"));
    EXPECT_FALSE(TitleText::looksLikeMarkup(u"x <"));
    EXPECT_FALSE(TitleText::looksLikeMarkup(u"&"));
}
