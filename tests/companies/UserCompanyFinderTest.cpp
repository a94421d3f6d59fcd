#include <gtest/gtest.h>

#include "facts/FactsEngine.h"
#include "facts/UserCompanyFinder.h"

using namespace veille;

namespace {

UserCompany company(const QString &name, const QStringList &aliases = {}, bool caseSensitive = false)
{
    return UserCompany{name, aliases, caseSensitive};
}

QList<Entity> companiesIn(const KeyFacts &facts)
{
    QList<Entity> out;
    for (const Entity &e : facts.entities) {
        if (e.type == EntityType::Company)
            out << e;
    }
    return out;
}

const Entity *named(const KeyFacts &facts, const QString &name)
{
    for (const Entity &e : facts.entities) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QString spanText(const QString &text, const Span &s)
{
    return text.mid(s.start, s.end - s.start);
}

} // namespace

TEST(UserCompanyFinder, FindsANameAndItsAliasesWithTheirSpans)
{
    const QString text = QStringLiteral("Acme Robotics ouvre une usine. Selon Acme, 300 emplois seront créés.");
    KeyFacts facts;
    UserCompanyFinder({company(QStringLiteral("Acme Robotics"), {QStringLiteral("Acme")})}).addTo(facts, text);
    const Entity *acme = named(facts, QStringLiteral("Acme Robotics"));
    ASSERT_NE(acme, nullptr);
    EXPECT_EQ(acme->type, EntityType::Company);
    EXPECT_EQ(acme->origin, EntityOrigin::User);
    EXPECT_EQ(acme->aliases, QStringList{QStringLiteral("Acme")});
    ASSERT_EQ(acme->mentions.size(), 2);
    EXPECT_EQ(spanText(text, acme->mentions[0]), QStringLiteral("Acme Robotics"));
    EXPECT_EQ(spanText(text, acme->mentions[1]), QStringLiteral("Acme"));
}

TEST(UserCompanyFinder, IgnoresCaseAndAccentsUnlessAskedNotTo)
{
    const QString text = QStringLiteral("La SOCIÉTÉ GÉNÉRALE DES ROBOTS et société générale des robots.");
    KeyFacts folded;
    UserCompanyFinder({company(QStringLiteral("Societe Generale des Robots"))}).addTo(folded, text);
    ASSERT_EQ(companiesIn(folded).size(), 1);
    EXPECT_EQ(companiesIn(folded)[0].mentions.size(), 2);

    KeyFacts exact;
    UserCompanyFinder({company(QStringLiteral("société générale des robots"), {}, true)}).addTo(exact, text);
    ASSERT_EQ(companiesIn(exact).size(), 1);
    ASSERT_EQ(companiesIn(exact)[0].mentions.size(), 1);
    EXPECT_EQ(companiesIn(exact)[0].mentions[0].start, int(text.lastIndexOf(QStringLiteral("société"))));
}

TEST(UserCompanyFinder, CaseSensitiveCommonWordMatchesOnlyAsWritten)
{
    const QString text = QStringLiteral("Le mistral souffle sur Marseille ; Mistral lève des fonds.");
    KeyFacts facts;
    UserCompanyFinder({company(QStringLiteral("Mistral AI"), {QStringLiteral("Mistral")}, true)}).addTo(facts, text);
    const Entity *mistral = named(facts, QStringLiteral("Mistral AI"));
    ASSERT_NE(mistral, nullptr);
    ASSERT_EQ(mistral->mentions.size(), 1);
    EXPECT_EQ(spanText(text, mistral->mentions[0]), QStringLiteral("Mistral"));
    EXPECT_GT(mistral->mentions[0].start, 20);
}

TEST(UserCompanyFinder, MatchesWholeWordsOnly)
{
    KeyFacts facts;
    UserCompanyFinder({company(QStringLiteral("Acme"))}).addTo(facts, QStringLiteral("Acmes, Acmeville and NotAcme are other names."));
    EXPECT_TRUE(companiesIn(facts).isEmpty());
}

TEST(UserCompanyFinder, FindsANameAfterAFrenchElisionAndBeforeAPossessive)
{
    const QString text = QStringLiteral("Les bras d'Acme séduisent ; Acme's shares rose.");
    KeyFacts facts;
    UserCompanyFinder({company(QStringLiteral("Acme"))}).addTo(facts, text);
    ASSERT_EQ(companiesIn(facts).size(), 1);
    EXPECT_EQ(companiesIn(facts)[0].mentions.size(), 2);
}

TEST(UserCompanyFinder, PrefersTheLongestNameWhereTwoOverlap)
{
    const QString text = QStringLiteral("Acme Robotics and Acme Foods are not the same.");
    KeyFacts facts;
    UserCompanyFinder({company(QStringLiteral("Acme")), company(QStringLiteral("Acme Robotics"))}).addTo(facts, text);
    const Entity *robotics = named(facts, QStringLiteral("Acme Robotics"));
    const Entity *acme = named(facts, QStringLiteral("Acme"));
    ASSERT_NE(robotics, nullptr);
    ASSERT_NE(acme, nullptr);
    EXPECT_EQ(robotics->mentions.size(), 1);
    ASSERT_EQ(acme->mentions.size(), 1);
    EXPECT_EQ(spanText(text, acme->mentions[0]), QStringLiteral("Acme"));
    EXPECT_EQ(acme->mentions[0].start, int(text.indexOf(QStringLiteral("Acme Foods"))));
}

TEST(UserCompanyFinder, LeavesAmountsDatesAndLongerNamesToTheEngine)
{
    const QString text = QStringLiteral("Foxconn investira 20 milliards de dollars dans le Wisconsin en 2030.");
    const FactsEngine engine;
    KeyFacts facts = engine.extract(text, QStringLiteral("fr"));
    const KeyFacts before = facts;
    // "dollars" and "2030" are inside the engine's amount and date; "Foxconn" is its own.
    UserCompanyFinder({company(QStringLiteral("Dollars")), company(QStringLiteral("2030")), company(QStringLiteral("Fox"))})
        .addTo(facts, text);
    EXPECT_EQ(facts.entities.size(), before.entities.size());
    EXPECT_EQ(named(facts, QStringLiteral("Dollars")), nullptr);
    EXPECT_EQ(named(facts, QStringLiteral("2030")), nullptr);
}

TEST(UserCompanyFinder, TakesANameTheEngineGaveToAPlaceWhenTheUserSaysItIsACompany)
{
    const QString text = QStringLiteral("Orléans Robotique ouvre à Orléans une usine.");
    const FactsEngine engine;
    KeyFacts facts = engine.extract(text, QStringLiteral("fr"));
    UserCompanyFinder({company(QStringLiteral("Orléans Robotique"))}).addTo(facts, text);
    const Entity *mine = named(facts, QStringLiteral("Orléans Robotique"));
    ASSERT_NE(mine, nullptr);
    ASSERT_EQ(mine->mentions.size(), 1);
    EXPECT_EQ(mine->mentions[0].start, 0);
    // No other entity keeps a mention inside the user's name.
    for (const Entity &e : facts.entities) {
        if (&e == mine)
            continue;
        for (const Span &s : e.mentions)
            EXPECT_FALSE(s.start < mine->mentions[0].end && mine->mentions[0].start < s.end) << e.name.toStdString();
    }
}

TEST(UserCompanyFinder, KeepsEntitiesInTheEnginesOrderByTypeThenFirstMention)
{
    const QString text = QStringLiteral("Zeta Robotique et Foxconn discutent. Alpha Robotique aussi.");
    const FactsEngine engine;
    KeyFacts facts = engine.extract(text, QStringLiteral("fr"));
    UserCompanyFinder({company(QStringLiteral("Zeta Robotique")), company(QStringLiteral("Alpha Robotique"))}).addTo(facts, text);
    for (qsizetype i = 1; i < facts.entities.size(); ++i) {
        const Entity &a = facts.entities[i - 1];
        const Entity &b = facts.entities[i];
        EXPECT_TRUE(int(a.type) < int(b.type) || (a.type == b.type && a.mentions[0].start <= b.mentions[0].start))
            << a.name.toStdString() << " before " << b.name.toStdString();
    }
    EXPECT_EQ(companiesIn(facts).first().name, QStringLiteral("Zeta Robotique"));
}

TEST(UserCompanyFinder, AnEmptyListChangesNothing)
{
    const QString text = QStringLiteral("Foxconn investira 20 milliards de dollars.");
    const FactsEngine engine;
    KeyFacts facts = engine.extract(text, QStringLiteral("fr"));
    const qsizetype count = facts.entities.size();
    const UserCompanyFinder none;
    EXPECT_TRUE(none.isEmpty());
    none.addTo(facts, text);
    EXPECT_EQ(facts.entities.size(), count);
}

TEST(UserCompanyFinder, SkipsBlankNamesAndAliases)
{
    const UserCompanyFinder finder({company(QStringLiteral("   "), {QString(), QStringLiteral("  ")})});
    EXPECT_TRUE(finder.isEmpty());
}
