// Pages (HtmlMetadata) and feed items (ArticleBuilder) read a declared language through
// LanguageCode now. Both old copies took any text starting with "fr" or "en".
#include "text/HtmlDocument.h"
#include "text/HtmlMetadata.h"
#include "text/LanguageCode.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

TEST(LanguageCode, DropsTheRegionWhateverItsSeparatorAndCase)
{
    for (const char16_t *code : {u"fr", u"FR", u"fr-FR", u"fr_CA", u" fr-be ", u"Fr-ch"})
        EXPECT_EQ(LanguageCode::normalise(code), QStringLiteral("fr")) << QString::fromUtf16(code).toStdString();
    for (const char16_t *code : {u"en", u"en-us", u"EN-GB", u"en_US", u"en-US;q=0.8"})
        EXPECT_EQ(LanguageCode::normalise(code), QStringLiteral("en")) << QString::fromUtf16(code).toStdString();
}

TEST(LanguageCode, ReadsThreeLetterCodesAndLanguageNames)
{
    for (const char16_t *code : {u"fra", u"fre", u"French", u"fran\u00e7ais", u"Francais"})
        EXPECT_EQ(LanguageCode::normalise(code), QStringLiteral("fr"));
    for (const char16_t *code : {u"eng", u"English"})
        EXPECT_EQ(LanguageCode::normalise(code), QStringLiteral("en"));
}

TEST(LanguageCode, TakesTheFirstOfAContentLanguageList)
{
    EXPECT_EQ(LanguageCode::normalise(u"en-us, fr"), QStringLiteral("en"));
    EXPECT_EQ(LanguageCode::normalise(u"fr,en"), QStringLiteral("fr"));
}

TEST(LanguageCode, RefusesOtherLanguagesThatMerelyStartWithFrOrEn)
{
    // "frr" is North Frisian, "frm" Middle French, "enm" Middle English: the old copies
    // called them French and English.
    for (const char16_t *code : {u"frr", u"frm", u"enm", u"", u"  ", u"f", u"x-fr", u"1a", u"\u00e9s"})
        EXPECT_EQ(LanguageCode::normalise(code), QString()) << QString::fromUtf16(code).toStdString();
}

TEST(LanguageCode, KeepsOtherTwoLetterCodesAndReadsTheNamesOfTheLanguagesVeilleTells)
{
    EXPECT_EQ(LanguageCode::normalise(u"de-DE"), QStringLiteral("de"));
    EXPECT_EQ(LanguageCode::normalise(u"pt_BR"), QStringLiteral("pt"));
    EXPECT_EQ(LanguageCode::normalise(u"RU"), QStringLiteral("ru"));
    for (const char16_t *code : {u"deu", u"ger", u"German", u"Deutsch"})
        EXPECT_EQ(LanguageCode::normalise(code), QStringLiteral("de")) << QString::fromUtf16(code).toStdString();
    for (const char16_t *code : {u"por", u"Portuguese", u"portugu\u00eas", u"portugais"})
        EXPECT_EQ(LanguageCode::normalise(code), QStringLiteral("pt")) << QString::fromUtf16(code).toStdString();
    for (const char16_t *code : {u"spa", u"espa\u00f1ol", u"ita", u"Italiano", u"dut", u"Nederlands"})
        EXPECT_FALSE(LanguageCode::normalise(code).isEmpty()) << QString::fromUtf16(code).toStdString();
    EXPECT_EQ(LanguageCode::normalise(u"nld"), QStringLiteral("nl"));
}

TEST(LanguageCode, PagesReadLangAndOgLocaleThroughIt)
{
    const QUrl url(QStringLiteral("https://example.com/a.html"));
    EXPECT_EQ(HtmlMetadata::read(HtmlDocument::parse(u"<html lang=\"fr-CA\"><title>t</title></html>"), url).language,
              QStringLiteral("fr"));
    EXPECT_EQ(HtmlMetadata::read(HtmlDocument::parse(u"<html><meta property=\"og:locale\" content=\"en_GB\"></html>"), url).language,
              QStringLiteral("en"));
    EXPECT_EQ(HtmlMetadata::read(HtmlDocument::parse(u"<html lang=\"frr\"><title>t</title></html>"), url).language, QString());
    EXPECT_EQ(HtmlMetadata::read(HtmlDocument::parse(u"<html lang=\"pt-BR\"><title>t</title></html>"), url).language,
              QStringLiteral("pt"));
}
