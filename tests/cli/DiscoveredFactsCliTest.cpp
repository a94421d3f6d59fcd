#include "CliRunner.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace veille;

namespace {

// veille-cli on an article about a company the built-in list lacks, with organisations.
class DiscoveredFactsCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        const test::CliResult r = cli({QStringLiteral("import"), test::dataPath(QStringLiteral("articles/fr-lumeris-start-up.txt"))});
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
        m_id = r.outText().section(QLatin1Char('\t'), 0, 0).toLongLong();
        ASSERT_GT(m_id, 0);
    }

    test::CliResult cli(const QStringList &args)
    {
        const test::CliResult r = test::runCliOn(m_dir.filePath(QStringLiteral("cli.sqlite")), args, 60000);
        EXPECT_FALSE(r.crashed);
        return r;
    }

    QJsonObject entityNamed(const QString &name)
    {
        const QJsonObject facts = cli({QStringLiteral("facts"), QString::number(m_id), QStringLiteral("--json")}).json().object();
        for (const auto &v : facts.value(QStringLiteral("entities")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
    qint64 m_id = 0;
};

} // namespace

TEST_F(DiscoveredFactsCli, ListsTheStartUpAsADiscoveredCompany)
{
    const QJsonObject c = entityNamed(QStringLiteral("Lumeris Robotique"));
    EXPECT_EQ(c.value(QStringLiteral("type")).toString(), QStringLiteral("company"));
    EXPECT_EQ(c.value(QStringLiteral("origin")).toString(), QStringLiteral("discovered"));
    EXPECT_EQ(c.value(QStringLiteral("mentions")).toArray().size(), 2) << "the legal name and the short one";
    const test::CliResult text = cli({QStringLiteral("facts"), QString::number(m_id)});
    EXPECT_TRUE(text.outText().contains(QStringLiteral("company\tLumeris Robotique"))) << text.outText().toStdString();
}

TEST_F(DiscoveredFactsCli, FindsTheArticleByTheDiscoveredCompany)
{
    const test::CliResult r = cli({QStringLiteral("search"), QStringLiteral("company:\"lumeris robotique\""), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonArray hits = r.json().array();
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().toObject().value(QStringLiteral("id")).toInteger(), m_id);
}

TEST_F(DiscoveredFactsCli, ListsOrganisationsWithTheirTypeAndFindsThemWithOrg)
{
    const QJsonObject amf = entityNamed(QStringLiteral("Autorité des marchés financiers"));
    EXPECT_EQ(amf.value(QStringLiteral("type")).toString(), QStringLiteral("organisation"));
    EXPECT_EQ(amf.value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
    EXPECT_TRUE(amf.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("AMF")));
    const QJsonObject ministry = entityNamed(QStringLiteral("Ministère de la Transition écologique"));
    EXPECT_EQ(ministry.value(QStringLiteral("type")).toString(), QStringLiteral("organisation"));
    EXPECT_EQ(ministry.value(QStringLiteral("origin")).toString(), QStringLiteral("discovered"));
    for (const QString &query : {QStringLiteral("org:amf"), QStringLiteral("org:\"autorite des marches financiers\""),
                                 QStringLiteral("org:\"ministère de la transition écologique\"")}) {
        const QJsonArray hits = cli({QStringLiteral("search"), query, QStringLiteral("--json")}).json().array();
        EXPECT_EQ(hits.size(), 1) << query.toStdString();
    }
    EXPECT_TRUE(cli({QStringLiteral("search"), QStringLiteral("company:amf"), QStringLiteral("--json")}).json().array().isEmpty());
}

TEST(HeadlineFiguresCli, ListsASumWrittenOnlyInTheHeadlineWithNoSpanInTheText)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const test::CliResult imported = test::runCliOn(db, {QStringLiteral("import"), test::dataPath(QStringLiteral("articles/en-figure-in-headline-only.txt"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const QString id = imported.outText().section(QLatin1Char('\t'), 0, 0);
    const QJsonObject facts = test::runCliOn(db, {QStringLiteral("facts"), id, QStringLiteral("--json")}).json().object();
    bool found = false;
    for (const auto &v : facts.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("type")).toString() == QStringLiteral("money")) {
            found = true;
            EXPECT_EQ(e.value(QStringLiteral("value")).toDouble(), 40e6);
            EXPECT_EQ(e.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
            EXPECT_TRUE(e.value(QStringLiteral("mentions")).toArray().isEmpty());
        }
    }
    EXPECT_TRUE(found) << "the headline's $40m";
    const QString text = test::runCliOn(db, {QStringLiteral("facts"), id}).outText();
    EXPECT_TRUE(text.contains(QStringLiteral("$40m\t= 40000000 USD\t(title or key points)"))) << text.toStdString();
}
