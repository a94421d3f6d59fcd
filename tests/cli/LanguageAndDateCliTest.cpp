// veille-cli's JSON gives every article's language ("pt" for a Portuguese feed, never
// "fr") and the day it was saved beside the day it was published.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "TestPaths.h"

using namespace veille;

namespace {

test::CliResult run(const QTemporaryDir &dir, const QStringList &args)
{
    const test::CliResult r = test::runCliOn(dir.filePath(QStringLiteral("cli.sqlite")), args, 60000);
    EXPECT_FALSE(r.crashed);
    return r;
}

} // namespace

TEST(LanguageAndDateCli, APortugueseFeedIsListedAsPtWithItsSavedDayAndNoFrenchFacts)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const test::CliResult imported =
        run(dir, {QStringLiteral("import"), test::dataPath(QStringLiteral("feeds/portuguese-news.rss"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();

    const QJsonArray list = run(dir, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    ASSERT_EQ(list.size(), 2);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.value(QStringLiteral("language")).toString(), QStringLiteral("pt"));
        EXPECT_TRUE(o.value(QStringLiteral("published")).isString());
        EXPECT_TRUE(o.value(QStringLiteral("saved")).isString());
        const QString id = QString::number(o.value(QStringLiteral("id")).toInteger());
        const QJsonObject shown = run(dir, {QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
        EXPECT_EQ(shown.value(QStringLiteral("language")).toString(), QStringLiteral("pt"));
        EXPECT_TRUE(shown.value(QStringLiteral("saved")).isString());
        const QJsonObject facts = run(dir, {QStringLiteral("facts"), id, QStringLiteral("--json")}).json().object();
        EXPECT_EQ(facts.value(QStringLiteral("language")).toString(), QStringLiteral("pt"));
        EXPECT_TRUE(facts.value(QStringLiteral("entities")).toArray().isEmpty());
    }
}

TEST(LanguageAndDateCli, AnImportedTextWithoutDateHasNoPublishedDayButASavedOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_EQ(run(dir, {QStringLiteral("import"), test::dataPath(QStringLiteral("articles/en-siemens-no-box.txt"))}).exitCode, 0);
    const QJsonArray list = run(dir, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject o = list.first().toObject();
    EXPECT_TRUE(o.value(QStringLiteral("published")).isNull());
    const QDateTime saved = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODate);
    ASSERT_TRUE(saved.isValid());
    EXPECT_LE(qAbs(saved.secsTo(QDateTime::currentDateTimeUtc())), 120);
}
