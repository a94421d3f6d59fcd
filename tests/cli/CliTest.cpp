#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "TestPaths.h"
#include "facts/FactsEngine.h"

using namespace veille;

namespace {

// Runs the real veille-cli binary against a library in a temporary folder.
class CliTest : public ::testing::Test {
protected:
    test::CliResult cli(const QStringList &args)
    {
        const test::CliResult r = test::runCliOn(m_dir.filePath(QStringLiteral("cli.sqlite")), args, 60000);
        EXPECT_FALSE(r.crashed);
        return r;
    }

    qint64 importOne(const QString &path)
    {
        const test::CliResult r = cli({QStringLiteral("import"), path});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        EXPECT_EQ(lines.size(), 1) << r.outText().toStdString();
        return lines.isEmpty() ? 0 : lines.first().section(QLatin1Char('\t'), 0, 0).toLongLong();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, ImportPrintsIdAndTitleThenNothingTheSecondTime)
{
    const test::CliResult first = cli({QStringLiteral("import"), veille::test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt"))});
    ASSERT_EQ(first.exitCode, 0) << first.errText().toStdString();
    EXPECT_EQ(first.outText(), QStringLiteral("1\tSiemens lifts its outlook after a record quarter for factory software\n"));
    const test::CliResult second = cli({QStringLiteral("import"), veille::test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt"))});
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_TRUE(second.outText().isEmpty());
}

TEST_F(CliTest, ShowJsonHasTheDesignedShape)
{
    const qint64 id = importOne(veille::test::dataPath(QStringLiteral("articles/fr-renault-avec-essentiel.txt")));
    const test::CliResult r = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonObject o = r.json().object();
    for (const char *key : {"id", "title", "url", "author", "published", "language", "feed", "text", "html", "key_points", "favourite", "read"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(o.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    EXPECT_EQ(o.value(QStringLiteral("key_points")).toArray().size(), 2);
    EXPECT_FALSE(o.value(QStringLiteral("favourite")).toBool(true));
}

TEST_F(CliTest, FavouritesAndReadStateRoundTrip)
{
    const qint64 id = importOne(veille::test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt")));
    const QString sid = QString::number(id);
    ASSERT_EQ(cli({QStringLiteral("fav"), sid}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("read"), sid}).exitCode, 0);
    const QJsonArray favs = cli({QStringLiteral("list"), QStringLiteral("--favourites"), QStringLiteral("--json")}).json().array();
    ASSERT_EQ(favs.size(), 1);
    EXPECT_TRUE(favs.first().toObject().value(QStringLiteral("read")).toBool());
    EXPECT_TRUE(cli({QStringLiteral("list"), QStringLiteral("--unread"), QStringLiteral("--json")}).json().array().isEmpty());
    ASSERT_EQ(cli({QStringLiteral("unfav"), sid}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("unread"), sid}).exitCode, 0);
    const QJsonObject shown = cli({QStringLiteral("show"), sid, QStringLiteral("--json")}).json().object();
    EXPECT_FALSE(shown.value(QStringLiteral("favourite")).toBool(true));
    EXPECT_FALSE(shown.value(QStringLiteral("read")).toBool(true));
}

TEST_F(CliTest, SearchJsonIsRankedWithSnippets)
{
    importOne(veille::test::dataPath(QStringLiteral("articles/fr-renault-avec-essentiel.txt")));
    importOne(veille::test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt")));
    const test::CliResult r = cli({QStringLiteral("search"), QStringLiteral("donnees"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonArray hits = r.json().array();
    ASSERT_EQ(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    EXPECT_TRUE(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("<mark>données</mark>")));
    EXPECT_TRUE(hit.value(QStringLiteral("score")).isDouble());
    EXPECT_EQ(cli({QStringLiteral("search"), QStringLiteral("\"unbalanced"), QStringLiteral("--json")}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("search"), QStringLiteral("company:siemens"), QStringLiteral("--json")}).json().array().size(), 1);
}

TEST_F(CliTest, ErrorsAndUsageHaveTheirExitCodes)
{
    test::CliResult r = cli({QStringLiteral("show"), QStringLiteral("42")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errText().count(QLatin1Char('\n')), 1) << r.errText().toStdString();
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("--limit")}).exitCode, 2);
    r = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.txt"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errText(), QStringLiteral("veille-cli: %1: No such file.\n").arg(m_dir.filePath(QStringLiteral("missing.txt"))));
}

TEST_F(CliTest, ANewerLibraryIsRefusedWithOneLine)
{
    ASSERT_EQ(cli({QStringLiteral("list")}).exitCode, 0);
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {m_dir.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("PRAGMA user_version = 999;")});
        if (!sqlite.waitForFinished() || sqlite.exitCode() != 0)
            GTEST_SKIP() << "the sqlite3 tool is not installed";
    }
    const test::CliResult r = cli({QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("newer version")));
}

TEST_F(CliTest, FactsJsonlWritesOneObjectPerLineAndStoresNothing)
{
    const QString path = m_dir.filePath(QStringLiteral("in.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"text": "Foxconn investira 20 milliards de dollars dans le Wisconsin.", "language": "fr"})" "\n");
    f.write(R"({"text": "Nvidia reported revenue of $35.1 billion.", "language": "en"})" "\n");
    f.close();
    const test::CliResult r = cli({QStringLiteral("facts"), QStringLiteral("--jsonl"), path});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    const QJsonArray entities = QJsonDocument::fromJson(lines[1].toUtf8()).object().value(QStringLiteral("entities")).toArray();
    bool money = false;
    for (const auto &e : entities) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("money")) {
            money = true;
            EXPECT_DOUBLE_EQ(o.value(QStringLiteral("value")).toDouble(), 3.51e10);
            EXPECT_EQ(o.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        }
    }
    EXPECT_TRUE(money);
    EXPECT_TRUE(cli({QStringLiteral("list"), QStringLiteral("--json")}).json().array().isEmpty());
}

TEST_F(CliTest, TheSeedArticleIsFoundAndShownWithItsKeyPoints)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const qint64 id = importOne(veille::test::sharedPath(QStringLiteral("seed/000_d317fdffa79cbfba.txt")));
    for (const QString &q : {QStringLiteral("foxconn"), QStringLiteral("\"centres de donnees\""), QStringLiteral("company:foxconn")}) {
        const QJsonArray hits = cli({QStringLiteral("search"), q, QStringLiteral("--json")}).json().array();
        ASSERT_EQ(hits.size(), 1) << q.toStdString();
        EXPECT_EQ(hits.first().toObject().value(QStringLiteral("id")).toInteger(), id);
    }
    const QJsonObject shown = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).json().object();
    EXPECT_EQ(shown.value(QStringLiteral("key_points")).toArray().size(), 3);
    EXPECT_FALSE(shown.value(QStringLiteral("text")).toString().contains(QStringLiteral("Google Actualités")));
    const QJsonArray companies = cli({QStringLiteral("companies"), QStringLiteral("--json")}).json().array();
    bool foxconn = false;
    for (const auto &c : companies)
        foxconn |= c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Foxconn")
            && c.toObject().value(QStringLiteral("articles")).toInt() == 1;
    EXPECT_TRUE(foxconn);
}

TEST_F(CliTest, OpeningALibraryOfAnOlderFactsEngineShowsTheNewFactsWithoutReindex)
{
    const qint64 id = importOne(veille::test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt")));
    const QStringList facts{QStringLiteral("facts"), QString::number(id), QStringLiteral("--json")};
    const QJsonObject fresh = cli(facts).json().object();
    ASSERT_FALSE(fresh.value(QStringLiteral("entities")).toArray().isEmpty());

    // The library as an older engine left it: other facts, tagged with that engine's version.
    const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_facts SET engine = %1, "
                                          "facts = '{\"entities\":[],\"summary\":[\"An older summary.\"]}'")
                               .arg(veille::FactsEngine::kVersion - 1)));
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM article_entities")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));

    const test::CliResult after = cli(facts);
    ASSERT_EQ(after.exitCode, 0) << after.errText().toStdString();
    EXPECT_EQ(after.json().object(), fresh);
    EXPECT_FALSE(after.outText().contains(QStringLiteral("An older summary.")));
    // Stored for next time, entity index included: the company is found again.
    bool siemens = false;
    for (const auto &c : cli({QStringLiteral("companies"), QStringLiteral("--json")}).json().array())
        siemens |= c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Siemens");
    EXPECT_TRUE(siemens);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT engine FROM article_facts")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), veille::FactsEngine::kVersion);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
}

TEST_F(CliTest, HelpPrintsTheUsageOnStdoutAndAUsageErrorPrintsItOnStderr)
{
    const test::CliResult help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.outText().startsWith(QStringLiteral("usage: veille-cli [--db FILE] COMMAND")));
    EXPECT_TRUE(help.err.isEmpty());
    const test::CliResult none = test::runCli({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.errText().startsWith(QStringLiteral("veille-cli: no command given\nusage: veille-cli"))) << none.err.constData();
    EXPECT_TRUE(none.out.isEmpty());
}

TEST_F(CliTest, EveryMalformedOptionOrOperandIsAUsageError)
{
    const QList<QStringList> malformed = {
        {QStringLiteral("list"), QStringLiteral("--feed")},
        {QStringLiteral("list"), QStringLiteral("--feed"), QStringLiteral("abc")},
        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-3")},
        {QStringLiteral("list"), QStringLiteral("extra")},
        {QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("many"), QStringLiteral("renault")},
        {QStringLiteral("search"), QStringLiteral("--json")},
        {QStringLiteral("facts")},
        {QStringLiteral("facts"), QStringLiteral("0")},
        {QStringLiteral("facts"), QStringLiteral("--jsonl")},
        {QStringLiteral("facts"), QStringLiteral("--jsonl"), QStringLiteral("in.jsonl"), QStringLiteral("3")},
        {QStringLiteral("companies"), QStringLiteral("x")},
        {QStringLiteral("feeds"), QStringLiteral("x")},
        {QStringLiteral("fav")},
        {QStringLiteral("unread"), QStringLiteral("1"), QStringLiteral("2")},
        {QStringLiteral("reindex"), QStringLiteral("now")},
        {QStringLiteral("import")},
    };
    for (const QStringList &args : malformed) {
        const test::CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.errText().contains(QStringLiteral("usage: veille-cli"))) << args.join(u' ').toStdString();
    }
    EXPECT_EQ(test::runCli({QStringLiteral("--db")}).exitCode, 2);
}

TEST_F(CliTest, ListTextMarksFavouritesAndUnreadArticles)
{
    const qint64 id = importOne(veille::test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt")));
    const QString title = QStringLiteral("Siemens lifts its outlook after a record quarter for factory software");
    EXPECT_EQ(cli({QStringLiteral("list")}).outText(), QStringLiteral("%1\t N\t-\t%2\n").arg(id).arg(title));
    ASSERT_EQ(cli({QStringLiteral("fav"), QString::number(id)}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("read"), QString::number(id)}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("list")}).outText(), QStringLiteral("%1\t* \t-\t%2\n").arg(id).arg(title));
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}).outText(), QString());
}

TEST_F(CliTest, FactsJsonIsTheEnginesFactsWithTheArticlesIdTitleAndLanguage)
{
    const qint64 id = importOne(veille::test::dataPath(QStringLiteral("articles/fr-renault-avec-essentiel.txt")));
    const QJsonObject shown = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).json().object();
    const test::CliResult r = cli({QStringLiteral("facts"), QString::number(id), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject facts = r.json().object();
    const QStringList keys = facts.keys();
    EXPECT_EQ(QSet<QString>(keys.begin(), keys.end()),
              (QSet<QString>{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("language"), QStringLiteral("key_points"),
                             QStringLiteral("summary"), QStringLiteral("entities")}));
    EXPECT_EQ(facts.value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(facts.value(QStringLiteral("title")), shown.value(QStringLiteral("title")));
    EXPECT_EQ(facts.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    EXPECT_EQ(facts.value(QStringLiteral("key_points")), shown.value(QStringLiteral("key_points")));

    QStringList keyPoints;
    for (const auto &p : shown.value(QStringLiteral("key_points")).toArray())
        keyPoints << p.toString();
    const KeyFacts expected = FactsEngine().extract(shown.value(QStringLiteral("text")).toString(), QStringLiteral("fr"), keyPoints);
    const QJsonArray entities = facts.value(QStringLiteral("entities")).toArray();
    ASSERT_EQ(entities.size(), expected.entities.size());
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonObject e = entities.at(i).toObject();
        const Entity &want = expected.entities.at(i);
        EXPECT_EQ(e.value(QStringLiteral("type")).toString(), entityTypeName(want.type));
        EXPECT_EQ(e.value(QStringLiteral("mentions")).toArray().size(), want.mentions.size());
        EXPECT_EQ(e.value(QStringLiteral("mentions")).toArray().first().toObject().value(QStringLiteral("start")).toInt(),
                  want.mentions.first().start);
        // Named entities have a name; amounts, percentages and dates their text and value.
        if (want.type == EntityType::Company || want.type == EntityType::Place || want.type == EntityType::Person) {
            EXPECT_EQ(e.value(QStringLiteral("name")).toString(), want.name);
            EXPECT_FALSE(e.contains(QStringLiteral("value")));
        } else {
            EXPECT_EQ(e.value(QStringLiteral("text")).toString(), want.text);
            EXPECT_TRUE(e.contains(QStringLiteral("value")));
            EXPECT_EQ(e.contains(QStringLiteral("currency")), want.type == EntityType::Money);
        }
        EXPECT_EQ(e.contains(QStringLiteral("role")), want.type == EntityType::Person);
    }
}

TEST_F(CliTest, FactsJsonlChoosesTheLanguageAsImportDoesAndNamesTheLineItCannotRead)
{
    const QString path = m_dir.filePath(QStringLiteral("lines.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    // An English text mislabelled French, long enough for the text to decide, as import decides.
    f.write(R"({"text": "Siemens raised its full-year profit forecast on Thursday after orders for its factory automation software reached a record, helped by demand from carmakers and chipmakers in the United States. The group said revenue grew.", "language": "fr"})"
            "\n");
    f.write(R"({"text": "Renault investit 500 millions d'euros dans une usine de batteries a Douai."})" "\n");
    f.write("{\"title\": \"no text\"}\n");
    f.close();
    const test::CliResult r = cli({QStringLiteral("facts"), QStringLiteral("--jsonl"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errText(), QStringLiteral("veille-cli: %1: Line 3 is not a JSON object with a \"text\" string.\n").arg(path));
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << "the lines before the bad one are printed";
    EXPECT_EQ(QJsonDocument::fromJson(lines[0].toUtf8()).object().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(QJsonDocument::fromJson(lines[1].toUtf8()).object().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
}

TEST_F(CliTest, AFeedCutOffMidwayIsImportedUpToTheFaultWithAnEnglishWarningOnStderr)
{
    const QString path = veille::test::dataPath(QStringLiteral("feeds/rss-truncated-midway.xml"));
    const test::CliResult r = cli({QStringLiteral("import"), path});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_GE(r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
    // One line, worded by ErrorText from the warning's code: core wrote no sentence.
    const QStringList lines = r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << r.errText().toStdString();
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("veille-cli: ") + path + QStringLiteral(": warning: The feed is malformed (")))
        << lines.first().toStdString();
    EXPECT_TRUE(lines.first().endsWith(QStringLiteral("the items before the fault were kept."))) << lines.first().toStdString();
}
