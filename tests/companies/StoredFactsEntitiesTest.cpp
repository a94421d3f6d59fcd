#include <gtest/gtest.h>

#include "facts/FactsEngine.h"
#include "storage/StoredFacts.h"

using namespace veille;

namespace {

Entity make(EntityType type, const QString &name, const QString &text = QString())
{
    Entity e;
    e.type = type;
    e.name = name;
    e.text = text;
    e.mentions = {Span{3, 9}, Span{40, 52}};
    return e;
}

KeyFacts awkwardFacts()
{
    KeyFacts facts;
    facts.summary = {QStringLiteral("Une phrase.")};
    Entity company = make(EntityType::Company, QStringLiteral("Acme \"Robotics\" \\ Inc"));
    company.aliases = {QStringLiteral("Acme"), QStringLiteral("ACME\tSA"), QStringLiteral("a\"b")};
    company.origin = EntityOrigin::User;
    Entity person = make(EntityType::Person, QStringLiteral("Élodie « Martin »"));
    person.role = QStringLiteral("directrice\ngénérale d’Acme \U0001F916 \u0001");
    Entity money = make(EntityType::Money, QString(), QStringLiteral("1,4 billion de dollars"));
    money.value = 1.4e12;
    money.currency = QStringLiteral("USD");
    Entity small = make(EntityType::Money, QString(), QStringLiteral("2,5 €"));
    small.value = 2.5;
    small.currency = QStringLiteral("EUR");
    Entity date = make(EntityType::Date, QString(), QStringLiteral("10 avril 2025"));
    date.dateValue = QStringLiteral("2025-04-10");
    Entity none = make(EntityType::Place, QStringLiteral("Lyon"));
    none.mentions.clear();
    facts.entities = {company, person, make(EntityType::Place, QStringLiteral("Lyon")), money, small, date, none};
    return facts;
}

void expectSame(const Entity &a, const Entity &b)
{
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.role, b.role);
    EXPECT_EQ(a.text, b.text);
    EXPECT_EQ(a.currency, b.currency);
    EXPECT_EQ(a.value, b.value);
    EXPECT_EQ(a.dateValue, b.dateValue);
    EXPECT_EQ(a.aliases, b.aliases);
    EXPECT_EQ(a.origin, b.origin);
    EXPECT_EQ(a.mentions, b.mentions);
}

// What decode() gives, kept to the types asked for.
QList<Entity> filtered(const KeyFacts &facts, const QList<EntityType> &types)
{
    QList<Entity> out;
    for (const Entity &e : facts.entities) {
        if (types.contains(e.type))
            out << e;
    }
    return out;
}

void expectLikeDecode(const QByteArray &encoded, const QList<EntityType> &types)
{
    const QList<Entity> expected = filtered(StoredFacts::decode(encoded, {}), types);
    const QList<Entity> got = StoredFacts::decodeEntities(encoded, types);
    ASSERT_EQ(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        expectSame(got[i], expected[i]);
}

} // namespace

TEST(StoredFactsEntities, ReadsOnlyTheTypesAskedForAsDecodeWould)
{
    const QByteArray encoded = StoredFacts::encode(awkwardFacts());
    expectLikeDecode(encoded, {EntityType::Money, EntityType::Person});
    expectLikeDecode(encoded, {EntityType::Company});
    expectLikeDecode(encoded, {EntityType::Date, EntityType::Place});
    EXPECT_EQ(StoredFacts::decodeEntities(encoded, {EntityType::Money}).size(), 2);
}

TEST(StoredFactsEntities, ReadsEscapedQuotesBackslashesControlsAndEmoji)
{
    const QList<Entity> people = StoredFacts::decodeEntities(StoredFacts::encode(awkwardFacts()), {EntityType::Person});
    ASSERT_EQ(people.size(), 1);
    EXPECT_EQ(people[0].role, QStringLiteral("directrice\ngénérale d’Acme \U0001F916 \u0001"));
    const QList<Entity> companies = StoredFacts::decodeEntities(StoredFacts::encode(awkwardFacts()), {EntityType::Company});
    ASSERT_EQ(companies.size(), 1);
    EXPECT_EQ(companies[0].name, QStringLiteral("Acme \"Robotics\" \\ Inc"));
    EXPECT_EQ(companies[0].aliases.value(2), QStringLiteral("a\"b"));
}

TEST(StoredFactsEntities, AgreesWithDecodeOnTheEnginesOwnFacts)
{
    const FactsEngine engine;
    const KeyFacts facts = engine.extract(
        QStringLiteral("OpenAI et Foxconn investiront 100 milliards de dollars. Sam Altman, PDG d'OpenAI, et Young Liu, "
                       "président de Foxconn, l'ont annoncé le 10 avril 2025 dans le Wisconsin ; la part passe à 94 %."),
        QStringLiteral("fr"));
    const QByteArray encoded = StoredFacts::encode(facts);
    for (EntityType t : {EntityType::Company, EntityType::Person, EntityType::Place, EntityType::Money, EntityType::Percent,
                         EntityType::Date})
        expectLikeDecode(encoded, {t});
}

TEST(StoredFactsEntities, ReadsNothingFromWhatIsNotFacts)
{
    EXPECT_TRUE(StoredFacts::decodeEntities(QByteArray(), {EntityType::Money}).isEmpty());
    EXPECT_TRUE(StoredFacts::decodeEntities("not json", {EntityType::Money}).isEmpty());
    EXPECT_TRUE(StoredFacts::decodeEntities("{\"entities\":[", {EntityType::Money}).isEmpty());
}
