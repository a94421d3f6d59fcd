#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "TestPaths.h"
#include "parse/FeedParser.h"
#include "../storage/TempLibrary.h"
#include "storage/ArticleStore.h"
#include "storage/FeedStore.h"
#include "facts/FactsEngine.h"
#include "update/Library.h"

using namespace veille;

namespace {

// A feed large enough that the parsing thread runs well ahead of storage and the queue
// between them fills up.
QByteArray bigFeed(int items, const QString &poisonTitle = {})
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>Le flux massif</title><link>https://massif.example.com/</link><language>fr</language>\n";
    for (int i = 0; i < items; ++i) {
        const QString title = (i == items - 7 && !poisonTitle.isEmpty()) ? poisonTitle
                                                                        : QStringLiteral("Article numéro %1").arg(i);
        xml += QStringLiteral("<item><title>%1</title><link>https://massif.example.com/a/%2</link>"
                              "<description>&lt;p&gt;Foxconn investit %2 millions d'euros au Wisconsin, "
                              "selon Sam Altman, PDG d'OpenAI.&lt;/p&gt;</description></item>\n")
                   .arg(title)
                   .arg(i)
                   .toUtf8();
    }
    xml += "</channel></rss>\n";
    return xml;
}

class StreamingImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    int count(const char *sql)
    {
        QSqlQuery q(m_library->database().connection());
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql)));
        return q.next() ? q.value(0).toInt() : -1;
    }

    test::TempLibrary m_lib;
    QTemporaryDir m_tmp;
    const FactsEngine m_facts;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(StreamingImportTest, ABigFeedIsStoredWholeWithItsFeedAndFacts)
{
    const QString path = writeFile(QStringLiteral("massif.rss"), bigFeed(1500));
    auto report = m_library->importer().importFile(path);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->added.size(), 1500);
    EXPECT_EQ(report->added.first().title, QStringLiteral("Article numéro 0"));
    EXPECT_EQ(report->added.last().title, QStringLiteral("Article numéro 1499"));
    ASSERT_EQ(report->feeds.size(), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM articles"), 1500);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT feed_id) FROM articles"), 1);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT article_id) FROM article_entities"), 1500);
    auto feed = m_library->feeds().feed(report->feeds.first());
    ASSERT_TRUE(feed.ok() && feed->has_value());
    EXPECT_EQ((*feed)->title, QStringLiteral("Le flux massif"));

    // Again: nothing new, everything unchanged, nothing recomputed.
    auto again = m_library->importer().importFile(path);
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_TRUE(again->added.isEmpty());
    EXPECT_EQ(again->unchanged, 1500);
}

TEST_F(StreamingImportTest, AStorageErrorInAFileShorterThanABatchRollsTheWholeFileBack)
{
    // The store refuses one article near the end, after the queue has been full for long.
    QSqlQuery q(m_library->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_poison BEFORE INSERT ON articles "
                                      "WHEN NEW.title = 'Poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")));
    const QString path = writeFile(QStringLiteral("poison.rss"), bigFeed(Database::kBatchSize - 100, QStringLiteral("Poison")));
    auto report = m_library->importer().importFile(path);
    ASSERT_FALSE(report.ok());
    // SQLite's own text travels as the detail; the code says what kind of failure it was.
    EXPECT_EQ(report.error().code, ErrorCode::DatabaseError) << report.errorMessage().toStdString();
    EXPECT_TRUE(report.error().detail.contains(QStringLiteral("poisoned"))) << report.errorMessage().toStdString();
    EXPECT_EQ(count("SELECT COUNT(*) FROM articles"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM feeds"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM article_entities"), 0);

    // Without the trigger, the same file goes in whole.
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse_poison")));
    auto retry = m_library->importer().importFile(path);
    ASSERT_TRUE(retry.ok()) << retry.errorMessage().toStdString();
    EXPECT_EQ(retry->added.size(), Database::kBatchSize - 100);
}

TEST_F(StreamingImportTest, AStorageErrorInALongFileLosesOnlyTheBatchInFlight)
{
    // A long file commits every Database::kBatchSize articles: what was committed stays,
    // whole articles with their facts, and a rerun stores the rest.
    QSqlQuery q(m_library->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_poison BEFORE INSERT ON articles "
                                      "WHEN NEW.title = 'Poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")));
    const int total = Database::kBatchSize + 300;
    const QString path = writeFile(QStringLiteral("poison.rss"), bigFeed(total, QStringLiteral("Poison")));
    auto report = m_library->importer().importFile(path);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().detail.contains(QStringLiteral("poisoned"))) << report.errorMessage().toStdString();
    EXPECT_EQ(count("SELECT COUNT(*) FROM articles"), Database::kBatchSize);
    EXPECT_EQ(count("SELECT COUNT(*) FROM feeds"), 1);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT article_id) FROM article_entities"), Database::kBatchSize);

    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse_poison")));
    auto retry = m_library->importer().importFile(path);
    ASSERT_TRUE(retry.ok()) << retry.errorMessage().toStdString();
    EXPECT_EQ(retry->added.size(), total - Database::kBatchSize);
    EXPECT_EQ(count("SELECT COUNT(*) FROM articles"), total);
}

TEST_F(StreamingImportTest, AFeedCutOffMidwayKeepsTheItemsBeforeTheBreakWithAWarning)
{
    QByteArray bytes = bigFeed(300);
    bytes.truncate(bytes.indexOf("<item><title>Article numéro 200<") + 30);
    auto report = m_library->importer().importFile(writeFile(QStringLiteral("cut.rss"), bytes));
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    // As when the bytes are parsed whole: the 200 items and what was read of the cut one.
    const auto whole = FeedParser::parse(bytes, QUrl());
    ASSERT_TRUE(whole.ok());
    EXPECT_GE(report->added.size(), 200);
    EXPECT_EQ(report->added.size(), whole->items.size());
    ASSERT_FALSE(report->warnings.isEmpty());
    EXPECT_EQ(report->warnings.last().code, ErrorCode::FeedCutOff);
}

TEST_F(StreamingImportTest, AnHtmlPageSavedAsAFeedIsRefusedAndNothingIsStored)
{
    auto report = m_library->importer().importFile(test::dataPath(QStringLiteral("feeds/html-error-page-saved-as.rss")));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::FeedIsHtmlPage) << report.errorMessage().toStdString();
    EXPECT_TRUE(report.error().subject.endsWith(QStringLiteral("html-error-page-saved-as.rss"))) << report.errorMessage().toStdString();
    EXPECT_EQ(count("SELECT COUNT(*) FROM feeds"), 0);
}

TEST_F(StreamingImportTest, AtomFeedAuthorsReachEntriesWithoutTheirOwn)
{
    const QByteArray atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Blog</title>"
                            "<author><name>Claire Dupont</name></author>"
                            "<entry><id>urn:1</id><title>Un</title><content type=\"html\">Premier texte</content></entry>"
                            "<entry><id>urn:2</id><title>Deux</title><author><name>Marc</name></author>"
                            "<content type=\"html\">Second texte</content></entry></feed>";
    auto report = m_library->importer().importFile(writeFile(QStringLiteral("blog.atom"), atom));
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    ASSERT_EQ(report->added.size(), 2);
    EXPECT_EQ((*m_library->articles().article(report->added[0].id))->author, QStringLiteral("Claire Dupont"));
    EXPECT_EQ((*m_library->articles().article(report->added[1].id))->author, QStringLiteral("Marc"));
}

TEST_F(StreamingImportTest, AMalformedItemIsPassedWithAWarningAndTheItemsAfterItAreStored)
{
    auto report = m_library->importer().importFile(test::dataPath(QStringLiteral("feeds/rss-malformed-items.xml")));
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->added.size(), 5);
    int malformed = 0;
    for (const Error &w : report->warnings)
        malformed += w.code == ErrorCode::FeedItemMalformed ? 1 : 0;
    EXPECT_EQ(malformed, 2);
    QStringList titles;
    for (const auto &added : report->added)
        titles << (*m_library->articles().article(added.id))->title;
    EXPECT_TRUE(titles.contains(QStringLiteral("Fifth whole item"))) << titles.join(u'|').toStdString();
}

TEST_F(StreamingImportTest, AChannelDefinitionFileImportsAsAFeed)
{
    auto report = m_library->importer().importFile(test::dataPath(QStringLiteral("feeds/channel-definition-format.cdf")));
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->added.size(), 4);
    EXPECT_TRUE(report->warnings.isEmpty());
    const auto first = m_library->articles().article(report->added.first().id);
    ASSERT_TRUE(first.ok() && first->has_value());
    EXPECT_EQ((*first)->title, QStringLiteral("First story"));
    EXPECT_EQ((*first)->url, QStringLiteral("http://cdf.example.com/news/first.html"));
    EXPECT_NE((*first)->feedId, 0);
}
