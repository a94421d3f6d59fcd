#include "FactsTestHelpers.h"

#include <gtest/gtest.h>

using namespace veille;
using veille::test::entityNamed;
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

} // namespace

TEST(TownList, FindsTownsOfTheLargeListWithoutAPreposition)
{
    EXPECT_EQ(places(QStringLiteral("Les maires de Lelystad et Raalte ont signé un accord de jumelage."), kFr),
              (QStringList{QStringLiteral("Lelystad"), QStringLiteral("Raalte")}));
    EXPECT_EQ(places(QStringLiteral("Officials from Longmont and Joliette met on Monday."), kEn),
              (QStringList{QStringLiteral("Longmont"), QStringLiteral("Joliette")}));
}

TEST(TownList, KeepsTheCanonicalNamesOfTheCuratedPlacesFirst)
{
    // Paris is in places.tsv with its English and French names; the town list does not
    // add a second entry for it.
    EXPECT_EQ(places(QStringLiteral("Le salon se tient à Paris puis à Olkusz."), kFr),
              (QStringList{QStringLiteral("Paris"), QStringLiteral("Olkusz")}));
}

TEST(TownList, TakesAOneWordTownAfterAGivenNameForASurname)
{
    EXPECT_EQ(people(QStringLiteral("La directrice Margaret Hanford a présenté le budget."), kFr),
              QStringList{QStringLiteral("Margaret Hanford")});
    EXPECT_EQ(people(QStringLiteral("The report was written by Kwame Daimiel and his team."), kEn),
              QStringList{QStringLiteral("Kwame Daimiel")});
    EXPECT_TRUE(places(QStringLiteral("The report was written by Kwame Daimiel and his team."), kEn).isEmpty());
}

TEST(TownList, LeavesATownAloneAfterAnotherWordAsAPlace)
{
    const QString text = QStringLiteral("The plant in Montepuez employs 300 people. Montepuez is growing.");
    const Entity p = entityNamed(text, kEn, EntityType::Place, QStringLiteral("Montepuez"));
    EXPECT_EQ(p.mentions.size(), 2);
    EXPECT_TRUE(people(text, kEn).isEmpty());
}
