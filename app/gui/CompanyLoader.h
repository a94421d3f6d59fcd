#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include "model/CompanyProfile.h"
#include "model/Error.h"

namespace veille {
class FactsEngine;
class Library;
}

namespace veille::app {

// The company features' reads and long writes, on a thread of their own with a library of
// their own (CompanyBook works on a Library; see OverviewLoader for the same idea), which
// reads, and writes through the window's library's writer (Library::openReader): a
// company's page reads its articles' facts, the watchlist counts the unread articles of
// each followed item (a saved search runs), and a new company is looked for in every
// article of the library. Results come back as signals on the window's thread; for the
// page and the watchlist, the newest request wins.
class CompanyLoader : public QObject {
    Q_OBJECT
public:
    explicit CompanyLoader(Library &beside, QObject *parent = nullptr);
    ~CompanyLoader() override;

    void requestProfile(const QString &name);
    void requestFollowing();
    // The followed items with articles that arrived since the last announce, which this
    // read moves to now: each is announced once.
    void requestNews();
    // Finds a company of the user's in every article already stored: `names` as
    // CompanyBook's change returned them, `shown` the name the messages give.
    void backfill(const QStringList &names, const QString &shown);
    bool busy() const { return m_running > 0; }

signals:
    void profileLoaded(const veille::CompanyProfile &profile);
    void profileFailed(const QString &name, const QString &message);
    void followingLoaded(const QList<veille::FollowedItem> &items);
    void newsLoaded(const QList<veille::FollowNews> &news);
    void backfillProgress(const QString &name, int done, int total);
    void backfillFinished(const QString &name, int found, const QString &error);
    void failed(const QString &message);

private:
    // Runs `job` on the thread with its library; what it returns runs back on this
    // object's thread.
    void run(std::function<std::function<void()>(Library &library)> job);

    Library &m_beside;
    QThread m_thread;
    QObject *m_worker = nullptr;          // lives in m_thread; jobs are queued to it
    std::unique_ptr<Library> m_library;    // opened, used and closed in m_thread
    QString m_openError;
    std::atomic<bool> m_stopping{false};
    int m_profileGeneration = 0;
    int m_followingGeneration = 0;
    int m_running = 0;
};

} // namespace veille::app
