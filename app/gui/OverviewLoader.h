#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

#include "model/Feed.h"
#include "storage/EntityStore.h"
#include "sync/Account.h"

namespace veille {
class StorageThread;
}

namespace veille::app {

// What the left pane shows about the whole library: its feeds with their unread counts,
// the companies most cited, and the counts of the fixed views.
struct LibraryOverview {
    QList<Feed> feeds;
    QList<Account> accounts; // sync servers: their feeds are grouped under them
    QList<CompanyCount> companies;
    int all = 0;
    int unread = 0;
    int favourites = 0;
    QString error;
};

// Reads the overview on a thread of its own, with its own connection to the library:
// in a library of 100,000 articles these counts take longer than drawing the window,
// and the first page of articles must not wait for them. The newest request wins.
class OverviewLoader : public QObject {
    Q_OBJECT
public:
    OverviewLoader(const QString &databasePath, QObject *parent = nullptr);
    ~OverviewLoader() override;

    void request();
    bool pending() const { return m_pending; }

signals:
    void loaded(const veille::app::LibraryOverview &overview);

private:
    std::unique_ptr<StorageThread> m_thread;
    std::shared_ptr<std::atomic<int>> m_latest;
    bool m_pending = false;
};

} // namespace veille::app
