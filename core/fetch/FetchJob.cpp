#include "fetch/FetchJob.h"

#include "fetch/NetworkError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace veille {

namespace {

// Feeds first, then the pages that announce them (subscribing to a site), then anything.
constexpr char kAccept[] = "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
                           "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5";

QString hostOf(const QUrl &url)
{
    return NetworkError::hostOf(url);
}

bool isWebScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

// "text/xml; charset=ISO-8859-1" -> media type and charset.
void readContentType(const QByteArray &header, QString *type, QString *charset)
{
    const QList<QByteArray> parts = header.split(';');
    *type = QString::fromLatin1(parts.value(0).trimmed()).toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed();
        const qsizetype eq = param.indexOf('=');
        if (eq > 0 && param.left(eq).trimmed().toLower() == "charset") {
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.size() >= 2 && (value.startsWith('"') || value.startsWith('\'')))
                value = value.mid(1, value.size() - 2);
            *charset = QString::fromLatin1(value.trimmed());
        }
    }
}

} // namespace

FetchJob::FetchJob(QNetworkAccessManager &network, const FetchRequest &request, const FetchLimits &limits,
                   const QString &userAgent, QObject *parent)
    : QObject(parent), m_network(network), m_request(request), m_limits(limits), m_userAgent(userAgent)
{
    m_result.url = request.url;
    m_idleTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &FetchJob::onIdleTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, &FetchJob::onTotalTimeout);
}

FetchJob::~FetchJob()
{
    cancel();
}

void FetchJob::start()
{
    if (m_done)
        return;
    const QUrl url = m_request.url;
    if (!url.isValid() || url.host().isEmpty() || !isWebScheme(url)) {
        fail(ErrorCode::NotAWebAddress, url.toString());
        return;
    }
    m_totalTimer.start(m_limits.totalTimeout);
    send(url);
}

void FetchJob::cancel()
{
    m_done = true;
    m_idleTimer.stop();
    m_totalTimer.stop();
    dropReply();
}

void FetchJob::send(const QUrl &url)
{
    m_chain << url;
    m_result.finalUrl = url;
    m_result.body.clear();
    m_tlsErrors.clear();

    QNetworkRequest request(url);
    // Redirects are followed here, not by Qt, to count them, catch loops and tell a
    // permanent move (which changes the stored address) from a temporary one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader("Accept", kAccept);
    // No Accept-Encoding here on purpose: when the request has none, Qt sends its own
    // ("gzip, deflate" and whatever else it can decode) and decompresses the body itself.
    // Setting one by hand would turn that off and hand us compressed bytes.
    if (!m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag.toUtf8());
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified.toUtf8());

    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FetchJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &FetchJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FetchJob::onFinished);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: a feed over TLS with a bad certificate is an error the user sees.
        for (const QSslError &e : errors)
            m_tlsErrors << e.errorString();
    });
#endif
    m_idleTimer.start(m_limits.idleTimeout);
}

void FetchJob::onMetaDataChanged()
{
    if (m_done || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return;
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_limits.maxBytes) {
        fail(ErrorCode::TooLarge, hostOf(m_result.finalUrl));
    }
}

void FetchJob::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    m_idleTimer.start(m_limits.idleTimeout);
    // Read no more than one byte past the cap, so a hostile body never sits in memory.
    const qint64 room = m_limits.maxBytes - m_result.body.size() + 1;
    m_result.body += m_reply->read(room);
    if (m_result.body.size() > m_limits.maxBytes) {
        fail(ErrorCode::TooLarge, hostOf(m_result.finalUrl));
        return;
    }
}

void FetchJob::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_idleTimer.stop();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.status = status;
    if (status == 0) {
        fail(networkError());
        return;
    }
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        followRedirect(status);
        return;
    }
    const QString reason = QString::fromUtf8(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()).simplified();
    if (status == 304) {
        m_result.notModified = true;
        m_result.body.clear();
        const QByteArray etag = m_reply->rawHeader("ETag");
        const QByteArray modified = m_reply->rawHeader("Last-Modified");
        m_result.etag = etag.isEmpty() ? m_request.etag : QString::fromUtf8(etag);
        m_result.lastModified = modified.isEmpty() ? m_request.lastModified : QString::fromUtf8(modified);
        finish();
        return;
    }
    if (status < 200 || status >= 300) {
        fail(ErrorCode::HttpStatus, QStringLiteral("%1 %2").arg(status).arg(reason).trimmed());
        return;
    }
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool compressed = !encoding.isEmpty() && encoding != "identity";
    const Error undecompressable = makeError(ErrorCode::Undecompressable, QString::fromLatin1(encoding));
    if (m_reply->error() != QNetworkReply::NoError) {
        // A 2xx whose body broke off or could not be decompressed: a half feed is no feed.
        // Qt reports a failed decompression as UnknownContentError, ProtocolFailure or,
        // depending on when the stream breaks, another code whose text says so.
        const bool badEncoding = compressed
            && (m_reply->error() == QNetworkReply::UnknownContentError || m_reply->error() == QNetworkReply::ProtocolFailure
                || m_reply->errorString().contains(QLatin1String("ecompress")));
        fail(badEncoding ? undecompressable : networkError());
        return;
    }
    onReadyRead();
    if (m_done)
        return;
    // Qt takes a compressed stream that ends early for an empty body; nothing out of a
    // compressed answer is a broken answer, not an empty feed.
    if (m_result.body.isEmpty() && compressed) {
        fail(undecompressable);
        return;
    }
    readContentType(m_reply->rawHeader("Content-Type"), &m_result.contentType, &m_result.charset);
    m_result.etag = QString::fromUtf8(m_reply->rawHeader("ETag"));
    m_result.lastModified = QString::fromUtf8(m_reply->rawHeader("Last-Modified"));
    finish();
}

void FetchJob::followRedirect(int status)
{
    const QUrl current = m_result.finalUrl;
    const QByteArray location = m_reply->rawHeader("Location").trimmed();
    if (location.isEmpty()) {
        fail(ErrorCode::BadRedirect, QString());
        return;
    }
    QUrl target = current.resolved(QUrl(QString::fromUtf8(location), QUrl::TolerantMode));
    target.setFragment(QString());
    if (!target.isValid() || target.host().isEmpty() || !isWebScheme(target)) {
        fail(ErrorCode::BadRedirect, QString::fromUtf8(location));
        return;
    }
    if (m_chain.contains(target)) {
        fail(ErrorCode::RedirectLoop, target.toString());
        return;
    }
    if (m_chain.size() > m_limits.maxRedirects) {
        fail(ErrorCode::TooManyRedirects, target.toString());
        return;
    }
    // Only the run of permanent moves from the start counts: behind a temporary
    // redirect, the address may change again, so the stored one stays.
    if ((status == 301 || status == 308) && m_permanentSoFar)
        m_result.movedTo = target;
    else
        m_permanentSoFar = false;
    dropReply();
    send(target);
}

void FetchJob::onIdleTimeout()
{
    fail(ErrorCode::NetworkTimeout, hostOf(m_result.finalUrl));
}

void FetchJob::onTotalTimeout()
{
    fail(ErrorCode::NetworkTimeout, hostOf(m_result.finalUrl));
}

void FetchJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    m_totalTimer.stop();
    dropReply();
    emit completed(this, m_result);
    // Nothing after the emit: the receiver may delete this job.
}

void FetchJob::fail(ErrorCode code, const QString &detail)
{
    fail(makeError(code, detail));
}

void FetchJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_result.error = error;
    m_result.error.detail = error.detail.simplified();
    m_result.body.clear();
    m_result.notModified = false;
    finish();
}

void FetchJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

Error FetchJob::networkError() const
{
    return NetworkError::of(*m_reply, m_result.finalUrl, m_tlsErrors);
}

} // namespace veille
