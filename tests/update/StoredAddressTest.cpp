// Addresses are checked when they are stored: an article's, a feed's or a site's address
// that is not a web page ("javascript:", "file:", "smb:", a custom scheme) is stored as no
// address, the article stays readable, and the import report counts what was left out.
#include <QSqlQuery>
#include <gtest/gtest.h>

#include "../storage/TempLibrary.h"
#include "TestPaths.h"
#include "facts/FactsEngine.h"
#include "storage/ArticleStore.h"
#include "storage/FeedStore.h"
#include "update/FeedItemWriter.h"
#include "update/Library.h"
#include "update/OpmlExporter.h"

using namespace veille;

namespace {

ParsedItem linkedItem(const QString &guid, const QString &link)
{
    ParsedItem i;
    i.guid = guid;
    i.link = link;
    i.title = QStringLiteral("Article ") + guid;
    i.contentHtml = QStringLiteral("<p>Renault ouvre une usine de batteries à Douai.</p>");
    return i;
}

class StoredAddressTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    // The stored article of each imported title.
    QHash<QString, Article> storedByTitle(const ImportReport &report)
    {
        QHash<QString, Article> out;
        for (const ImportedArticle &a : report.added) {
            auto row = m_library->articles().article(a.id);
            EXPECT_TRUE(row.ok() && row->has_value());
            if (row.ok() && row->has_value())
                out.insert(a.title, **row);
        }
        return out;
    }

    const FactsEngine m_facts;
    test::TempLibrary m_lib;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(StoredAddressTest, TheWriterStoresAnAddressThatIsNotAWebPageAsNoneAndCountsIt)
{
    auto feedId = m_library->feeds().ensure(QStringLiteral("https://example.org/feed"), QStringLiteral("Exemple"), QString());
    ASSERT_TRUE(feedId.ok());
    ParsedFeed feed;
    feed.items = {linkedItem(QStringLiteral("js"), QStringLiteral("javascript:alert(1)")),
                  linkedItem(QStringLiteral("file"), QStringLiteral("file:///etc/passwd")),
                  linkedItem(QStringLiteral("web"), QStringLiteral("https://example.org/web")),
                  linkedItem(QStringLiteral("none"), QString())};
    ImportReport report;
    ASSERT_TRUE(FeedItemWriter(m_library->database(), m_library->factsEngine())
                    .writeItems(feed, *feedId, QUrl(QStringLiteral("https://example.org/feed")), &report)
                    .ok());
    ASSERT_EQ(report.added.size(), 4) << "every article is kept";
    const auto stored = storedByTitle(report);
    EXPECT_EQ(stored.value(QStringLiteral("Article js")).url, QString());
    EXPECT_EQ(stored.value(QStringLiteral("Article file")).url, QString());
    EXPECT_EQ(stored.value(QStringLiteral("Article web")).url, QStringLiteral("https://example.org/web"));
    EXPECT_TRUE(stored.value(QStringLiteral("Article js")).text.contains(QStringLiteral("Renault")));
    EXPECT_EQ(report.refusedAddresses(), 2) << "an item with no link at all is not a refused one";
    ASSERT_EQ(report.warnings.size(), 1);
    EXPECT_EQ(report.warnings.first().code, ErrorCode::AddressesRefused);
    EXPECT_EQ(report.warnings.first().detail, QStringLiteral("2"));
}

TEST_F(StoredAddressTest, TheReportCountsRefusedAddressesInOneWarning)
{
    ImportReport report;
    EXPECT_EQ(report.refusedAddresses(), 0);
    report.warnings << makeError(ErrorCode::FeedCutOff, QStringLiteral("line 3"));
    report.countRefusedAddress();
    report.countRefusedAddress();
    report.countRefusedAddress();
    EXPECT_EQ(report.refusedAddresses(), 3);
    ASSERT_EQ(report.warnings.size(), 2);
    EXPECT_EQ(report.warnings.at(0).code, ErrorCode::FeedCutOff);
    EXPECT_EQ(report.warnings.at(1), makeError(ErrorCode::AddressesRefused, 3));
}

TEST_F(StoredAddressTest, AHostileFeedKeepsEveryArticleButOnlyItsWebAddresses)
{
    auto imported = m_library->importer().importFile(test::dataPath(QStringLiteral("hostile/hostile-links.rss")));
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    ASSERT_EQ(imported->added.size(), 9);
    const auto stored = storedByTitle(*imported);
    for (const char *title : {"Script link", "Script link hidden by case and spaces", "Local file link", "Data link",
                              "Windows share link", "Custom scheme link", "Mail link"}) {
        EXPECT_EQ(stored.value(QString::fromUtf8(title)).url, QString()) << title;
        EXPECT_FALSE(stored.value(QString::fromUtf8(title)).text.isEmpty()) << title;
    }
    EXPECT_EQ(stored.value(QStringLiteral("Relative link")).url,
              QStringLiteral("https://hostile.example/news/2026/12/relative-article.html"));
    EXPECT_EQ(stored.value(QStringLiteral("Web link")).url, QStringLiteral("https://hostile.example/news/web-article.html"));
    EXPECT_EQ(imported->refusedAddresses(), 7);

    // The channel's link is a script: the feed has no site rather than that one.
    ASSERT_EQ(imported->feeds.size(), 1);
    auto feed = m_library->feeds().feed(imported->feeds.first());
    ASSERT_TRUE(feed.ok() && feed->has_value());
    EXPECT_EQ((*feed)->siteUrl, QString());
    EXPECT_EQ((*feed)->title, QStringLiteral("Hostile links"));
}

TEST_F(StoredAddressTest, ASiteThatIsNotAWebPageIsNeverStoredNorReplacesAGoodOne)
{
    FeedStore feeds(m_library->database());
    auto id = feeds.ensure(QStringLiteral("https://example.org/feed"), QStringLiteral("Exemple"),
                           QStringLiteral("smb://evil.example/share"));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ((*feeds.feed(*id))->siteUrl, QString());
    ASSERT_TRUE(feeds.fillIn(*id, QString(), QStringLiteral("https://example.org/")).ok());
    EXPECT_EQ((*feeds.feed(*id))->siteUrl, QStringLiteral("https://example.org/"));
    ASSERT_TRUE(feeds.fillIn(*id, QString(), QStringLiteral("javascript:alert(1)")).ok());
    ASSERT_TRUE(feeds.ensure(QStringLiteral("https://example.org/feed"), QString(), QStringLiteral("file:///x")).ok());
    EXPECT_EQ((*feeds.feed(*id))->siteUrl, QStringLiteral("https://example.org/"));
}

TEST_F(StoredAddressTest, AnOpmlListSubscribesOnlyToWebFeedsAndCountsTheOthers)
{
    const QByteArray opml = R"opml(<?xml version="1.0"?>
<opml version="2.0"><head><title>Mixed</title></head><body>
<outline text="Web" title="Web" type="rss" xmlUrl="https://example.org/feed.xml" htmlUrl="javascript:alert(1)"/>
<outline text="Local" title="Local" type="rss" xmlUrl="file:///etc/passwd"/>
<outline text="Share" title="Share" type="rss" xmlUrl="smb://evil.example/feed.xml"/>
<outline text="Folder" title="Folder">
  <outline text="Custom" title="Custom" type="rss" xmlUrl="evilapp://feed"/>
  <outline text="Other web" title="Other web" type="rss" xmlUrl="http://example.net/rss" htmlUrl="http://example.net/"/>
</outline>
</body></opml>)opml";
    auto imported = m_library->importer().importBytes(opml, QUrl::fromLocalFile(QStringLiteral("/tmp/list.opml")));
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    EXPECT_EQ(imported->feeds.size(), 2);
    EXPECT_EQ(imported->refusedAddresses(), 3);
    auto all = m_library->feeds().feeds();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    for (const Feed &f : *all) {
        EXPECT_TRUE(f.url.startsWith(QStringLiteral("http"))) << f.url.toStdString();
        EXPECT_TRUE(f.siteUrl.isEmpty() || f.siteUrl == QStringLiteral("http://example.net/")) << f.siteUrl.toStdString();
    }
}

TEST_F(StoredAddressTest, AnExportedListCarriesNoSiteAnOlderLibraryKeptWithAnotherScheme)
{
    Feed old;
    old.url = QStringLiteral("https://example.org/feed");
    old.title = QStringLiteral("Old");
    old.siteUrl = QStringLiteral("javascript:alert(1)");
    Feed local = old;
    local.url = QStringLiteral("file:///home/me/feed.xml");
    const QList<OpmlOutline> outlines = OpmlExporter::outlines({old, local});
    ASSERT_EQ(outlines.size(), 1) << "a feed read from a file is not exported";
    EXPECT_EQ(outlines.first().xmlUrl, old.url);
    EXPECT_EQ(outlines.first().htmlUrl, QString());
}
