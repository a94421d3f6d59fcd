// A favourite reads complete offline: starred, its pictures are fetched from a local
// server by the keeper's own thread; with the server stopped and the library opened
// again, the reading pane shows them from the library. And what each article may load:
// its feed's own rule for remote images, else the global setting.
#include <QBuffer>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include "GuiTestSupport.h"
#include "fetch/TestHttpServer.h"
#include "gui/ArticlePane.h"
#include "gui/ImageKeeperThread.h"
#include "gui/OfflineImages.h"
#include "gui/Settings.h"
#include "storage/FeedStore.h"
#include "storage/ImageStore.h"
#include "update/ImageKeeper.h"

using namespace veille;
using namespace veille::app;

namespace {

QByteArray pngOf(const QColor &colour, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The addresses of the pictures the pane's document holds, in order.
QStringList picturesIn(QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                out << it.fragment().charFormat().toImageFormat().name();
        }
    }
    return out;
}

class OfflineImagesTest : public test::EmptyLibrary {
protected:
    void SetUp() override
    {
        test::EmptyLibrary::SetUp();
        m_server = std::make_unique<test::TestHttpServer>();
        m_picture = m_server->url(QStringLiteral("/photos/usine.png"));
        m_server->route("/photos/usine.png", test::HttpResponse::ok(pngOf(QColor(200, 40, 40), 320, 180), "image/png"));
        const QString feed = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Usines</title>"
            "<item><guid>usine-1</guid><title>Une usine à Douai</title><link>https://example.org/usine</link>"
            "<description><![CDATA[<p>Renault ouvre une usine de batteries à Douai.</p><p><img src=\"%1\" alt=\"L'usine\"></p>]]>"
            "</description></item></channel></rss>").arg(m_picture);
        auto report = m_library->call([&](Library &writer) { return writer.importer().importBytes(feed.toUtf8(), QUrl(QStringLiteral("https://example.org/usines.xml"))); });
        ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
        ASSERT_EQ(report->added.size(), 1);
        m_article = report->added[0].id;
        m_feed = report->feeds.value(0);
    }
    // Gives the article's star and lets the keeper's thread run a pass to its end.
    void starAndKeep()
    {
        ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.states().setFavourite(m_article, true); }).ok());
        ImageKeeperThread keeper(*m_library);
        int finished = -1;
        QObject::connect(&keeper, &ImageKeeperThread::finished, [&](int articles) { finished = articles; });
        keeper.keep();
        ASSERT_TRUE(test::waitUntil([&] { return finished >= 0; }, 20000));
        EXPECT_EQ(finished, 1);
    }
    void reopen()
    {
        m_library.reset();
        auto library = Library::openWithWriter(m_dir.filePath(QStringLiteral("library.sqlite")), m_facts);
        ASSERT_TRUE(library.ok()) << library.errorMessage().toStdString();
        m_library = std::move(library).value();
    }
    void show(ArticlePane &pane, OfflineImages &images)
    {
        auto article = m_library->articles().article(m_article);
        ASSERT_TRUE(article.ok() && article->has_value());
        images.prepare(**article);
        pane.showArticle(**article, KeyFacts{}, RenderOptions{});
    }

    test::ScopedSettingsDir m_settings; // remote images off: the default
    std::unique_ptr<test::TestHttpServer> m_server;
    QString m_picture;
    ArticleId m_article = 0;
    FeedId m_feed = 0;
};

} // namespace

TEST_F(OfflineImagesTest, AStarredArticleShowsItsPictureWithTheServerGoneAndTheLibraryReopened)
{
    starAndKeep();
    EXPECT_EQ(m_server->requests("/photos/usine.png").size(), 1);
    m_server.reset(); // offline from now on
    reopen();
    ArticlePane pane;
    pane.resize(900, 700);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    OfflineImages images(*m_library, pane);
    show(pane, images);
    ASSERT_EQ(picturesIn(pane.document()), QStringList{m_picture});
    const QImage shown = pane.document()->resource(QTextDocument::ImageResource, QUrl(m_picture)).value<QImage>();
    ASSERT_FALSE(shown.isNull()) << "the pane has the picture from the library";
    EXPECT_EQ(shown.pixelColor(10, 10), QColor(200, 40, 40));
}

TEST_F(OfflineImagesTest, WithoutAKeptPictureAndRemoteImagesOffThePaneShowsNone)
{
    ArticlePane pane;
    OfflineImages images(*m_library, pane);
    show(pane, images);
    EXPECT_TRUE(picturesIn(pane.document()).isEmpty());
    EXPECT_TRUE(m_server->requests().isEmpty()) << "reading contacted nobody";
}

TEST_F(OfflineImagesTest, AFeedThatAllowsRemoteImagesShowsThemWhateverTheGlobalSetting)
{
    Settings::setRemoteImages(false);
    ArticlePane pane;
    OfflineImages images(*m_library, pane);
    EXPECT_FALSE(images.remoteAllowed(m_feed));
    ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.feeds().setImages(m_feed, true); }).ok());
    EXPECT_TRUE(images.remoteAllowed(m_feed));
    show(pane, images);
    EXPECT_EQ(picturesIn(pane.document()), QStringList{m_picture});
    // A pane never shown is never laid out: the picture is asked for as layout would.
    (void)pane.document()->resource(QTextDocument::ImageResource, QUrl(m_picture));
    EXPECT_TRUE(test::waitUntil([&] { return !m_server->requests("/photos/usine.png").isEmpty(); }));
}

TEST_F(OfflineImagesTest, AFeedThatRefusesRemoteImagesOverridesTheGlobalSetting)
{
    Settings::setRemoteImages(true);
    ArticlePane pane;
    OfflineImages images(*m_library, pane);
    EXPECT_TRUE(images.remoteAllowed(m_feed));
    ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.feeds().setImages(m_feed, false); }).ok());
    EXPECT_FALSE(images.remoteAllowed(m_feed));
    show(pane, images);
    EXPECT_TRUE(picturesIn(pane.document()).isEmpty());
    ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.feeds().setImages(m_feed, std::nullopt); }).ok());
    EXPECT_TRUE(images.remoteAllowed(m_feed)) << "back to the global setting";
}

TEST_F(OfflineImagesTest, APictureKeptWhileTheArticleIsShownAppearsInThePane)
{
    ArticlePane pane;
    pane.resize(900, 700);
    OfflineImages images(*m_library, pane);
    show(pane, images);
    ASSERT_TRUE(picturesIn(pane.document()).isEmpty());
    ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.states().setFavourite(m_article, true); }).ok());
    images.keep();
    EXPECT_TRUE(test::waitUntil([&] { return !picturesIn(pane.document()).isEmpty(); }, 20000));
}

TEST_F(OfflineImagesTest, AWidePictureIsShownNoWiderThanTheTextColumn)
{
    m_server->route("/photos/usine.png", test::HttpResponse::ok(pngOf(Qt::blue, 3000, 300), "image/png"));
    starAndKeep();
    ArticlePane pane;
    pane.resize(800, 600);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    OfflineImages images(*m_library, pane);
    show(pane, images);
    const QImage shown = pane.document()->resource(QTextDocument::ImageResource, QUrl(m_picture)).value<QImage>();
    ASSERT_FALSE(shown.isNull());
    EXPECT_LT(shown.width(), 800);
}

TEST_F(OfflineImagesTest, AfterTheWindowIsResizedThePictureIsFittedToTheNewColumn)
{
    m_server->route("/photos/usine.png", test::HttpResponse::ok(pngOf(Qt::blue, 3000, 300), "image/png"));
    starAndKeep();
    ArticlePane pane;
    pane.resize(300, 600); // narrower than the measure: the column follows the pane
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    OfflineImages images(*m_library, pane);
    show(pane, images);
    const auto shownWidth = [&] {
        return pane.document()->resource(QTextDocument::ImageResource, QUrl(m_picture)).value<QImage>().width();
    };
    const int narrow = shownWidth();
    ASSERT_GT(narrow, 0);
    EXPECT_LT(narrow, 300);
    pane.resize(560, 600);
    QCoreApplication::processEvents();
    EXPECT_GT(shownWidth(), narrow + 100) << "the wider column gets a wider picture";
    EXPECT_LT(shownWidth(), 560);
    pane.resize(1900, 600);
    QCoreApplication::processEvents();
    EXPECT_LT(shownWidth(), 1000) << "never wider than the centred text column";
}

TEST_F(OfflineImagesTest, APaneShownOnlyAfterItsArticleFitsThePictureOnceItHasItsSize)
{
    m_server->route("/photos/usine.png", test::HttpResponse::ok(pngOf(Qt::blue, 3000, 300), "image/png"));
    starAndKeep();
    ArticlePane pane; // as the window at start: the article is chosen before the window shows
    OfflineImages images(*m_library, pane);
    show(pane, images);
    pane.resize(900, 600);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    QCoreApplication::processEvents();
    const int width = pane.document()->resource(QTextDocument::ImageResource, QUrl(m_picture)).value<QImage>().width();
    EXPECT_GT(width, 0);
    EXPECT_LT(width, 900);
}
