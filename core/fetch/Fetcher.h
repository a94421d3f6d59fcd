#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

#include "fetch/FetchResult.h"

class QNetworkAccessManager;

namespace veille {

class FetchJob;

// HTTP GET for feeds and pages, asynchronous: a call returns at once and its callback
// runs later from the event loop. Conditional GET, bounded redirects (loops detected,
// permanent moves reported), gzip/deflate, timeouts, a size cap and one-line errors; see
// docs/fetching.md. Lives in the thread that created it (the GUI thread is fine: nothing
// here blocks).
class Fetcher : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const FetchResult &)>;

    explicit Fetcher(QObject *parent = nullptr);
    ~Fetcher() override;

    void setLimits(const FetchLimits &limits) { m_limits = limits; }
    const FetchLimits &limits() const { return m_limits; }
    void setUserAgent(const QString &userAgent) { m_userAgent = userAgent; }
    const QString &userAgent() const { return m_userAgent; }

    // "Veille/<version> (+feed reader)".
    static QString defaultUserAgent();

    // Starts one request. `done` is called exactly once, never from inside get() itself,
    // unless abortAll() or the Fetcher's destruction comes first (then never).
    void get(const FetchRequest &request, Callback done);

    // Drops every call in progress without calling back.
    void abortAll();
    int pending() const { return int(m_jobs.size()); }

private:
    QNetworkAccessManager *m_network;
    FetchLimits m_limits;
    QString m_userAgent;
    QSet<FetchJob *> m_jobs;
};

} // namespace veille
