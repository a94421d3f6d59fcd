#include "fetch/NetworkError.h"

namespace veille {

QString NetworkError::hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

Error NetworkError::of(const QNetworkReply &reply, const QUrl &url, const QStringList &tlsErrors)
{
    const QString host = hostOf(url);
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return makeError(ErrorCode::ConnectionRefused, host);
    case QNetworkReply::RemoteHostClosedError:
        return makeError(ErrorCode::ConnectionClosed, host);
    case QNetworkReply::HostNotFoundError:
        return makeError(ErrorCode::HostNotFound, url.host());
    case QNetworkReply::TimeoutError:
        return makeError(ErrorCode::NetworkTimeout, host);
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(ErrorCode::TlsFailure, tlsErrors.isEmpty() ? reply.errorString() : tlsErrors.join(QStringLiteral("; ")));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return makeError(ErrorCode::NetworkUnreachable, reply.errorString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return makeError(ErrorCode::ProxyFailure, reply.errorString());
    default:
        return makeError(ErrorCode::NetworkError, reply.errorString());
    }
}

} // namespace veille
