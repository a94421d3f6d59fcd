#include "sync/TtRssClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <optional>

#include "fetch/Fetcher.h"
#include "fetch/NetworkError.h"

namespace veille {

namespace {

// getHeadlines' virtual feeds and updateArticle's fields (tt-rss API level 15).
constexpr int kAllArticles = -4;
constexpr int kStarredFeed = -1;
constexpr int kFieldStarred = 0;
constexpr int kFieldUnread = 2;
// The most article ids sent in one updateArticle: the body stays small.
constexpr int kUpdateBatch = 500;

// An id as tt-rss writes it: a number, or a number in a string (what PDO hands PHP).
std::optional<qint64> idOf(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// A flag as tt-rss writes it: a boolean, or 0/1.
std::optional<bool> flagOf(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    return std::nullopt;
}

// A text member that may be absent or null (then empty), but is never of another type.
bool textOf(const QJsonObject &o, const char *name, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

std::optional<RemoteArticle> articleOf(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    RemoteArticle a;
    const auto id = idOf(o.value(QLatin1String("id")));
    // An archived article (its feed unsubscribed, the article kept for its star) has no feed.
    const QJsonValue feedValue = o.value(QLatin1String("feed_id"));
    const auto feed = feedValue.isNull() ? std::optional<qint64>(0) : idOf(feedValue);
    const auto unread = flagOf(o.value(QLatin1String("unread")));
    const auto marked = flagOf(o.value(QLatin1String("marked")));
    if (!id || !feed || !unread || !marked)
        return std::nullopt;
    a.id = *id;
    a.feedId = *feed > 0 ? QString::number(*feed) : QString();
    a.read = !*unread;
    a.starred = *marked;
    if (!textOf(o, "title", &a.title) || !textOf(o, "link", &a.link) || !textOf(o, "author", &a.author)
        || !textOf(o, "guid", &a.guid) || !textOf(o, "content", &a.html)
        || !textOf(o, "feed_title", &a.feedTitle))
        return std::nullopt;
    if (const auto updated = idOf(o.value(QLatin1String("updated"))); updated && *updated > 0) {
        a.published = QDateTime::fromSecsSinceEpoch(*updated, Qt::UTC);
        a.updated = *updated;
    }
    return a;
}

// "1,2,3": how the API takes a list of articles.
QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

Error badAnswer(const QString &op)
{
    return makeError(ErrorCode::SyncBadAnswer, op);
}

} // namespace

TtRssClient::TtRssClient(const QUrl &server, const QString &user, const QString &password)
    : m_api(apiUrl(server)), m_user(user), m_password(password)
{
    // A POST is never followed to another address: the answer says where, once.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl TtRssClient::apiUrl(const QUrl &server)
{
    QUrl url = server;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    if (!path.endsWith(QLatin1String("/api/")))
        path += QLatin1String("api/");
    url.setPath(path);
    return url;
}

Result<QJsonValue> TtRssClient::post(const QString &op, const QJsonObject &body)
{
    if (m_api.scheme() != QLatin1String("http") && m_api.scheme() != QLatin1String("https"))
        return makeError(ErrorCode::NotAWebAddress, m_api.toString());
    QNetworkRequest request(m_api);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // tt-rss binds a session to the agent that logged in: one agent, always.
    request.setHeader(QNetworkRequest::UserAgentHeader, Fetcher::defaultUserAgent());
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QStringList tlsErrors;
#if QT_CONFIG(ssl)
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&tlsErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            tlsErrors << e.errorString();
    });
#endif
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();
    reply->deleteLater();

    if (timedOut)
        return makeError(ErrorCode::NetworkTimeout, NetworkError::hostOf(m_api));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        return makeError(ErrorCode::SyncRedirected, target.isEmpty() ? QString() : m_api.resolved(target).toString());
    }
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return makeError(ErrorCode::HttpStatus, QStringLiteral("%1 %2").arg(status).arg(reason).trimmed());
    }
    if (reply->error() != QNetworkReply::NoError)
        return NetworkError::of(*reply, m_api, tlsErrors);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badAnswer(op);
    const QJsonObject answer = doc.object();
    const auto answerStatus = idOf(answer.value(QLatin1String("status")));
    if (!answerStatus || !answer.contains(QLatin1String("content")))
        return badAnswer(op);
    const QJsonValue content = answer.value(QLatin1String("content"));
    if (*answerStatus == 0)
        return content;
    const QString word = content.toObject().value(QLatin1String("error")).toString();
    if (word == QLatin1String("LOGIN_ERROR"))
        return makeError(ErrorCode::SyncLoginRefused, m_user);
    if (word == QLatin1String("API_DISABLED"))
        return makeError(ErrorCode::SyncApiDisabled, m_user);
    if (word.isEmpty())
        return badAnswer(op);
    return makeError(ErrorCode::SyncServerRefused, op + QLatin1String(": ") + word);
}

Result<void> TtRssClient::login()
{
    VEILLE_TRY_ASSIGN(const QJsonValue content,
                      post(QStringLiteral("login"), {{QStringLiteral("op"), QStringLiteral("login")},
                                                     {QStringLiteral("user"), m_user},
                                                     {QStringLiteral("password"), m_password}}));
    const QString sid = content.toObject().value(QLatin1String("session_id")).toString();
    if (sid.isEmpty())
        return badAnswer(QStringLiteral("login"));
    m_sid = sid;
    ++m_logins;
    return {};
}

Result<void> TtRssClient::logout()
{
    if (m_sid.isEmpty())
        return {};
    QJsonObject body{{QStringLiteral("op"), QStringLiteral("logout")}, {QStringLiteral("sid"), m_sid}};
    m_sid.clear();
    VEILLE_TRY(post(QStringLiteral("logout"), body));
    return {};
}

Result<QJsonValue> TtRssClient::call(const QString &op, QJsonObject params)
{
    if (m_sid.isEmpty())
        VEILLE_TRY(login());
    params.insert(QStringLiteral("op"), op);
    params.insert(QStringLiteral("sid"), m_sid);
    auto answer = post(op, params);
    if (answer || answer.error().code != ErrorCode::SyncServerRefused
        || !answer.error().detail.endsWith(QLatin1String(": NOT_LOGGED_IN")))
        return answer;
    // The session expired (or the server restarted): once more with a new one.
    m_sid.clear();
    VEILLE_TRY(login());
    params.insert(QStringLiteral("sid"), m_sid);
    return post(op, params);
}

Result<QList<RemoteCategory>> TtRssClient::categories()
{
    const QString op = QStringLiteral("getCategories");
    VEILLE_TRY_ASSIGN(const QJsonValue content, call(op));
    if (!content.isArray())
        return badAnswer(op);
    QList<RemoteCategory> out;
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject o = v.toObject();
        const auto id = idOf(o.value(QLatin1String("id")));
        QString title;
        if (!v.isObject() || !id || !textOf(o, "title", &title))
            return badAnswer(op);
        if (*id > 0) // -1 Special, -2 Labels and 0 Uncategorized are not folders
            out.append({QString::number(*id), title});
    }
    return out;
}

Result<QList<RemoteFeed>> TtRssClient::feeds()
{
    const QString op = QStringLiteral("getFeeds");
    VEILLE_TRY_ASSIGN(const QJsonValue content, call(op, {{QStringLiteral("cat_id"), -3}}));
    if (!content.isArray())
        return badAnswer(op);
    QList<RemoteFeed> out;
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject o = v.toObject();
        const auto id = idOf(o.value(QLatin1String("id")));
        const auto cat = idOf(o.value(QLatin1String("cat_id")));
        RemoteFeed f;
        if (!v.isObject() || !id || !textOf(o, "title", &f.title) || !textOf(o, "feed_url", &f.url))
            return badAnswer(op);
        if (*id <= 0) // virtual feeds (starred, fresh, labels) are views, not feeds
            continue;
        f.id = QString::number(*id);
        f.categoryId = cat && *cat > 0 ? QString::number(*cat) : QString();
        out.append(f);
    }
    return out;
}

Result<RemotePage> TtRssClient::newArticles(qint64 sinceId, int offset)
{
    const QString op = QStringLiteral("getHeadlines");
    VEILLE_TRY_ASSIGN(const QJsonValue content,
                      call(op, {{QStringLiteral("feed_id"), kAllArticles},
                                {QStringLiteral("view_mode"), QStringLiteral("all_articles")},
                                {QStringLiteral("show_content"), true},
                                {QStringLiteral("since_id"), sinceId},
                                {QStringLiteral("limit"), kPageSize},
                                {QStringLiteral("skip"), offset},
                                // oldest first: what arrives while paging comes after, never shifts a page
                                {QStringLiteral("order_by"), QStringLiteral("date_reverse")}}));
    if (!content.isArray())
        return badAnswer(op);
    RemotePage page;
    const QJsonArray items = content.toArray();
    for (const QJsonValue &v : items) {
        const auto article = articleOf(v);
        if (!article)
            return badAnswer(op);
        page.articles.append(*article);
    }
    page.more = items.size() >= kPageSize;
    return page;
}

Result<RemoteStampPage> TtRssClient::stamps(int offset)
{
    // tt-rss's "updated" is the item's date, and a changed item stored again gets the
    // changed item's date (the time of the change when the item has none): ordered by it,
    // newest first ("feed_dates"), the changed articles come before the others.
    const QString op = QStringLiteral("getHeadlines");
    VEILLE_TRY_ASSIGN(const QJsonValue content,
                      call(op, {{QStringLiteral("feed_id"), kAllArticles},
                                {QStringLiteral("view_mode"), QStringLiteral("all_articles")},
                                {QStringLiteral("show_content"), false},
                                {QStringLiteral("show_excerpt"), false},
                                {QStringLiteral("limit"), kPageSize},
                                {QStringLiteral("skip"), offset},
                                {QStringLiteral("order_by"), QStringLiteral("feed_dates")}}));
    if (!content.isArray())
        return badAnswer(op);
    RemoteStampPage page;
    const QJsonArray items = content.toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const auto id = idOf(o.value(QLatin1String("id")));
        const auto updated = idOf(o.value(QLatin1String("updated")));
        if (!v.isObject() || !id || !updated)
            return badAnswer(op);
        page.stamps.append({*id, *updated});
    }
    page.more = items.size() >= kPageSize;
    return page;
}

Result<QList<RemoteArticle>> TtRssClient::articles(const QList<qint64> &ids)
{
    const QString op = QStringLiteral("getArticle");
    QList<RemoteArticle> out;
    for (qsizetype i = 0; i < ids.size(); i += kPageSize) {
        VEILLE_TRY_ASSIGN(const QJsonValue content, call(op, {{QStringLiteral("article_id"), idList(ids.mid(i, kPageSize))}}));
        if (!content.isArray())
            return badAnswer(op);
        for (const QJsonValue &v : content.toArray()) {
            const auto article = articleOf(v);
            if (!article)
                return badAnswer(op);
            out.append(*article);
        }
    }
    return out;
}

Result<QSet<qint64>> TtRssClient::headlineIds(int feedId, const QString &viewMode)
{
    const QString op = QStringLiteral("getHeadlines");
    QSet<qint64> out;
    for (int offset = 0;; offset += kPageSize) {
        VEILLE_TRY_ASSIGN(const QJsonValue content,
                          call(op, {{QStringLiteral("feed_id"), feedId},
                                    {QStringLiteral("view_mode"), viewMode},
                                    {QStringLiteral("show_content"), false},
                                    {QStringLiteral("show_excerpt"), false},
                                    {QStringLiteral("limit"), kPageSize},
                                    {QStringLiteral("skip"), offset}}));
        if (!content.isArray())
            return badAnswer(op);
        const QJsonArray items = content.toArray();
        for (const QJsonValue &v : items) {
            const auto id = idOf(v.toObject().value(QLatin1String("id")));
            if (!id)
                return badAnswer(op);
            out.insert(*id);
        }
        if (items.size() < kPageSize)
            return out;
    }
}

Result<QSet<qint64>> TtRssClient::unreadIds()
{
    return headlineIds(kAllArticles, QStringLiteral("unread"));
}

Result<QSet<qint64>> TtRssClient::starredIds()
{
    return headlineIds(kStarredFeed, QStringLiteral("all_articles"));
}

Result<void> TtRssClient::update(const QList<qint64> &ids, int field, bool value)
{
    const QString op = QStringLiteral("updateArticle");
    for (qsizetype i = 0; i < ids.size(); i += kUpdateBatch) {
        VEILLE_TRY_ASSIGN(const QJsonValue content, call(op, {{QStringLiteral("article_ids"), idList(ids.mid(i, kUpdateBatch))},
                                                              {QStringLiteral("mode"), value ? 1 : 0},
                                                              {QStringLiteral("field"), field}}));
        if (content.toObject().value(QLatin1String("status")).toString() != QLatin1String("OK"))
            return badAnswer(op);
    }
    return {};
}

Result<void> TtRssClient::setRead(const QList<qint64> &ids, bool read)
{
    return update(ids, kFieldUnread, !read);
}

Result<void> TtRssClient::setStarred(const QList<qint64> &ids, bool starred)
{
    return update(ids, kFieldStarred, starred);
}

Result<QString> TtRssClient::subscribe(const QString &feedUrl, const QString &categoryId)
{
    const QString op = QStringLiteral("subscribeToFeed");
    VEILLE_TRY_ASSIGN(const QJsonValue content,
                      call(op, {{QStringLiteral("feed_url"), feedUrl},
                                {QStringLiteral("category_id"), categoryId.isEmpty() ? 0 : categoryId.toLongLong()}}));
    const QJsonObject status = content.toObject().value(QLatin1String("status")).toObject();
    const auto code = idOf(status.value(QLatin1String("code")));
    if (!code)
        return badAnswer(op);
    // 0: already subscribed, 1: added; 2 to 5: the server could not use the address.
    if (*code != 0 && *code != 1) {
        const QString message = status.value(QLatin1String("message")).toString();
        return makeError(ErrorCode::SyncServerRefused,
                         QStringLiteral("%1: %2 %3").arg(op).arg(*code).arg(message).trimmed());
    }
    const auto id = idOf(status.value(QLatin1String("feed_id")));
    return id ? QString::number(*id) : QString();
}

Result<void> TtRssClient::unsubscribe(const QString &feedId)
{
    const QString op = QStringLiteral("unsubscribeFeed");
    VEILLE_TRY_ASSIGN(const QJsonValue content, call(op, {{QStringLiteral("feed_id"), feedId.toLongLong()}}));
    if (content.toObject().value(QLatin1String("status")).toString() != QLatin1String("OK"))
        return badAnswer(op);
    return {};
}

Result<int> TtRssClient::unreadCount()
{
    const QString op = QStringLiteral("getCounters");
    VEILLE_TRY_ASSIGN(const QJsonValue content, call(op, {{QStringLiteral("output_mode"), QStringLiteral("f")}}));
    if (!content.isArray())
        return badAnswer(op);
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("id")).toString() == QLatin1String("global-unread")) {
            const auto n = idOf(o.value(QLatin1String("counter")));
            if (!n)
                return badAnswer(op);
            return int(*n);
        }
    }
    return badAnswer(op);
}

} // namespace veille
