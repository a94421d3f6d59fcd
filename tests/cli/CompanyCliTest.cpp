#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "TestPaths.h"

using namespace veille;

namespace {

// veille-cli's company commands, run for real against a library in a temporary folder.
class CompanyCliTest : public ::testing::Test {
protected:
    test::CliResult cli(const QStringList &args)
    {
        const test::CliResult r = test::runCliOn(db(), args, 60000);
        EXPECT_FALSE(r.crashed);
        return r;
    }

    QString db() const { return m_dir.filePath(QStringLiteral("companies.sqlite")); }

    QList<qint64> import(const QString &path)
    {
        const test::CliResult r = cli({QStringLiteral("import"), path});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        QList<qint64> ids;
        for (const QString &line : r.outText().split(u'\n', Qt::SkipEmptyParts))
            ids << line.section(u'\t', 0, 0).toLongLong();
        return ids;
    }

    QList<qint64> importData(const QString &name) { return import(test::dataPath(name)); }

    // The bundled demo articles, as the window's "load demo" stores them.
    void importDemo()
    {
        const QDir demo(QStringLiteral(VEILLE_TEST_DATA_DIR "/../../resources/demo"));
        QStringList paths;
        for (const QString &name : demo.entryList(QDir::Files, QDir::Name))
            paths << demo.filePath(name);
        ASSERT_FALSE(paths.isEmpty());
        const test::CliResult r = cli(QStringList{QStringLiteral("import")} + paths);
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    }

    QList<qint64> searchIds(const QString &query)
    {
        const test::CliResult r = cli({QStringLiteral("search"), query, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        QList<qint64> ids;
        for (const QJsonValue &hit : r.json().array())
            ids << hit.toObject().value(QStringLiteral("id")).toInteger();
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QJsonObject followedNamed(const QString &name)
    {
        const test::CliResult r = cli({QStringLiteral("following"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        for (const QJsonValue &v : r.json().array()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
};

QJsonObject findNamed(const QJsonArray &list, const QString &name)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

TEST_F(CompanyCliTest, CompanyJsonOfFoxconnListsTheSeedItsAmountYoungLiuAndOpenAI)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    importDemo();
    const QList<qint64> seed = import(test::sharedPath(QStringLiteral("seed/000_d317fdffa79cbfba.txt")));
    ASSERT_EQ(seed.size(), 1);
    const test::CliResult r = cli({QStringLiteral("company"), QStringLiteral("foxconn"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonObject o = r.json().object();
    for (const char *key : {"name", "aliases", "user_defined", "followed", "articles", "unread", "weeks", "timeline", "amounts",
                            "people", "co_mentioned", "places"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("name")).toString(), QStringLiteral("Foxconn"));
    EXPECT_FALSE(o.value(QStringLiteral("user_defined")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("weeks")).toArray().size(), 26);

    bool seedListed = false;
    for (const QJsonValue &t : o.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject entry = t.toObject();
        for (const char *key : {"id", "title", "feed", "published", "read"})
            EXPECT_TRUE(entry.contains(QLatin1String(key))) << key;
        seedListed = seedListed || entry.value(QStringLiteral("id")).toInteger() == seed[0];
    }
    EXPECT_TRUE(seedListed);

    bool trillion = false;
    for (const QJsonValue &a : o.value(QStringLiteral("amounts")).toArray()) {
        const QJsonObject amount = a.toObject();
        trillion = trillion
            || (amount.value(QStringLiteral("value")).toDouble() == 1.4e12 && amount.value(QStringLiteral("currency")).toString() == u"USD"
                && amount.value(QStringLiteral("article_id")).toInteger() == seed[0]
                && !amount.value(QStringLiteral("text")).toString().isEmpty());
    }
    EXPECT_TRUE(trillion) << r.outText().toStdString();

    const QJsonObject liu = findNamed(o.value(QStringLiteral("people")).toArray(), QStringLiteral("Young Liu"));
    ASSERT_FALSE(liu.isEmpty());
    EXPECT_TRUE(liu.value(QStringLiteral("role")).toString().contains(QStringLiteral("Foxconn")))
        << liu.value(QStringLiteral("role")).toString().toStdString();
    EXPECT_GE(liu.value(QStringLiteral("articles")).toInt(), 1);
    EXPECT_FALSE(findNamed(o.value(QStringLiteral("co_mentioned")).toArray(), QStringLiteral("OpenAI")).isEmpty());
}

TEST_F(CompanyCliTest, CompanyWithoutJsonPrintsAReadablePage)
{
    importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_EQ(cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("Acme Robotics"), QStringLiteral("--alias"),
                   QStringLiteral("Acme")})
                  .exitCode,
              0);
    const test::CliResult r = cli({QStringLiteral("company"), QStringLiteral("acme")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QString text = r.outText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Acme Robotics (Acme) [your company]\n2 articles, 2 unread\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Acme Robotics ouvre une usine à Lyon — Robotique Hebdo")));
    EXPECT_TRUE(text.contains(QStringLiteral("40 millions d'euros = 40000000 EUR"))) << text.toStdString();
}

TEST_F(CompanyCliTest, AnUnknownCompanyExitsOneWithAClearMessage)
{
    const test::CliResult r = cli({QStringLiteral("company"), QStringLiteral("Nobody Ltd"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.errText(), QStringLiteral("veille-cli: No company is known by the name \u201cNobody Ltd\u201d.\n"));
}

TEST_F(CompanyCliTest, AddingACompanyMakesSearchFindItAtOnceAndRemovingItUndoesIt)
{
    const QList<qint64> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_EQ(ids.size(), 3);
    EXPECT_TRUE(searchIds(QStringLiteral("company:acme")).isEmpty());

    test::CliResult r = cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("Acme Robotics"), QStringLiteral("--alias"),
                             QStringLiteral("Acme")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.outText(), QStringLiteral("added Acme Robotics; 2 articles looked at again\n"));
    EXPECT_EQ(searchIds(QStringLiteral("company:acme")), (QList<qint64>{ids[0], ids[1]}));

    r = cli({QStringLiteral("companies"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject acme = findNamed(r.json().array(), QStringLiteral("Acme Robotics"));
    EXPECT_TRUE(acme.value(QStringLiteral("user_defined")).toBool());
    EXPECT_EQ(acme.value(QStringLiteral("articles")).toInt(), 2);
    EXPECT_EQ(acme.value(QStringLiteral("aliases")).toArray(), QJsonArray{QStringLiteral("Acme")});
    const QJsonArray all = r.json().array();
    EXPECT_TRUE(std::all_of(all.begin(), all.end(), [](const QJsonValue &v) { return v.toObject().contains(QStringLiteral("user_defined")); }));

    r = cli({QStringLiteral("companies"), QStringLiteral("remove"), QStringLiteral("acme robotics")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(searchIds(QStringLiteral("company:acme")).isEmpty());
    // The engine finds "Acme Robotics" by itself in one article; it is no longer the user's.
    r = cli({QStringLiteral("companies"), QStringLiteral("--json")});
    EXPECT_FALSE(findNamed(r.json().array(), QStringLiteral("Acme Robotics")).value(QStringLiteral("user_defined")).toBool());
}

TEST_F(CompanyCliTest, ACaseSensitiveCompanyIgnoresTheCommonWord)
{
    QFile f(m_dir.filePath(QStringLiteral("vent.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Le vent Zephyr et le zephyr du soir\n\nLe zephyr souffle doucement sur la ville ce soir.\n");
    f.close();
    const QList<qint64> ids = import(f.fileName());
    ASSERT_EQ(ids.size(), 1);
    ASSERT_EQ(cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("Zephyr"), QStringLiteral("--case-sensitive")}).exitCode, 0);
    const QString text = cli({QStringLiteral("show"), QString::number(ids[0]), QStringLiteral("--json")})
                             .json().object().value(QStringLiteral("text")).toString();
    ASSERT_TRUE(text.contains(QStringLiteral("zephyr")));
    const test::CliResult r = cli({QStringLiteral("facts"), QString::number(ids[0]), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    int mentions = 0;
    for (const QJsonValue &e : r.json().object().value(QStringLiteral("entities")).toArray()) {
        const QJsonObject entity = e.toObject();
        if (entity.value(QStringLiteral("name")).toString() != u"Zephyr")
            continue;
        EXPECT_EQ(entity.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));
        for (const QJsonValue &m : entity.value(QStringLiteral("mentions")).toArray()) {
            const int start = m.toObject().value(QStringLiteral("start")).toInt();
            const int end = m.toObject().value(QStringLiteral("end")).toInt();
            EXPECT_EQ(text.mid(start, end - start), QStringLiteral("Zephyr")); // never the lower-case wind
            ++mentions;
        }
    }
    EXPECT_EQ(mentions, int(text.count(QStringLiteral("Zephyr"))));
}

TEST_F(CompanyCliTest, BadCompanyNamesGiveAClearMessageAndChangeNothing)
{
    test::CliResult r = cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("   ")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errText(), QStringLiteral("veille-cli: A company needs a name: it cannot be empty or only spaces.\n"));

    r = cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("Ma Fonderie"), QStringLiteral("--alias"), QStringLiteral("Hon Hai")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errText(),
              QStringLiteral("veille-cli: The name \u201cHon Hai\u201d is already used by another company; nothing was changed.\n"));

    ASSERT_EQ(cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("Acme Robotics"), QStringLiteral("--alias"), QStringLiteral("Acme")}).exitCode, 0);
    r = cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("Acme Foods"), QStringLiteral("--alias"), QStringLiteral("acme")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("already used by another company")));

    r = cli({QStringLiteral("companies"), QStringLiteral("remove"), QStringLiteral("Foxconn")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("built-in")));

    r = cli({QStringLiteral("companies"), QStringLiteral("add")});
    EXPECT_EQ(r.exitCode, 2);
    r = cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--alias")});
    EXPECT_EQ(r.exitCode, 2);

    r = cli({QStringLiteral("companies"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    int mine = 0;
    for (const QJsonValue &v : r.json().array())
        mine += v.toObject().value(QStringLiteral("user_defined")).toBool() ? 1 : 0;
    EXPECT_EQ(mine, 1);
}

TEST_F(CompanyCliTest, FollowingACompanyCountsTwoNewUnreadArticlesThenOneOnceRead)
{
    importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_EQ(cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("Acme Robotics")}).exitCode, 0);
    // The two articles already stored are read: only what comes next is unread.
    for (const QString &id : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
        ASSERT_EQ(cli({QStringLiteral("read"), id}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("follow"), QStringLiteral("acme robotics")}).exitCode, 0);
    EXPECT_EQ(followedNamed(QStringLiteral("Acme Robotics")).value(QStringLiteral("unread")).toInt(), 0);

    const QList<qint64> later = importData(QStringLiteral("companies/acme-robotics-later.xml"));
    ASSERT_EQ(later.size(), 2);
    QJsonObject item = followedNamed(QStringLiteral("Acme Robotics"));
    for (const char *key : {"name", "articles", "unread"})
        EXPECT_TRUE(item.contains(QLatin1String(key))) << key;
    EXPECT_EQ(item.value(QStringLiteral("unread")).toInt(), 2);
    ASSERT_EQ(cli({QStringLiteral("read"), QString::number(later[0])}).exitCode, 0);
    EXPECT_EQ(followedNamed(QStringLiteral("Acme Robotics")).value(QStringLiteral("unread")).toInt(), 1);

    const test::CliResult company = cli({QStringLiteral("company"), QStringLiteral("Acme Robotics"), QStringLiteral("--json")});
    EXPECT_TRUE(company.json().object().value(QStringLiteral("followed")).toBool());

    ASSERT_EQ(cli({QStringLiteral("unfollow"), QStringLiteral("Acme Robotics")}).exitCode, 0);
    EXPECT_TRUE(followedNamed(QStringLiteral("Acme Robotics")).isEmpty());
    const test::CliResult again = cli({QStringLiteral("unfollow"), QStringLiteral("Acme Robotics")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.errText(), QStringLiteral("veille-cli: Acme Robotics is not followed\n"));
}

TEST_F(CompanyCliTest, FollowingAnUnknownCompanyFails)
{
    const test::CliResult r = cli({QStringLiteral("follow"), QStringLiteral("Nobody Ltd")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("Nobody Ltd")));
}

TEST_F(CompanyCliTest, ExportOfFavouritesToCsvReadsBackWithPythonsCsvModule)
{
    const QList<qint64> ids = importData(QStringLiteral("companies/hostile-links-and-accents.xml"));
    ASSERT_EQ(ids.size(), 2);
    ASSERT_EQ(cli({QStringLiteral("fav"), QString::number(ids[0])}).exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("favourites.csv"));
    const test::CliResult r = cli({QStringLiteral("export"), QStringLiteral("fav:yes"), QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                 "    rows = list(csv.DictReader(f))\n"
                                 "print(json.dumps(rows, ensure_ascii=False))"),
                  out});
    ASSERT_TRUE(python.waitForFinished(30000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows[0].toObject();
    EXPECT_EQ(row.value(QStringLiteral("id")).toString(), QString::number(ids[0]));
    EXPECT_EQ(row.value(QStringLiteral("title")).toString(), QStringLiteral("Renault, Stellantis et « l'électrique » : le défi des prix"));
    EXPECT_EQ(row.value(QStringLiteral("source")).toString(), QStringLiteral("Économie « française »"));
    EXPECT_EQ(row.value(QStringLiteral("url")).toString(), QStringLiteral("https://eco.example.org/renault-stellantis"));
    EXPECT_EQ(row.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    EXPECT_TRUE(row.value(QStringLiteral("companies")).toString().contains(QStringLiteral("Stellantis")));
    EXPECT_TRUE(row.value(QStringLiteral("people")).toString().contains(QStringLiteral("Luca de Meo")));
    EXPECT_TRUE(row.value(QStringLiteral("key_points")).toString().contains(QStringLiteral("é")));
}

TEST_F(CompanyCliTest, ExportWritesToStandardOutputWithoutOut)
{
    importData(QStringLiteral("companies/hostile-links-and-accents.xml"));
    test::CliResult r = cli({QStringLiteral("export"), QStringLiteral("company:renault"), QStringLiteral("--format"), QStringLiteral("md")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().startsWith(QStringLiteral("# Veille brief\n\n1 article\n"))) << r.outText().toStdString();
    r = cli({QStringLiteral("export"), QStringLiteral("renault"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.json().array().size(), 1);
    EXPECT_TRUE(r.json().array()[0].toObject().contains(QStringLiteral("facts")));
}

TEST_F(CompanyCliTest, ExportToAnUnwritablePathFailsCleanly)
{
    importData(QStringLiteral("companies/hostile-links-and-accents.xml"));
    const QString out = m_dir.filePath(QStringLiteral("missing/folder/out.csv"));
    test::CliResult r = cli({QStringLiteral("export"), QStringLiteral("renault"), QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().startsWith(QStringLiteral("veille-cli: %1: The file cannot be written.").arg(out))) << r.errText().toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QDir(m_dir.filePath(QStringLiteral("missing"))).exists());

    r = cli({QStringLiteral("export"), QStringLiteral("renault"), QStringLiteral("--format"), QStringLiteral("xlsx")});
    EXPECT_EQ(r.exitCode, 2);
    r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST_F(CompanyCliTest, UserCompaniesTravelThroughExportAndImport)
{
    ASSERT_EQ(cli({QStringLiteral("companies"), QStringLiteral("add"), QStringLiteral("Acme Robotics"), QStringLiteral("--alias"), QStringLiteral("Acme")}).exitCode, 0);
    const QString file = m_dir.filePath(QStringLiteral("mine.json"));
    ASSERT_EQ(cli({QStringLiteral("companies"), QStringLiteral("export"), file}).exitCode, 0);

    const QString otherDb = m_dir.filePath(QStringLiteral("other.sqlite"));
    test::CliResult r = test::runCliOn(otherDb, {QStringLiteral("import"), test::dataPath(QStringLiteral("companies/acme-robotics-two-articles.xml"))});
    ASSERT_EQ(r.exitCode, 0);
    r = test::runCliOn(otherDb, {QStringLiteral("companies"), QStringLiteral("import"), file});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    r = test::runCliOn(otherDb, {QStringLiteral("search"), QStringLiteral("company:acme"), QStringLiteral("--json")});
    EXPECT_EQ(r.json().array().size(), 2);

    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"something\": \"else\"}");
    bad.close();
    r = test::runCliOn(otherDb, {QStringLiteral("companies"), QStringLiteral("import"), bad.fileName()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("not a file of companies"))) << r.errText().toStdString();
}
