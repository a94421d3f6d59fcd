#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

#include "model/Article.h"
#include "model/Error.h"
#include "model/Result.h"

namespace veille {

class Database;
class Fetcher;
struct FetchResult;

// Bounds on the pictures kept offline.
struct ImageLimits {
    qint64 maxImageBytes = 5LL * 1024 * 1024;   // a larger picture is not kept
    qint64 maxTotalBytes = 512LL * 1024 * 1024; // all pictures of the library together
    int maxPerArticle = 40;                     // a gallery keeps its first ones
    int batch = 50;                             // articles asked of the store at a time
};

// Fetches and keeps the pictures of the articles that should read complete offline
// (ImageStore::pending: favourites, and every article of a feed that asks), one picture
// at a time, in the background: it lives on the thread that runs it, which must not be the
// window's (app/gui/ImageKeeperThread). Only web addresses are asked (AddressPolicy); an
// answer that is not a picture, too large, or an error is recorded as failed and not asked
// again. When the library is full, the oldest pictures of articles that are not
// favourites make room; favourites' pictures are never removed for another's.
class ImageKeeper : public QObject {
    Q_OBJECT
public:
    ImageKeeper(Database &db, Fetcher &fetcher, QObject *parent = nullptr);

    // Runs a write where the library's writer is and returns its result: the window's
    // keeper reads on a connection of its own and writes through its library's writer
    // (Library::call). By default writes go to `db`.
    using Writer = std::function<Result<void>(const std::function<Result<void>(Database &)> &)>;
    void setWriter(Writer writer) { m_write = std::move(writer); }

    void setLimits(const ImageLimits &limits) { m_limits = limits; }
    const ImageLimits &limits() const { return m_limits; }

    // Keeps the pictures of every pending article, then reports `finished`. A call while
    // it runs asks for one more pass at the end (a star given meanwhile is not missed).
    void run();
    bool isRunning() const { return m_running; }

    // Whether these bytes are a picture the reading pane can show, whatever the server
    // called them (many send "application/octet-stream").
    static bool isPicture(const QByteArray &bytes, const QString &contentType);

signals:
    // The article's pictures were all tried; `kept` of them are in the library.
    void articleDone(veille::ArticleId article, int kept);
    void finished(int articles);
    // The library could not be read or written; the pass stops.
    void failed(const veille::Error &error);

private:
    void nextArticle();
    void nextPicture();
    void onFetched(const FetchResult &result);
    // Stores one picture, making room when the library is full; false on a storage error.
    bool store(const QString &url, const QByteArray &data);
    void stop(const Error &error);

    Database &m_db;
    Writer m_write;
    Fetcher &m_fetcher;
    ImageLimits m_limits;
    bool m_running = false;
    bool m_again = false;
    QList<ArticleId> m_articles;
    ArticleId m_article = 0;
    QStringList m_pictures;
    int m_kept = 0;
    int m_done = 0;
    qint64 m_total = 0;
};

} // namespace veille
