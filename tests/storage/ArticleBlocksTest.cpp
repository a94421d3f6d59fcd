#include <QSqlQuery>
#include <gtest/gtest.h>

#include "TempLibrary.h"
#include "storage/ArticleStore.h"

using namespace veille;

namespace {

using Kind = TextBlock::Kind;

class ArticleBlocksTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = m_lib.open();
        ASSERT_TRUE(m_db);
        m_article.identity = QStringLiteral("guid:blocks");
        m_article.title = QStringLiteral("Blocks");
        m_article.text = QStringLiteral("Intro.\n\nLa suite\n\nUn point");
        m_article.html = QStringLiteral("<p>Intro.</p><h2>La suite</h2><ul><li>Un point</li></ul>");
        m_article.blocks = {{Kind::Paragraph, 0, 6}, {Kind::Heading, 8, 16}, {Kind::ListItem, 18, 26}};
        auto stored = ArticleStore(*m_db).store(m_article);
        ASSERT_TRUE(stored.ok()) << stored.errorMessage().toStdString();
        m_id = stored->id;
    }

    void setStoredBlocks(const QString &value)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE articles SET blocks = ? WHERE id = ?"));
        q.addBindValue(value);
        q.addBindValue(m_id);
        ASSERT_TRUE(q.exec());
    }

    QList<TextBlock> readBlocks()
    {
        auto a = ArticleStore(*m_db).article(m_id);
        EXPECT_TRUE(a.ok() && a->has_value());
        return a.ok() && a->has_value() ? (*a)->blocks : QList<TextBlock>();
    }

    test::TempLibrary m_lib;
    std::unique_ptr<Database> m_db;
    Article m_article;
    ArticleId m_id = 0;
};

} // namespace

TEST_F(ArticleBlocksTest, AnArticleKeepsItsBlocks)
{
    EXPECT_EQ(readBlocks(), m_article.blocks);
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT blocks FROM articles")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("p0:6 h8:16 l18:26"));
}

TEST_F(ArticleBlocksTest, AnArticleStoredBeforeBlocksGetsThemFromItsHtml)
{
    setStoredBlocks(QStringLiteral(""));
    EXPECT_EQ(readBlocks(), m_article.blocks);
}

TEST_F(ArticleBlocksTest, UnreadableOrMisfittingBlocksAreFoundAgain)
{
    for (const QString &bad : {QStringLiteral("p0:6 h8:99"), QStringLiteral("x"), QStringLiteral("p0:"), QStringLiteral("h8:16 p0:6")}) {
        setStoredBlocks(bad);
        EXPECT_EQ(readBlocks(), m_article.blocks) << bad.toStdString();
    }
}

TEST_F(ArticleBlocksTest, ANewVersionOfTheArticleReplacesItsBlocks)
{
    Article changed = m_article;
    changed.text = QStringLiteral("Tout autre.");
    changed.html = QStringLiteral("<p>Tout autre.</p>");
    changed.blocks = {{Kind::Paragraph, 0, 11}};
    auto stored = ArticleStore(*m_db).store(changed);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->kind, StoreOutcome::Updated);
    EXPECT_EQ(readBlocks(), changed.blocks);
}

TEST_F(ArticleBlocksTest, BlocksFoundAgainAreWrittenBackOnceAndReadAsStored)
{
    setStoredBlocks(QStringLiteral(""));
    const QList<TextBlock> recovered = readBlocks();
    ASSERT_FALSE(recovered.isEmpty());
    ASSERT_TRUE(ArticleStore(*m_db).keepRecoveredBlocks(m_id, recovered).ok());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT blocks FROM articles")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("p0:6 h8:16 l18:26"));
    EXPECT_EQ(readBlocks(), recovered);
}

TEST_F(ArticleBlocksTest, AnArticleThatHasBlocksKeepsItsOwn)
{
    const QList<TextBlock> other = {{Kind::Paragraph, 0, 26}};
    ASSERT_TRUE(ArticleStore(*m_db).keepRecoveredBlocks(m_id, other).ok());
    EXPECT_EQ(readBlocks(), m_article.blocks);
}
