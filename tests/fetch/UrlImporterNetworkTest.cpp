#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "NetTestSupport.h"
#include "TestHttpServer.h"
#include "facts/FactsEngine.h"
#include "update/Library.h"
#include "update/UrlImporter.h"

using namespace veille;
using test::HttpResponse;

namespace {

// UrlImporter against the in-test server: what `veille-cli import URL` and the window share.
class UrlImporterNetworkTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("library.sqlite")), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
        m_fetcher.setLimits(test::quickLimits());
        m_server.route("/feed.xml", HttpResponse::ok(test::netFixture(QStringLiteral("newsroom-three-items.rss")),
                                                     "application/rss+xml; charset=utf-8"));
    }

    QUrl url(const char *path) const { return QUrl(m_server.url(QString::fromLatin1(path))); }

    QTemporaryDir m_dir;
    const FactsEngine m_facts;
    std::unique_ptr<Library> m_library;
    Fetcher m_fetcher;
    test::TestHttpServer m_server;
};

} // namespace

TEST_F(UrlImporterNetworkTest, ImportCallsBackOnceWithTheItemsOfTheFeed)
{
    UrlImporter importer(m_library->importer(), m_fetcher);
    int calls = 0;
    Result<ImportReport> outcome = makeError(ErrorCode::NetworkError, QStringLiteral("not called"));
    importer.import(url("/feed.xml"), [&](const Result<ImportReport> &r) {
        ++calls;
        outcome = r;
    });
    EXPECT_EQ(calls, 0) << "the fetch finishes later, never inside import()";
    ASSERT_TRUE(test::waitUntil([&] { return calls > 0; }));
    test::waitUntil([] { return false; }, 50); // a second call would come now
    EXPECT_EQ(calls, 1);
    ASSERT_TRUE(outcome.ok()) << outcome.errorMessage().toStdString();
    EXPECT_EQ(outcome->added.size(), 3);
    EXPECT_EQ((*m_library->feeds().feeds()).first().url, url("/feed.xml").toString());
}

TEST_F(UrlImporterNetworkTest, ImportNowWaitsAndASecondImportAddsNothing)
{
    UrlImporter importer(m_library->importer(), m_fetcher);
    const auto first = importer.importNow(url("/feed.xml"));
    ASSERT_TRUE(first.ok()) << first.errorMessage().toStdString();
    EXPECT_EQ(first->added.size(), 3);
    const auto second = importer.importNow(url("/feed.xml"));
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->added.isEmpty());
}

TEST_F(UrlImporterNetworkTest, AMissingAddressIsAnErrorNamingIt)
{
    m_server.route("/gone.xml", HttpResponse::status_(404));
    const auto report = UrlImporter(m_library->importer(), m_fetcher).importNow(url("/gone.xml"));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error(), makeError(ErrorCode::HttpStatus, QStringLiteral("404 Not Found")).about(url("/gone.xml").toString()))
        << report.errorMessage().toStdString();
    EXPECT_TRUE(m_library->articles().list({})->isEmpty());
}
