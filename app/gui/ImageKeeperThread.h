#pragma once

#include <QObject>
#include <QString>

#include "model/Article.h"
#include "model/Error.h"

class QThread;

namespace veille {
struct ImageLimits;
}

namespace veille {
class Library;
}

namespace veille::app {

// Runs the library's ImageKeeper (core/update) on a thread of its own, with its own
// connection to the library, which reads, and its own Fetcher; the pictures it keeps are
// written through the library's writer. The pictures of favourites (and of every
// new article of a feed that asks) are fetched while the window stays free. keep() after
// a star is given, after a refresh, and once at start.
class ImageKeeperThread : public QObject {
    Q_OBJECT
public:
    explicit ImageKeeperThread(Library &library, QObject *parent = nullptr);
    // Stops the fetch under way and waits for the thread.
    ~ImageKeeperThread() override;

    // Asks for a pass over the pending articles (one more when a pass is under way).
    void keep();
    // For tests: smaller bounds; takes effect from the next pass.
    void setLimits(const ImageLimits &limits);

signals:
    // An article's pictures were all tried: the pane may show it again with them.
    void articleDone(veille::ArticleId article, int kept);
    void finished(int articles);
    void failed(const veille::Error &error);

private:
    QThread *m_thread;
    QObject *m_worker; // lives in m_thread
};

} // namespace veille::app
