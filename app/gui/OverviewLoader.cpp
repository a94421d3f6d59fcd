#include "gui/OverviewLoader.h"

#include "messages/ErrorText.h"
#include "storage/AccountStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/FeedStore.h"
#include "update/StorageThread.h"

namespace veille::app {

namespace {

LibraryOverview readOverview(Database &db)
{
    LibraryOverview o;
    auto keep = [&o](const auto &result) {
        if (!result && o.error.isEmpty())
            o.error = ErrorText::of(result.error());
        return bool(result);
    };
    if (auto feeds = FeedStore(db).feeds(); keep(feeds))
        o.feeds = *feeds;
    if (auto accounts = AccountStore(db).accounts(); keep(accounts))
        o.accounts = *accounts;
    if (auto companies = EntityStore(db).companies(); keep(companies))
        o.companies = *companies;
    ArticleStore articles(db);
    ArticleFilter unread;
    unread.unreadOnly = true;
    ArticleFilter favourites;
    favourites.favouritesOnly = true;
    if (auto n = articles.count({}); keep(n))
        o.all = *n;
    if (auto n = articles.count(unread); keep(n))
        o.unread = *n;
    if (auto n = articles.count(favourites); keep(n))
        o.favourites = *n;
    return o;
}

} // namespace

OverviewLoader::OverviewLoader(const QString &databasePath, QObject *parent)
    : QObject(parent), m_thread(std::make_unique<StorageThread>(databasePath, Access::Read)), m_latest(std::make_shared<std::atomic<int>>(0))
{
}

// The thread is stopped first (it waits for a read in progress), while this object
// still exists to receive, or drop, what that read posts back.
OverviewLoader::~OverviewLoader() { m_thread.reset(); }

void OverviewLoader::request()
{
    const int generation = ++*m_latest;
    m_pending = true;
    m_thread->post([this, generation, latest = m_latest](Database *db, const Error &error) {
        if (*latest != generation)
            return; // a newer request is queued behind this one
        LibraryOverview overview = db ? readOverview(*db) : LibraryOverview{};
        if (!db)
            overview.error = ErrorText::of(error);
        QMetaObject::invokeMethod(this, [this, generation, overview = std::move(overview)] {
            if (*m_latest != generation)
                return;
            m_pending = false;
            emit loaded(overview);
        }, Qt::QueuedConnection);
    });
}

} // namespace veille::app
