#include "gui/CompanyLoader.h"

#include "messages/ErrorText.h"
#include "update/CompanyBackfill.h"
#include "update/Library.h"

namespace veille::app {

CompanyLoader::CompanyLoader(Library &beside, QObject *parent) : QObject(parent), m_beside(beside)
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    // Qt SQL wants a connection closed in the thread that opened it: the library goes as
    // the thread ends, from the thread itself.
    connect(&m_thread, &QThread::finished, m_worker, [this] { m_library.reset(); }, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("companies"));
    m_thread.start();
}

// Jobs not started are skipped (m_stopping); the one running ends first, while this object
// still exists to drop what it posts back.
CompanyLoader::~CompanyLoader()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
}

void CompanyLoader::run(std::function<std::function<void()>(Library &library)> job)
{
    ++m_running;
    QMetaObject::invokeMethod(m_worker, [this, job = std::move(job)] {
        if (m_stopping)
            return;
        if (!m_library && m_openError.isEmpty()) {
            auto opened = Library::openReader(m_beside);
            if (opened)
                m_library = std::move(opened).value();
            else
                m_openError = ErrorText::of(opened.error());
        }
        std::function<void()> done;
        if (m_library) {
            done = job(*m_library);
        } else {
            done = [this, error = m_openError] { emit failed(error); };
        }
        QMetaObject::invokeMethod(this, [this, done = std::move(done)] {
            --m_running;
            if (done)
                done();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CompanyLoader::requestProfile(const QString &name)
{
    const int generation = ++m_profileGeneration;
    const QDate today = QDate::currentDate();
    run([this, name, generation, today](Library &library) -> std::function<void()> {
        auto profile = library.companyProfile(name, today);
        return [this, name, generation, profile = std::move(profile)] {
            if (generation != m_profileGeneration)
                return; // a newer page was asked for
            if (!profile)
                emit profileFailed(name, ErrorText::of(profile.error()));
            else if (!profile->has_value())
                emit profileFailed(name, ErrorText::of(makeError(ErrorCode::CompanyNotFound, name)));
            else
                emit profileLoaded(**profile);
        };
    });
}

void CompanyLoader::requestFollowing()
{
    const int generation = ++m_followingGeneration;
    run([this, generation](Library &library) -> std::function<void()> {
        auto items = library.companyBook().following();
        return [this, generation, items = std::move(items)] {
            if (generation != m_followingGeneration)
                return;
            if (items)
                emit followingLoaded(*items);
            else
                emit failed(ErrorText::of(items.error()));
        };
    });
}

void CompanyLoader::requestNews()
{
    run([this](Library &library) -> std::function<void()> {
        CompanyBook &book = library.companyBook();
        auto news = book.newArticlesSinceLastAnnounce();
        // Marked here, in the same job: a second refresh right after finds them announced.
        Result<void> marked = news ? library.call([&](Library &writer) { return writer.companyBook().markAnnounced(news->upTo); })
                                   : Result<void>(news.error());
        return [this, news = std::move(news), marked] {
            if (!marked)
                emit failed(ErrorText::of(marked.error()));
            else if (!news->news.isEmpty())
                emit newsLoaded(news->news);
        };
    });
}

void CompanyLoader::backfill(const QStringList &names, const QString &shown)
{
    run([this, names, shown](Library &library) -> std::function<void()> {
        const auto progress = [this, shown](int done, int total) {
            QMetaObject::invokeMethod(this, [this, shown, done, total] { emit backfillProgress(shown, done, total); },
                                      Qt::QueuedConnection);
            return !m_stopping;
        };
        auto found = library.call([&](Library &writer) {
            return CompanyBackfill(writer.database(), writer.factsEngine()).run(names, progress, &m_stopping);
        });
        return [this, shown, found = std::move(found)] {
            emit backfillFinished(shown, found ? *found : 0, found ? QString() : ErrorText::of(found.error()));
        };
    });
}

} // namespace veille::app
