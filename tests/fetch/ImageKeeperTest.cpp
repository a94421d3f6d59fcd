// Pictures kept in the library for reading offline (ImageKeeper, ImageStore, schema 12):
// a favourite's pictures are fetched from a local server and stored; what is not a
// picture, too large or not a web address is recorded as failed; the pictures go with
// the star, with the article, and when the library is full the oldest of articles that
// are not favourites make room.
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "NetTestSupport.h"
#include "TestHttpServer.h"
#include "facts/FactsEngine.h"
#include "storage/Database.h"
#include "storage/FeedStore.h"
#include "storage/ImageStore.h"
#include "storage/StateStore.h"
#include "update/ImageKeeper.h"
#include "update/Library.h"

using namespace veille;
using test::HttpResponse;

namespace {

// A small PNG's first bytes and some more: the keeper knows a PNG by its signature.
const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(600, 'p');
const QByteArray kJpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(900, 'j');

class ImageKeeperTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("library.sqlite")), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_lib = std::move(lib).value();
        m_server.route("/img/a.png", HttpResponse::ok(kPng, "image/png"));
        m_server.route("/img/b.jpg", HttpResponse::ok(kJpeg, "application/octet-stream"));
        m_server.route("/img/page.png", HttpResponse::ok("<html><body>Not found</body></html>", "text/html"));
        m_server.route("/img/large.png", HttpResponse::ok(kPng + QByteArray(20000, 'x'), "image/png"));
        m_fetcher.setLimits(test::quickLimits());
    }

    // Imports a feed of articles whose bodies name these pictures; gives their ids in order.
    QList<ArticleId> importArticles(const QList<QStringList> &pictures, bool offlineFeed = false)
    {
        const int feed = ++m_feeds;
        QList<test::RssItem> items;
        for (qsizetype i = 0; i < pictures.size(); ++i) {
            QString body = QStringLiteral("<p>Renault ouvre une usine numéro %1 à Douai.</p>").arg(i);
            for (const QString &p : pictures[i])
                body += QStringLiteral("<p><img src=\"%1\" alt=\"photo\"></p>").arg(p);
            items.append({QStringLiteral("feed-%1-item-%2").arg(feed).arg(i), QStringLiteral("Article %1").arg(i),
                          QStringLiteral("https://example.org/%1/%2").arg(feed).arg(i), body, {}});
        }
        auto report = m_lib->importer().importBytes(test::rss(QStringLiteral("Images"), items),
                                                    QUrl(QStringLiteral("https://example.org/feed-%1.xml").arg(feed)));
        EXPECT_TRUE(report.ok()) << report.errorMessage().toStdString();
        QList<ArticleId> ids;
        if (!report)
            return ids;
        EXPECT_EQ(report->added.size(), pictures.size());
        for (const ImportedArticle &a : report->added)
            ids << a.id;
        std::sort(ids.begin(), ids.end());
        if (offlineFeed)
            EXPECT_TRUE(m_lib->feeds().setOfflineImages(report->feeds.value(0), true).ok());
        return ids;
    }
    QString url(const char *path) const { return m_server.url(QString::fromUtf8(path)); }
    void star(ArticleId id, bool on = true) { ASSERT_TRUE(m_lib->states().setFavourite(id, on).ok()); }

    // One pass of the keeper, to its end.
    int runKeeper(const ImageLimits &limits = {})
    {
        ImageKeeper keeper(m_lib->database(), m_fetcher);
        keeper.setLimits(limits);
        int finished = -1;
        QObject::connect(&keeper, &ImageKeeper::finished, [&](int articles) { finished = articles; });
        QObject::connect(&keeper, &ImageKeeper::failed, [&](const Error &e) { ADD_FAILURE() << e.debugText().toStdString(); finished = 0; });
        keeper.run();
        EXPECT_TRUE(test::waitUntil([&] { return finished >= 0; }));
        return finished;
    }
    QHash<QString, QByteArray> kept(ArticleId id)
    {
        auto images = ImageStore(m_lib->database()).images(id);
        EXPECT_TRUE(images.ok());
        return images ? *images : QHash<QString, QByteArray>();
    }
    qint64 rows(ArticleId id)
    {
        QSqlQuery q(m_lib->database().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM article_images WHERE article_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    const FactsEngine m_facts;
    std::unique_ptr<Library> m_lib;
    test::TestHttpServer m_server;
    Fetcher m_fetcher;
    int m_feeds = 0;
};

} // namespace

TEST_F(ImageKeeperTest, AFavouritesPicturesAreFetchedAndKeptInTheLibrary)
{
    const auto ids = importArticles({{url("/img/a.png"), url("/img/b.jpg")}, {url("/img/a.png")}});
    ASSERT_EQ(ids.size(), 2);
    star(ids[0]);
    EXPECT_EQ(runKeeper(), 1);
    const auto images = kept(ids[0]);
    EXPECT_EQ(images.value(url("/img/a.png")), kPng);
    EXPECT_EQ(images.value(url("/img/b.jpg")), kJpeg) << "known by its bytes, whatever the server calls it";
    EXPECT_TRUE(kept(ids[1]).isEmpty()) << "an article that is not a favourite keeps nothing";
    EXPECT_EQ(m_server.requests("/img/a.png").size(), 1);
}

TEST_F(ImageKeeperTest, PicturesAreAskedWithoutReferrerOrCookie)
{
    const auto ids = importArticles({{url("/img/a.png")}});
    star(ids[0]);
    runKeeper();
    const auto asked = m_server.requests("/img/a.png");
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].header("Referer").isEmpty());
    EXPECT_TRUE(asked[0].header("Cookie").isEmpty());
}

TEST_F(ImageKeeperTest, APassFetchesEachPictureOnceAndASecondPassNothing)
{
    const auto ids = importArticles({{url("/img/a.png"), url("/img/page.png")}});
    star(ids[0]);
    runKeeper();
    EXPECT_EQ(runKeeper(), 0);
    EXPECT_EQ(m_server.requests("/img/a.png").size(), 1);
    EXPECT_EQ(m_server.requests("/img/page.png").size(), 1) << "a failure is recorded, not retried at every pass";
}

TEST_F(ImageKeeperTest, AnErrorPageOrAPictureTooLargeIsNotKept)
{
    const auto ids = importArticles({{url("/img/page.png"), url("/img/large.png"), url("/img/missing.png"), url("/img/a.png")}});
    star(ids[0]);
    ImageLimits limits;
    limits.maxImageBytes = 10000;
    runKeeper(limits);
    const auto images = kept(ids[0]);
    EXPECT_EQ(images.size(), 1);
    EXPECT_TRUE(images.contains(url("/img/a.png")));
    EXPECT_EQ(rows(ids[0]), 4) << "the failures are recorded";
}

TEST_F(ImageKeeperTest, AFeedThatKeepsEveryArticlesPicturesNeedsNoStar)
{
    const auto ids = importArticles({{url("/img/a.png")}, {url("/img/b.jpg")}}, true);
    EXPECT_EQ(runKeeper(), 2);
    EXPECT_EQ(kept(ids[0]).size(), 1);
    EXPECT_EQ(kept(ids[1]).size(), 1);
}

TEST_F(ImageKeeperTest, UnstarringRemovesThePicturesUnlessTheFeedKeepsThemAll)
{
    const auto plain = importArticles({{url("/img/a.png")}});
    const auto offline = importArticles({{url("/img/b.jpg")}}, true);
    star(plain[0]);
    star(offline[0]);
    runKeeper();
    ASSERT_EQ(kept(plain[0]).size(), 1);
    star(plain[0], false);
    star(offline[0], false);
    EXPECT_EQ(rows(plain[0]), 0);
    EXPECT_EQ(kept(offline[0]).size(), 1);
}

TEST_F(ImageKeeperTest, AFeedThatStopsKeepingThemAllKeepsOnlyItsFavouritesPictures)
{
    const auto ids = importArticles({{url("/img/a.png")}, {url("/img/b.jpg")}}, true);
    star(ids[1]);
    runKeeper();
    auto feed = m_lib->articles().article(ids[0]);
    ASSERT_TRUE(feed.ok() && feed->has_value());
    ASSERT_TRUE(m_lib->feeds().setOfflineImages((*feed)->feedId, false).ok());
    EXPECT_EQ(rows(ids[0]), 0);
    EXPECT_EQ(kept(ids[1]).size(), 1);
}

TEST_F(ImageKeeperTest, ThePicturesGoWithTheirArticle)
{
    const auto ids = importArticles({{url("/img/a.png")}});
    star(ids[0]);
    runKeeper();
    ASSERT_EQ(rows(ids[0]), 1);
    QSqlQuery q(m_lib->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(ids[0])));
    EXPECT_EQ(rows(ids[0]), 0);
}

TEST_F(ImageKeeperTest, AFullLibraryMakesRoomWithTheOldestPicturesOfArticlesThatAreNotFavourites)
{
    const auto offline = importArticles({{url("/img/a.png")}}, true);
    runKeeper();
    ASSERT_EQ(kept(offline[0]).size(), 1);
    const auto starred = importArticles({{url("/img/b.jpg")}});
    star(starred[0]);
    ImageLimits limits;
    limits.maxTotalBytes = kJpeg.size() + 100; // room for one of the two
    runKeeper(limits);
    EXPECT_TRUE(kept(offline[0]).isEmpty()) << "made room";
    EXPECT_EQ(kept(starred[0]).size(), 1);
    EXPECT_EQ(ImageStore(m_lib->database()).totalBytes().value(), kJpeg.size());
}

TEST_F(ImageKeeperTest, AFavouritesPicturesAreNeverRemovedToMakeRoom)
{
    const auto first = importArticles({{url("/img/a.png")}});
    star(first[0]);
    runKeeper();
    const auto second = importArticles({{url("/img/b.jpg")}});
    star(second[0]);
    ImageLimits limits;
    limits.maxTotalBytes = kPng.size() + 100;
    runKeeper(limits);
    EXPECT_EQ(kept(first[0]).size(), 1);
    EXPECT_TRUE(kept(second[0]).isEmpty()) << "no room: recorded as not kept";
}

TEST_F(ImageKeeperTest, OnlyWebAddressesAreAsked)
{
    // An older library may hold a body the cleaner of today would not write.
    const auto ids = importArticles({{url("/img/a.png")}});
    star(ids[0]);
    QSqlQuery q(m_lib->database().connection());
    q.prepare(QStringLiteral("UPDATE articles SET html = ? WHERE id = ?"));
    q.addBindValue(QStringLiteral("<p><img src=\"file:///etc/passwd\"><img src=\"%1\"></p>").arg(url("/img/a.png")));
    q.addBindValue(ids[0]);
    ASSERT_TRUE(q.exec());
    runKeeper();
    EXPECT_EQ(kept(ids[0]).keys(), QStringList{url("/img/a.png")});
    EXPECT_EQ(rows(ids[0]), 2);
}

TEST_F(ImageKeeperTest, AnArticleWithoutPicturesIsLookedAtOnce)
{
    const auto ids = importArticles({{}});
    star(ids[0]);
    QSqlQuery q(m_lib->database().connection());
    // "<img" in the text of an article but no picture: not pending again after one look.
    q.prepare(QStringLiteral("UPDATE articles SET html = '<p>&lt;img is text</p><img' WHERE id = ?"));
    q.addBindValue(ids[0]);
    ASSERT_TRUE(q.exec());
    EXPECT_EQ(runKeeper(), 0);
    EXPECT_TRUE(ImageStore(m_lib->database()).pending(10).value().isEmpty());
}

TEST_F(ImageKeeperTest, ItTellsAPictureByItsBytes)
{
    EXPECT_TRUE(ImageKeeper::isPicture(kPng, QString()));
    EXPECT_TRUE(ImageKeeper::isPicture(QByteArray("GIF89a...."), QStringLiteral("text/plain")));
    EXPECT_TRUE(ImageKeeper::isPicture(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16), QString()));
    EXPECT_TRUE(ImageKeeper::isPicture(QByteArray("\0\0\0 ftypavif", 12), QStringLiteral("image/avif")));
    EXPECT_FALSE(ImageKeeper::isPicture(QByteArray("<!DOCTYPE html><p>404"), QStringLiteral("image/png")));
    EXPECT_FALSE(ImageKeeper::isPicture(QByteArray("<svg xmlns=..."), QStringLiteral("image/svg+xml")));
    EXPECT_FALSE(ImageKeeper::isPicture(QByteArray("plain text"), QStringLiteral("text/plain")));
}
