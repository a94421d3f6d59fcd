#include "FakeTtRss.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>
#include <QMutexLocker>

namespace veille::test {

namespace {

HttpResponse json(const QJsonObject &o)
{
    return HttpResponse::ok(QJsonDocument(o).toJson(QJsonDocument::Compact), "text/json; charset=utf-8");
}

QJsonObject wrapped(int status, const QJsonValue &content)
{
    return {{QStringLiteral("seq"), 0}, {QStringLiteral("status"), status}, {QStringLiteral("content"), content}};
}

QJsonObject apiError(const char *word)
{
    return wrapped(1, QJsonObject{{QStringLiteral("error"), QString::fromLatin1(word)}});
}

QList<qint64> idsOf(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QString &part : v.toVariant().toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.trimmed().toLongLong());
    return out;
}

} // namespace

FakeTtRss::FakeTtRss()
{
    m_http.route("/tt-rss/api/", [this](const HttpRequest &r) { return handle(r); });
}

qint64 FakeTtRss::addCategory(const QString &title)
{
    QMutexLocker lock(&m_mutex);
    const qint64 id = m_nextId++;
    m_categories.insert(id, title);
    return id;
}

qint64 FakeTtRss::addFeed(const QString &title, const QString &feedUrl, qint64 categoryId)
{
    QMutexLocker lock(&m_mutex);
    const qint64 id = m_nextId++;
    m_feeds.insert(id, {title, feedUrl, categoryId});
    return id;
}

void FakeTtRss::removeFeed(qint64 id)
{
    QMutexLocker lock(&m_mutex);
    // As tt-rss does: starred articles stay, archived, with no feed.
    m_feeds.remove(id);
    for (auto it = m_articles.begin(); it != m_articles.end();) {
        if (it->feedId == id && it->marked)
            it->feedId = 0;
        it = it->feedId == id ? m_articles.erase(it) : std::next(it);
    }
}

qint64 FakeTtRss::addArticle(qint64 feedId, const QString &title, const QString &content, const QString &link)
{
    QMutexLocker lock(&m_mutex);
    Article a;
    a.id = m_nextId++;
    a.feedId = feedId;
    a.title = title;
    a.content = content;
    a.link = link.isNull() ? QStringLiteral("https://news.example/%1.html").arg(a.id) : link;
    a.author = QStringLiteral("Desk");
    a.updated += a.id * 60;
    m_articles.insert(a.id, a);
    return a.id;
}

FakeTtRss::Article FakeTtRss::article(qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    return m_articles.value(id);
}

void FakeTtRss::setUnread(qint64 id, bool unread)
{
    QMutexLocker lock(&m_mutex);
    m_articles[id].unread = unread;
}

void FakeTtRss::setMarked(qint64 id, bool marked)
{
    QMutexLocker lock(&m_mutex);
    m_articles[id].marked = marked;
}

void FakeTtRss::changeArticle(qint64 id, const QString &title, const QString &content, qint64 updated)
{
    QMutexLocker lock(&m_mutex);
    Article &a = m_articles[id];
    a.title = title;
    a.content = content;
    a.updated = updated;
}

void FakeTtRss::expireSessions()
{
    QMutexLocker lock(&m_mutex);
    m_sessions.clear();
}

void FakeTtRss::fail(const QString &op, const HttpResponse &response, int times)
{
    QMutexLocker lock(&m_mutex);
    m_faults.insert(op, {response, times});
}

void FakeTtRss::failAfter(int calls)
{
    QMutexLocker lock(&m_mutex);
    m_failAfter = calls;
}

void FakeTtRss::heal()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
    m_failAfter = -1;
}

int FakeTtRss::calls(const QString &op) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(op);
}

QSet<QByteArray> FakeTtRss::userAgents() const
{
    QMutexLocker lock(&m_mutex);
    return m_agents;
}

HttpResponse FakeTtRss::handle(const HttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString op = body.value(QLatin1String("op")).toString();
    ++m_calls[op];
    m_agents.insert(request.header("user-agent"));
    if (m_failAfter == 0)
        return HttpResponse::status_(503);
    if (m_failAfter > 0)
        --m_failAfter;
    if (auto it = m_faults.find(op); it != m_faults.end() && it->second != 0) {
        if (it->second > 0)
            --it->second;
        return it->first;
    }
    if (request.method != "POST")
        return json(apiError("INCORRECT_USAGE"));
    if (op == QLatin1String("login")) {
        if (body.value(QLatin1String("user")).toString() != user || body.value(QLatin1String("password")).toString() != password)
            return json(apiError("LOGIN_ERROR"));
        const QString sid = QStringLiteral("sid%1").arg(m_calls.value(op));
        m_sessions.insert(sid, request.header("user-agent"));
        return json(wrapped(0, QJsonObject{{QStringLiteral("session_id"), sid}, {QStringLiteral("api_level"), 15}}));
    }
    // A session belongs to the agent that opened it, as tt-rss has it.
    const QString sid = body.value(QLatin1String("sid")).toString();
    if (!m_sessions.contains(sid) || m_sessions.value(sid) != request.header("user-agent"))
        return json(apiError("NOT_LOGGED_IN"));
    bool ok = true;
    const QJsonValue content = run(op, body, &ok);
    return json(ok ? wrapped(0, content) : apiError("UNKNOWN_METHOD"));
}

QJsonObject FakeTtRss::headline(const Article &a, bool withContent) const
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("guid"), QStringLiteral("{\"ver\":2,\"uid\":1,\"hash\":\"SHA1:%1\"}").arg(a.id)},
                  {QStringLiteral("unread"), a.unread},
                  {QStringLiteral("marked"), a.marked},
                  {QStringLiteral("updated"), a.updated},
                  {QStringLiteral("title"), a.title},
                  {QStringLiteral("link"), a.link},
                  // tt-rss hands feed ids out of PostgreSQL as text, and none when archived
                  {QStringLiteral("feed_id"), a.feedId ? QJsonValue(QString::number(a.feedId)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("feed_title"), m_feeds.value(a.feedId).title},
                  {QStringLiteral("author"), a.author},
                  {QStringLiteral("note"), QJsonValue::Null}};
    if (withContent)
        o.insert(QStringLiteral("content"), a.content);
    return o;
}

QJsonValue FakeTtRss::run(const QString &op, const QJsonObject &body, bool *ok)
{
    if (op == QLatin1String("logout")) {
        m_sessions.remove(body.value(QLatin1String("sid")).toString());
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}};
    }
    if (op == QLatin1String("getCategories")) {
        QJsonArray out{QJsonObject{{QStringLiteral("id"), -1}, {QStringLiteral("title"), QStringLiteral("Special")}},
                       QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("title"), QStringLiteral("Uncategorized")}}};
        for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it)
            out.append(QJsonObject{{QStringLiteral("id"), QString::number(it.key())}, {QStringLiteral("title"), it.value()}});
        return out;
    }
    if (op == QLatin1String("getFeeds")) {
        QJsonArray out;
        for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it)
            out.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                   {QStringLiteral("title"), it->title},
                                   {QStringLiteral("feed_url"), it->url},
                                   {QStringLiteral("cat_id"), it->category}});
        return out;
    }
    if (op == QLatin1String("getHeadlines")) {
        const qint64 feed = body.value(QLatin1String("feed_id")).toInteger();
        const QString mode = body.value(QLatin1String("view_mode")).toString();
        const qint64 since = body.value(QLatin1String("since_id")).toInteger();
        int limit = int(body.value(QLatin1String("limit")).toInteger());
        limit = limit <= 0 || limit > 200 ? 200 : limit;
        const int skip = int(body.value(QLatin1String("skip")).toInteger());
        const bool content = body.value(QLatin1String("show_content")).toBool();
        QList<Article> order = m_articles.values(); // by id, as tt-rss's date_reverse of dated items
        if (body.value(QLatin1String("order_by")).toString() == QLatin1String("feed_dates"))
            std::stable_sort(order.begin(), order.end(), [](const Article &a, const Article &b) { return a.updated > b.updated; });
        QJsonArray out;
        int seen = 0;
        for (const Article &a : order) {
            if (a.id <= since || (feed == -1 && !a.marked) || (feed > 0 && a.feedId != feed)
                || (mode == QLatin1String("unread") && !a.unread))
                continue;
            if (seen++ < skip)
                continue;
            if (out.size() >= limit)
                break;
            out.append(headline(a, content));
        }
        return out;
    }
    if (op == QLatin1String("getArticle")) {
        QJsonArray out;
        for (qint64 id : idsOf(body.value(QLatin1String("article_id"))))
            if (m_articles.contains(id))
                out.append(headline(m_articles.value(id), true));
        return out;
    }
    if (op == QLatin1String("updateArticle")) {
        const int field = int(body.value(QLatin1String("field")).toInteger());
        const bool on = body.value(QLatin1String("mode")).toInteger() == 1;
        int updated = 0;
        for (qint64 id : idsOf(body.value(QLatin1String("article_ids")))) {
            if (!m_articles.contains(id))
                continue;
            (field == 0 ? m_articles[id].marked : m_articles[id].unread) = on;
            ++updated;
        }
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}, {QStringLiteral("updated"), updated}};
    }
    if (op == QLatin1String("subscribeToFeed")) {
        const QString url = body.value(QLatin1String("feed_url")).toString();
        for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it)
            if (it->url == url)
                return QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("code"), 0}, {QStringLiteral("feed_id"), it.key()}}}};
        if (!url.startsWith(QLatin1String("http")))
            return QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("code"), 2}}}};
        const qint64 id = m_nextId++;
        m_feeds.insert(id, {url, url, body.value(QLatin1String("category_id")).toInteger()});
        return QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("code"), 1}, {QStringLiteral("feed_id"), id}}}};
    }
    if (op == QLatin1String("unsubscribeFeed")) {
        const qint64 id = body.value(QLatin1String("feed_id")).toInteger();
        if (!m_feeds.remove(id))
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("FEED_NOT_FOUND")}};
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}};
    }
    if (op == QLatin1String("getCounters")) {
        int unread = 0;
        for (const Article &a : m_articles)
            unread += a.unread ? 1 : 0;
        return QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("global-unread")}, {QStringLiteral("counter"), unread}},
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("subscribed-feeds")}, {QStringLiteral("counter"), m_feeds.size()}}};
    }
    *ok = false;
    return {};
}

} // namespace veille::test
