#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "NetTestSupport.h"
#include "TestHttpServer.h"
#include "update/FeedUpdater.h"
#include "facts/FactsEngine.h"
#include "update/Library.h"
#include "update/Retention.h"
#include "update/Subscription.h"

using namespace veille;
using test::HttpRequest;
using test::HttpResponse;

namespace {

struct RunLog {
    int started = -1;
    QList<QPair<int, int>> progress;
    QHash<FeedId, QString> errors;   // every feed finished: Error::debugText, "" when it went well
    QHash<FeedId, RefreshReport> reports;
    QList<ArticleId> fullText;
    int finished = 0;
};

class FeedUpdaterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("library.sqlite")), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_lib = std::move(lib).value();
    }

    std::unique_ptr<FeedUpdater> updater()
    {
        auto u = std::make_unique<FeedUpdater>(*m_lib);
        u->setFetchLimits(test::quickLimits());
        return u;
    }

    // One refresh run, waited for; a feed id, or every feed.
    RunLog refresh(std::optional<FeedId> id = std::nullopt)
    {
        auto u = updater();
        RunLog log;
        QObject::connect(u.get(), &FeedUpdater::started, [&](int total) { log.started = total; });
        QObject::connect(u.get(), &FeedUpdater::progress, [&](int done, int total) { log.progress.append({done, total}); });
        QObject::connect(u.get(), &FeedUpdater::feedRefreshed, [&](const RefreshReport &r) { log.reports.insert(r.feedId, r); });
        QObject::connect(u.get(), &FeedUpdater::feedFinished, [&](FeedId f, const Error &e) { log.errors.insert(f, e.isNone() ? QString() : e.debugText()); });
        QObject::connect(u.get(), &FeedUpdater::fullTextStored, [&](ArticleId a) { log.fullText << a; });
        QObject::connect(u.get(), &FeedUpdater::finished, [&] { ++log.finished; });
        if (id)
            u->refresh(*id);
        else
            u->refreshAll();
        EXPECT_TRUE(u->isBusy());
        EXPECT_TRUE(test::waitUntil([&] { return log.finished > 0; }));
        EXPECT_FALSE(u->isBusy());
        return log;
    }

    // Subscribes and waits; returns the feed id, 0 on failure (with the error in *error).
    FeedId subscribe(const QString &url, Error *error = nullptr, QString *title = nullptr)
    {
        auto u = updater();
        FeedId id = 0;
        bool done = false;
        QObject::connect(u.get(), &FeedUpdater::subscribed, [&](FeedId f, const QString &t) {
            id = f;
            if (title)
                *title = t;
            done = true;
        });
        QObject::connect(u.get(), &FeedUpdater::subscribeFailed, [&](const QString &, const Error &e) {
            if (error)
                *error = e;
            done = true;
        });
        u->subscribe(QUrl(url));
        EXPECT_TRUE(u->isBusy());
        EXPECT_TRUE(test::waitUntil([&] { return done; }));
        EXPECT_FALSE(u->isBusy());
        return id;
    }

    Feed feed(FeedId id)
    {
        auto f = m_lib->feeds().feed(id);
        EXPECT_TRUE(f.ok() && f->has_value());
        return f.ok() && f->has_value() ? **f : Feed();
    }

    QList<ArticleListItem> articles(FeedId id)
    {
        ArticleFilter filter;
        filter.feedId = id;
        filter.limit = 1000;
        auto list = m_lib->articles().list(filter);
        EXPECT_TRUE(list.ok()) << list.errorMessage().toStdString();
        return list.ok() ? *list : QList<ArticleListItem>();
    }

    Article article(const QString &identity)
    {
        auto id = m_lib->articles().idForIdentity(identity);
        EXPECT_TRUE(id.ok() && id->has_value()) << identity.toStdString();
        if (!id.ok() || !id->has_value())
            return {};
        auto a = m_lib->articles().article(**id);
        return a.ok() && a->has_value() ? **a : Article();
    }

    QStringList titles(FeedId id)
    {
        QStringList out;
        for (const ArticleListItem &a : articles(id))
            out << a.title;
        out.sort();
        return out;
    }

    // Serves the three-item fixture at `path`, with validators, answering 304 to them.
    void serveFeed(const QByteArray &path, const QByteArray &fixture, const QByteArray &etag)
    {
        const QByteArray body = test::netFixture(QString::fromLatin1(fixture));
        ASSERT_FALSE(body.isEmpty()) << fixture.constData();
        m_server.route(path, [body, etag](const HttpRequest &req) {
            if (req.header("If-None-Match") == etag)
                return HttpResponse::status_(304).header("ETag", etag);
            return HttpResponse::ok(body, "application/rss+xml; charset=utf-8")
                .header("ETag", etag)
                .header("Last-Modified", "Wed, 25 Nov 2026 07:45:00 GMT");
        });
    }

    QTemporaryDir m_dir;
    const FactsEngine m_facts;
    std::unique_ptr<Library> m_lib;
    test::TestHttpServer m_server;
};

} // namespace

TEST_F(FeedUpdaterTest, SubscribingToAFeedStoresItsItemsTitleAndValidators)
{
    serveFeed("/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    QString title;
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")), nullptr, &title);
    ASSERT_GT(id, 0);
    EXPECT_EQ(title, QStringLiteral("Le Fil Industrie"));
    const Feed f = feed(id);
    EXPECT_EQ(f.url, m_server.url(QStringLiteral("/feed.xml")));
    EXPECT_EQ(f.siteUrl, QStringLiteral("https://fil-industrie.example/"));
    EXPECT_EQ(f.etag, QStringLiteral("\"v1\""));
    EXPECT_EQ(f.lastModified, QStringLiteral("Wed, 25 Nov 2026 07:45:00 GMT"));
    EXPECT_TRUE(f.lastFetched.isValid());
    EXPECT_TRUE(f.lastError.isNone());
    EXPECT_EQ(articles(id).size(), 3);
    EXPECT_EQ(f.unread, 3);
}

TEST_F(FeedUpdaterTest, ASecondRefreshSendsTheValidatorsAndAddsNothing)
{
    serveFeed("/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    m_server.clearRequests();

    const RunLog log = refresh(id);
    EXPECT_EQ(log.errors.value(id, QStringLiteral("missing")), QString());
    ASSERT_TRUE(log.reports.contains(id));
    EXPECT_TRUE(log.reports[id].notModified);
    EXPECT_TRUE(log.reports[id].added.isEmpty());
    const QList<HttpRequest> seen = m_server.requests("/feed.xml");
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen[0].header("If-None-Match"), QByteArray("\"v1\""));
    EXPECT_EQ(seen[0].header("If-Modified-Since"), QByteArray("Wed, 25 Nov 2026 07:45:00 GMT"));
    EXPECT_EQ(articles(id).size(), 3);
}

TEST_F(FeedUpdaterTest, TheSameBytesFromAServerThatIgnoresValidatorsAreNotParsedAgain)
{
    const QByteArray body = test::netFixture(QStringLiteral("newsroom-three-items.rss"));
    ASSERT_FALSE(body.isEmpty());
    m_server.route("/feed.xml", HttpResponse::ok(body, "application/rss+xml"));
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    // A content hash no build could give: an item read again would be counted as updated.
    QSqlQuery q(m_lib->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE articles SET content_hash = 'stale'")));

    const RunLog same = refresh(id);
    EXPECT_EQ(same.errors.value(id, QStringLiteral("missing")), QString());
    EXPECT_TRUE(same.reports.value(id).notModified);
    EXPECT_EQ(same.reports.value(id).updated, 0);
    EXPECT_TRUE(feed(id).lastFetched.isValid());

    // A byte more: read item by item, each unchanged item skipped by its fingerprint.
    m_server.route("/feed.xml", HttpResponse::ok(body + "\n", "application/rss+xml"));
    const RunLog changed = refresh(id);
    EXPECT_EQ(changed.errors.value(id, QStringLiteral("missing")), QString());
    EXPECT_FALSE(changed.reports.value(id).notModified);
    EXPECT_EQ(changed.reports.value(id).updated, 0);
    EXPECT_EQ(articles(id).size(), 3);
}

TEST_F(FeedUpdaterTest, OnlyTheChangedItemOfARefreshedFeedIsBuiltAndStoredAgain)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<test::RssItem> items;
    for (int i = 1; i <= 4; ++i)
        items.append({QStringLiteral("f%1").arg(i), QStringLiteral("Dépêche %1").arg(i), {},
                      QStringLiteral("Michelin investit %1 millions d'euros.").arg(i), now.addSecs(-600 * i)});
    m_server.route("/feed.xml", HttpResponse::ok(test::rss(QStringLiteral("Dépêches"), items), "application/rss+xml"));
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    // A content hash no build could give: an item built and compared again would be
    // counted as updated.
    QSqlQuery q(m_lib->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE articles SET content_hash = 'stale'")));

    items[2].description = QStringLiteral("Michelin investit 900 millions d'euros.");
    m_server.route("/feed.xml", HttpResponse::ok(test::rss(QStringLiteral("Dépêches"), items), "application/rss+xml"));
    const RunLog log = refresh(id);
    EXPECT_EQ(log.errors.value(id, QStringLiteral("missing")), QString());
    EXPECT_EQ(log.reports.value(id).updated, 1);
    EXPECT_TRUE(log.reports.value(id).added.isEmpty());
    EXPECT_TRUE(article(QStringLiteral("guid:f3")).text.contains(QStringLiteral("900 millions")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM articles WHERE content_hash = 'stale'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
}

TEST_F(FeedUpdaterTest, AChangedItemIsUpdatedInPlaceAndKeepsItsReadAndFavouriteFlags)
{
    serveFeed("/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    const Article before = article(QStringLiteral("guid:fil-industrie-1002"));
    ASSERT_TRUE(m_lib->states().setRead(before.id, true).ok());
    ASSERT_TRUE(m_lib->states().setFavourite(before.id, true).ok());

    serveFeed("/feed.xml", "newsroom-three-items-revised.rss", "\"v2\"");
    const RunLog log = refresh(id);
    ASSERT_TRUE(log.reports.contains(id)) << log.errors.value(id).toStdString();
    ASSERT_EQ(log.reports[id].added.size(), 1);
    EXPECT_EQ(log.reports[id].added[0].title, QStringLiteral("Safran accélère la production de moteurs LEAP"));
    EXPECT_EQ(log.reports[id].updated, 1);

    const Article after = article(QStringLiteral("guid:fil-industrie-1002"));
    EXPECT_EQ(after.id, before.id);
    EXPECT_TRUE(after.title.endsWith(QStringLiteral("(mis à jour)")));
    EXPECT_TRUE(after.text.contains(QStringLiteral("690 millions d'euros")));
    auto state = m_lib->states().state(after.id);
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->read);
    EXPECT_TRUE(state->favourite);
    EXPECT_EQ(articles(id).size(), 4);
    EXPECT_EQ(feed(id).etag, QStringLiteral("\"v2\""));
}

TEST_F(FeedUpdaterTest, APermanentRedirectUpdatesTheStoredAddress)
{
    serveFeed("/old/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const FeedId id = subscribe(m_server.url(QStringLiteral("/old/feed.xml")));
    ASSERT_GT(id, 0);

    m_server.route("/old/feed.xml", HttpResponse::redirect(301, "/new/feed.xml"));
    serveFeed("/new/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const RunLog first = refresh(id);
    EXPECT_EQ(first.errors.value(id), QString());
    EXPECT_EQ(feed(id).url, m_server.url(QStringLiteral("/new/feed.xml")));
    // The validators went along, so the new address answered 304.
    EXPECT_TRUE(first.reports.value(id).notModified);

    m_server.clearRequests();
    refresh(id);
    EXPECT_TRUE(m_server.requests("/old/feed.xml").isEmpty());
    EXPECT_EQ(m_server.requests("/new/feed.xml").size(), 1);
    EXPECT_EQ(articles(id).size(), 3);
}

TEST_F(FeedUpdaterTest, ATemporaryRedirectKeepsTheStoredAddress)
{
    serveFeed("/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    m_server.route("/feed.xml", HttpResponse::redirect(302, "/mirror.xml"));
    serveFeed("/mirror.xml", "newsroom-three-items.rss", "\"v1\"");
    const RunLog log = refresh(id);
    EXPECT_EQ(log.errors.value(id), QString());
    EXPECT_EQ(feed(id).url, m_server.url(QStringLiteral("/feed.xml")));
}

TEST_F(FeedUpdaterTest, AFailingFeedRecordsItsErrorAndLosesNothing)
{
    serveFeed("/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);

    m_server.route("/feed.xml", HttpResponse::status_(500));
    const RunLog failed = refresh(id);
    EXPECT_EQ(failed.errors.value(id), QStringLiteral("HttpStatus: 500 Internal Server Error"));
    EXPECT_FALSE(failed.reports.contains(id));
    const Feed broken = feed(id);
    EXPECT_EQ(broken.lastError, makeError(ErrorCode::HttpStatus, QStringLiteral("500 Internal Server Error")));
    EXPECT_EQ(broken.etag, QStringLiteral("\"v1\""));
    EXPECT_EQ(articles(id).size(), 3);

    serveFeed("/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const RunLog healed = refresh(id);
    EXPECT_EQ(healed.errors.value(id, QStringLiteral("missing")), QString());
    EXPECT_TRUE(feed(id).lastError.isNone());
}

TEST_F(FeedUpdaterTest, AnHtmlPageInsteadOfTheFeedIsAnErrorAndStoresNothing)
{
    serveFeed("/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    m_server.route("/feed.xml", HttpResponse::ok("<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>", "text/html"));
    const RunLog log = refresh(id);
    EXPECT_EQ(log.errors.value(id), QStringLiteral("FeedIsHtmlPage"));
    EXPECT_EQ(feed(id).lastError, makeError(ErrorCode::FeedIsHtmlPage));
    EXPECT_EQ(articles(id).size(), 3);
}

TEST_F(FeedUpdaterTest, AFailureMidwayStoresNothingOfThatFeedAndKeepsTheOldValidators)
{
    serveFeed("/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    // The revised feed updates item 1002, then adds 1004, which the database refuses.
    QSqlQuery q(m_lib->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER refuse_safran BEFORE INSERT ON articles WHEN new.title LIKE 'Safran%' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
    serveFeed("/feed.xml", "newsroom-three-items-revised.rss", "\"v2\"");
    const RunLog log = refresh(id);
    EXPECT_TRUE(log.errors.value(id).contains(QStringLiteral("refused for the test"))) << log.errors.value(id).toStdString();
    EXPECT_FALSE(article(QStringLiteral("guid:fil-industrie-1002")).title.contains(QStringLiteral("mis à jour")));
    EXPECT_EQ(articles(id).size(), 3);
    const Feed f = feed(id);
    EXPECT_EQ(f.etag, QStringLiteral("\"v1\""));
    EXPECT_EQ(f.lastError.code, ErrorCode::DatabaseError);
    EXPECT_TRUE(f.lastError.detail.contains(QStringLiteral("refused for the test")));

    // Once the cause is gone, the next refresh asks with the old validators, gets it all.
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse_safran")));
    m_server.clearRequests();
    const RunLog again = refresh(id);
    EXPECT_EQ(m_server.requests("/feed.xml").value(0).header("If-None-Match"), QByteArray("\"v1\""));
    EXPECT_EQ(again.reports.value(id).added.size(), 1);
    EXPECT_EQ(articles(id).size(), 4);
    EXPECT_TRUE(feed(id).lastError.isNone());
}

TEST_F(FeedUpdaterTest, RefreshesAtMostFourFeedsAtOnceAndReportsProgressForEach)
{
    QList<FeedId> ids;
    for (int i = 0; i < 7; ++i) {
        const QByteArray path = "/feed-" + QByteArray::number(i) + ".xml";
        HttpResponse slow = HttpResponse::ok(test::rss(QStringLiteral("Flux %1").arg(i),
                                                       {{QStringLiteral("f%1-1").arg(i), QStringLiteral("Article %1").arg(i), {},
                                                         QStringLiteral("Texte %1").arg(i), {}}}),
                                             "application/rss+xml");
        m_server.route(path, slow);
        const FeedId id = subscribe(m_server.url(QString::fromLatin1(path)));
        ASSERT_GT(id, 0);
        ids << id;
        slow.delayMs = 250;
        m_server.route(path, slow);
    }
    const RunLog log = refresh();
    EXPECT_EQ(log.started, 7);
    EXPECT_EQ(log.errors.size(), 7);
    for (FeedId id : ids)
        EXPECT_EQ(log.errors.value(id, QStringLiteral("missing")), QString());
    ASSERT_FALSE(log.progress.isEmpty());
    EXPECT_EQ(log.progress.last(), qMakePair(7, 7));
    EXPECT_EQ(log.finished, 1);
    EXPECT_LE(m_server.maxConcurrent(), FeedUpdater::kDefaultParallel);
    EXPECT_GE(m_server.maxConcurrent(), 2);
}

TEST_F(FeedUpdaterTest, AnUnknownFeedFinishesWithAnErrorAndTheRunStillEnds)
{
    const RunLog log = refresh(FeedId(4242));
    EXPECT_EQ(log.started, 1);
    EXPECT_EQ(log.errors.value(4242), QStringLiteral("FeedNotFound: 4242"));
    EXPECT_EQ(log.finished, 1);
}

TEST_F(FeedUpdaterTest, AFeedImportedFromAFileIsNotFetched)
{
    auto imported = m_lib->importer().importFile(test::dataPath(QStringLiteral("feeds-net/newsroom-three-items.rss")));
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    const FeedId id = imported->feeds.value(0);
    const RunLog all = refresh();
    EXPECT_EQ(all.started, 0);
    EXPECT_EQ(all.finished, 1);
    const RunLog one = refresh(id);
    EXPECT_TRUE(one.errors.value(id).startsWith(QStringLiteral("FeedIsFile: file:"))) << one.errors.value(id).toStdString();
    EXPECT_TRUE(feed(id).lastError.isNone());
}

TEST_F(FeedUpdaterTest, RetentionByCountKeepsTheNewestAndEveryFavourite)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<test::RssItem> items;
    for (int i = 1; i <= 6; ++i)
        items.append({QStringLiteral("c%1").arg(i), QStringLiteral("Dépêche %1").arg(i), {}, QStringLiteral("Texte de la dépêche %1.").arg(i),
                      now.addSecs(-3600 * (7 - i))});
    m_server.route("/feed.xml", HttpResponse::ok(test::rss(QStringLiteral("Dépêches"), items), "application/rss+xml"));
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    ASSERT_TRUE(m_lib->states().setFavourite(article(QStringLiteral("guid:c1")).id, true).ok());
    ASSERT_TRUE(m_lib->feeds().setRetention(id, RetentionPolicy{0, 2}).ok());

    const RunLog first = refresh(id);
    EXPECT_EQ(first.reports.value(id).removed, 3);
    EXPECT_EQ(titles(id), (QStringList{QStringLiteral("Dépêche 1"), QStringLiteral("Dépêche 5"), QStringLiteral("Dépêche 6")}));

    // The feed still lists all six: what retention removed does not come back.
    const RunLog second = refresh(id);
    EXPECT_TRUE(second.reports.value(id).added.isEmpty());
    EXPECT_EQ(second.reports.value(id).removed, 0);
    EXPECT_EQ(articles(id).size(), 3);

    // A seventh item is new: it stays, the oldest non-favourite goes.
    items.append({QStringLiteral("c7"), QStringLiteral("Dépêche 7"), {}, QStringLiteral("Texte 7."), now});
    m_server.route("/feed.xml", HttpResponse::ok(test::rss(QStringLiteral("Dépêches"), items), "application/rss+xml"));
    const RunLog third = refresh(id);
    ASSERT_EQ(third.reports.value(id).added.size(), 1);
    EXPECT_EQ(titles(id), (QStringList{QStringLiteral("Dépêche 1"), QStringLiteral("Dépêche 6"), QStringLiteral("Dépêche 7")}));
}

TEST_F(FeedUpdaterTest, RetentionByAgeNeverDeletesAFavouriteAndSkipsNewItemsAlreadyTooOld)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<test::RssItem> items = {
        {QStringLiteral("a1"), QStringLiteral("Vieille dépêche favorite"), {}, QStringLiteral("Texte."), now.addDays(-100)},
        {QStringLiteral("a2"), QStringLiteral("Vieille dépêche"), {}, QStringLiteral("Texte."), now.addDays(-50)},
        {QStringLiteral("a3"), QStringLiteral("Dépêche récente"), {}, QStringLiteral("Texte."), now.addDays(-1)},
    };
    m_server.route("/feed.xml", HttpResponse::ok(test::rss(QStringLiteral("Dépêches"), items), "application/rss+xml"));
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    ASSERT_TRUE(m_lib->states().setFavourite(article(QStringLiteral("guid:a1")).id, true).ok());
    ASSERT_TRUE(m_lib->feeds().setRetention(id, RetentionPolicy{30, 0}).ok());

    // Applied directly, as the window does when the policy changes.
    auto removed = Retention::apply(m_lib->database(), id);
    ASSERT_TRUE(removed.ok()) << removed.errorMessage().toStdString();
    EXPECT_EQ(removed->size(), 1);
    EXPECT_EQ(titles(id), (QStringList{QStringLiteral("Dépêche récente"), QStringLiteral("Vieille dépêche favorite")}));

    items.append({QStringLiteral("a4"), QStringLiteral("Dépêche ancienne découverte"), {}, QStringLiteral("Texte."), now.addDays(-40)});
    m_server.route("/feed.xml", HttpResponse::ok(test::rss(QStringLiteral("Dépêches"), items), "application/rss+xml"));
    const RunLog log = refresh(id);
    EXPECT_TRUE(log.reports.value(id).added.isEmpty());
    EXPECT_EQ(articles(id).size(), 2);
}

TEST_F(FeedUpdaterTest, RetiredItemsAreForgottenOnceTheFeedNoLongerListsThem)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<test::RssItem> items = {
        {QStringLiteral("r1"), QStringLiteral("Un"), {}, QStringLiteral("Texte."), now.addSecs(-7200)},
        {QStringLiteral("r2"), QStringLiteral("Deux"), {}, QStringLiteral("Texte."), now.addSecs(-3600)},
    };
    m_server.route("/feed.xml", HttpResponse::ok(test::rss(QStringLiteral("Dépêches"), items), "application/rss+xml"));
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    ASSERT_TRUE(m_lib->feeds().setRetention(id, RetentionPolicy{0, 1}).ok());
    refresh(id);
    EXPECT_EQ(m_lib->feeds().retiredIdentities(id)->size(), 1);

    m_server.route("/feed.xml", HttpResponse::ok(test::rss(QStringLiteral("Dépêches"), items.mid(1)), "application/rss+xml"));
    refresh(id);
    EXPECT_TRUE(m_lib->feeds().retiredIdentities(id)->isEmpty());
    EXPECT_EQ(titles(id), QStringList{QStringLiteral("Deux")});
}

TEST_F(FeedUpdaterTest, FullTextReplacesShortSummariesWithTheirPageAndKeepsItAcrossRefreshes)
{
    m_server.route("/summaries.xml", HttpResponse::ok(test::netFixture(QStringLiteral("newsroom-summaries-only.rss")), "application/rss+xml"));
    m_server.route("/articles/airbus-objectifs.html",
                   HttpResponse::ok(test::netFixture(QStringLiteral("newsroom-article-full-page.html")), "text/html; charset=utf-8"));
    const FeedId id = subscribe(m_server.url(QStringLiteral("/summaries.xml")));
    ASSERT_GT(id, 0);
    EXPECT_TRUE(m_server.requests("/articles/airbus-objectifs.html").isEmpty()); // full text is off
    const Article summary = article(QStringLiteral("guid:fil-resume-2001"));
    ASSERT_TRUE(m_lib->states().setRead(summary.id, true).ok());

    ASSERT_TRUE(m_lib->feeds().setFullText(id, true).ok());
    const RunLog log = refresh(id);
    EXPECT_EQ(log.errors.value(id, QStringLiteral("missing")), QString());
    EXPECT_EQ(log.fullText, QList<ArticleId>{summary.id});
    const Article full = article(QStringLiteral("guid:fil-resume-2001"));
    EXPECT_EQ(full.id, summary.id);
    EXPECT_EQ(full.title, summary.title);
    EXPECT_TRUE(full.text.contains(QStringLiteral("Guillaume Faury"))) << full.text.toStdString();
    EXPECT_FALSE(full.text.contains(QStringLiteral("Boeing réduit sa production")));
    EXPECT_TRUE(m_lib->states().state(full.id)->read);
    // The page that is missing leaves its summary.
    const Article missing = article(QStringLiteral("guid:fil-resume-2002"));
    EXPECT_TRUE(missing.text.startsWith(QStringLiteral("Michelin investira")));
    EXPECT_EQ(m_server.requests("/articles/page-introuvable.html").size(), 1);

    // The feed says the same: the page's text stays and no page is fetched again.
    m_server.clearRequests();
    const RunLog again = refresh(id);
    EXPECT_EQ(again.reports.value(id).updated, 0);
    EXPECT_TRUE(article(QStringLiteral("guid:fil-resume-2001")).text.contains(QStringLiteral("Guillaume Faury")));
    EXPECT_EQ(m_server.requests().size(), 1);
}

TEST_F(FeedUpdaterTest, DueFeedsAreTheOnesWhoseIntervalHasPassed)
{
    serveFeed("/a.xml", "newsroom-three-items.rss", "\"a\"");
    m_server.route("/b.xml", HttpResponse::ok(test::rss(QStringLiteral("B"), {}), "application/rss+xml"));
    const FeedId a = subscribe(m_server.url(QStringLiteral("/a.xml")));
    const FeedId b = subscribe(m_server.url(QStringLiteral("/b.xml")));
    ASSERT_GT(a, 0);
    ASSERT_GT(b, 0);
    ASSERT_TRUE(m_lib->feeds().setUpdateInterval(a, 30).ok());
    auto u = updater();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(u->dueFeeds(now)->isEmpty());
    EXPECT_EQ(*u->dueFeeds(now.addSecs(31 * 60)), QList<FeedId>{a});
    EXPECT_EQ(*u->dueFeeds(now.addSecs(61 * 60)), (QList<FeedId>{a, b}));
    u->setDefaultIntervalMinutes(15);
    EXPECT_EQ(*u->dueFeeds(now.addSecs(16 * 60)), QList<FeedId>{b});
}

TEST_F(FeedUpdaterTest, SubscribingToASitePageFindsTheFeedItAnnounces)
{
    m_server.route("/", HttpResponse::ok(test::netFixture(QStringLiteral("newsroom-home-with-alternate-link.html")), "text/html; charset=utf-8"));
    serveFeed("/feeds/news.xml", "newsroom-three-items.rss", "\"v1\"");
    QString title;
    const FeedId id = subscribe(m_server.url(QStringLiteral("/")), nullptr, &title);
    ASSERT_GT(id, 0);
    EXPECT_EQ(title, QStringLiteral("Le Fil Industrie"));
    EXPECT_EQ(feed(id).url, m_server.url(QStringLiteral("/feeds/news.xml")));
    EXPECT_EQ(articles(id).size(), 3);
}

TEST_F(FeedUpdaterTest, SubscribingToAPageWithoutAFeedFailsClearlyAndCreatesNothing)
{
    m_server.route("/about.html", HttpResponse::ok("<!DOCTYPE html><html><head><title>À propos</title></head><body><p>Rien.</p></body></html>",
                                                   "text/html"));
    Error error;
    const FeedId id = subscribe(m_server.url(QStringLiteral("/about.html")), &error);
    EXPECT_EQ(id, 0);
    EXPECT_EQ(error.code, ErrorCode::NoFeedFound) << error.debugText().toStdString();
    EXPECT_EQ(error.subject, m_server.url(QStringLiteral("/about.html")));
    EXPECT_LE(m_server.requests().size(), 1 + Subscription::kMaxCandidates);
    EXPECT_TRUE(m_lib->feeds().feeds()->isEmpty());
}

TEST_F(FeedUpdaterTest, SubscribingToAnAddressThatFailsSaysWhy)
{
    m_server.route("/gone.xml", HttpResponse::status_(404));
    Error error;
    EXPECT_EQ(subscribe(m_server.url(QStringLiteral("/gone.xml")), &error), 0);
    EXPECT_EQ(error, makeError(ErrorCode::HttpStatus, QStringLiteral("404 Not Found")));
}

TEST_F(FeedUpdaterTest, DestroyingTheUpdaterDuringARefreshStopsEverythingCleanly)
{
    serveFeed("/feed.xml", "newsroom-three-items.rss", "\"v1\"");
    const FeedId id = subscribe(m_server.url(QStringLiteral("/feed.xml")));
    ASSERT_GT(id, 0);
    HttpResponse stall = HttpResponse::ok("<rss", "application/rss+xml");
    stall.mode = HttpResponse::Mode::StallAfterHeaders;
    m_server.route("/feed.xml", stall);
    {
        auto u = updater();
        int finished = 0;
        QObject::connect(u.get(), &FeedUpdater::finished, [&] { ++finished; });
        u->refreshAll();
        test::waitUntil([&] { return !m_server.requests("/feed.xml").isEmpty(); });
        test::waitUntil([] { return false; }, 100);
        EXPECT_EQ(finished, 0);
    }
    test::waitUntil([] { return false; }, 200);
    EXPECT_EQ(articles(id).size(), 3);
}
