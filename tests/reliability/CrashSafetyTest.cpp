// veille-cli killed with SIGKILL in the middle of importing a large feed, many times over:
// the library must stay a consistent SQLite file, hold a whole number of the feed's
// batches (a large file commits every Database::kBatchSize articles, so a crash loses at
// most the batch in flight), keep every favourite and read flag set before, and a rerun
// must complete the import.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "CliRun.h"
#include "FeedWriter.h"

using namespace veille::test;

namespace {

constexpr int kSeedArticles = 60;
constexpr int kBigFeedItems = 2500;
constexpr int kRounds = 20;
constexpr int kBatch = 500; // Database::kBatchSize

const char *const kOrphans =
    "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_states s WHERE s.article_id = a.id) "
    "OR NOT EXISTS (SELECT 1 FROM article_facts f WHERE f.article_id = a.id)";

struct Library {
    QString db;
    QString favourites;
    QString read;
};

void expectConsistent(const Library &lib, const QString &when)
{
    EXPECT_EQ(sqliteScalar(lib.db, "PRAGMA integrity_check"), QStringLiteral("ok")) << qPrintable(when);
    EXPECT_EQ(sqliteScalar(lib.db, kOrphans), QStringLiteral("0")) << "an article without its state or facts " << qPrintable(when);
    const QString count = sqliteScalar(lib.db, "SELECT count(*) FROM articles");
    const int stored = count.toInt() - kSeedArticles;
    EXPECT_TRUE(stored >= 0 && stored <= kBigFeedItems && (stored % kBatch == 0 || stored == kBigFeedItems))
        << "a batch partly imported: " << qPrintable(count) << " articles " << qPrintable(when);
    EXPECT_EQ(sqliteScalar(lib.db, "SELECT group_concat(article_id) FROM (SELECT article_id FROM article_states "
                                   "WHERE favourite = 1 ORDER BY article_id)"),
              lib.favourites)
        << qPrintable(when);
    EXPECT_EQ(sqliteScalar(lib.db, "SELECT group_concat(article_id) FROM (SELECT article_id FROM article_states "
                                   "WHERE read = 1 ORDER BY article_id)"),
              lib.read)
        << qPrintable(when);
}

} // namespace

TEST(CrashSafety, KillingAnImportMidwayLosesNothingAndARerunCompletesIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Library lib{dir.filePath(QStringLiteral("library.sqlite")), QStringLiteral("3,7,42"), QStringLiteral("5,7,60")};
    const QString seedFeed = dir.filePath(QStringLiteral("seed.xml"));
    const QString bigFeed = dir.filePath(QStringLiteral("big.xml"));
    ASSERT_TRUE(FeedWriter::write(seedFeed, QStringLiteral("seed"), kSeedArticles, 1));
    ASSERT_TRUE(FeedWriter::write(bigFeed, QStringLiteral("big"), kBigFeedItems, 4));

    ASSERT_EQ(runCli({QStringLiteral("--db"), lib.db, QStringLiteral("import"), seedFeed}).exitCode, 0);
    for (const QString &id : lib.favourites.split(QLatin1Char(',')))
        ASSERT_EQ(runCli({QStringLiteral("--db"), lib.db, QStringLiteral("fav"), id}).exitCode, 0);
    for (const QString &id : lib.read.split(QLatin1Char(',')))
        ASSERT_EQ(runCli({QStringLiteral("--db"), lib.db, QStringLiteral("read"), id}).exitCode, 0);
    expectConsistent(lib, QStringLiteral("before any kill"));

    int interrupted = 0;
    for (int round = 0; round < kRounds; ++round) {
        // Varied delays: some kills land while the feed is read, most while it is stored.
        const int delayMs = 20 + (round * 389) % 1400;
        QProcess p;
        p.start(QStringLiteral(VEILLE_CLI_PATH), {QStringLiteral("--db"), lib.db, QStringLiteral("import"), bigFeed});
        ASSERT_TRUE(p.waitForStarted(10000));
        QThread::msleep(delayMs);
        p.kill(); // SIGKILL
        p.waitForFinished(30000);
        if (p.exitStatus() == QProcess::CrashExit)
            ++interrupted;
        expectConsistent(lib, QStringLiteral("after a kill at %1 ms (round %2)").arg(delayMs).arg(round));
        if (HasFailure())
            return;
    }
    std::printf("[          ] %d of %d imports were killed before they finished\n", interrupted, kRounds);

    const CliResult rerun = runCli({QStringLiteral("--db"), lib.db, QStringLiteral("import"), bigFeed});
    EXPECT_EQ(rerun.exitCode, 0) << rerun.err.constData();
    EXPECT_EQ(sqliteScalar(lib.db, "SELECT count(*) FROM articles"), QString::number(kSeedArticles + kBigFeedItems));
    expectConsistent(lib, QStringLiteral("after the rerun"));
    EXPECT_TRUE(sqliteExec(lib.db, "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')"))
        << "the full-text index no longer matches the articles";
}
