#include "FactsTestHelpers.h"

#include <gtest/gtest.h>

using namespace veille;
using veille::test::namesOf;

using veille::test::kEn;
using veille::test::kFr;

namespace {

QStringList places(const QString &text, const QString &language)
{
    return namesOf(text, language, EntityType::Place);
}

QStringList people(const QString &text, const QString &language)
{
    return namesOf(text, language, EntityType::Person);
}

QStringList organisations(const QString &text, const QString &language)
{
    return namesOf(text, language, EntityType::Organisation);
}

} // namespace

TEST(PlaceByContext, TakesAFrenchLowerCaseGeographicNounWithItsName)
{
    EXPECT_EQ(places(QStringLiteral("Le navire a longé l'île Tolvarne avant l'hiver."), kFr), QStringList{QStringLiteral("île Tolvarne")});
    EXPECT_EQ(places(QStringLiteral("Le câble traverse la mer des Vostrelles."), kFr), QStringList{QStringLiteral("mer des Vostrelles")});
    EXPECT_EQ(places(QStringLiteral("Le projet touche le parc national de Quivenza."), kFr),
              QStringList{QStringLiteral("parc national de Quivenza")});
    EXPECT_TRUE(places(QStringLiteral("Le groupe a racheté le parc de bureaux."), kFr).isEmpty());
}

TEST(PlaceByContext, TakesTheNameAfterAFrenchAreaNounAndDe)
{
    EXPECT_EQ(places(QStringLiteral("Les éleveurs de la région d'Ostravine protestent."), kFr), QStringList{QStringLiteral("Ostravine")});
    EXPECT_EQ(places(QStringLiteral("Une usine ouvre dans le district de Pelmora."), kFr), QStringList{QStringLiteral("Pelmora")});
}

TEST(PlaceByContext, TakesAnUnknownLandAfterEnButNotAKnownWord)
{
    EXPECT_EQ(places(QStringLiteral("Le groupe a ouvert un site en Valdorie l'an dernier."), kFr), QStringList{QStringLiteral("Valdorie")});
    EXPECT_TRUE(places(QStringLiteral("Le groupe prévoit d'introduire sa filiale en Bourse."), kFr).isEmpty());
    EXPECT_TRUE(places(QStringLiteral("Des prêts aux États membres ont été votés."), kFr).isEmpty());
}

TEST(PlaceByContext, TakesANameAfterAtFromOrViaInEnglish)
{
    EXPECT_EQ(places(QStringLiteral("The ore is shipped from Tarvello to the coast."), kEn), QStringList{QStringLiteral("Tarvello")});
    EXPECT_EQ(places(QStringLiteral("Parcels now travel via Quenlow each night."), kEn), QStringList{QStringLiteral("Quenlow")});
}

TEST(PlaceByContext, TakesTheOtherItemsOfAListThatNamesAPlace)
{
    EXPECT_EQ(places(QStringLiteral("The line serves Tarvello, Quenlow and Lyon."), kEn),
              (QStringList{QStringLiteral("Tarvello"), QStringLiteral("Quenlow"), QStringLiteral("Lyon")}));
    EXPECT_EQ(places(QStringLiteral("La ligne dessert Lyon, Ostravine et Pelmora."), kFr),
              (QStringList{QStringLiteral("Lyon"), QStringLiteral("Ostravine"), QStringLiteral("Pelmora")}));
}

TEST(PlaceByContext, LeavesATownOfTheLargeListThatOpensALongerName)
{
    EXPECT_EQ(places(QStringLiteral("Les attaques ont repris dans la province de Cabo Delgado."), kFr),
              QStringList{QStringLiteral("Cabo Delgado")});
}

TEST(OrganisationByContext, TakesAFrenchTeamNamedByItsNicknameAndItsTown)
{
    EXPECT_EQ(organisations(QStringLiteral("Il a signé avec les Grizzlors de Vancouver en juin."), kFr),
              QStringList{QStringLiteral("Grizzlors de Vancouver")});
    EXPECT_TRUE(organisations(QStringLiteral("Il a signé avec les Grizzlors en juin."), kFr).isEmpty());
}

TEST(OrganisationByContext, TakesTheClubAPlayerJoinsOrATeamPlaysAgainst)
{
    EXPECT_EQ(organisations(QStringLiteral("In 2019 he joined the Harvell Rovers on loan."), kEn),
              QStringList{QStringLiteral("Harvell Rovers")});
    EXPECT_EQ(organisations(QStringLiteral("He scored twice in a game against Quenlow Athletic."), kEn),
              QStringList{QStringLiteral("Quenlow Athletic")});
    EXPECT_EQ(organisations(QStringLiteral("Il a marqué lors de la victoire contre Liverpool."), kFr), QStringList{QStringLiteral("Liverpool")});
    // "against" alone is a lawsuit or a vote as often as a game.
    EXPECT_TRUE(organisations(QStringLiteral("The regulator filed a case against Tarquin Obolo."), kEn).isEmpty());
}

TEST(PersonByContext, LeavesAPairAfterAPossessiveOrBeforeABusinessApposition)
{
    EXPECT_TRUE(people(QStringLiteral("The state halted its Harbour Wind project for weeks."), kEn).isEmpty());
    EXPECT_TRUE(people(QStringLiteral("Le groupe a fermé sa Tolvey Arena cette année."), kFr).isEmpty());
    EXPECT_TRUE(people(QStringLiteral("The bank owns Silver Mare, the largest provider of car loans."), kEn).isEmpty());
    EXPECT_EQ(people(QStringLiteral("The bank hired Tarquin Obolo, its new chief executive."), kEn), QStringList{QStringLiteral("Tarquin Obolo")});
}

TEST(PlaceByContext, TakesEnglishCountiesEmpiresAndRiversByTheirWords)
{
    EXPECT_EQ(places(QStringLiteral("The farm lies in rural Quenlowshire, far from the coast."), kEn),
              QStringList{QStringLiteral("Quenlowshire")});
    EXPECT_EQ(places(QStringLiteral("Trade grew across the old Tarvellan Empire for a century."), kEn),
              QStringList{QStringLiteral("Tarvellan Empire")});
    EXPECT_EQ(places(QStringLiteral("The mill was built on the River Quenlow by the monks."), kEn),
              QStringList{QStringLiteral("River Quenlow")});
    EXPECT_EQ(places(QStringLiteral("The treaty gave the Duchy of Pelmora a port."), kEn), QStringList{QStringLiteral("Duchy of Pelmora")});
}

TEST(PersonByContext, TakesAOneWordNameThatOwnsSomethingInEnglish)
{
    const QString text = QStringLiteral("Vantorelli's theorem changed the field. Later, Vantorelli taught in Rome.");
    EXPECT_EQ(people(text, kEn), QStringList{QStringLiteral("Vantorelli")});
    const QList<Entity> found = veille::test::entitiesOf(text, kEn, EntityType::Person);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().mentions.size(), 2);
    // A firm's chief executive or a known place is not a person.
    EXPECT_TRUE(people(QStringLiteral("Brightwell's chief executive resigned on Monday."), kEn).isEmpty());
    EXPECT_TRUE(people(QStringLiteral("Japan's exports rose in May."), kEn).isEmpty());
}
