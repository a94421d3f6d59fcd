#include "update/StorageThread.h"

#include "storage/Database.h"

namespace veille {

StorageThread::StorageThread(QString databasePath) : m_path(std::move(databasePath)), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("veille-storage"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

StorageThread::~StorageThread()
{
    m_stopping = true;
    QMetaObject::invokeMethod(m_context, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void StorageThread::post(Job job)
{
    QMetaObject::invokeMethod(m_context, [this, job = std::move(job)] { runJob(job); }, Qt::QueuedConnection);
}

void StorageThread::runJob(const Job &job)
{
    if (m_stopping)
        return;
    if (!m_db && m_openError.isNone()) {
        auto db = Database::open(m_path);
        if (db)
            m_db = std::move(db).value();
        else
            m_openError = db.error();
    }
    job(m_db.get(), m_openError);
}

} // namespace veille
