#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "TempLibrary.h"
#include "storage/ArticleStore.h"
#include "storage/CompactJson.h"
#include "storage/EntityStore.h"
#include "storage/SqlScript.h"
#include "storage/StoredFacts.h"

using namespace veille;

namespace {

QByteArray qtCompact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray ours(const QJsonArray &a)
{
    QByteArray out("[");
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i)
            out.append(',');
        if (a.at(i).isString())
            CompactJson::appendString(out, a.at(i).toString());
        else
            CompactJson::appendNumber(out, a.at(i).toDouble());
    }
    return out + "]";
}

Entity named(EntityType type, const QString &name, QList<Span> mentions)
{
    Entity e;
    e.type = type;
    e.name = name;
    e.mentions = std::move(mentions);
    return e;
}

ArticleId storeArticle(Database &db, const QString &identity)
{
    Article a;
    a.identity = identity;
    a.title = identity;
    a.text = QStringLiteral("Texte de l'article ") + identity;
    auto stored = ArticleStore(db).store(a);
    EXPECT_TRUE(stored.ok()) << stored.errorMessage().toStdString();
    return stored.ok() ? stored->id : 0;
}

} // namespace

TEST(CompactJson, WritesStringsAsQtJsonDoes)
{
    QString pairAndHalves = QStringLiteral("😀 ");
    pairAndHalves.append(QChar(0xD800));
    pairAndHalves.append(QStringLiteral("x"));
    pairAndHalves.append(QChar(0xDC00));
    const QJsonArray strings{QString(), QStringLiteral("plain"), QStringLiteral("quote \" and \\ backslash / slash"),
                             QStringLiteral("\b\f\n\r\t \x01\x1f\x7f"), QStringLiteral("été, 94 %, 100 M€"),
                             QStringLiteral("\u2028\u00a0\u4e2d"), pairAndHalves};
    EXPECT_EQ(ours(strings), qtCompact(strings));
}

TEST(CompactJson, WritesNumbersAsQtJsonDoes)
{
    const QJsonArray numbers{0.0, -0.0, 94.0, 2.5, -17.25, 100000000000.0, 1e300, 0.1 + 0.2, 1e19, -1e19,
                             9007199254740993.0, 1e-7, 35.1e9, 0.05};
    EXPECT_EQ(ours(numbers), qtCompact(numbers));
}

namespace {

// Facts with every entity type and every field the encoding has to keep.
KeyFacts everyKind()
{
    KeyFacts facts;
    facts.keyPoints = {QStringLiteral("Foxconn construira des usines"), QStringLiteral("Un \"plan\" de 100 milliards")};
    facts.summary = {QStringLiteral("Première phrase."), QStringLiteral("Deuxième, avec « guillemets ».")};
    Entity company = named(EntityType::Company, QStringLiteral("Foxconn"), {{3, 10}, {40, 47}});
    company.aliases = {QStringLiteral("Hon Hai"), QStringLiteral("鴻海")};
    Entity person = named(EntityType::Person, QStringLiteral("Sam Altman"), {{60, 70}});
    person.role = QStringLiteral("PDG d'OpenAI");
    Entity money;
    money.type = EntityType::Money;
    money.text = QStringLiteral("100 milliards de dollars");
    money.value = 100e9;
    money.currency = QStringLiteral("USD");
    money.mentions = {{80, 104}};
    Entity percent;
    percent.type = EntityType::Percent;
    percent.text = QStringLiteral("2,5 %");
    percent.value = 2.5;
    percent.mentions = {{110, 115}};
    Entity date;
    date.type = EntityType::Date;
    date.text = QStringLiteral("10 avril 2025");
    date.dateValue = QStringLiteral("2025-04-10");
    date.mentions = {{1, 2}};
    facts.entities = {company, person, named(EntityType::Place, QStringLiteral("Wisconsin"), {{120, 129}}), money,
                      percent, date, named(EntityType::Company, QStringLiteral("Nvidia"), {{5, 11}})};
    return facts;
}

void expectSameFacts(const KeyFacts &got, const KeyFacts &want)
{
    EXPECT_EQ(got.keyPoints, want.keyPoints);
    EXPECT_EQ(got.summary, want.summary);
    ASSERT_EQ(got.entities.size(), want.entities.size());
    for (qsizetype i = 0; i < want.entities.size(); ++i) {
        const Entity &g = got.entities.at(i);
        const Entity &w = want.entities.at(i);
        EXPECT_EQ(g.type, w.type) << i;
        EXPECT_EQ(g.name, w.name) << i;
        EXPECT_EQ(g.text, w.text) << i;
        EXPECT_EQ(g.role, w.role) << i;
        EXPECT_EQ(g.value, w.value) << i;
        EXPECT_EQ(g.currency, w.currency) << i;
        EXPECT_EQ(g.dateValue, w.dateValue) << i;
        EXPECT_EQ(g.aliases, w.aliases) << i;
        EXPECT_EQ(g.mentions, w.mentions) << i;
    }
}

QString storedColumn(Database &db, const QString &select, ArticleId id)
{
    QSqlQuery q(db.connection());
    q.prepare(select);
    q.addBindValue(id);
    EXPECT_TRUE(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST(StoredFacts, DecodesWhatItEncodesForEveryEntityType)
{
    const KeyFacts facts = everyKind();
    expectSameFacts(StoredFacts::decode(StoredFacts::encode(facts), facts.keyPoints), facts);
    expectSameFacts(StoredFacts::decode(StoredFacts::encode(KeyFacts()), {}), KeyFacts());
}

TEST(StoredFacts, EncodingIsValidJsonWithoutACopyOfTheKeyPoints)
{
    const QByteArray encoded = StoredFacts::encode(everyKind());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(encoded, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << encoded.toStdString();
    EXPECT_FALSE(doc.object().contains(QStringLiteral("key_points")));
    EXPECT_FALSE(encoded.contains("construira"));
    EXPECT_EQ(doc.object().value(QStringLiteral("entities")).toArray().size(), 7);
}

TEST(StoredFacts, FactsStoredWithTheirKeyPointsTakeTheArticlesOwn)
{
    // What versions before 7 wrote: the facts JSON carried the article's key points too.
    const QByteArray older = R"({"entities":[],"key_points":["old copy"],"summary":[]})";
    const KeyFacts facts = StoredFacts::decode(older, {QStringLiteral("the article's point")});
    EXPECT_EQ(facts.keyPoints, QStringList{QStringLiteral("the article's point")});
}

TEST(EntityStore, KeyPointsAreStoredOnceWithTheArticleAndComeBackWithItsFacts)
{
    test::TempLibrary lib;
    auto db = lib.open();
    ASSERT_TRUE(db);
    Article a;
    a.identity = QStringLiteral("hash:points");
    a.title = QStringLiteral("Foxconn");
    a.text = QStringLiteral("Foxconn construira des usines.");
    a.keyPoints = everyKind().keyPoints;
    auto stored = ArticleStore(*db).store(a);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(EntityStore(*db).saveFacts(stored->id, everyKind(), 3).ok());

    EXPECT_FALSE(storedColumn(*db, QStringLiteral("SELECT facts FROM article_facts WHERE article_id = ?"), stored->id)
                     .contains(QStringLiteral("construira")));
    auto back = EntityStore(*db).facts(stored->id, 3);
    ASSERT_TRUE(back.ok() && back->has_value());
    expectSameFacts(**back, everyKind());
}

TEST(EntityStore, FactsOfAnotherEngineVersionAreNotGivenBack)
{
    test::TempLibrary lib;
    auto db = lib.open();
    ASSERT_TRUE(db);
    const ArticleId id = storeArticle(*db, QStringLiteral("hash:versions"));
    EntityStore entities(*db);
    EXPECT_FALSE(entities.factsVersion(id)->has_value());
    ASSERT_TRUE(entities.saveFacts(id, everyKind(), 4).ok());

    EXPECT_EQ(entities.factsVersion(id)->value_or(0), 4);
    EXPECT_TRUE(entities.facts(id, 4)->has_value());
    EXPECT_FALSE(entities.facts(id, 5)->has_value());
    EXPECT_FALSE(entities.facts(id, 3)->has_value());
    EXPECT_FALSE(entities.facts(id + 1, 4)->has_value());
}

TEST(EntityStore, AnEntityStoredInARolledBackTransactionIsStoredAgainLater)
{
    test::TempLibrary lib;
    auto db = lib.open();
    ASSERT_TRUE(db);
    const ArticleId first = storeArticle(*db, QStringLiteral("hash:first"));
    const ArticleId second = storeArticle(*db, QStringLiteral("hash:second"));
    KeyFacts facts;
    facts.entities = {named(EntityType::Company, QStringLiteral("Nouvelle Société"), {{0, 8}})};

    auto failed = db->transaction([&]() -> Result<void> {
        VEILLE_TRY(EntityStore(*db).saveFacts(first, facts, 1));
        return makeError(ErrorCode::FileUnreadable);
    });
    ASSERT_FALSE(failed.ok());

    // The entity row went with the rollback; its id must not be reused from memory.
    auto saved = EntityStore(*db).saveFacts(second, facts, 1);
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    auto companies = EntityStore(*db).companies();
    ASSERT_TRUE(companies.ok());
    ASSERT_EQ(companies->size(), 1);
    EXPECT_EQ(companies->first().name, QStringLiteral("Nouvelle Société"));
    EXPECT_EQ(companies->first().articles, 1);
    QSqlQuery check(db->connection());
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    EXPECT_FALSE(check.next());
}

TEST(EntityStore, NewAliasesForAKnownCompanyAreStored)
{
    test::TempLibrary lib;
    auto db = lib.open();
    ASSERT_TRUE(db);
    const ArticleId id = storeArticle(*db, QStringLiteral("hash:a"));
    KeyFacts facts;
    facts.entities = {named(EntityType::Company, QStringLiteral("Foxconn"), {{0, 7}})};
    ASSERT_TRUE(EntityStore(*db).saveFacts(id, facts, 1).ok());
    facts.entities.first().aliases = {QStringLiteral("Hon Hai")};
    ASSERT_TRUE(EntityStore(*db).saveFacts(id, facts, 1).ok());
    auto companies = EntityStore(*db).companies();
    ASSERT_TRUE(companies.ok());
    ASSERT_EQ(companies->size(), 1);
    EXPECT_EQ(companies->first().aliases, QStringList{QStringLiteral("Hon Hai")});
}

TEST(Database, UpgradesAVersionThreeLibraryAndKeepsItsEntityLinks)
{
    test::TempLibrary lib;
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        raw.setDatabaseName(lib.path());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        for (const char *file : {":/sql/001_initial.sql", ":/sql/002_key_facts.sql", ":/sql/003_feed_upkeep.sql"}) {
            QFile step(QString::fromLatin1(file));
            ASSERT_TRUE(step.open(QIODevice::ReadOnly));
            for (const QString &s : SqlScript::statements(QString::fromUtf8(step.readAll())))
                ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
        for (const char *sql : {"INSERT INTO articles (id, identity, title, added, sort_time, text) VALUES (5, 'hash:x', 'Foxconn', 1, 1, 'Foxconn')",
                                "INSERT INTO entities (id, type, name, key) VALUES (9, 'company', 'Foxconn', 'foxconn')",
                                "INSERT INTO article_entities (article_id, entity_id, mentions, spans) VALUES (5, 9, 1, '[[0,7]]')",
                                "PRAGMA user_version = 3"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << sql;
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    auto db = lib.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->version(), Database::latestVersion());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT article_id, entity_id, mentions FROM article_entities")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 5);
    EXPECT_EQ(q.value(1).toLongLong(), 9);
    EXPECT_EQ(q.value(2).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('article_entities') WHERE name = 'spans'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'article_entities_ranked'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(StoredFacts, KeepsAnOrganisationsNameAliasesAndOrigin)
{
    KeyFacts facts;
    Entity known = named(EntityType::Organisation, QStringLiteral("Banque centrale européenne"), {{4, 7}});
    known.aliases = {QStringLiteral("BCE"), QStringLiteral("ECB")};
    Entity found = named(EntityType::Organisation, QStringLiteral("Université de Bordeaux"), {{20, 42}});
    found.origin = EntityOrigin::Discovered;
    Entity company = named(EntityType::Company, QStringLiteral("Lumeris Robotique"), {{50, 67}});
    company.origin = EntityOrigin::Discovered;
    facts.entities = {company, known, found};
    const KeyFacts back = StoredFacts::decode(StoredFacts::encode(facts), {});
    expectSameFacts(back, facts);
    ASSERT_EQ(back.entities.size(), 3);
    EXPECT_EQ(back.entities.at(0).origin, EntityOrigin::Discovered);
    EXPECT_EQ(back.entities.at(1).origin, EntityOrigin::Builtin);
    EXPECT_EQ(back.entities.at(2).origin, EntityOrigin::Discovered);
    EXPECT_EQ(entityTypeName(EntityType::Organisation), QStringLiteral("organisation"));
    EntityType type = EntityType::Company;
    EXPECT_TRUE(entityTypeFromName(QStringLiteral("organisation"), &type));
    EXPECT_EQ(type, EntityType::Organisation);
}
