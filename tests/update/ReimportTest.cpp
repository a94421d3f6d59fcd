// Importing a file again: an item stored from the same bytes is skipped before it is
// built (no sanitizing, no key facts), a changed one is stored again with its facts, and
// a library from before fingerprints learns them at its first re-import.
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "../storage/TempLibrary.h"
#include "facts/FactsEngine.h"
#include "update/ItemFingerprint.h"
#include "update/Library.h"

using namespace veille;

namespace {

QByteArray feedOf(int items, int changedItem = -1)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>Le flux</title><link>https://flux.example.com/</link><language>fr</language>\n";
    for (int i = 0; i < items; ++i) {
        const QString amount = i == changedItem ? QStringLiteral("900") : QStringLiteral("%1").arg(i + 1);
        xml += QStringLiteral("<item><title>Article %1</title><link>https://flux.example.com/a/%1</link>"
                              "<description>&lt;p&gt;Michelin investit %2 millions d'euros à Clermont-Ferrand, "
                              "selon Florent Menegaux, PDG du groupe.&lt;/p&gt;</description></item>\n")
                   .arg(i)
                   .arg(amount)
                   .toUtf8();
    }
    return xml + "</channel></rss>\n";
}

class ReimportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(QStringLiteral("flux.xml"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    ImportReport import(const QByteArray &bytes)
    {
        auto r = m_library->importer().importFile(writeFile(bytes));
        EXPECT_TRUE(r.ok()) << r.errorMessage().toStdString();
        return r.ok() ? *r : ImportReport{};
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_library->database().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }

    void run(const QString &sql)
    {
        QSqlQuery q(m_library->database().connection());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }

    test::TempLibrary m_lib;
    const FactsEngine m_facts;
    QTemporaryDir m_tmp;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(ReimportTest, EveryArticleKeepsTheFingerprintOfItsItem)
{
    import(feedOf(20));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM articles WHERE source_hash LIKE '%1:%'").arg(ItemFingerprint::kVersion)), 20);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(DISTINCT source_hash) FROM articles")), 20);
}

TEST_F(ReimportTest, TheSameFileAgainIsSkippedBeforeAnyItemIsBuilt)
{
    import(feedOf(30));
    // A content hash no build could give: an item that went the long way (built, then
    // compared) would be counted as updated and stored again.
    run(QStringLiteral("UPDATE articles SET content_hash = 'stale'"));
    run(QStringLiteral("DELETE FROM article_facts"));
    const ImportReport again = import(feedOf(30));
    EXPECT_TRUE(again.added.isEmpty());
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 30);
    EXPECT_EQ(again.feeds.size(), 1);
    // No key facts were made for them either.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM article_facts")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM articles WHERE content_hash = 'stale'")), 30);
}

TEST_F(ReimportTest, AChangedItemIsStoredAgainWithItsNewFactsAndTheOthersAreNot)
{
    const ImportReport first = import(feedOf(10));
    ASSERT_EQ(first.added.size(), 10);
    const ArticleId changedId = first.added.at(4).id;
    run(QStringLiteral("DELETE FROM article_facts WHERE article_id <> %1").arg(changedId));
    const ImportReport again = import(feedOf(10, 4));
    EXPECT_EQ(again.updated, 1);
    EXPECT_EQ(again.unchanged, 9);
    const auto article = m_library->articles().article(changedId);
    ASSERT_TRUE(article.ok() && article->has_value());
    EXPECT_TRUE((*article)->text.contains(QStringLiteral("900 millions")));
    // Only the changed article had its facts made again.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM article_facts")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT article_id FROM article_facts")), changedId);
    EXPECT_GT(scalar(QStringLiteral("SELECT count(*) FROM article_entities WHERE article_id = %1").arg(changedId)), 0);
}

TEST_F(ReimportTest, ArticlesStoredBeforeFingerprintsLearnThemAtTheirNextImport)
{
    import(feedOf(12));
    run(QStringLiteral("UPDATE articles SET source_hash = ''"));
    // The long way once: built, found unchanged by content, fingerprint recorded.
    const ImportReport second = import(feedOf(12));
    EXPECT_EQ(second.unchanged, 12);
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM articles WHERE source_hash = ''")), 0);
    // Then skipped.
    run(QStringLiteral("UPDATE articles SET content_hash = 'stale'"));
    const ImportReport third = import(feedOf(12));
    EXPECT_EQ(third.unchanged, 12);
    EXPECT_EQ(third.updated, 0);
}

TEST_F(ReimportTest, AFingerprintOfAnotherVersionIsNotTrusted)
{
    import(feedOf(5));
    run(QStringLiteral("UPDATE articles SET source_hash = '0' || substr(source_hash, 2), content_hash = 'stale'"));
    const ImportReport again = import(feedOf(5));
    EXPECT_EQ(again.updated, 5);
}

TEST_F(ReimportTest, AReimportedArticleKeepsItsReadAndFavouriteState)
{
    const ImportReport first = import(feedOf(3));
    ASSERT_EQ(first.added.size(), 3);
    run(QStringLiteral("UPDATE article_states SET read = 1, favourite = 1 WHERE article_id = %1").arg(first.added.at(1).id));
    import(feedOf(3));
    EXPECT_EQ(scalar(QStringLiteral("SELECT read + favourite FROM article_states WHERE article_id = %1").arg(first.added.at(1).id)), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM articles")), 3);
}
