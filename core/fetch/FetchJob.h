#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include "fetch/FetchResult.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace veille {

// One Fetcher call: the chain of requests that redirects make, with its timers and its
// byte count. Fetcher owns it; it reports once through `completed` and is then deleted.
class FetchJob : public QObject {
    Q_OBJECT
public:
    FetchJob(QNetworkAccessManager &network, const FetchRequest &request, const FetchLimits &limits,
             const QString &userAgent, QObject *parent = nullptr);
    ~FetchJob() override;

    void start();
    // Stops without reporting.
    void cancel();

signals:
    void completed(veille::FetchJob *job, const veille::FetchResult &result);

private:
    void send(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onIdleTimeout();
    void onTotalTimeout();
    void followRedirect(int status);
    // Reports m_result, a success or an error, once: the job is over.
    void finish();
    void fail(ErrorCode code, const QString &detail);
    void fail(const Error &error);
    void dropReply();
    Error networkError() const;

    QNetworkAccessManager &m_network;
    FetchRequest m_request;
    FetchLimits m_limits;
    QString m_userAgent;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_totalTimer;
    QList<QUrl> m_chain;       // every address asked, in order
    bool m_permanentSoFar = true;
    bool m_done = false;
    QStringList m_tlsErrors;
    FetchResult m_result;
};

} // namespace veille
