#include "gui/ImageKeeperThread.h"

#include <QThread>

#include "fetch/Fetcher.h"
#include "storage/Database.h"
#include "update/ImageKeeper.h"
#include "update/Library.h"

namespace veille::app {

namespace {

// What lives on the keeper's thread: the connection (a Qt SQL connection belongs to the
// thread that opened it, so it is opened there, on first use), the Fetcher and the keeper.
class Worker : public QObject {
public:
    Worker(Library &library, ImageKeeperThread &owner) : m_library(library), m_path(library.database().path()), m_owner(owner) {}
    // The keeper and its Fetcher go before the connection they use.
    ~Worker() override
    {
        delete m_keeper;
        delete m_fetcher;
    }

    void keep()
    {
        if (!m_keeper && !open())
            return;
        m_keeper->setLimits(m_limits);
        m_keeper->run();
    }
    void setLimits(const ImageLimits &limits) { m_limits = limits; }

private:
    bool open()
    {
        auto db = Database::open(m_path, Access::Read);
        if (!db) {
            emit m_owner.failed(db.error());
            return false;
        }
        m_db = std::move(db).value();
        m_fetcher = new Fetcher(this);
        m_keeper = new ImageKeeper(*m_db, *m_fetcher, this);
        m_keeper->setWriter([library = &m_library](const std::function<Result<void>(Database &)> &write) {
            return library->call([&](Library &writer) { return write(writer.database()); });
        });
        // Queued by Qt across the threads: the window's slots run on the window's thread.
        connect(m_keeper, &ImageKeeper::articleDone, &m_owner, &ImageKeeperThread::articleDone);
        connect(m_keeper, &ImageKeeper::finished, &m_owner, &ImageKeeperThread::finished);
        connect(m_keeper, &ImageKeeper::failed, &m_owner, &ImageKeeperThread::failed);
        return true;
    }

    Library &m_library;
    QString m_path;
    ImageKeeperThread &m_owner;
    ImageLimits m_limits;
    std::unique_ptr<Database> m_db;
    Fetcher *m_fetcher = nullptr;
    ImageKeeper *m_keeper = nullptr;
};

} // namespace

ImageKeeperThread::ImageKeeperThread(Library &library, QObject *parent)
    : QObject(parent), m_thread(new QThread), m_worker(new Worker(library, *this))
{
    m_worker->moveToThread(m_thread);
    // The worker, its Fetcher and its connection end on their own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

ImageKeeperThread::~ImageKeeperThread()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ImageKeeperThread::keep()
{
    QMetaObject::invokeMethod(m_worker, [worker = static_cast<Worker *>(m_worker)] { worker->keep(); }, Qt::QueuedConnection);
}

void ImageKeeperThread::setLimits(const ImageLimits &limits)
{
    QMetaObject::invokeMethod(m_worker, [worker = static_cast<Worker *>(m_worker), limits] { worker->setLimits(limits); },
                              Qt::QueuedConnection);
}

} // namespace veille::app
