// Languages beyond French and English: told apart by their function words, or "other",
// never French or English by default (the fact rules of those two would misread them).
#include "text/LanguageGuesser.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

QString guess(const char16_t *text)
{
    return LanguageGuesser::guess(QString::fromUtf16(text));
}

} // namespace

TEST(LanguageGuesser, TellsTheSevenLanguagesOfNewsApart)
{
    EXPECT_EQ(guess(u"Le groupe a annoncé une hausse de son chiffre d'affaires pour le troisième trimestre."), u"fr");
    EXPECT_EQ(guess(u"The company said that its revenue rose in the quarter, and it expects more."), u"en");
    EXPECT_EQ(guess(u"Die Bundesregierung hat am Mittwoch beschlossen, dass die Steuer für Unternehmen nicht steigen wird."),
              u"de");
    EXPECT_EQ(guess(u"El Gobierno aprobó el miércoles una reforma que, según los expertos, no cambiará los impuestos."), u"es");
    EXPECT_EQ(guess(u"O Senado aprovou na quarta-feira a proposta, que ainda não foi votada pela Câmara dos Deputados."),
              u"pt");
    EXPECT_EQ(guess(u"Il governo ha approvato la riforma della giustizia, che non è ancora legge per il Senato."), u"it");
    EXPECT_EQ(guess(u"Het kabinet heeft op woensdag besloten dat de belasting voor bedrijven niet wordt verhoogd."), u"nl");
}

TEST(LanguageGuesser, NeverCallsPortugueseOrSpanishFrench)
{
    // "de", "que", "la", "a": words French shares with them, which the old guesser counted
    // as French.
    EXPECT_EQ(guess(u"A Petrobras anunciou um plano de investimento de R$ 20 bilhões, que segundo a empresa vai "
                    u"aumentar a produção de petróleo no Brasil."),
              u"pt");
    EXPECT_EQ(guess(u"La empresa anunció que la inversión de 20 millones de euros se hará en la región de Madrid."), u"es");
    EXPECT_EQ(guess(u"L'azienda ha detto che l'aumento dei prezzi è dovuto alla crisi dell'energia."), u"it");
}

TEST(LanguageGuesser, CallsOtherScriptsAndUnknownLatinLanguagesOther)
{
    EXPECT_EQ(guess(u"Правительство России объявило о новых мерах поддержки экономики в среду."), u"other");
    EXPECT_EQ(guess(u"东京证券交易所周三收盘上涨，投资者对经济前景保持乐观。"), u"other");
    // Slovak and Polish: Latin letters, too few function words of any of the seven.
    EXPECT_EQ(guess(u"Vláda v stredu schválila návrh rozpočtu na budúci rok, ktorý počíta s nižším deficitom "
                    u"verejných financií a vyššími výdavkami na zdravotníctvo."),
              u"other");
    EXPECT_EQ(guess(u"Rząd przyjął w środę projekt budżetu na przyszły rok, który zakłada niższy deficyt "
                    u"finansów publicznych oraz wyższe wydatki na ochronę zdrowia."),
              u"other");
}

TEST(LanguageGuesser, SaysNothingAboutATextTooShortToTell)
{
    EXPECT_EQ(guess(u"Apple M3 Ultra"), QString());
    EXPECT_EQ(guess(u""), QString());
    EXPECT_EQ(guess(u"2026 — 42 %"), QString());
}

TEST(LanguageGuesser, OnlyFrenchAndEnglishHaveFactRules)
{
    EXPECT_TRUE(LanguageGuesser::hasFactRules(QStringLiteral("fr")));
    EXPECT_TRUE(LanguageGuesser::hasFactRules(QStringLiteral("en")));
    for (const char *code : {"pt", "de", "es", "it", "nl", "other", "", "ru"})
        EXPECT_FALSE(LanguageGuesser::hasFactRules(QString::fromLatin1(code))) << code;
}
