// Importing a file again: the same bytes from the same file are not read at all; in a
// file that changed, an item stored from the same bytes is skipped before it is built (no
// sanitizing, no key facts), a changed one is stored again with its facts, and a library
// from before fingerprints learns them at its first re-import.
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "../storage/RawSql.h"
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

// The same items in a document one comment longer: as a feed whose date alone changed.
QByteArray touched(const QByteArray &xml)
{
    return xml + "<!-- relu -->\n";
}

class ReimportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    QString writeFile(const QByteArray &bytes, const QString &name)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    ImportReport import(const QByteArray &bytes, const QString &name = QStringLiteral("flux.xml"))
    {
        auto r = m_library->importer().importFile(writeFile(bytes, name));
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

TEST_F(ReimportTest, UnchangedItemsOfAChangedFileAreSkippedBeforeAnyIsBuilt)
{
    import(feedOf(30));
    // A content hash no build could give: an item that went the long way (built, then
    // compared) would be counted as updated and stored again.
    run(QStringLiteral("UPDATE articles SET content_hash = 'stale'"));
    run(QStringLiteral("DELETE FROM article_facts"));
    const ImportReport again = import(touched(feedOf(30)));
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

TEST_F(ReimportTest, TheSameBytesFromTheSameFileAreNotReadAgain)
{
    const ImportReport first = import(feedOf(30));
    ASSERT_EQ(first.added.size(), 30);
    EXPECT_EQ(scalar(QStringLiteral("SELECT items FROM feed_documents")), 30);
    // A count only the remembered document can give: read item by item, the file says 30.
    run(QStringLiteral("UPDATE feed_documents SET items = 777"));
    const ImportReport again = import(feedOf(30));
    EXPECT_EQ(again.unchanged, 777);
    EXPECT_TRUE(again.added.isEmpty());
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.feeds, first.feeds);
}

TEST_F(ReimportTest, AFileOneByteLongerIsReadItemByItemAndRememberedInstead)
{
    import(feedOf(8));
    const ImportReport again = import(touched(feedOf(8)));
    EXPECT_EQ(again.unchanged, 8);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents")), 1);
    QSqlQuery q(m_library->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT digest FROM feed_documents")) && q.next());
    EXPECT_EQ(q.value(0).toString(), ItemFingerprint::ofDocument(touched(feedOf(8))));
    EXPECT_NE(q.value(0).toString(), ItemFingerprint::ofDocument(feedOf(8)));
}

TEST_F(ReimportTest, TheSameBytesFromAnotherFileAreRead)
{
    import(feedOf(5));
    run(QStringLiteral("UPDATE feed_documents SET items = 777"));
    const ImportReport copy = import(feedOf(5), QStringLiteral("copie.xml"));
    EXPECT_EQ(copy.unchanged, 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents")), 2);
}

TEST_F(ReimportTest, AnyChangeToTheFeedsArticlesForgetsItsDocuments)
{
    const ImportReport first = import(feedOf(6));
    ASSERT_EQ(first.added.size(), 6);
    const ArticleId gone = first.added.at(2).id;

    // Deleted (as retention or a sync does): the file is read again and the article comes
    // back, as reading it item by item always did.
    run(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(gone));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents")), 0);
    const ImportReport back = import(feedOf(6));
    EXPECT_EQ(back.added.size(), 1);
    EXPECT_EQ(back.unchanged, 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT items FROM feed_documents")), 6);

    // Stored from another item: read again, the file's item takes its place.
    const ArticleId other = first.added.at(0).id;
    run(QStringLiteral("UPDATE articles SET source_hash = 'autre' WHERE id = %1").arg(other));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents")), 0);
    EXPECT_EQ(import(feedOf(6)).unchanged, 6);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM articles WHERE source_hash = 'autre'")), 0);

    // A new article in the same feed, from wherever it came.
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents")), 1);
    run(QStringLiteral("INSERT INTO articles (feed_id, identity, added, sort_time) VALUES (%1, 'ailleurs', 0, 0)")
            .arg(first.feeds.first()));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents")), 0);

    // Another feed's articles leave it alone.
    import(feedOf(6));
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents")), 1);
    const ImportReport elsewhere = import(feedOf(2).replace("flux.example.com", "autre.example.com"),
                                          QStringLiteral("autre-flux.xml"));
    ASSERT_EQ(elsewhere.added.size(), 2);
    ASSERT_NE(elsewhere.feeds, first.feeds);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents WHERE feed_id = %1").arg(first.feeds.first())), 1);
}

TEST_F(ReimportTest, AFileWithFaultsIsReadAgainToGiveItsWarningsAgain)
{
    QByteArray faulty = feedOf(4);
    faulty.replace("<title>Article 2</title>", "<title>Article 2</titel>");
    const ImportReport first = import(faulty);
    ASSERT_FALSE(first.warnings.isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents")), 0);
    const ImportReport again = import(faulty);
    EXPECT_FALSE(again.warnings.isEmpty());
}

TEST_F(ReimportTest, ALibraryFromBeforeDocumentsLearnsThemAtItsNextImport)
{
    import(feedOf(5));
    // The library as schema step 15 left it.
    m_library.reset();
    test::rawSql(m_lib.path(), test::withoutFeedDocuments() + QStringList{QStringLiteral("PRAGMA user_version = 15")});
    auto reopened = Library::open(m_lib.path(), m_facts);
    ASSERT_TRUE(reopened.ok()) << reopened.errorMessage().toStdString();
    m_library = std::move(reopened).value();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM feed_documents")), 0);
    EXPECT_EQ(import(feedOf(5)).unchanged, 5);
    run(QStringLiteral("UPDATE feed_documents SET items = 777"));
    EXPECT_EQ(import(feedOf(5)).unchanged, 777);
}
