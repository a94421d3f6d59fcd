#include "FactsTestHelpers.h"

#include <gtest/gtest.h>

using namespace veille;
using veille::test::entityNamed;
using veille::test::organisationsIn;
using veille::test::peopleIn;
using veille::test::placesIn;

using veille::test::kEn;
using veille::test::kFr;

TEST(PlaceByContext, TakesAFrenchLowerCaseGeographicNounWithItsName)
{
    EXPECT_EQ(placesIn(QStringLiteral("Le navire a longé l'île Tolvarne avant l'hiver."), kFr), QStringList{QStringLiteral("île Tolvarne")});
    EXPECT_EQ(placesIn(QStringLiteral("Le câble traverse la mer des Vostrelles."), kFr), QStringList{QStringLiteral("mer des Vostrelles")});
    EXPECT_EQ(placesIn(QStringLiteral("Le projet touche le parc national de Quivenza."), kFr),
              QStringList{QStringLiteral("parc national de Quivenza")});
    EXPECT_TRUE(placesIn(QStringLiteral("Le groupe a racheté le parc de bureaux."), kFr).isEmpty());
}

TEST(PlaceByContext, TakesTheNameAfterAFrenchAreaNounAndDe)
{
    EXPECT_EQ(placesIn(QStringLiteral("Les éleveurs de la région d'Ostravine protestent."), kFr), QStringList{QStringLiteral("Ostravine")});
    EXPECT_EQ(placesIn(QStringLiteral("Une usine ouvre dans le district de Pelmora."), kFr), QStringList{QStringLiteral("Pelmora")});
}

TEST(PlaceByContext, TakesAnUnknownLandAfterEnButNotAKnownWord)
{
    EXPECT_EQ(placesIn(QStringLiteral("Le groupe a ouvert un site en Valdorie l'an dernier."), kFr), QStringList{QStringLiteral("Valdorie")});
    EXPECT_TRUE(placesIn(QStringLiteral("Le groupe prévoit d'introduire sa filiale en Bourse."), kFr).isEmpty());
    EXPECT_TRUE(placesIn(QStringLiteral("Des prêts aux États membres ont été votés."), kFr).isEmpty());
}

TEST(PlaceByContext, TakesANameAfterAtFromOrViaInEnglish)
{
    EXPECT_EQ(placesIn(QStringLiteral("The ore is shipped from Tarvello to the coast."), kEn), QStringList{QStringLiteral("Tarvello")});
    EXPECT_EQ(placesIn(QStringLiteral("Parcels now travel via Quenlow each night."), kEn), QStringList{QStringLiteral("Quenlow")});
}

TEST(PlaceByContext, TakesTheOtherItemsOfAListThatNamesAPlace)
{
    EXPECT_EQ(placesIn(QStringLiteral("The line serves Tarvello, Quenlow and Lyon."), kEn),
              (QStringList{QStringLiteral("Tarvello"), QStringLiteral("Quenlow"), QStringLiteral("Lyon")}));
    EXPECT_EQ(placesIn(QStringLiteral("La ligne dessert Lyon, Ostravine et Pelmora."), kFr),
              (QStringList{QStringLiteral("Lyon"), QStringLiteral("Ostravine"), QStringLiteral("Pelmora")}));
}

TEST(PlaceByContext, LeavesATownOfTheLargeListThatOpensALongerName)
{
    EXPECT_EQ(placesIn(QStringLiteral("Les attaques ont repris dans la province de Cabo Delgado."), kFr),
              QStringList{QStringLiteral("Cabo Delgado")});
}

TEST(OrganisationByContext, TakesAFrenchTeamNamedByItsNicknameAndItsTown)
{
    EXPECT_EQ(organisationsIn(QStringLiteral("Il a signé avec les Grizzlors de Vancouver en juin."), kFr),
              QStringList{QStringLiteral("Grizzlors de Vancouver")});
    EXPECT_TRUE(organisationsIn(QStringLiteral("Il a signé avec les Grizzlors en juin."), kFr).isEmpty());
}

TEST(OrganisationByContext, TakesTheClubAPlayerJoinsOrATeamPlaysAgainst)
{
    EXPECT_EQ(organisationsIn(QStringLiteral("In 2019 he joined the Harvell Rovers on loan."), kEn),
              QStringList{QStringLiteral("Harvell Rovers")});
    EXPECT_EQ(organisationsIn(QStringLiteral("He scored twice in a game against Quenlow Athletic."), kEn),
              QStringList{QStringLiteral("Quenlow Athletic")});
    EXPECT_EQ(organisationsIn(QStringLiteral("Il a marqué lors de la victoire contre Liverpool."), kFr), QStringList{QStringLiteral("Liverpool")});
    // "against" alone is a lawsuit or a vote as often as a game.
    EXPECT_TRUE(organisationsIn(QStringLiteral("The regulator filed a case against Tarquin Obolo."), kEn).isEmpty());
}

TEST(PersonByContext, LeavesAPairAfterAPossessiveOrBeforeABusinessApposition)
{
    EXPECT_TRUE(peopleIn(QStringLiteral("The state halted its Harbour Wind project for weeks."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("Le groupe a fermé sa Tolvey Arena cette année."), kFr).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("The bank owns Silver Mare, the largest provider of car loans."), kEn).isEmpty());
    EXPECT_EQ(peopleIn(QStringLiteral("The bank hired Tarquin Obolo, its new chief executive."), kEn), QStringList{QStringLiteral("Tarquin Obolo")});
}

TEST(PlaceByContext, TakesEnglishCountiesEmpiresAndRiversByTheirWords)
{
    EXPECT_EQ(placesIn(QStringLiteral("The farm lies in rural Quenlowshire, far from the coast."), kEn),
              QStringList{QStringLiteral("Quenlowshire")});
    EXPECT_EQ(placesIn(QStringLiteral("Trade grew across the old Tarvellan Empire for a century."), kEn),
              QStringList{QStringLiteral("Tarvellan Empire")});
    EXPECT_EQ(placesIn(QStringLiteral("The mill was built on the River Quenlow by the monks."), kEn),
              QStringList{QStringLiteral("River Quenlow")});
    EXPECT_EQ(placesIn(QStringLiteral("The treaty gave the Duchy of Pelmora a port."), kEn), QStringList{QStringLiteral("Duchy of Pelmora")});
}

TEST(PersonByContext, TakesAOneWordNameThatOwnsSomethingInEnglish)
{
    const QString text = QStringLiteral("Vantorelli's theorem changed the field. Later, Vantorelli taught in Rome.");
    EXPECT_EQ(peopleIn(text, kEn), QStringList{QStringLiteral("Vantorelli")});
    const QList<Entity> found = veille::test::entitiesOf(text, kEn, EntityType::Person);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().mentions.size(), 2);
    // A firm's chief executive or a known place is not a person.
    EXPECT_TRUE(peopleIn(QStringLiteral("Brightwell's chief executive resigned on Monday."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("Japan's exports rose in May."), kEn).isEmpty());
    // Nor an everyday word ("Let's", "Editor's note"), nor a company's name that nothing
    // showed to be the company ("Apple" of a blog post without business words).
    EXPECT_TRUE(peopleIn(QStringLiteral("Let's build a model to forecast the weather."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("Editor's note: this column first ran in May."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("I think it is a decision of Apple's engineering team."), kEn).isEmpty());
}

TEST(TownList, FindsTownsOfTheLargeListWithoutAPreposition)
{
    EXPECT_EQ(placesIn(QStringLiteral("Les maires de Lelystad et Raalte ont signé un accord de jumelage."), kFr),
              (QStringList{QStringLiteral("Lelystad"), QStringLiteral("Raalte")}));
    EXPECT_EQ(placesIn(QStringLiteral("Officials from Longmont and Joliette met on Monday."), kEn),
              (QStringList{QStringLiteral("Longmont"), QStringLiteral("Joliette")}));
}

TEST(TownList, KeepsTheCanonicalNamesOfTheCuratedPlacesFirst)
{
    // Paris is in places.tsv with its English and French names; the town list does not
    // add a second entry for it.
    EXPECT_EQ(placesIn(QStringLiteral("Le salon se tient à Paris puis à Olkusz."), kFr),
              (QStringList{QStringLiteral("Paris"), QStringLiteral("Olkusz")}));
}

TEST(TownList, TakesAOneWordTownAfterAGivenNameForASurname)
{
    EXPECT_EQ(peopleIn(QStringLiteral("La directrice Margaret Hanford a présenté le budget."), kFr),
              QStringList{QStringLiteral("Margaret Hanford")});
    EXPECT_EQ(peopleIn(QStringLiteral("The report was written by Kwame Daimiel and his team."), kEn),
              QStringList{QStringLiteral("Kwame Daimiel")});
    EXPECT_TRUE(placesIn(QStringLiteral("The report was written by Kwame Daimiel and his team."), kEn).isEmpty());
}

TEST(TownList, LeavesATownAloneAfterAnotherWordAsAPlace)
{
    const QString text = QStringLiteral("The plant in Montepuez employs 300 people. Montepuez is growing.");
    const Entity p = entityNamed(text, kEn, EntityType::Place, QStringLiteral("Montepuez"));
    EXPECT_EQ(p.mentions.size(), 2);
    EXPECT_TRUE(peopleIn(text, kEn).isEmpty());
}

TEST(PersonByContext, TakesOneNameAfterACapitalisedTitle)
{
    EXPECT_EQ(peopleIn(QStringLiteral("Colonel Varnaby was retired last spring."), kEn), QStringList{QStringLiteral("Varnaby")});
    EXPECT_EQ(peopleIn(QStringLiteral("The plan was backed by Senator Quillory and her staff."), kEn),
              QStringList{QStringLiteral("Quillory")});
    EXPECT_EQ(peopleIn(QStringLiteral("Le président Ostrévien a reçu les syndicats."), kFr), QStringList{QStringLiteral("Ostrévien")});
    // An everyday word after the title is a body, not a person.
    EXPECT_TRUE(peopleIn(QStringLiteral("The vote of the General Assembly was delayed."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("They do not carry the Queen's commission."), kEn).isEmpty());
}

TEST(PersonByContext, TakesAOneWordSubjectThatAPronounTakesUpInEnglish)
{
    EXPECT_EQ(peopleIn(QStringLiteral("Dravenko needed money to support his family."), kEn), QStringList{QStringLiteral("Dravenko")});
    EXPECT_EQ(peopleIn(QStringLiteral("Although Pelloquin was expected to stay, she left in March."), kEn),
              QStringList{QStringLiteral("Pelloquin")});
    // A company is "it"; no pronoun, no person.
    EXPECT_TRUE(peopleIn(QStringLiteral("Dravenko announced that it would cut prices."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("Dravenko approved only part of the plan."), kEn).isEmpty());
}

TEST(PersonByContext, LeavesTwoEverydayWordsAloneInEnglish)
{
    EXPECT_TRUE(peopleIn(QStringLiteral("The film holds a high score on Rotten Tomatoes this week."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("He refused an interview to Sky Sports after the game."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("The lead role went to Tarquin Mason in February."), kEn).isEmpty());
    // An everyday word before an unknown name is still a person.
    EXPECT_EQ(peopleIn(QStringLiteral("The song was sung by Cab Dravenko on stage."), kEn), QStringList{QStringLiteral("Cab Dravenko")});
}

TEST(PersonByContext, LeavesAThingNamedAfterAPersonAndAPeopleAlone)
{
    EXPECT_TRUE(peopleIn(QStringLiteral("He won the Albert Einstein World Award of Science."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("Sometimes the older Scottish Gaelic spelling is used."), kEn).isEmpty());
}

TEST(PlaceByContext, LeavesLanguagesPeoplesAndFaithsAfterIn)
{
    EXPECT_TRUE(placesIn(QStringLiteral("The report was written in Hebrew and in Persian."), kEn).isEmpty());
    EXPECT_TRUE(placesIn(QStringLiteral("Sorcery was condemned in Christianity for centuries."), kEn).isEmpty());
    EXPECT_EQ(placesIn(QStringLiteral("The ore is mined in Tarvello each winter."), kEn), QStringList{QStringLiteral("Tarvello")});
}

TEST(PlaceByContext, LeavesAnEverydayWordOrACompanyAfterInOrAt)
{
    // An app, a language, a workplace: "in Swift", "in Safari", "at Apple".
    EXPECT_TRUE(placesIn(QStringLiteral("I rewrote the parser in Swift and tested it in Safari."), kEn).isEmpty());
    EXPECT_TRUE(placesIn(QStringLiteral("She worked at Apple for ten years."), kEn).isEmpty());
    EXPECT_EQ(placesIn(QStringLiteral("She worked at Tarvello for ten years."), kEn), QStringList{QStringLiteral("Tarvello")});
}

TEST(PlaceByContext, LeavesAPlaceInsideTheNameOfAnEventOrAnHonour)
{
    EXPECT_TRUE(placesIn(QStringLiteral("She sat on the jury of the 46th Berlin International Film Festival."), kEn).isEmpty());
    EXPECT_TRUE(placesIn(QStringLiteral("He was made a Knight of the Order of Canada in 2009."), kEn).isEmpty());
    EXPECT_EQ(placesIn(QStringLiteral("The team beat the Republic of Ireland in Dublin."), kEn),
              (QStringList{QStringLiteral("Ireland"), QStringLiteral("Dublin")}));
}

TEST(PlaceList, KnowsRiversRangesAndHistoricLandsInBothLanguages)
{
    EXPECT_EQ(placesIn(QStringLiteral("Barges on the Rhine carried coal from Bohemia."), kEn),
              (QStringList{QStringLiteral("Rhine"), QStringLiteral("Bohemia")}));
    EXPECT_EQ(placesIn(QStringLiteral("Les barges du Rhin ont transporté du charbon de Bohême."), kFr),
              (QStringList{QStringLiteral("Rhin"), QStringLiteral("Bohême")}));
}

TEST(OrganisationByContext, TakesATownAsTheClubOfAPlayersSeason)
{
    EXPECT_EQ(organisationsIn(QStringLiteral("He played one season for Valenciennes before retiring."), kEn),
              QStringList{QStringLiteral("Valenciennes")});
    // A country plays as itself; a town without a season is a town.
    EXPECT_TRUE(organisationsIn(QStringLiteral("Overall, he played 63 matches for Pakistan that season."), kEn).isEmpty());
    EXPECT_TRUE(organisationsIn(QStringLiteral("He flew to Valenciennes for a meeting."), kEn).isEmpty());
}

TEST(PersonByContext, TakesATownForThePersonThatHeOrSheTakesUp)
{
    EXPECT_EQ(peopleIn(QStringLiteral("Once Toulon returns from the woods, he sees what has happened."), kEn),
              QStringList{QStringLiteral("Toulon")});
    EXPECT_TRUE(peopleIn(QStringLiteral("Toulon announced his appointment to the board."), kEn).isEmpty());
}

TEST(PersonByContext, LeavesAPlaceOrAnEventThatBearsAPersonsName)
{
    EXPECT_TRUE(peopleIn(QStringLiteral("The camp stood five miles north of Fort Abraham Lincoln."), kEn).isEmpty());
    EXPECT_TRUE(peopleIn(QStringLiteral("Imports rose after Hurricane Katrina hit the coast."), kEn).isEmpty());
}

TEST(PlaceByContext, LeavesATownThatEndsTheNameOfAClubOrAWork)
{
    EXPECT_TRUE(placesIn(QStringLiteral("In 2006 he moved to Cerezo Osaka in August."), kEn).isEmpty());
    EXPECT_TRUE(placesIn(QStringLiteral("He scored in a win against A.F.C. Bournemouth."), kEn).isEmpty());
    EXPECT_TRUE(placesIn(QStringLiteral("He recorded standards such as \" Copenhagen \" and others."), kEn).isEmpty());
}

TEST(PlaceByContext, TakesAnUnknownNameBeforeALowerCaseGeographicNounInEnglish)
{
    EXPECT_EQ(placesIn(QStringLiteral("Most settlers came from the Tibarrow region after the war."), kEn),
              QStringList{QStringLiteral("Tibarrow")});
    EXPECT_TRUE(placesIn(QStringLiteral("The Lumeris range of robots sold well."), kEn).isEmpty());
}

TEST(PersonRole, EndsBeforeAReportingVerbOfEveryKind)
{
    const QString text = QStringLiteral("The market remains tough, Norvell Pike, an analyst at Barclays acknowledged on Monday.");
    EXPECT_EQ(entityNamed(text, kEn, EntityType::Person, QStringLiteral("Norvell Pike")).role, QStringLiteral("analyst at Barclays"));
}
