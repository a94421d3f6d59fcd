#include <QSqlQuery>
#include <gtest/gtest.h>

#include "../storage/TempLibrary.h"
#include "facts/FactsEngine.h"
#include "storage/FeedStore.h"
#include "update/FeedItemWriter.h"
#include "update/Library.h"

using namespace veille;

namespace {

ParsedItem item(const QString &guid, const QString &title, const QString &html)
{
    ParsedItem i;
    i.guid = guid;
    i.link = QStringLiteral("https://example.org/") + guid;
    i.title = title;
    i.contentHtml = html;
    i.published = QDateTime(QDate(2025, 4, 10), QTime(9, 0), Qt::UTC);
    return i;
}

class FeedItemWriterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
        auto id = m_library->feeds().ensure(QStringLiteral("https://example.org/feed"), QStringLiteral("Exemple"), QString());
        ASSERT_TRUE(id.ok());
        m_feedId = *id;
        m_feed.title = QStringLiteral("Exemple");
        m_feed.language = QStringLiteral("fr");
        m_feed.items = {item(QStringLiteral("a"), QStringLiteral("Foxconn investit"),
                             QStringLiteral("<p>Foxconn investira 20 milliards de dollars dans le Wisconsin.</p>"
                                            "<h2>La suite</h2><ul><li>Une usine à Mount Pleasant.</li></ul>")),
                        item(QStringLiteral("b"), QStringLiteral("Renault accélère"),
                             QStringLiteral("<p>Renault ouvre une usine de batteries à Douai.</p>"))};
    }

    ImportReport write(const ParsedFeed &feed)
    {
        ImportReport report;
        auto done = FeedItemWriter(m_library->database(), m_library->factsEngine())
                        .writeItems(feed, m_feedId, QUrl(QStringLiteral("https://example.org/feed")), &report);
        EXPECT_TRUE(done.ok()) << done.errorMessage().toStdString();
        return report;
    }

    const FactsEngine m_facts;
    test::TempLibrary m_lib;
    std::unique_ptr<Library> m_library;
    FeedId m_feedId = 0;
    ParsedFeed m_feed;
};

} // namespace

TEST_F(FeedItemWriterTest, StoresItemsWithTheirFactsBlocksAndBothIndexes)
{
    const ImportReport report = write(m_feed);
    ASSERT_EQ(report.added.size(), 2);
    const ArticleId foxconn = report.added.first().id;

    auto article = m_library->articles().article(foxconn);
    ASSERT_TRUE(article.ok() && article->has_value());
    EXPECT_EQ((*article)->feedId, m_feedId);
    ASSERT_EQ((*article)->blocks.size(), 3);
    EXPECT_EQ((*article)->blocks.at(1).kind, TextBlock::Kind::Heading);
    EXPECT_EQ((*article)->blocks.at(2).kind, TextBlock::Kind::ListItem);

    EXPECT_EQ(m_library->entities().factsVersion(foxconn)->value_or(0), FactsEngine::kVersion);
    auto hits = m_library->search(QStringLiteral("wisconsin"), 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, foxconn);
    auto byCompany = m_library->search(QStringLiteral("company:foxconn"), 10);
    ASSERT_TRUE(byCompany.ok());
    ASSERT_EQ(byCompany->size(), 1);
    EXPECT_EQ(byCompany->first().id, foxconn);
}

TEST_F(FeedItemWriterTest, TheSameItemsAgainAreUnchangedAndAChangedOneIsUpdatedWithNewFacts)
{
    write(m_feed);
    const ImportReport again = write(m_feed);
    EXPECT_TRUE(again.added.isEmpty());
    EXPECT_EQ(again.unchanged, 2);

    ParsedFeed changed = m_feed;
    changed.items[1].contentHtml = QStringLiteral("<p>Renault et Stellantis ouvrent une usine à Douai.</p>");
    const ImportReport third = write(changed);
    EXPECT_EQ(third.updated, 1);
    EXPECT_EQ(third.unchanged, 1);
    auto renault = m_library->articles().idForIdentity(QStringLiteral("guid:b"));
    ASSERT_TRUE(renault.ok() && renault->has_value());
    auto facts = m_library->entities().facts(**renault, FactsEngine::kVersion);
    ASSERT_TRUE(facts.ok() && facts->has_value());
    bool stellantis = false;
    for (const Entity &e : (*facts)->entities)
        stellantis |= e.name == QLatin1String("Stellantis");
    EXPECT_TRUE(stellantis);
}

TEST_F(FeedItemWriterTest, FactsPreparedAheadAreStoredAsGivenNotComputedAgain)
{
    Article source;
    source.text = QStringLiteral("Foxconn investira 20 milliards de dollars dans le Wisconsin.");
    source.language = QStringLiteral("fr");
    const FeedItemWriter::Prepared prepared = FeedItemWriter::prepare(source, m_library->factsEngine());
    ASSERT_FALSE(prepared.facts.entities.isEmpty());

    // An article whose own text names no company: what is stored comes from `prepared`.
    Article a;
    a.identity = QStringLiteral("guid:prepared");
    a.title = QStringLiteral("Prepared");
    a.text = QStringLiteral("Un texte sans nom propre.");
    a.language = QStringLiteral("fr");
    ImportReport report;
    auto id = FeedItemWriter(m_library->database(), m_library->factsEngine()).write(a, &report, &prepared);
    ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
    EXPECT_EQ(report.added.size(), 1);
    auto stored = m_library->entities().facts(*id, FactsEngine::kVersion);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->entities.size(), prepared.facts.entities.size());
    auto companies = m_library->entities().companies();
    ASSERT_TRUE(companies.ok());
    ASSERT_FALSE(companies->isEmpty());
    EXPECT_EQ(companies->first().name, QStringLiteral("Foxconn"));
}
