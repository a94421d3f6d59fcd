#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QUrl>

#include "sync/SyncClient.h"

namespace veille {

// Tiny Tiny RSS through its JSON API (api/, level 15 and later): every call is a POST of
// one JSON object, answered {"seq","status","content"}. The session is bound to the
// User-Agent, so one constant agent is sent; a call whose session expired logs in again
// once and is sent again. See docs/sync.md.
class TtRssClient : public SyncClient {
public:
    static constexpr int kPageSize = 200;        // the most getHeadlines gives at once
    static constexpr int kDefaultTimeoutMs = 30000;

    TtRssClient(const QUrl &server, const QString &user, const QString &password);

    // The API's address for a server's base address ("https://host/tt-rss" or ".../api/").
    static QUrl apiUrl(const QUrl &server);
    void setTimeoutMs(int ms) override { m_timeoutMs = ms; }
    const QString &sessionId() const { return m_sid; }
    // How many times the client logged in: a re-login after an expired session counts.
    int logins() const { return m_logins; }

    Result<void> login() override;
    Result<void> logout() override;
    Result<QList<RemoteCategory>> categories() override;
    Result<QList<RemoteFeed>> feeds() override;
    Result<RemotePage> newArticles(qint64 sinceId, int offset) override;
    Result<RemoteStampPage> stamps(int offset) override;
    Result<QList<RemoteArticle>> articles(const QList<qint64> &ids) override;
    Result<QSet<qint64>> unreadIds() override;
    Result<QSet<qint64>> starredIds() override;
    Result<void> setRead(const QList<qint64> &ids, bool read) override;
    Result<void> setStarred(const QList<qint64> &ids, bool starred) override;
    Result<QString> subscribe(const QString &feedUrl, const QString &categoryId) override;
    Result<void> unsubscribe(const QString &feedId) override;
    Result<int> unreadCount() override;

private:
    // One API call with the session: its "content". Logs in first when there is no
    // session, and once more when the server says the session is gone.
    Result<QJsonValue> call(const QString &op, QJsonObject params = {});
    // One POST, its answer checked down to "status" and "content".
    Result<QJsonValue> post(const QString &op, const QJsonObject &body);
    // The ids of the headlines of a virtual feed, page after page.
    Result<QSet<qint64>> headlineIds(int feedId, const QString &viewMode);
    Result<void> update(const QList<qint64> &ids, int field, bool value);

    QNetworkAccessManager m_network;
    QUrl m_api;
    QString m_user;
    QString m_password;
    QString m_sid;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_logins = 0;
};

} // namespace veille
