#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QUrl>

#include "fetch/TestHttpServer.h"

namespace veille::test {

// A Tiny Tiny RSS API (level 15) in memory, on TestHttpServer: what the real server
// answers to the calls Veille makes, and the faults a real server is hard to make show
// on cue (an expired session, a broken answer, an HTTP error, silence).
class FakeTtRss {
public:
    struct Article {
        qint64 id = 0;
        qint64 feedId = 0;
        QString title;
        QString link;
        QString content;
        QString author;
        qint64 updated = 1700000000;
        bool unread = true;
        bool marked = false;
    };

    FakeTtRss();

    QString url() const { return m_http.url(QStringLiteral("/tt-rss/")); }
    TestHttpServer &http() { return m_http; }

    QString user = QStringLiteral("reader");
    QString password = QStringLiteral("s3cret");

    qint64 addCategory(const QString &title);
    qint64 addFeed(const QString &title, const QString &feedUrl, qint64 categoryId = 0);
    void removeFeed(qint64 id);
    qint64 addArticle(qint64 feedId, const QString &title, const QString &content, const QString &link = QString());
    Article article(qint64 id) const;
    void setUnread(qint64 id, bool unread);
    void setMarked(qint64 id, bool marked);
    // The feed's item changed and the server stored the new version: same id, new text,
    // and the date stamp of the changed item (tt-rss's "updated").
    void changeArticle(qint64 id, const QString &title, const QString &content, qint64 updated);

    // Every session stops being valid, as when the server's sessions expire.
    void expireSessions();
    // The next `times` calls of `op` (all of them when -1) get `response` instead.
    void fail(const QString &op, const HttpResponse &response, int times = -1);
    // Every call from the `calls`-th on (counting from now) gets an HTTP 503.
    void failAfter(int calls);
    void heal();

    int calls(const QString &op) const;
    int logins() const { return calls(QStringLiteral("login")); }
    QSet<QByteArray> userAgents() const;

private:
    HttpResponse handle(const HttpRequest &request);
    QJsonValue run(const QString &op, const QJsonObject &body, bool *ok);
    QJsonObject headline(const Article &a, bool withContent) const;

    TestHttpServer m_http;
    mutable QMutex m_mutex;
    qint64 m_nextId = 1;
    QMap<qint64, QString> m_categories;
    struct Feed {
        QString title;
        QString url;
        qint64 category = 0;
    };
    QMap<qint64, Feed> m_feeds;
    QMap<qint64, Article> m_articles;
    QHash<QString, QByteArray> m_sessions; // sid -> the agent that logged in
    QHash<QString, QPair<HttpResponse, int>> m_faults;
    int m_failAfter = -1;
    QHash<QString, int> m_calls;
    QSet<QByteArray> m_agents;
};

} // namespace veille::test
