#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "TestPaths.h"
#include "facts/FactsEngine.h"

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs the real veille-cli binary against a library in a temporary folder.
class CliTest : public ::testing::Test {
protected:
    CliRun cli(QStringList args)
    {
        QProcess p;
        args.prepend(m_dir.filePath(QStringLiteral("cli.sqlite")));
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(VEILLE_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    qint64 importOne(const QString &path)
    {
        const CliRun r = cli({QStringLiteral("import"), path});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        EXPECT_EQ(lines.size(), 1) << r.out.toStdString();
        return lines.isEmpty() ? 0 : lines.first().section(QLatin1Char('\t'), 0, 0).toLongLong();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, ImportPrintsIdAndTitleThenNothingTheSecondTime)
{
    const CliRun first = cli({QStringLiteral("import"), veille::test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt"))});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, QStringLiteral("1\tSiemens lifts its outlook after a record quarter for factory software\n"));
    const CliRun second = cli({QStringLiteral("import"), veille::test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt"))});
    EXPECT_EQ(second.code, 0);
    EXPECT_TRUE(second.out.isEmpty());
}

TEST_F(CliTest, ShowJsonHasTheDesignedShape)
{
    const qint64 id = importOne(veille::test::dataPath(QStringLiteral("articles/fr-renault-avec-essentiel.txt")));
    const CliRun r = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
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
    ASSERT_EQ(cli({QStringLiteral("fav"), sid}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("read"), sid}).code, 0);
    const QJsonArray favs = cli({QStringLiteral("list"), QStringLiteral("--favourites"), QStringLiteral("--json")}).json().array();
    ASSERT_EQ(favs.size(), 1);
    EXPECT_TRUE(favs.first().toObject().value(QStringLiteral("read")).toBool());
    EXPECT_TRUE(cli({QStringLiteral("list"), QStringLiteral("--unread"), QStringLiteral("--json")}).json().array().isEmpty());
    ASSERT_EQ(cli({QStringLiteral("unfav"), sid}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("unread"), sid}).code, 0);
    const QJsonObject shown = cli({QStringLiteral("show"), sid, QStringLiteral("--json")}).json().object();
    EXPECT_FALSE(shown.value(QStringLiteral("favourite")).toBool(true));
    EXPECT_FALSE(shown.value(QStringLiteral("read")).toBool(true));
}

TEST_F(CliTest, SearchJsonIsRankedWithSnippets)
{
    importOne(veille::test::dataPath(QStringLiteral("articles/fr-renault-avec-essentiel.txt")));
    importOne(veille::test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt")));
    const CliRun r = cli({QStringLiteral("search"), QStringLiteral("donnees"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray hits = r.json().array();
    ASSERT_EQ(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    EXPECT_TRUE(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("<mark>données</mark>")));
    EXPECT_TRUE(hit.value(QStringLiteral("score")).isDouble());
    EXPECT_EQ(cli({QStringLiteral("search"), QStringLiteral("\"unbalanced"), QStringLiteral("--json")}).code, 0);
    EXPECT_EQ(cli({QStringLiteral("search"), QStringLiteral("company:siemens"), QStringLiteral("--json")}).json().array().size(), 1);
}

TEST_F(CliTest, ErrorsAndUsageHaveTheirExitCodes)
{
    CliRun r = cli({QStringLiteral("show"), QStringLiteral("42")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("show")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("show"), QStringLiteral("abc")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("--limit")}).code, 2);
    r = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.txt"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no such file")));
}

TEST_F(CliTest, ANewerLibraryIsRefusedWithOneLine)
{
    ASSERT_EQ(cli({QStringLiteral("list")}).code, 0);
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {m_dir.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("PRAGMA user_version = 999;")});
        if (!sqlite.waitForFinished() || sqlite.exitCode() != 0)
            GTEST_SKIP() << "the sqlite3 tool is not installed";
    }
    const CliRun r = cli({QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer version")));
}

TEST_F(CliTest, FactsJsonlWritesOneObjectPerLineAndStoresNothing)
{
    const QString path = m_dir.filePath(QStringLiteral("in.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"text": "Foxconn investira 20 milliards de dollars dans le Wisconsin.", "language": "fr"})" "\n");
    f.write(R"({"text": "Nvidia reported revenue of $35.1 billion.", "language": "en"})" "\n");
    f.close();
    const CliRun r = cli({QStringLiteral("facts"), QStringLiteral("--jsonl"), path});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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

    const CliRun after = cli(facts);
    ASSERT_EQ(after.code, 0) << after.err.toStdString();
    EXPECT_EQ(after.json().object(), fresh);
    EXPECT_FALSE(after.out.contains(QStringLiteral("An older summary.")));
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
