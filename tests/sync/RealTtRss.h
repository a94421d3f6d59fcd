#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>

namespace veille::test {

// The real Tiny Tiny RSS, started once per test suite by tools/ttrss-server.sh on
// 127.0.0.1 with a folder of fixture feeds served beside it, and stopped at the end.
// `api()` is another reader of the same account (its own session and User-Agent): what
// the tests change and check on the server goes through it, never through Veille.
class RealTtRss {
public:
    RealTtRss();
    ~RealTtRss() { stop(); }

    // Empty when the server runs, else why it could not be started (the tests skip).
    const QString &unavailable() const { return m_unavailable; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_port); }
    QString feedUrl(const QString &name) const { return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_feedsPort).arg(name); }
    // Writes (or rewrites) a fixture feed.
    void writeFeed(const QString &name, const QByteArray &xml);

    // One API call as the other reader: its "content", or null when it failed.
    QJsonValue api(const QString &op, QJsonObject params = {});
    // Subscribes to a fixture feed and has the server fetch it now; the feed's id.
    qint64 subscribe(const QString &name);
    void updateFeed(qint64 feedId);
    // The server article with this title (from getHeadlines of all articles); an empty
    // object when there is none.
    QJsonObject headline(const QString &title);

    // The web server goes away, and comes back (the database stays).
    bool pause();
    bool resume();

    void stop();

private:
    bool script(const QStringList &args, int timeoutMs, QString *output = nullptr);

    QTemporaryDir m_run;
    QTemporaryDir m_feeds;
    quint16 m_port = 0;
    quint16 m_feedsPort = 0;
    QString m_unavailable;
    bool m_started = false;
    QNetworkAccessManager m_network;
    QString m_sid;
};

} // namespace veille::test
