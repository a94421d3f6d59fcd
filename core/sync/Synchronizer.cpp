#include "sync/Synchronizer.h"

#include <QSet>

#include "storage/AccountStore.h"
#include "sync/SyncClient.h"
#include "update/ArticleBuilder.h"
#include "update/FeedItemWriter.h"

namespace veille {

namespace {

bool isWebAddress(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// The item as a feed would have given it. Its guid names the account and the server's
// article, so the same article from a feed of one's own or from another account is
// another article, and an article the server changed replaces its older version.
ParsedItem itemOf(const Account &account, const RemoteArticle &a)
{
    ParsedItem item;
    item.guid = QStringLiteral("sync:%1:%2").arg(account.id).arg(a.id);
    item.link = isWebAddress(a.link) ? a.link : QString();
    item.title = a.title;
    if (!a.author.isEmpty())
        item.authors.append(ParsedPerson{a.author, QString(), QString()});
    item.published = a.published;
    item.contentHtml = a.html;
    return item;
}

bool same(const ArticleState &a, const ArticleState &b)
{
    return a.favourite == b.favourite && a.read == b.read;
}

} // namespace

SyncReport Synchronizer::sync(const Account &account)
{
    SyncReport report;
    report.account = account.id;
    auto run = [&]() -> Result<void> {
        VEILLE_TRY(m_client.login());
        VEILLE_TRY(syncFeeds(account, report));
        VEILLE_TRY_ASSIGN(const auto stamps, m_store.stamps(account.id));
        qint64 newestStamp = 0;
        for (qint64 stamp : stamps)
            newestStamp = std::max(newestStamp, stamp);
        VEILLE_TRY(fetchNew(account, report));
        // A first sync just stored every article as it is: nothing to compare yet.
        if (!stamps.isEmpty())
            VEILLE_TRY(fetchChanged(account, newestStamp, report));
        // The server's flags once, before the push; the push then updates them as the
        // server confirms, and what is left is the server's own doing.
        VEILLE_TRY_ASSIGN(QSet<qint64> unread, m_client.unreadIds());
        VEILLE_TRY_ASSIGN(QSet<qint64> starred, m_client.starredIds());
        VEILLE_TRY(fetchMissing(account, unread + starred, report));
        VEILLE_TRY(pushQueue(account, unread, starred, report));
        return pullFlags(account, unread, starred, report);
    };
    if (const Result<void> done = run(); !done)
        report.error = done.error();
    // Leaving the session open costs the server nothing it keeps; a failed logout is not
    // a failed sync.
    (void)m_client.logout();
    const Result<void> recorded = AccountStore(m_library.database()).recordSync(account.id, report.error);
    if (!recorded && report.error.isNone())
        report.error = recorded.error();
    return report;
}

Result<void> Synchronizer::syncFeeds(const Account &account, SyncReport &report)
{
    VEILLE_TRY_ASSIGN(const QList<RemoteCategory> categories, m_client.categories());
    VEILLE_TRY_ASSIGN(const QList<RemoteFeed> feeds, m_client.feeds());
    QHash<QString, QString> folders;
    for (const RemoteCategory &c : categories)
        folders.insert(c.id, c.title);
    report.feeds = int(feeds.size());
    return m_library.database().transaction([&]() -> Result<void> {
        VEILLE_TRY_ASSIGN(m_feeds, m_store.feeds(account.id));
        QSet<QString> listed;
        for (const RemoteFeed &f : feeds) {
            listed.insert(f.id);
            VEILLE_TRY_ASSIGN(const FeedId id, m_store.ensureFeed(account.id, f.id, f.title, f.url, folders.value(f.categoryId)));
            m_feeds.insert(f.id, id);
            m_feedUrls.insert(f.id, f.url);
        }
        for (auto it = m_feeds.begin(); it != m_feeds.end();) {
            if (listed.contains(it.key())) {
                ++it;
                continue;
            }
            VEILLE_TRY(m_store.dropFeed(it.value()));
            it = m_feeds.erase(it);
        }
        return {};
    });
}

Result<void> Synchronizer::fetchNew(const Account &account, SyncReport &report)
{
    // Every page asks for what is newer than the last sync's newest article; the newest
    // is moved on only once every page is stored, so a sync cut short asks again.
    qint64 newest = account.sinceId;
    for (int offset = 0;;) {
        VEILLE_TRY_ASSIGN(const RemotePage page, m_client.newArticles(account.sinceId, offset));
        VEILLE_TRY(storePage(account, page.articles, report));
        for (const RemoteArticle &a : page.articles)
            newest = std::max(newest, a.id);
        offset += int(page.articles.size());
        if (!page.more || page.articles.isEmpty())
            break;
    }
    if (newest == account.sinceId)
        return {};
    return AccountStore(m_library.database()).setSinceId(account.id, newest);
}

Result<void> Synchronizer::fetchChanged(const Account &account, qint64 from, SyncReport &report)
{
    VEILLE_TRY_ASSIGN(const auto stored, m_store.stamps(account.id));
    // Newest stamp first: every changed article has a stamp at least as new as the newest
    // stored before, so the pages stop there. A library synced before stamps were kept
    // (all 0) reads every page once and only records the stamps.
    QList<qint64> changed;
    QList<RemoteStamp> unknown;
    for (int offset = 0;;) {
        VEILLE_TRY_ASSIGN(const RemoteStampPage page, m_client.stamps(offset));
        bool older = false;
        for (const RemoteStamp &s : page.stamps) {
            if (s.updated < from) {
                older = true;
                break;
            }
            const auto it = stored.constFind(s.id);
            if (it == stored.cend() || *it == s.updated)
                continue; // not stored (fetchMissing's), or unchanged
            if (*it == 0)
                unknown.append(s);
            else
                changed.append(s.id);
        }
        offset += int(page.stamps.size());
        if (older || !page.more || page.stamps.isEmpty())
            break;
    }
    VEILLE_TRY(m_library.database().transaction([&]() -> Result<void> {
        for (const RemoteStamp &s : unknown)
            VEILLE_TRY(m_store.setStamp(account.id, s.id, s.updated));
        return {};
    }));
    if (changed.isEmpty())
        return {};
    VEILLE_TRY_ASSIGN(const QList<RemoteArticle> articles, m_client.articles(changed));
    const int before = report.newArticles;
    VEILLE_TRY(storePage(account, articles, report));
    report.changed += int(articles.size()) - (report.newArticles - before);
    return {};
}

Result<void> Synchronizer::fetchMissing(const Account &account, const QSet<qint64> &wanted, SyncReport &report)
{
    VEILLE_TRY_ASSIGN(const QList<RemoteLink> links, m_store.links(account.id));
    QSet<qint64> missing = wanted;
    for (const RemoteLink &l : links)
        missing.remove(l.remoteId);
    if (missing.isEmpty())
        return {};
    QList<qint64> ids = missing.values();
    std::sort(ids.begin(), ids.end());
    VEILLE_TRY_ASSIGN(const QList<RemoteArticle> articles, m_client.articles(ids));
    return storePage(account, articles, report);
}

Result<void> Synchronizer::storePage(const Account &account, const QList<RemoteArticle> &articles, SyncReport &report)
{
    // By feed, in the server's order, so each is stored under its own feed.
    QList<QString> order;
    QHash<QString, QList<const RemoteArticle *>> byFeed;
    for (const RemoteArticle &a : articles) {
        if (!byFeed.contains(a.feedId))
            order.append(a.feedId);
        byFeed[a.feedId].append(&a);
    }
    FeedItemWriter writer(m_library.database(), m_library.factsEngine());
    return m_library.database().transaction([&]() -> Result<void> {
        for (const QString &remoteFeed : order) {
            const QList<const RemoteArticle *> &items = byFeed[remoteFeed];
            FeedId feed = m_feeds.value(remoteFeed);
            if (!feed && !remoteFeed.isEmpty()) { // subscribed on the server after its feeds were listed
                VEILLE_TRY_ASSIGN(feed, m_store.ensureFeed(account.id, remoteFeed, items.first()->feedTitle, QString(), QString()));
                m_feeds.insert(remoteFeed, feed);
            }
            ParsedFeed parsed;
            for (const RemoteArticle *a : items)
                parsed.items.append(itemOf(account, *a));
            const QString feedUrl = m_feedUrls.value(remoteFeed);
            ImportReport imported;
            VEILLE_TRY(writer.writeItems(parsed, feed, isWebAddress(feedUrl) ? QUrl(feedUrl) : QUrl(), &imported));
            report.newArticles += int(imported.added.size());
            QSet<ArticleId> added;
            for (const ImportedArticle &a : imported.added)
                added.insert(a.id);
            for (qsizetype i = 0; i < items.size(); ++i) {
                const ParsedItem &item = parsed.items.at(i);
                VEILLE_TRY_ASSIGN(const auto id, m_library.articles().idForIdentity(
                                                     ArticleBuilder::identity(item.guid, item.link, item.title, QString())));
                if (!id)
                    return makeError(ErrorCode::ArticleNotFound, item.guid);
                const ArticleState server{.favourite = items.at(i)->starred, .read = items.at(i)->read};
                VEILLE_TRY(m_store.link(account.id, *id, items.at(i)->id, server, items.at(i)->updated));
                if (added.contains(*id) && (server.favourite || server.read))
                    VEILLE_TRY(m_store.applyServer(*id, server));
            }
        }
        return {};
    });
}

Result<void> Synchronizer::pushQueue(const Account &account, QSet<qint64> &unread, QSet<qint64> &starred, SyncReport &report)
{
    VEILLE_TRY_ASSIGN(const QList<QueuedChange> queue, m_store.queue(account.id));
    if (queue.isEmpty())
        return {};
    VEILLE_TRY_ASSIGN(const QList<RemoteLink> links, m_store.links(account.id));
    QHash<ArticleId, ArticleState> known;
    for (const RemoteLink &l : links)
        known.insert(l.articleId, l.known);

    // One request per flag and value: read, unread, starred, unstarred.
    QList<QueuedChange> groups[4];
    for (const QueuedChange &c : queue) {
        const bool favourite = c.field == QueuedChange::Field::Favourite;
        if (favourite && !c.value && starred.contains(c.remoteId) && !known.value(c.articleId).favourite) {
            // Unstarred here while starred on the server since the last sync: starred
            // wins, and the pull below stars it here too.
            VEILLE_TRY(m_store.dropQueued(c.articleId, c.field));
            continue;
        }
        groups[(favourite ? 2 : 0) + (c.value ? 0 : 1)].append(c);
    }
    for (const QList<QueuedChange> &group : groups) {
        if (group.isEmpty())
            continue;
        QList<qint64> ids;
        for (const QueuedChange &c : group)
            ids.append(c.remoteId);
        const QueuedChange &first = group.first();
        if (first.field == QueuedChange::Field::Read)
            VEILLE_TRY(m_client.setRead(ids, first.value));
        else
            VEILLE_TRY(m_client.setStarred(ids, first.value));
        // Confirmed: out of the queue, and the server's flags are now these.
        VEILLE_TRY(m_library.database().transaction([&]() -> Result<void> {
            for (const QueuedChange &c : group)
                VEILLE_TRY(m_store.confirm(c));
            return {};
        }));
        for (qint64 id : ids) {
            QSet<qint64> &set = first.field == QueuedChange::Field::Read ? unread : starred;
            const bool inSet = first.field == QueuedChange::Field::Read ? !first.value : first.value;
            if (inSet)
                set.insert(id);
            else
                set.remove(id);
        }
        report.pushed += int(group.size());
    }
    return {};
}

Result<void> Synchronizer::pullFlags(const Account &account, const QSet<qint64> &unread, const QSet<qint64> &starred,
                                     SyncReport &report)
{
    // A change made in Veille while this sync ran waits for the next one.
    VEILLE_TRY_ASSIGN(const QList<QueuedChange> queue, m_store.queue(account.id));
    QSet<ArticleId> pending;
    for (const QueuedChange &c : queue)
        pending.insert(c.articleId);
    VEILLE_TRY_ASSIGN(const QList<RemoteLink> links, m_store.links(account.id));
    return m_library.database().transaction([&]() -> Result<void> {
        for (const RemoteLink &l : links) {
            if (pending.contains(l.articleId))
                continue;
            const ArticleState server{.favourite = starred.contains(l.remoteId), .read = !unread.contains(l.remoteId)};
            if (same(server, l.local) && same(server, l.known))
                continue;
            if (!same(server, l.local))
                ++report.pulled;
            VEILLE_TRY(m_store.applyServer(l.articleId, server));
        }
        return {};
    });
}

} // namespace veille
