#include "fetch/Fetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include "fetch/FetchJob.h"

namespace veille {

namespace {

// Keep in step with project(VERSION) in the top CMakeLists.txt; the application's own
// version, when it sets one, wins.
constexpr char kVersion[] = "0.1.0";

} // namespace

Fetcher::Fetcher(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_userAgent(defaultUserAgent())
{
}

Fetcher::~Fetcher()
{
    abortAll();
}

QString Fetcher::defaultUserAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return QStringLiteral("Veille/%1 (+feed reader)").arg(version.isEmpty() ? QString::fromLatin1(kVersion) : version);
}

void Fetcher::get(const FetchRequest &request, Callback done)
{
    auto *job = new FetchJob(*m_network, request, m_limits, m_userAgent, this);
    m_jobs.insert(job);
    connect(job, &FetchJob::completed, this, [this, done = std::move(done)](FetchJob *finished, const FetchResult &result) {
        m_jobs.remove(finished);
        finished->deleteLater();
        // A copy: the callback may abort everything or delete this Fetcher.
        const Callback callback = done;
        const FetchResult copy = result;
        callback(copy);
    });
    // Started from the event loop, so that even an immediate failure calls back later.
    QMetaObject::invokeMethod(job, &FetchJob::start, Qt::QueuedConnection);
}

void Fetcher::abortAll()
{
    const QSet<FetchJob *> jobs = std::exchange(m_jobs, {});
    for (FetchJob *job : jobs) {
        job->cancel();
        job->disconnect(this);
        job->deleteLater();
    }
}

} // namespace veille
