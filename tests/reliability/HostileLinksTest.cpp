// A feed whose items link to "javascript:", "file:", "data:", "smb:", a custom scheme and a
// mail address, plus a relative link, imported through veille-cli: what the library then
// shows (show --json, feeds --json) names no address but web ones, the relative one
// resolved against the feed's base, and the import says how many it left out.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "CliRun.h"
#include "TestPaths.h"

using namespace veille::test;

namespace {

const QStringList kForbidden = {QStringLiteral("javascript:"), QStringLiteral("file:"), QStringLiteral("data:"),
                                QStringLiteral("smb:"), QStringLiteral("ms-msdt:"), QStringLiteral("mailto:")};

class HostileLinks : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        m_import = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                           dataPath(QStringLiteral("hostile/hostile-links.rss"))});
        ASSERT_EQ(m_import.exitCode, 0) << m_import.err.constData();
        for (const QByteArray &line : m_import.out.split('\n')) {
            if (!line.isEmpty())
                m_ids.insert(QString::fromUtf8(line.mid(line.indexOf('\t') + 1)), QString::fromUtf8(line.left(line.indexOf('\t'))));
        }
    }
    QJsonDocument json(const QStringList &args)
    {
        const CliResult r = runCli(QStringList{QStringLiteral("--db"), m_db} + args);
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return QJsonDocument::fromJson(r.out);
    }
    QJsonObject show(const QString &title) { return json({QStringLiteral("show"), m_ids.value(title), QStringLiteral("--json")}).object(); }

    QTemporaryDir m_dir;
    QString m_db;
    CliResult m_import;
    QHash<QString, QString> m_ids; // title → id
};

} // namespace

TEST_F(HostileLinks, EveryItemIsImportedAndTheReportCountsTheAddressesLeftOut)
{
    EXPECT_EQ(m_ids.size(), 9);
    const QString err = QString::fromUtf8(m_import.err);
    EXPECT_TRUE(err.contains(QStringLiteral("left out: 7;"))) << qPrintable(err);
}

TEST_F(HostileLinks, ShowJsonNamesNoAddressButWebOnesAndResolvesTheRelativeOne)
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        const QJsonObject shown = show(it.key());
        ASSERT_FALSE(shown.isEmpty()) << qPrintable(it.key());
        const QString url = shown.value(QStringLiteral("url")).toString();
        EXPECT_TRUE(url.isEmpty() || url.startsWith(QStringLiteral("https://hostile.example/")))
            << qPrintable(it.key()) << ": " << qPrintable(url);
        const QString whole = QString::fromUtf8(QJsonDocument(shown).toJson());
        for (const QString &scheme : kForbidden)
            EXPECT_FALSE(whole.contains(scheme, Qt::CaseInsensitive)) << qPrintable(it.key()) << " names " << qPrintable(scheme);
        EXPECT_FALSE(shown.value(QStringLiteral("text")).toString().isEmpty()) << "the article stays readable";
    }
    EXPECT_EQ(show(QStringLiteral("Relative link")).value(QStringLiteral("url")).toString(),
              QStringLiteral("https://hostile.example/news/2026/12/relative-article.html"));
    EXPECT_EQ(show(QStringLiteral("Web link")).value(QStringLiteral("url")).toString(),
              QStringLiteral("https://hostile.example/news/web-article.html"));
    EXPECT_EQ(show(QStringLiteral("Script link")).value(QStringLiteral("url")).toString(), QString());
}

TEST_F(HostileLinks, TheFeedKeepsNoSiteWhenItsLinkIsAScript)
{
    const QJsonArray feeds = json({QStringLiteral("feeds"), QStringLiteral("--json")}).array();
    ASSERT_EQ(feeds.size(), 1);
    EXPECT_EQ(feeds.first().toObject().value(QStringLiteral("site")).toString(), QString());
    EXPECT_EQ(feeds.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Hostile links"));
}

TEST_F(HostileLinks, TheExportedSubscriptionListNamesNoScriptOrLocalAddress)
{
    const QString out = m_dir.filePath(QStringLiteral("list.opml"));
    const CliResult r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export-opml"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QString opml = QString::fromUtf8(readAll(out));
    for (const QString &scheme : kForbidden)
        EXPECT_FALSE(opml.contains(scheme, Qt::CaseInsensitive)) << qPrintable(opml);
}
