#include "facts/FactsEngine.h"
#include "text/LanguageGuesser.h"
#include "text/Sentences.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

// An engine costs nothing to make: every one shares the gazetteers loaded once.
FactsEngine engine()
{
    return FactsEngine();
}

QList<Entity> ofType(const KeyFacts &f, EntityType type)
{
    QList<Entity> out;
    for (const Entity &e : f.entities) {
        if (e.type == type)
            out.append(e);
    }
    return out;
}

Entity onlyMoney(const QString &text, const QString &lang)
{
    const QList<Entity> money = ofType(engine().extract(text, lang), EntityType::Money);
    EXPECT_EQ(money.size(), 1) << text.toStdString();
    return money.value(0);
}

QStringList names(const KeyFacts &f, EntityType type)
{
    QStringList out;
    for (const Entity &e : ofType(f, type))
        out.append(e.name);
    return out;
}

} // namespace

TEST(MoneyParser, ReadsFrenchBillionAsTenToTheTwelfth)
{
    const Entity m = onlyMoney(QStringLiteral("Ces engagements s'élèvent à 1,4 billion de dollars."), QStringLiteral("fr"));
    EXPECT_DOUBLE_EQ(m.value, 1.4e12);
    EXPECT_EQ(m.currency, QStringLiteral("USD"));
    EXPECT_EQ(m.text, QStringLiteral("1,4 billion de dollars"));
}

TEST(MoneyParser, ReadsEnglishBillionAsTenToTheNinth)
{
    const Entity m = onlyMoney(QStringLiteral("Nvidia reported revenue of $35.1 billion."), QStringLiteral("en"));
    EXPECT_DOUBLE_EQ(m.value, 3.51e10);
    EXPECT_EQ(m.currency, QStringLiteral("USD"));
}

TEST(MoneyParser, ReadsAbbreviatedScalesAndSigns)
{
    EXPECT_DOUBLE_EQ(onlyMoney(QStringLiteral("Un contrat de 12 M€ a été signé."), QStringLiteral("fr")).value, 12e6);
    EXPECT_DOUBLE_EQ(onlyMoney(QStringLiteral("Une levée de 2,3 Md€ est prévue."), QStringLiteral("fr")).value, 2.3e9);
    EXPECT_DOUBLE_EQ(onlyMoney(QStringLiteral("The bid was worth €1.2tn in total."), QStringLiteral("en")).value, 1.2e12);
    EXPECT_DOUBLE_EQ(onlyMoney(QStringLiteral("It raised $20bn from banks."), QStringLiteral("en")).value, 2e10);
    const Entity pounds = onlyMoney(QStringLiteral("A charge of £300m was booked."), QStringLiteral("en"));
    EXPECT_DOUBLE_EQ(pounds.value, 3e8);
    EXPECT_EQ(pounds.currency, QStringLiteral("GBP"));
    const Entity us = onlyMoney(QStringLiteral("It paid US$3.5 million for the site."), QStringLiteral("en"));
    EXPECT_DOUBLE_EQ(us.value, 3.5e6);
    EXPECT_EQ(us.currency, QStringLiteral("USD"));
}

TEST(MoneyParser, ReadsFrenchGroupingWithAnyKindOfSpace)
{
    for (const QString &text : {QStringLiteral("Le prix est de 1 250,50 € net."), QStringLiteral("Le prix est de 1\u00A0250,50 € net."),
                                QStringLiteral("Le prix est de 1\u202F250,50 € net.")}) {
        const Entity m = onlyMoney(text, QStringLiteral("fr"));
        EXPECT_DOUBLE_EQ(m.value, 1250.5);
        EXPECT_EQ(m.currency, QStringLiteral("EUR"));
    }
}

TEST(MoneyParser, ReadsCurrencyNamesAndWordNumbers)
{
    EXPECT_EQ(onlyMoney(QStringLiteral("Un prêt de 3 milliards de dollars canadiens."), QStringLiteral("fr")).currency, QStringLiteral("CAD"));
    EXPECT_EQ(onlyMoney(QStringLiteral("Une amende de 40 millions de francs suisses."), QStringLiteral("fr")).currency, QStringLiteral("CHF"));
    EXPECT_EQ(onlyMoney(QStringLiteral("Un rachat de 2 milliards de livres sterling."), QStringLiteral("fr")).currency, QStringLiteral("GBP"));
    EXPECT_EQ(onlyMoney(QStringLiteral("Un budget de 500 milliards de yens."), QStringLiteral("fr")).currency, QStringLiteral("JPY"));
    EXPECT_EQ(onlyMoney(QStringLiteral("Un contrat de 8 milliards de yuans."), QStringLiteral("fr")).currency, QStringLiteral("CNY"));
    const Entity words = onlyMoney(QStringLiteral("Le groupe investira deux milliards d'euros."), QStringLiteral("fr"));
    EXPECT_DOUBLE_EQ(words.value, 2e9);
    EXPECT_DOUBLE_EQ(onlyMoney(QStringLiteral("They will spend 1.5 billion euros."), QStringLiteral("en")).value, 1.5e9);
}

TEST(MoneyParser, LeavesNumbersWithoutCurrencyAlone)
{
    const KeyFacts f = engine().extract(QStringLiteral("Le projet créera 500 000 emplois et plusieurs centaines de milliards d'ici à 2030."),
                                        QStringLiteral("fr"));
    EXPECT_TRUE(ofType(f, EntityType::Money).isEmpty());
}

TEST(MoneyParser, GivesARangeTheScaleAndCurrencyOfItsUpperBound)
{
    const KeyFacts f = engine().extract(QStringLiteral("Le résultat sera compris entre 4,4 et 5 milliards d'euros."), QStringLiteral("fr"));
    const QList<Entity> money = ofType(f, EntityType::Money);
    ASSERT_EQ(money.size(), 2);
    EXPECT_DOUBLE_EQ(money[0].value, 4.4e9);
    EXPECT_DOUBLE_EQ(money[1].value, 5e9);
}

TEST(PercentParser, ReadsSignsAndWords)
{
    for (const QString &text : {QStringLiteral("Une hausse de 3,2 % cette année."), QStringLiteral("Une hausse de 3,2% cette année."),
                                QStringLiteral("Une hausse de 3,2 pour cent cette année.")}) {
        const QList<Entity> p = ofType(engine().extract(text, QStringLiteral("fr")), EntityType::Percent);
        ASSERT_EQ(p.size(), 1) << text.toStdString();
        EXPECT_DOUBLE_EQ(p[0].value, 3.2);
    }
    EXPECT_EQ(ofType(engine().extract(QStringLiteral("Sales rose 12 per cent."), QStringLiteral("en")), EntityType::Percent).size(), 1);
}

TEST(DateParser, ReadsFullDatesMonthsAndYears)
{
    const KeyFacts fr = engine().extract(QStringLiteral("Signé le 10 avril 2025, l'accord court jusqu'en mars 2024 puis d'ici à 2030."),
                                         QStringLiteral("fr"));
    QStringList values;
    for (const Entity &e : ofType(fr, EntityType::Date))
        values.append(e.dateValue);
    EXPECT_EQ(values, (QStringList{QStringLiteral("2025-04-10"), QStringLiteral("2024-03"), QStringLiteral("2030")}));
    const KeyFacts en = engine().extract(QStringLiteral("The deal closed on April 10, 2025, and runs until 2031."), QStringLiteral("en"));
    EXPECT_EQ(ofType(en, EntityType::Date).value(0).dateValue, QStringLiteral("2025-04-10"));
}

TEST(DateParser, DoesNotReadAYearInsideAnAmountOrACount)
{
    const KeyFacts f = engine().extract(QStringLiteral("Le groupe a versé 2025 millions d'euros à 2000 salariés."), QStringLiteral("fr"));
    EXPECT_TRUE(ofType(f, EntityType::Date).isEmpty());
}

TEST(CompanyFinder, ResolvesElisionsAndPossessivesToTheNameOnly)
{
    const QString text = QStringLiteral("La stratégie d’OpenAI séduit. Nvidia's chips sell well, and l'OpenAI grows.");
    const KeyFacts f = engine().extract(text, QStringLiteral("fr"));
    for (const Entity &e : ofType(f, EntityType::Company)) {
        for (const Span &s : e.mentions)
            EXPECT_EQ(text.mid(s.start, s.end - s.start), e.name);
    }
    EXPECT_TRUE(names(f, EntityType::Company).contains(QStringLiteral("OpenAI")));
    EXPECT_TRUE(names(f, EntityType::Company).contains(QStringLiteral("Nvidia")));
}

TEST(CompanyFinder, NeedsBusinessContextForCommonWords)
{
    EXPECT_FALSE(names(engine().extract(QStringLiteral("She ate an apple and an orange in the garden."), QStringLiteral("en")),
                       EntityType::Company).contains(QStringLiteral("Apple")));
    EXPECT_FALSE(names(engine().extract(QStringLiteral("Il a peint la porte en orange."), QStringLiteral("fr")), EntityType::Company)
                     .contains(QStringLiteral("Orange")));
    EXPECT_TRUE(names(engine().extract(QStringLiteral("Orange a publié un chiffre d'affaires en hausse."), QStringLiteral("fr")),
                      EntityType::Company).contains(QStringLiteral("Orange")));
}

// Once the text shows a common word to be the company, its earlier mentions are the
// company too: the article pane highlights each, not the second alone.
TEST(CompanyFinder, AMentionBeforeTheBusinessContextIsTheCompanyToo)
{
    const KeyFacts f = engine().extract(QStringLiteral("Apple said on Tuesday that the new computer will ship in June. "
                                                       "Tim Cook, chief executive of Apple, presented it in Cupertino."),
                                        QStringLiteral("en"));
    const QList<Entity> companies = ofType(f, EntityType::Company);
    ASSERT_EQ(companies.size(), 1);
    EXPECT_EQ(companies[0].name, QStringLiteral("Apple"));
    EXPECT_EQ(companies[0].mentions.size(), 2);
    EXPECT_EQ(companies[0].mentions[0].start, 0);
    // Without that context, the word stays a word wherever it is.
    EXPECT_TRUE(ofType(engine().extract(QStringLiteral("Apple trees bloom in June. She picked an apple."), QStringLiteral("en")),
                       EntityType::Company)
                    .isEmpty());
}

TEST(CompanyFinder, FindsCompaniesTheGazetteerLacksFromTheirContext)
{
    const KeyFacts f = engine().extract(QStringLiteral("Le fabricant de batteries Zephyrion a signé avec Quantelia SA. Plus tard, Zephyrion a recruté."),
                                        QStringLiteral("fr"));
    const QList<Entity> companies = ofType(f, EntityType::Company);
    QStringList n = names(f, EntityType::Company);
    EXPECT_TRUE(n.contains(QStringLiteral("Zephyrion")));
    EXPECT_TRUE(n.contains(QStringLiteral("Quantelia")));
    for (const Entity &e : companies) {
        if (e.name == QStringLiteral("Zephyrion"))
            EXPECT_EQ(e.mentions.size(), 2) << "the second mention comes from propagation";
    }
}

TEST(CompanyFinder, TreatsPublicationsAsNotCompanies)
{
    const KeyFacts f = engine().extract(QStringLiteral("Intro.\n\nSuivez également Business AM sur Google Actualités"), QStringLiteral("fr"));
    EXPECT_TRUE(ofType(f, EntityType::Company).isEmpty());
}

TEST(CompanyAliases, LooksUpShortFormsCaseAndAccentInsensitively)
{
    EXPECT_EQ(engine().canonicalCompany(QStringLiteral("tsmc")), QStringLiteral("TSMC"));
    EXPECT_EQ(engine().canonicalCompany(QStringLiteral("hon hai")), QStringLiteral("Foxconn"));
    EXPECT_EQ(engine().canonicalCompany(QStringLiteral("Alphabet")), QStringLiteral("Google"));
    EXPECT_EQ(engine().canonicalCompany(QStringLiteral("lvmh moet hennessy louis vuitton")), QStringLiteral("LVMH"));
    EXPECT_TRUE(engine().companyAliases(QStringLiteral("TSMC")).contains(QStringLiteral("Taiwan Semiconductor Manufacturing Co.")));
    EXPECT_TRUE(engine().companyAliases(QStringLiteral("no such company")).isEmpty());
    EXPECT_TRUE(engine().canonicalCompany(QStringLiteral("Zephyrion")).isEmpty());
}

TEST(PersonFinder, ReadsRolesBeforeAndAfterTheName)
{
    const KeyFacts a = engine().extract(QStringLiteral("« C'est un tournant », a dit le directeur général de Renault, Luca de Meo, jeudi."),
                                        QStringLiteral("fr"));
    const QList<Entity> p = ofType(a, EntityType::Person);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].name, QStringLiteral("Luca de Meo"));
    EXPECT_EQ(p[0].role, QStringLiteral("directeur général de Renault"));
    const KeyFacts b = engine().extract(QStringLiteral("\"Demand is strong,\" said Jensen Huang, founder and chief executive of Nvidia."),
                                        QStringLiteral("en"));
    ASSERT_EQ(ofType(b, EntityType::Person).size(), 1);
    EXPECT_EQ(ofType(b, EntityType::Person)[0].role, QStringLiteral("founder and chief executive of Nvidia"));
    const KeyFacts c = engine().extract(QStringLiteral("C.C. Wei, chairman and chief executive of TSMC, spoke on Monday."), QStringLiteral("en"));
    ASSERT_EQ(ofType(c, EntityType::Person).size(), 1);
    EXPECT_EQ(ofType(c, EntityType::Person)[0].name, QStringLiteral("C.C. Wei"));
}

TEST(PersonFinder, CountsALaterSurnameAsTheSamePerson)
{
    const KeyFacts f = engine().extract(QStringLiteral("Sam Altman, PDG d'OpenAI, a parlé. Altman prévoit une hausse."), QStringLiteral("fr"));
    const QList<Entity> p = ofType(f, EntityType::Person);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].mentions.size(), 2);
    EXPECT_EQ(p[0].role, QStringLiteral("PDG d'OpenAI"));
}

// "Ferrari", "Dassault", "Ford": a company's one-word name is also a family's.
TEST(PersonFinder, ASurnameThatIsAlsoACompanyIsThePersonsWhereTheArticleSaysSo)
{
    const KeyFacts f = engine().extract(QStringLiteral("Selon Nadia Ferrari, présidente de Neoen, le groupe vise 10 GW. "
                                                       "Nadia Ferrari a ajouté que la demande reste forte."),
                                        QStringLiteral("fr"));
    const QList<Entity> p = ofType(f, EntityType::Person);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].name, QStringLiteral("Nadia Ferrari"));
    EXPECT_EQ(p[0].role, QStringLiteral("présidente de Neoen"));
    EXPECT_EQ(p[0].mentions.size(), 2);
    EXPECT_EQ(names(f, EntityType::Company), QStringList{QStringLiteral("Neoen")});
    // Nothing says that a person is meant: the company stays.
    const KeyFacts g = engine().extract(QStringLiteral("Investors asked whether Sam OpenAI was a new fund. Ferrari sold more cars."),
                                        QStringLiteral("en"));
    EXPECT_TRUE(ofType(g, EntityType::Person).isEmpty()) << names(g, EntityType::Person).join(u'|').toStdString();
    EXPECT_TRUE(names(g, EntityType::Company).contains(QStringLiteral("OpenAI")));
    EXPECT_TRUE(names(g, EntityType::Company).contains(QStringLiteral("Ferrari")));
}

TEST(PersonFinder, ThatSurnameAloneIsThePersonsUnlessTheArticleShowsTheCompany)
{
    // Named in full with a role, then by surname alone: all three mentions are hers, and
    // the company Ferrari, which the article never presents as one, is not among its facts.
    const KeyFacts f = engine().extract(QStringLiteral("Selon Nadia Ferrari, présidente de Neoen, le groupe vise 10 GW. "
                                                       "Ferrari a rappelé que Neoen avait levé 404 millions d'euros. "
                                                       "Ferrari a ajouté que la demande reste forte."),
                                        QStringLiteral("fr"));
    const QList<Entity> p = ofType(f, EntityType::Person);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].name, QStringLiteral("Nadia Ferrari"));
    EXPECT_EQ(p[0].mentions.size(), 3);
    EXPECT_EQ(names(f, EntityType::Company), QStringList{QStringLiteral("Neoen")});

    // The company shown as one (after a business role, or a cue such as "le groupe"): the
    // surname alone is the company, in both languages; the person keeps the full name.
    const KeyFacts g = engine().extract(QStringLiteral("Bill Ford, executive chairman of Ford, said demand was strong. "
                                                       "Ford said on Tuesday it would invest $2 billion in Ohio."),
                                        QStringLiteral("en"));
    EXPECT_EQ(names(g, EntityType::Person), QStringList{QStringLiteral("Bill Ford")});
    EXPECT_EQ(names(g, EntityType::Company), QStringList{QStringLiteral("Ford")});
    EXPECT_EQ(ofType(g, EntityType::Company).value(0).mentions.size(), 2);
    const KeyFacts h = engine().extract(QStringLiteral("Selon Nadia Ferrari, présidente de Neoen, le groupe vise 10 GW. "
                                                       "Le groupe Ferrari a vendu 13 000 voitures. Ferrari a relevé ses prévisions."),
                                        QStringLiteral("fr"));
    EXPECT_EQ(names(h, EntityType::Person), QStringList{QStringLiteral("Nadia Ferrari")});
    EXPECT_TRUE(names(h, EntityType::Company).contains(QStringLiteral("Ferrari"))) << names(h, EntityType::Company).join(u'|').toStdString();
    EXPECT_EQ(ofType(h, EntityType::Person).value(0).mentions.size(), 1);
}

TEST(PersonFinder, AGivenNameAfterAnArticleOpensAThingNotAPerson)
{
    const KeyFacts f = engine().extract(QStringLiteral("Apple said the Mac Pro will ship in June. Tim Cook, chief executive of "
                                                       "Apple, presented the Mac Pro in Cupertino."),
                                        QStringLiteral("en"));
    EXPECT_EQ(names(f, EntityType::Person), QStringList{QStringLiteral("Tim Cook")});
}

TEST(PlaceFinder, MergesFrenchAndEnglishNamesIntoOneCanonical)
{
    const KeyFacts f = engine().extract(QStringLiteral("Des usines en Virginie, en Caroline du Nord et aux États-Unis, puis à Pékin."),
                                        QStringLiteral("fr"));
    const QStringList n = names(f, EntityType::Place);
    for (const char *want : {"Virginie", "Caroline du Nord", "États-Unis", "Pékin"})
        EXPECT_TRUE(n.contains(QString::fromUtf8(want))) << want;
    EXPECT_TRUE(names(engine().extract(QStringLiteral("Plants in Virginia and Beijing."), QStringLiteral("en")), EntityType::Place)
                    .contains(QStringLiteral("Virginia")));
}

TEST(Summary, PrefersTheLeadAndSkipsHeadingsAndBoilerplate)
{
    const QString text = QStringLiteral(
        "Nvidia bat les attentes\n\n"
        "Nvidia a publié mercredi un chiffre d'affaires de 46,7 milliards de dollars, en hausse de 56 % sur un an.\n\n"
        "Le groupe prévoit environ 54 milliards de dollars pour le trimestre en cours, selon son directeur financier.\n\n"
        "Perspectives\n\n"
        "Les analystes restent prudents sur la Chine, où les ventes de puces sont freinées par les restrictions.\n\n"
        "La météo était clémente ce jour-là dans la région de la baie.\n\n"
        "Abonnez-vous à notre newsletter pour recevoir toutes nos analyses chaque matin.");
    const KeyFacts f = engine().extract(text, QStringLiteral("fr"));
    ASSERT_EQ(f.summary.size(), 3);
    EXPECT_TRUE(f.summary[0].startsWith(QStringLiteral("Nvidia a publié")));
    for (const QString &s : f.summary) {
        EXPECT_FALSE(s.contains(QStringLiteral("Abonnez")));
        EXPECT_NE(s, QStringLiteral("Perspectives"));
    }
}

TEST(LanguageGuesser, TellsFrenchFromEnglish)
{
    EXPECT_EQ(LanguageGuesser::guess(QStringLiteral("Le groupe a annoncé une hausse de son chiffre d'affaires.")), QStringLiteral("fr"));
    EXPECT_EQ(LanguageGuesser::guess(QStringLiteral("The company said that its revenue rose in the quarter.")), QStringLiteral("en"));
}

TEST(Sentences, SplitsAfterFullStopsButNotAfterInitialsOrAbbreviations)
{
    const QString text = QStringLiteral("C.C. Wei spoke. M. Dupont a répondu ! Acme Inc. grew.\nNew block");
    const QList<Span> s = Sentences::split(text);
    QStringList parts;
    for (const Span &x : s)
        parts.append(text.mid(x.start, x.end - x.start));
    EXPECT_EQ(parts, (QStringList{QStringLiteral("C.C. Wei spoke."), QStringLiteral("M. Dupont a répondu !"),
                                  QStringLiteral("Acme Inc. grew."), QStringLiteral("New block")}));
}

TEST(FactsEngine, SurvivesEmptyAndOddInput)
{
    EXPECT_TRUE(engine().extract(QString(), QStringLiteral("fr")).entities.isEmpty());
    const QString odd = QStringLiteral("$ € % 1,,,2 .. d' l’ 's \n\n\n 99999999999999999999999 milliards de dollars");
    const KeyFacts f = engine().extract(odd, QString());
    for (const Entity &e : f.entities) {
        for (const Span &s : e.mentions)
            EXPECT_TRUE(s.start >= 0 && s.start < s.end && s.end <= odd.size());
    }
}
