#include "FactsTestHelpers.h"

#include <gtest/gtest.h>

using namespace veille;
using veille::test::entitiesOf;
using veille::test::entityNamed;
using veille::test::namesOf;

using veille::test::kEn;
using veille::test::kFr;

namespace {

QStringList companies(const QString &text, const QString &language)
{
    return namesOf(text, language, EntityType::Company);
}

QStringList people(const QString &text, const QString &language)
{
    return namesOf(text, language, EntityType::Person);
}

} // namespace

TEST(DiscoveredCompany, ComesFromAFrenchLegalFormAndIsMarkedDiscovered)
{
    const QString text = QStringLiteral("La start-up bordelaise Lumeris Robotique SAS a levé 12 M€ auprès de ses "
                                        "actionnaires. Lumeris Robotique emploie 40 personnes.");
    const Entity c = entityNamed(text, kFr, EntityType::Company, QStringLiteral("Lumeris Robotique"));
    EXPECT_EQ(c.origin, EntityOrigin::Discovered);
    EXPECT_EQ(c.mentions.size(), 2);
    const QList<Entity> money = entitiesOf(text, kFr, EntityType::Money);
    ASSERT_EQ(money.size(), 1);
    EXPECT_DOUBLE_EQ(money.first().value, 12e6);
    EXPECT_EQ(money.first().currency, QStringLiteral("EUR"));
}

TEST(DiscoveredCompany, ComesFromAnEnglishLegalForm)
{
    EXPECT_EQ(companies(QStringLiteral("Shares of Veltrano Dynamics Inc. rose after the results."), kEn),
              QStringList{QStringLiteral("Veltrano Dynamics")});
    EXPECT_EQ(companies(QStringLiteral("The supplier, Dorsett Cables Ltd, said orders doubled."), kEn),
              QStringList{QStringLiteral("Dorsett Cables")});
}

TEST(DiscoveredCompany, ComesFromATickerInBrackets)
{
    EXPECT_EQ(companies(QStringLiteral("Kovalent Systems (NYSE: KVX) reported a loss."), kEn),
              QStringList{QStringLiteral("Kovalent Systems")});
    EXPECT_EQ(companies(QStringLiteral("Le titre de Sofralys (Euronext Paris: SFX) a bondi de 8 %."), kFr),
              QStringList{QStringLiteral("Sofralys")});
}

TEST(DiscoveredCompany, ComesFromAStatement)
{
    EXPECT_EQ(companies(QStringLiteral("Brightwell said in a statement that sales fell."), kEn),
              QStringList{QStringLiteral("Brightwell")});
    EXPECT_EQ(companies(QStringLiteral("Orvalis a indiqué dans un communiqué que les ventes avaient baissé."), kFr),
              QStringList{QStringLiteral("Orvalis")});
}

TEST(DiscoveredCompany, ComesFromACuePhraseInBothLanguages)
{
    EXPECT_EQ(companies(QStringLiteral("Le constructeur Orvalis a présenté sa nouvelle gamme."), kFr),
              QStringList{QStringLiteral("Orvalis")});
    EXPECT_EQ(companies(QStringLiteral("The company Quorvane plans to hire 200 people."), kEn),
              QStringList{QStringLiteral("Quorvane")});
}

TEST(DiscoveredCompany, ComesFromARoleAttachedToIt)
{
    EXPECT_TRUE(companies(QStringLiteral("Marc Dalbert, directeur général de Sofralys, a confirmé l'accord."), kFr)
                    .contains(QStringLiteral("Sofralys")));
    EXPECT_TRUE(companies(QStringLiteral("Ines Varga, chief executive of Quorvane, confirmed the deal."), kEn)
                    .contains(QStringLiteral("Quorvane")));
}

TEST(DiscoveredCompany, KeepsGazetteerCompaniesBuiltIn)
{
    const Entity c = entityNamed(QStringLiteral("Airbus a livré 60 avions."), kFr, EntityType::Company, QStringLiteral("Airbus"));
    EXPECT_EQ(c.origin, EntityOrigin::Builtin);
}

TEST(DiscoveredCompany, IsNotACommonWordOrAGroupOfWordsBeforeAVerb)
{
    EXPECT_TRUE(companies(QStringLiteral("Proposition de loi : le texte sera examiné mardi."), kFr).isEmpty());
    EXPECT_TRUE(companies(QStringLiteral("Smart Group sessions help pupils learn faster."), kEn).isEmpty());
}

TEST(PersonByContext, ComesFromAGivenNameOfTheLargeList)
{
    EXPECT_EQ(people(QStringLiteral("Bogdan Ilescu dirige l'usine depuis 2019."), kFr), QStringList{QStringLiteral("Bogdan Ilescu")});
    EXPECT_EQ(people(QStringLiteral("The plant is run by Kwame Asante."), kEn), QStringList{QStringLiteral("Kwame Asante")});
}

TEST(PersonByContext, ComesFromASpeechVerbAfterTheName)
{
    EXPECT_EQ(people(QStringLiteral("Tarquin Obolo a déclaré que l'usine fermerait."), kFr), QStringList{QStringLiteral("Tarquin Obolo")});
    EXPECT_EQ(people(QStringLiteral("Tarquin Obolo said the plant would close."), kEn), QStringList{QStringLiteral("Tarquin Obolo")});
}

TEST(PersonByContext, ComesFromAnAgeInApposition)
{
    EXPECT_EQ(people(QStringLiteral("Tarquin Obolo, 54 ans, dirige l'usine."), kFr), QStringList{QStringLiteral("Tarquin Obolo")});
    EXPECT_EQ(people(QStringLiteral("Tarquin Obolo, 54, runs the plant."), kEn), QStringList{QStringLiteral("Tarquin Obolo")});
}

TEST(PersonByContext, CountsTheSurnameAloneAsTheSamePerson)
{
    const QString text = QStringLiteral("Kwame Asante runs the plant. Asante said output would rise.");
    const Entity p = entityNamed(text, kEn, EntityType::Person, QStringLiteral("Kwame Asante"));
    EXPECT_EQ(p.mentions.size(), 2);
}

TEST(PersonByContext, LeavesPlacesAndCompaniesThatStartWithAGivenName)
{
    EXPECT_TRUE(people(QStringLiteral("Florence Italy hosted the summit."), kEn).isEmpty());
    EXPECT_TRUE(people(QStringLiteral("The Harwood Foundation funds the lab."), kEn).isEmpty());
}

TEST(MoneyParser, ReadsLakhAndCroreWithTheRupeeSigns)
{
    const QList<Entity> a = entitiesOf(QStringLiteral("The firm raised Rs 500 crore from investors."), kEn, EntityType::Money);
    ASSERT_EQ(a.size(), 1);
    EXPECT_DOUBLE_EQ(a.first().value, 5e9);
    EXPECT_EQ(a.first().currency, QStringLiteral("INR"));
    const QList<Entity> b = entitiesOf(QStringLiteral("Each farmer gets ₹2 lakh, or INR 3.5 crore in all."), kEn, EntityType::Money);
    ASSERT_EQ(b.size(), 2);
    EXPECT_DOUBLE_EQ(b.at(0).value, 2e5);
    EXPECT_DOUBLE_EQ(b.at(1).value, 3.5e7);
}

TEST(MoneyParser, ReadsShortScalesGluedToTheEuroSign)
{
    const QList<Entity> a = entitiesOf(QStringLiteral("Un budget de 500 k€ et une levée de 2 Mds€."), kFr, EntityType::Money);
    ASSERT_EQ(a.size(), 2);
    EXPECT_DOUBLE_EQ(a.at(0).value, 5e5);
    EXPECT_DOUBLE_EQ(a.at(1).value, 2e9);
    const QList<Entity> b = entitiesOf(QStringLiteral("It raised $40mln and then €1.5bln."), kEn, EntityType::Money);
    ASSERT_EQ(b.size(), 2);
    EXPECT_DOUBLE_EQ(b.at(0).value, 4e7);
    EXPECT_DOUBLE_EQ(b.at(1).value, 1.5e9);
}

TEST(MoneyParser, ReadsBothBoundsOfARange)
{
    const QList<Entity> a = entitiesOf(QStringLiteral("Le projet coûtera entre 2 et 3 milliards d'euros."), kFr, EntityType::Money);
    ASSERT_EQ(a.size(), 2);
    EXPECT_DOUBLE_EQ(a.at(0).value, 2e9);
    EXPECT_DOUBLE_EQ(a.at(1).value, 3e9);
}

TEST(MoneyParser, ReadsAYearBesideAnAmountAsADate)
{
    const QString text = QStringLiteral("Le groupe vise 5 milliards d'euros de ventes d'ici à 2030.");
    const QList<Entity> money = entitiesOf(text, kFr, EntityType::Money);
    ASSERT_EQ(money.size(), 1);
    EXPECT_DOUBLE_EQ(money.first().value, 5e9);
    const QList<Entity> dates = entitiesOf(text, kFr, EntityType::Date);
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates.first().dateValue, QStringLiteral("2030"));
}

TEST(PersonByContext, ComesFromTwoUnknownCapitalisedWordsInsideASentence)
{
    EXPECT_EQ(people(QStringLiteral("Le contrat a été signé par Tarquin Obolo mardi."), kFr), QStringList{QStringLiteral("Tarquin Obolo")});
    EXPECT_EQ(people(QStringLiteral("The contract was signed by Tarquin Obolo on Tuesday."), kEn), QStringList{QStringLiteral("Tarquin Obolo")});
}

TEST(PersonByContext, LeavesPairsThatOpenASentenceFollowAnArticleOrNameAFirm)
{
    EXPECT_TRUE(people(QStringLiteral("Tarquin Obolo ouvre ses portes."), kFr).isEmpty());
    EXPECT_TRUE(people(QStringLiteral("They joined the Velvet Harbour band."), kEn).isEmpty());
    EXPECT_TRUE(people(QStringLiteral("The deal was advised by Clayton Dubilier & Rice."), kEn).isEmpty());
    EXPECT_TRUE(people(QStringLiteral("Le groupe Lumeris Robotique recrute."), kFr).isEmpty());
}

TEST(PlaceByContext, ComesFromAGeographicHeadOrEnding)
{
    EXPECT_EQ(namesOf(QStringLiteral("Ils ont navigué sur le Lac de Vassivière."), kFr, EntityType::Place),
              QStringList{QStringLiteral("Lac de Vassivière")});
    EXPECT_EQ(namesOf(QStringLiteral("The plant stands on the Tolvey River."), kEn, EntityType::Place),
              QStringList{QStringLiteral("Tolvey River")});
    EXPECT_TRUE(namesOf(QStringLiteral("South Korean exports rose."), kEn, EntityType::Place).isEmpty());
}

TEST(PlaceByContext, ComesFromAPrepositionOfPlaceButNotFromATrade)
{
    EXPECT_EQ(namesOf(QStringLiteral("L'usine est installée à Tulvenne depuis 2019."), kFr, EntityType::Place),
              QStringList{QStringLiteral("Tulvenne")});
    EXPECT_EQ(namesOf(QStringLiteral("The company opened a plant near Wrexford last year."), kEn, EntityType::Place),
              QStringList{QStringLiteral("Wrexford")});
    EXPECT_TRUE(namesOf(QStringLiteral("Le groupe a cédé à Sofralys sa division."), kFr, EntityType::Place).isEmpty());
    EXPECT_TRUE(namesOf(QStringLiteral("The fund invested in Quorvane last year."), kEn, EntityType::Place).isEmpty());
}

TEST(PlaceByContext, FindsTheSamePlaceAgainInTheArticle)
{
    const QString text = QStringLiteral("L'usine est installée à Tulvenne. Tulvenne compte 3 000 habitants.");
    const Entity p = entityNamed(text, kFr, EntityType::Place, QStringLiteral("Tulvenne"));
    EXPECT_EQ(p.mentions.size(), 2);
}
