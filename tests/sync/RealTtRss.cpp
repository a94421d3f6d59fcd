#include "RealTtRss.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

#include <cstdio>

namespace veille::test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

} // namespace

RealTtRss::RealTtRss()
{
    if (qEnvironmentVariable("VEILLE_SKIP_TTRSS") == QLatin1String("1")) {
        m_unavailable = QStringLiteral("VEILLE_SKIP_TTRSS=1");
        return;
    }
    m_port = freePort();
    m_feedsPort = freePort();
    while (m_feedsPort == m_port)
        m_feedsPort = freePort();
    QElapsedTimer clock;
    clock.start();
    QString output;
    // Installing the packages, when they are missing, takes about two minutes.
    if (!script({QStringLiteral("start"), m_run.path(), QString::number(m_port), m_feeds.path(), QString::number(m_feedsPort)},
                300000, &output)) {
        m_unavailable = output.trimmed().split(QLatin1Char('\n')).last();
        script({QStringLiteral("stop"), m_run.path()}, 60000);
        return;
    }
    m_started = true;
    std::fprintf(stderr, "tt-rss on 127.0.0.1:%d, feeds on 127.0.0.1:%d, up in %.1f s\n", m_port, m_feedsPort,
                 double(clock.elapsed()) / 1000.0);
}

bool RealTtRss::script(const QStringList &args, int timeoutMs, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList{QStringLiteral(VEILLE_TTRSS_SCRIPT)} + args);
    if (!p.waitForStarted(10000)) {
        if (output)
            *output = QStringLiteral("bash cannot be started");
        return false;
    }
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void RealTtRss::stop()
{
    if (!m_started)
        return;
    m_started = false;
    script({QStringLiteral("stop"), m_run.path()}, 60000);
}

bool RealTtRss::pause()
{
    return script({QStringLiteral("pause"), m_run.path()}, 30000);
}

bool RealTtRss::resume()
{
    m_sid.clear(); // php -S keeps its sessions in files: they stay, but log in again anyway
    return script({QStringLiteral("resume"), m_run.path()}, 30000);
}

void RealTtRss::writeFeed(const QString &name, const QByteArray &xml)
{
    QFile f(m_feeds.filePath(name));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(xml);
}

QJsonValue RealTtRss::api(const QString &op, QJsonObject params)
{
    auto post = [this](const QJsonObject &body) -> QJsonObject {
        QNetworkRequest request(QUrl(url() + QStringLiteral("api/")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("VeilleTests/1 (the other reader)"));
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    if (m_sid.isEmpty()) {
        const QJsonObject login = post({{QStringLiteral("op"), QStringLiteral("login")},
                                        {QStringLiteral("user"), QStringLiteral("admin")},
                                        {QStringLiteral("password"), QStringLiteral("password")}});
        m_sid = login.value(QLatin1String("content")).toObject().value(QLatin1String("session_id")).toString();
    }
    params.insert(QStringLiteral("op"), op);
    params.insert(QStringLiteral("sid"), m_sid);
    const QJsonObject answer = post(params);
    if (answer.value(QLatin1String("status")).toInt() != 0)
        return QJsonValue::Null;
    return answer.value(QLatin1String("content"));
}

qint64 RealTtRss::subscribe(const QString &name)
{
    const QJsonObject status = api(QStringLiteral("subscribeToFeed"), {{QStringLiteral("feed_url"), feedUrl(name)}})
                                   .toObject().value(QLatin1String("status")).toObject();
    const qint64 id = status.value(QLatin1String("feed_id")).toInteger();
    if (id > 0)
        updateFeed(id);
    return id;
}

void RealTtRss::updateFeed(qint64 feedId)
{
    api(QStringLiteral("updateFeed"), {{QStringLiteral("feed_id"), feedId}});
}

QJsonObject RealTtRss::headline(const QString &title)
{
    const QJsonArray all = api(QStringLiteral("getHeadlines"), {{QStringLiteral("feed_id"), -4},
                                                                {QStringLiteral("view_mode"), QStringLiteral("all_articles")},
                                                                {QStringLiteral("limit"), 200}})
                               .toArray();
    for (const QJsonValue &v : all)
        if (v.toObject().value(QLatin1String("title")).toString() == title)
            return v.toObject();
    return {};
}

} // namespace veille::test
