#include "TestHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

namespace veille::test {

namespace {

constexpr int kCutAfterMs = 8000;               // slow answers end by themselves
constexpr qint64 kEndlessCap = 256LL * 1024 * 1024; // and endless ones too

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// One client connection: reads one request, answers it, closes.
class Connection : public QObject {
public:
    Connection(QTcpSocket *socket, TestHttpServer &server) : QObject(socket), m_socket(socket), m_server(server)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &Connection::finish);
        connect(&m_tick, &QTimer::timeout, this, &Connection::onTick);
        m_cut.setSingleShot(true);
        connect(&m_cut, &QTimer::timeout, this, [this] { m_socket->abort(); finish(); });
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        if (m_begun)
            return;
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequest request;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        // A body (a POST's) is waited for as far as Content-Length goes.
        const qsizetype length = request.header("content-length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        request.body = m_buffer.mid(end + 4, length);
        m_begun = true;
        m_server.beginRequest();
        const HttpResponse response = m_server.answer(request);
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, [this, response] { send(response); });
        else
            send(response);
    }

    void send(const HttpResponse &r)
    {
        m_cut.start(kCutAfterMs);
        using Mode = HttpResponse::Mode;
        if (r.mode == Mode::CloseWithoutAnswer) {
            m_socket->disconnectFromHost();
            return;
        }
        if (r.mode == Mode::Raw) {
            m_socket->write(r.body);
            m_socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
        bool hasLength = false;
        for (const auto &[name, value] : r.headers) {
            head += name + ": " + value + "\r\n";
            hasLength |= name.toLower() == "content-length";
        }
        if (r.mode == Mode::Whole && !hasLength)
            head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        if (r.mode == Mode::StallAfterHeaders && !hasLength)
            head += "Content-Length: " + QByteArray::number(r.body.size() + 100000) + "\r\n";
        head += "Connection: close\r\n\r\n";
        m_socket->write(head);
        m_socket->write(r.body);
        m_mode = r.mode;
        switch (r.mode) {
        case Mode::Whole:
            m_socket->disconnectFromHost();
            break;
        case Mode::TrickleForever:
            m_tick.start(50);
            break;
        case Mode::EndlessStream:
            connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onTick);
            onTick();
            break;
        default:
            break;
        }
    }

    void onTick()
    {
        if (m_mode == HttpResponse::Mode::TrickleForever) {
            m_socket->write(" ");
            return;
        }
        if (m_sent >= kEndlessCap) {
            m_socket->disconnectFromHost();
            return;
        }
        static const QByteArray chunk(64 * 1024, 'x');
        while (m_socket->bytesToWrite() < 256 * 1024) {
            m_socket->write(chunk);
            m_sent += chunk.size();
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_tick.stop();
        m_cut.stop();
        if (m_begun)
            m_server.endRequest();
        m_socket->deleteLater();
    }

    QTcpSocket *m_socket;
    TestHttpServer &m_server;
    QByteArray m_buffer;
    QTimer m_tick;
    QTimer m_cut;
    HttpResponse::Mode m_mode = HttpResponse::Mode::Whole;
    qint64 m_sent = 0;
    bool m_begun = false;
    bool m_finished = false;
};

} // namespace

class ServerCore : public QTcpServer {
public:
    explicit ServerCore(TestHttpServer &server) : m_server(server)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                new Connection(socket, m_server);
            }
        });
    }

private:
    TestHttpServer &m_server;
};

HttpResponse HttpResponse::ok(const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse r;
    r.body = body;
    r.header("Content-Type", contentType);
    return r;
}

HttpResponse HttpResponse::redirect(int status, const QByteArray &location)
{
    HttpResponse r;
    r.status = status;
    r.header("Location", location);
    return r;
}

HttpResponse HttpResponse::status_(int status)
{
    HttpResponse r;
    r.status = status;
    r.body = "<html><body><h1>" + QByteArray::number(status) + "</h1></body></html>";
    r.header("Content-Type", "text/html");
    return r;
}

TestHttpServer::TestHttpServer()
{
    m_thread.setObjectName(QStringLiteral("test-http-server"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context, [this] {
            m_core = new ServerCore(*this);
            m_core->listen(QHostAddress::LocalHost, 0);
            m_port = m_core->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

TestHttpServer::~TestHttpServer()
{
    QMetaObject::invokeMethod(m_context, [this] { delete m_core; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

QString TestHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, std::move(handler));
}

void TestHttpServer::route(const QByteArray &path, const HttpResponse &response)
{
    route(path, [response](const HttpRequest &) { return response; });
}

QList<HttpRequest> TestHttpServer::requests(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    if (path.isEmpty())
        return m_requests;
    QList<HttpRequest> out;
    for (const HttpRequest &r : m_requests)
        if (r.path == path)
            out << r;
    return out;
}

void TestHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

HttpResponse TestHttpServer::answer(const HttpRequest &request)
{
    Handler handler;
    {
        QMutexLocker lock(&m_mutex);
        m_requests << request;
        handler = m_routes.value(request.path);
    }
    if (!handler)
        return HttpResponse::status_(404);
    return handler(request);
}

void TestHttpServer::beginRequest()
{
    const int now = ++m_concurrent;
    int seen = m_maxConcurrent;
    while (now > seen && !m_maxConcurrent.compare_exchange_weak(seen, now)) {
    }
}

void TestHttpServer::endRequest()
{
    --m_concurrent;
}

QByteArray zlibDeflate(const QByteArray &data)
{
    return qCompress(data).mid(4); // qCompress prefixes the length; the rest is a zlib stream
}

QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = zlibDeflate(data);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += zlib.mid(2, zlib.size() - 6); // the raw deflate data between zlib's header and checksum
    quint32 trailer[2] = {qToLittleEndian(crc32(data)), qToLittleEndian(quint32(data.size()))};
    out += QByteArray(reinterpret_cast<const char *>(trailer), 8);
    return out;
}

} // namespace veille::test
