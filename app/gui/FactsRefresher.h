#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace veille {
class Library;
}

namespace veille::app {

// After an upgrade that changed the facts engine, recomputes the facts of the whole
// library in the background, on the library's writer, a batch per transaction (the
// window's own writes run between two), so that searches by company find the new facts without a `reindex`.
// Articles opened meanwhile do not wait for it: Library::facts recomputes theirs first.
class FactsRefresher : public QObject {
    Q_OBJECT
public:
    explicit FactsRefresher(Library &library, QObject *parent = nullptr);
    // Stops after the batch under way.
    ~FactsRefresher() override;

    // Looks for facts of another engine version and recomputes them, if there are any.
    void start();

signals:
    // Only when there is something to do: `done` of `total` articles recomputed.
    void progress(int done, int total);
    // How many articles got new facts (0: the library was up to date), or why it stopped.
    void finished(int recomputed, const QString &error);

private:
    Library &m_library;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
};

} // namespace veille::app
