#include "FactsTestHelpers.h"

#include <gtest/gtest.h>

using namespace veille;
using veille::test::entitiesOf;
using veille::test::entityNamed;
using veille::test::namesOf;

using veille::test::kEn;
using veille::test::kFr;

namespace {

QStringList organisations(const QString &text, const QString &language)
{
    return namesOf(text, language, EntityType::Organisation);
}

} // namespace

TEST(OrganisationFinder, NamesBuiltInBodiesByTheirFrenchOrEnglishName)
{
    EXPECT_EQ(organisations(QStringLiteral("L'AMF a ouvert une enquête sur la cotation."), kFr),
              QStringList{QStringLiteral("Autorité des marchés financiers")});
    EXPECT_EQ(organisations(QStringLiteral("The ECB left its rates unchanged on Thursday."), kEn),
              QStringList{QStringLiteral("Banque centrale européenne")});
    EXPECT_EQ(organisations(QStringLiteral("La CGT appelle à la grève chez les cheminots."), kFr),
              QStringList{QStringLiteral("CGT")});
}

TEST(OrganisationFinder, ShowsTheEnglishNameAnEnglishArticleSpellsOut)
{
    const QString text = QStringLiteral("The European Central Bank held rates. The ECB meets again in June.");
    const QList<Entity> found = entitiesOf(text, kEn, EntityType::Organisation);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().name, QStringLiteral("European Central Bank"));
    EXPECT_EQ(found.first().mentions.size(), 2);
    EXPECT_TRUE(found.first().aliases.contains(QStringLiteral("Banque centrale européenne")));
}

TEST(OrganisationFinder, KeepsBuiltInBodiesOutOfTheCompanies)
{
    const QString text = QStringLiteral("The SEC fined Veltrano Dynamics Inc. $4 million.");
    EXPECT_EQ(organisations(text, kEn), QStringList{QStringLiteral("Securities and Exchange Commission")});
    EXPECT_EQ(namesOf(text, kEn, EntityType::Company), QStringList{QStringLiteral("Veltrano Dynamics")});
}

TEST(OrganisationFinder, FindsAFrenchHeadWordWithItsComplementAndAdjectives)
{
    EXPECT_EQ(organisations(QStringLiteral("Le décret a été publié par le Ministère de la Transition écologique mardi."), kFr),
              QStringList{QStringLiteral("Ministère de la Transition écologique")});
    EXPECT_EQ(organisations(QStringLiteral("Selon le ministère de l'Intérieur, la réforme entrera en vigueur en mai."), kFr),
              QStringList{QStringLiteral("ministère de l'Intérieur")});
    EXPECT_EQ(organisations(QStringLiteral("Le Stade rennais a battu Nantes dimanche."), kFr),
              QStringList{QStringLiteral("Stade rennais")});
}

TEST(OrganisationFinder, TakesAPlaceInsideTheNameAsPartOfIt)
{
    const QString text = QStringLiteral("Une équipe de l'Université de Bordeaux a conçu le capteur.");
    EXPECT_EQ(organisations(text, kFr), QStringList{QStringLiteral("Université de Bordeaux")});
    EXPECT_TRUE(namesOf(text, kFr, EntityType::Place).isEmpty());
    EXPECT_EQ(organisations(QStringLiteral("Researchers at the University of Leeds built the sensor."), kEn),
              QStringList{QStringLiteral("University of Leeds")});
}

TEST(OrganisationFinder, FindsANameThatEndsWithAnOrganisationWord)
{
    EXPECT_EQ(organisations(QStringLiteral("She studied law at Harwood University before joining the firm."), kEn),
              QStringList{QStringLiteral("Harwood University")});
    EXPECT_EQ(organisations(QStringLiteral("The Green Valley Party won four seats."), kEn),
              QStringList{QStringLiteral("Green Valley Party")});
}

TEST(OrganisationFinder, NamesTheAcronymInBracketsAndItsLaterMentions)
{
    const QString text = QStringLiteral("L'Agence nationale des fréquences (ANFR) a mesuré les antennes. L'ANFR publiera ses "
                                        "résultats en juin.");
    const Entity o = entityNamed(text, kFr, EntityType::Organisation, QStringLiteral("Agence nationale des fréquences"));
    EXPECT_EQ(o.mentions.size(), 3);
    EXPECT_EQ(o.origin, EntityOrigin::Discovered);
}

TEST(OrganisationFinder, FindsANameFoundOnceInTheRestOfTheArticle)
{
    const QString text = QStringLiteral("The Harwood Foundation funds the lab. Last year Harwood Foundation gave $2 million.");
    const Entity o = entityNamed(text, kEn, EntityType::Organisation, QStringLiteral("Harwood Foundation"));
    EXPECT_EQ(o.mentions.size(), 2);
}

TEST(OrganisationFinder, LeavesAHeadWordAloneOrLowerCaseAlone)
{
    EXPECT_TRUE(organisations(QStringLiteral("La Commission a rendu son avis."), kFr).isEmpty());
    EXPECT_TRUE(organisations(QStringLiteral("The university said nothing."), kEn).isEmpty());
    EXPECT_TRUE(organisations(QStringLiteral("Le conseil d'administration se réunira lundi."), kFr).isEmpty());
}

TEST(OrganisationFinder, ListsOrganisationsRightAfterCompanies)
{
    const KeyFacts f = FactsEngine().extract(QStringLiteral("Sam Altman a rencontré la Commission européenne et OpenAI."), kFr);
    ASSERT_GE(f.entities.size(), 3);
    EXPECT_EQ(f.entities.at(0).type, EntityType::Company);
    EXPECT_EQ(f.entities.at(1).type, EntityType::Organisation);
    EXPECT_EQ(f.entities.at(2).type, EntityType::Person);
}

TEST(OrganisationFinder, LooksUpAliasesOfTheBuiltInList)
{
    const QStringList aliases = FactsEngine().organisationAliases(QStringLiteral("ecb"));
    EXPECT_EQ(aliases.value(0), QStringLiteral("Banque centrale européenne"));
    EXPECT_TRUE(aliases.contains(QStringLiteral("BCE")));
    EXPECT_TRUE(FactsEngine().organisationAliases(QStringLiteral("Lumeris")).isEmpty());
}

TEST(OrganisationFinder, ReadsATownAndAPluralAsATeamInEnglish)
{
    const QString text = QStringLiteral("The Boston Wolverines signed him in May.");
    EXPECT_EQ(organisations(text, kEn), QStringList{QStringLiteral("Boston Wolverines")});
    EXPECT_TRUE(namesOf(text, kEn, EntityType::Place).isEmpty());
    EXPECT_TRUE(organisations(QStringLiteral("Boston Scientific makes stents."), kEn).isEmpty());
}
