#include <QFile>
#include <gtest/gtest.h>

#include "../storage/TempLibrary.h"
#include "TestPaths.h"
#include "facts/FactsEngine.h"
#include "fetch/FetchResult.h"
#include "update/Library.h"
#include "update/UrlImporter.h"

using namespace veille;

namespace {

// What a finished fetch turns into; the network part is tested with a real server in
// tests/fetch (UrlImporterNetworkTest).
class UrlImporterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    static FetchResult fetched(const QString &fixture, const QUrl &movedTo = {})
    {
        FetchResult r;
        r.status = 200;
        r.body = test::readAll(test::dataPath(fixture));
        r.movedTo = movedTo;
        return r;
    }

    Result<ImportReport> import(const FetchResult &result, const QUrl &requested)
    {
        return UrlImporter::importFetched(m_library->importer(), result, requested);
    }

    test::TempLibrary m_lib;
    const FactsEngine m_facts;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(UrlImporterTest, AFailedFetchIsOneLineNamingTheAddressAndStoresNothing)
{
    FetchResult failed;
    failed.status = 404;
    failed.error = makeError(ErrorCode::HttpStatus, QStringLiteral("404 Not Found"));
    const auto report = import(failed, QUrl(QStringLiteral("https://example.org/gone.rss")));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error(), failed.error.about(QStringLiteral("https://example.org/gone.rss")));
    EXPECT_TRUE(m_library->feeds().feeds()->isEmpty());
}

TEST_F(UrlImporterTest, AFeedIsStoredUnderTheAddressItWasFetchedFrom)
{
    const QUrl url(QStringLiteral("https://example.org/newsroom.rss"));
    const auto report = import(fetched(QStringLiteral("feeds-net/newsroom-three-items.rss")), url);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->added.size(), 3);
    const QList<Feed> feeds = *m_library->feeds().feeds();
    ASSERT_EQ(feeds.size(), 1);
    EXPECT_EQ(feeds.first().url, url.toString());
}

TEST_F(UrlImporterTest, AnAddressThatMovedForGoodNamesTheFeedByItsNewAddress)
{
    const QUrl moved(QStringLiteral("https://news.example.org/feed.rss"));
    const auto report = import(fetched(QStringLiteral("feeds-net/newsroom-three-items.rss"), moved),
                               QUrl(QStringLiteral("https://example.org/old.rss")));
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    const QList<Feed> feeds = *m_library->feeds().feeds();
    ASSERT_EQ(feeds.size(), 1);
    EXPECT_EQ(feeds.first().url, moved.toString());
}

TEST_F(UrlImporterTest, APageBecomesOneArticleWithTheAddressAsItsLink)
{
    const QUrl url(QStringLiteral("https://example.org/2026/airbus.html"));
    const auto report = import(fetched(QStringLiteral("feeds-net/newsroom-article-full-page.html")), url);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    ASSERT_EQ(report->added.size(), 1);
    const Article article = **m_library->articles().article(report->added.first().id);
    EXPECT_TRUE(article.title.startsWith(QStringLiteral("Airbus relève ses objectifs"))) << article.title.toStdString();
    EXPECT_FALSE(article.text.isEmpty());
    EXPECT_EQ(article.url, url.toString()) << "a page with no canonical link is known by its address";
}

TEST_F(UrlImporterTest, BytesThatAreNoFormatAreRefusedAsAFileWouldBe)
{
    const auto report = import(fetched(QStringLiteral("feeds/html-error-page-saved-as.rss")),
                               QUrl(QStringLiteral("https://example.org/feed.rss")));
    ASSERT_FALSE(report.ok());
    EXPECT_FALSE(report.errorMessage().isEmpty());
    EXPECT_TRUE(m_library->articles().list({})->isEmpty());
}
