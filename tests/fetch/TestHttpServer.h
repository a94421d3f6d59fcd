#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

namespace veille::test {

struct HttpRequest {
    QByteArray method;
    QByteArray path; // with its query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body; // as long as Content-Length says
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

// What the server answers; `mode` makes the misbehaving servers feeds meet.
struct HttpResponse {
    enum class Mode {
        Whole,            // headers and body, Content-Length, then close
        StallAfterHeaders,// headers announcing a long body, a first piece, then silence
        TrickleForever,   // a byte every 50 ms, no length, never done
        EndlessStream,    // 64 KB chunks as fast as the client takes them, no length
        Raw,              // `body` is the whole answer, headers included, sent as is
        CloseWithoutAnswer,
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Whole;
    int delayMs = 0; // wait this long before answering

    static HttpResponse ok(const QByteArray &body, const QByteArray &contentType);
    static HttpResponse redirect(int status, const QByteArray &location);
    static HttpResponse status_(int status);
    HttpResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

using Handler = std::function<HttpResponse(const HttpRequest &)>;

class ServerCore;

// An HTTP/1.1 server on 127.0.0.1 and a free port, running in its own thread so that
// both in-process code and a veille-cli child process can talk to it while the test
// waits. Handlers run in the server's thread. Everything it does stops by itself: slow
// and endless answers are cut after a few seconds, and the destructor closes it all.
class TestHttpServer {
public:
    TestHttpServer();
    ~TestHttpServer();

    quint16 port() const { return m_port; }
    QString url(const QString &path) const;

    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const HttpResponse &response);

    // The requests received, in order; for one path when given.
    QList<HttpRequest> requests(const QByteArray &path = {}) const;
    void clearRequests();
    // The most requests that were being answered at the same time.
    int maxConcurrent() const { return m_maxConcurrent; }

    // Used by the server's thread.
    HttpResponse answer(const HttpRequest &request);
    void beginRequest();
    void endRequest();

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    ServerCore *m_core = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, Handler> m_routes;
    QList<HttpRequest> m_requests;
    std::atomic<int> m_concurrent{0};
    std::atomic<int> m_maxConcurrent{0};
};

// Compression as servers send it.
QByteArray gzip(const QByteArray &data);
QByteArray zlibDeflate(const QByteArray &data);

} // namespace veille::test
