#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <ostream>

#include "TestPaths.h"
#include "fetch/FetchResult.h"
#include "fetch/Fetcher.h"

// Lets GoogleTest print QString values in failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace veille::test {

// Runs the event loop until `done` holds or `timeoutMs` passes. Returns `done()`.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// Limits short enough for tests that wait for a timeout.
inline FetchLimits quickLimits()
{
    FetchLimits limits;
    limits.idleTimeout = std::chrono::milliseconds(1000);
    limits.totalTimeout = std::chrono::milliseconds(2000);
    limits.maxBytes = 1024 * 1024;
    return limits;
}

inline FetchResult fetchNow(Fetcher &fetcher, const FetchRequest &request)
{
    FetchResult result;
    bool done = false;
    fetcher.get(request, [&](const FetchResult &r) {
        result = r;
        done = true;
    });
    if (!waitUntil([&] { return done; }))
        result.error = makeError(ErrorCode::NetworkTimeout, QStringLiteral("test: no callback in time"));
    return result;
}

inline QByteArray netFixture(const QString &name)
{
    return readAll(dataPath(QStringLiteral("feeds-net/") + name));
}

struct RssItem {
    QString guid;
    QString title;
    QString link;
    QString description;
    QDateTime published;
};

// A small RSS 2.0 feed, for tests whose dates depend on today.
inline QByteArray rss(const QString &title, const QList<RssItem> &items)
{
    auto esc = [](QString s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>%1</title>"
                                 "<link>https://example.org/</link><language>fr</language>\n").arg(esc(title));
    for (const RssItem &i : items) {
        out += QStringLiteral("<item><guid isPermaLink=\"false\">%1</guid><title>%2</title>").arg(esc(i.guid), esc(i.title));
        if (!i.link.isEmpty())
            out += QStringLiteral("<link>%1</link>").arg(esc(i.link));
        if (i.published.isValid())
            out += QStringLiteral("<pubDate>%1</pubDate>").arg(i.published.toUTC().toString(Qt::RFC2822Date));
        out += QStringLiteral("<description>%1</description></item>\n").arg(esc(i.description));
    }
    out += QStringLiteral("</channel></rss>\n");
    return out.toUtf8();
}

} // namespace veille::test
