#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include "GuiTestSupport.h"
#include "gui/ArticleListModel.h"

using namespace veille;
using namespace veille::app;

namespace {

// A library of many small articles, enough for several pages.
class ManyArticles : public ::testing::Test {
protected:
    static constexpr int kCount = 450;
    void SetUp() override
    {
        test::guiApp();
        auto library = Library::open(m_dir.filePath(QStringLiteral("many.sqlite")), m_facts);
        ASSERT_TRUE(library.ok());
        m_library = std::move(library).value();
        auto feed = m_library->call([&](Library &writer) { return writer.feeds().ensure(QStringLiteral("https://example.org/feed"), QStringLiteral("Example"), {}); });
        ASSERT_TRUE(feed.ok());
        auto stored = m_library->database().transaction([&]() -> Result<void> {
            for (int i = 0; i < kCount; ++i) {
                Article a;
                a.feedId = *feed;
                a.identity = QStringLiteral("guid:%1").arg(i);
                a.title = QStringLiteral("Article %1").arg(i, 4, 10, QLatin1Char('0'));
                a.published = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(3600LL * i);
                a.text = QStringLiteral("Text %1").arg(i);
                a.language = QStringLiteral("en");
                VEILLE_TRY(m_library->articles().store(a));
            }
            return {};
        });
        ASSERT_TRUE(stored.ok()) << stored.errorMessage().toStdString();
    }
    QTemporaryDir m_dir;
    const FactsEngine m_facts;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(ManyArticles, TheModelLoadsOnePageAtATime)
{
    ArticleListModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showFilter({});
    EXPECT_EQ(model.rowCount(), ArticleListModel::kPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), kCount);
}

TEST_F(ManyArticles, NewestArticlesComeFirstByDefault)
{
    ArticleListModel model(*m_library);
    model.showFilter({});
    EXPECT_EQ(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("Article 0449"));
}

TEST_F(ManyArticles, SortingByTitleAsksTheStoreAndKeepsPaging)
{
    ArticleListModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showFilter({});
    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.rowCount(), ArticleListModel::kPageSize);
    EXPECT_EQ(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("Article 0000"));
    model.fetchMore({});
    EXPECT_EQ(model.index(ArticleListModel::kPageSize, ArticleListModel::TitleColumn).data().toString(),
              QStringLiteral("Article %1").arg(ArticleListModel::kPageSize, 4, 10, QLatin1Char('0')));
    model.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("Article 0000"));
    model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("Article 0449"));
}

TEST_F(ManyArticles, SearchHitsAreReadAPageAtATimeAndSortedInPlace)
{
    ArticleListModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Every article, in a rank order of their own, and one hit whose article is gone.
    ArticleFilter all;
    all.limit = kCount;
    auto listed = m_library->articles().list(all);
    ASSERT_TRUE(listed.ok());
    QList<ArticleId> hits;
    for (const ArticleListItem &item : *listed)
        hits << item.id;
    std::rotate(hits.begin(), hits.begin() + 7, hits.end());
    hits.insert(3, 999999);
    model.showHits(hits);
    EXPECT_EQ(model.hitCount(), kCount + 1);
    EXPECT_EQ(model.rowCount(), ArticleListModel::kPageSize - 1);
    EXPECT_EQ(model.idAt(0), hits.at(0));
    EXPECT_EQ(model.idAt(3), hits.at(4));
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * ArticleListModel::kPageSize - 1);
    EXPECT_EQ(model.idAt(ArticleListModel::kPageSize - 1), hits.at(ArticleListModel::kPageSize));
    // Sorting reads the rest first.
    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.rowCount(), kCount);
    EXPECT_EQ(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("Article 0000"));
    EXPECT_EQ(model.index(kCount - 1, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("Article 0449"));
}

TEST_F(ManyArticles, StarringAndReadingChangeOnlyTheirRow)
{
    ArticleListModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showFilter({});
    model.setFavourite(3, true);
    model.setRead(3, true);
    EXPECT_TRUE(model.index(3, 0).data(ArticleListModel::FavouriteRole).toBool());
    EXPECT_TRUE(model.index(3, 0).data(ArticleListModel::ReadRole).toBool());
    EXPECT_FALSE(model.index(4, 0).data(ArticleListModel::FavouriteRole).toBool());
}
