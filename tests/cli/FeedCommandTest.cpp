// `veille-cli feed ID --set key=value`: a feed's own settings for scripts, with a clear
// message and exit 2 for a key or value it does not know, and nothing half-written.
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "TestPaths.h"

using namespace veille;

namespace {

class FeedCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const test::CliResult r = cli({QStringLiteral("import"), test::dataPath(QStringLiteral("hostile/hostile-links.rss"))});
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    }
    test::CliResult cli(const QStringList &args)
    {
        const test::CliResult r = test::runCliOn(m_dir.filePath(QStringLiteral("cli.sqlite")), args, 60000);
        EXPECT_FALSE(r.crashed);
        return r;
    }
    QString settings() { return cli({QStringLiteral("feed"), QStringLiteral("1")}).outText(); }

    QTemporaryDir m_dir;
};

const QString kDefaults = QStringLiteral("keep_days=0\nkeep_count=0\nfull_text=false\ninterval=0\nimages=default\n"
                                         "offline_images=false\n");

} // namespace

TEST_F(FeedCommandTest, AFeedAloneShowsItsSettings)
{
    const test::CliResult r = cli({QStringLiteral("feed"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.outText(), kDefaults);
}

TEST_F(FeedCommandTest, EverySettingIsWrittenAndReadBack)
{
    const test::CliResult r = cli({QStringLiteral("feed"), QStringLiteral("1"), QStringLiteral("--set"),
                                   QStringLiteral("keep_days=30"), QStringLiteral("--set"), QStringLiteral("keep_count=200"),
                                   QStringLiteral("--set"), QStringLiteral("full_text=yes"), QStringLiteral("--set"),
                                   QStringLiteral("interval=90")});
    EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QString expected = QStringLiteral("keep_days=30\nkeep_count=200\nfull_text=true\ninterval=90\nimages=default\n"
                                            "offline_images=false\n");
    EXPECT_EQ(r.outText(), expected);
    EXPECT_EQ(settings(), expected);
    // One setting changed leaves the others.
    EXPECT_EQ(cli({QStringLiteral("feed"), QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("full_text=off")}).exitCode, 0);
    EXPECT_EQ(settings(), QStringLiteral("keep_days=30\nkeep_count=200\nfull_text=false\ninterval=90\nimages=default\n"
                                         "offline_images=false\n"));
}

TEST_F(FeedCommandTest, AnUnknownKeyIsAUsageErrorNamingTheKnownOnes)
{
    const test::CliResult r = cli({QStringLiteral("feed"), QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("colour=red")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("unknown feed setting \"colour\""))) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().contains(QStringLiteral("keep_days, keep_count, full_text, interval, images, offline_images"))) << r.errText().toStdString();
}

TEST_F(FeedCommandTest, ABadValueIsAUsageErrorAndNothingIsWritten)
{
    for (const QString &bad : {QStringLiteral("keep_days=-1"), QStringLiteral("keep_count=many"),
                               QStringLiteral("full_text=maybe"), QStringLiteral("interval="), QStringLiteral("interval"),
                               QStringLiteral("keep_days=99999999999")}) {
        const test::CliResult r = cli({QStringLiteral("feed"), QStringLiteral("1"), QStringLiteral("--set"),
                                       QStringLiteral("keep_count=5"), QStringLiteral("--set"), bad});
        EXPECT_EQ(r.exitCode, 2) << bad.toStdString();
        EXPECT_FALSE(r.errText().trimmed().isEmpty()) << bad.toStdString();
    }
    EXPECT_EQ(settings(), kDefaults) << "a bad --set leaves every setting as it was";
}

TEST_F(FeedCommandTest, AFeedThatDoesNotExistIsAnErrorAndAMissingIdAUsageError)
{
    EXPECT_EQ(cli({QStringLiteral("feed"), QStringLiteral("42"), QStringLiteral("--set"), QStringLiteral("keep_days=3")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("feed")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("feed"), QStringLiteral("1"), QStringLiteral("--set")}).exitCode, 2);
}

TEST_F(FeedCommandTest, RemoteImagesAreAllowedOrRefusedPerFeedOrFollowTheGlobalSetting)
{
    const auto set = [this](const QString &value) {
        return cli({QStringLiteral("feed"), QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("images=") + value});
    };
    EXPECT_EQ(set(QStringLiteral("on")).exitCode, 0);
    EXPECT_TRUE(settings().contains(QStringLiteral("\nimages=on\n")));
    EXPECT_EQ(set(QStringLiteral("off")).exitCode, 0);
    EXPECT_TRUE(settings().contains(QStringLiteral("\nimages=off\n")));
    EXPECT_EQ(set(QStringLiteral("default")).exitCode, 0);
    EXPECT_EQ(settings(), kDefaults);
    const test::CliResult bad = set(QStringLiteral("sometimes"));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.errText().contains(QStringLiteral("images is on, off or default"))) << bad.errText().toStdString();
}

TEST_F(FeedCommandTest, EveryNewArticlesPicturesCanBeKeptOffline)
{
    EXPECT_EQ(cli({QStringLiteral("feed"), QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("offline_images=on"),
                   QStringLiteral("--set"), QStringLiteral("images=off")}).exitCode, 0);
    EXPECT_TRUE(settings().endsWith(QStringLiteral("images=off\noffline_images=true\n"))) << settings().toStdString();
    EXPECT_EQ(cli({QStringLiteral("feed"), QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("offline_images=maybe")})
                  .exitCode, 2);
}
