#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QHash>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

#include "model/KeyFacts.h"
#include "model/Result.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/EntityStore.h"
#include "storage/FeedStore.h"
#include "storage/SearchStore.h"
#include "storage/StateStore.h"
#include "update/CompanyBook.h"
#include "update/Importer.h"
#include "update/StorageThread.h"

namespace veille {

class FactsEngine;

// A user's library: one database and what works on it. Built once by the front end
// (veille or veille-cli) and passed down; not a global. So is the facts engine: the
// program makes one in main() and every library it opens works with that one.
//
// Every write goes through the library's one writer (docs/performance.md, "One writer"):
// write(), call() and post() hand a job a Library bound to the writable connection.
//  - open() (veille-cli, tests): the caller's thread is the writer; its connection is the
//    process's only writable one and jobs run at once, on it.
//  - openWithWriter() (the window): a StorageThread owns the writable connection and runs
//    the jobs, priority lane first; the caller's own connection only reads.
//  - openReader() (another thread of the window's process): reads on its own connection,
//    writes through the writer of the library it was opened beside.
class Library {
public:
    static Result<std::unique_ptr<Library>> open(const QString &path, const FactsEngine &facts);
    static Result<std::unique_ptr<Library>> openWithWriter(const QString &path, const FactsEngine &facts);
    static Result<std::unique_ptr<Library>> openReader(Library &beside);
    // Brings the file's schema up to date, as opening it with its writer does, and closes
    // it: what the window runs on a worker while it shows progress, before openWithWriter.
    static Result<void> upgrade(const QString &path);
    ~Library();

    // A job run where the writer is, with a Library on the writable connection; `writer`
    // is null when that connection could not be opened, and `error` says why.
    using WriteJob = std::function<void(Library *writer, const Error &error)>;
    // Queues a job; `owner` lets forget(owner) drop it. Runs at once in open()'s mode.
    void post(WriteJob job, Lane lane = Lane::Normal, const void *owner = nullptr);
    // Runs fn(Library &writer) -> Result<T> and returns its result; the caller waits
    // (a priority job waits at most for the running job's next batch point).
    template <class F>
    auto call(F &&fn, Lane lane = Lane::Normal) -> decltype(fn(std::declval<Library &>()))
    {
        using R = decltype(fn(std::declval<Library &>()));
        if (m_owner != this)
            return m_owner->call(std::forward<F>(fn), lane);
        if (!m_writer) {
            if (QThread::currentThread() == m_home->thread())
                return fn(*this);
            // Another thread of a single-threaded program: its write waits its turn on
            // the thread that owns the connection (whose event loop must be running).
            std::optional<R> out;
            QMetaObject::invokeMethod(m_home.get(), [&] { out.emplace(fn(*this)); }, Qt::BlockingQueuedConnection);
            return std::move(*out);
        }
        if (m_writer->isCurrentThread())
            return fn(*m_writerSide);
        return m_writer->call([this, &fn](Database &db) -> R { return fn(writerSide(db)); }, lane);
    }
    // Queues fn(Library &writer) -> R and hands R to done(R) on `context`'s thread, unless
    // context is gone by then: what the window uses, so that it never waits.
    template <class F, class D>
    void write(Lane lane, QObject *context, F fn, D done)
    {
        using R = decltype(fn(std::declval<Library &>()));
        watch(context);
        post([context, fn = std::move(fn), done = std::move(done)](Library *writer, const Error &error) mutable {
            R result = writer ? fn(*writer) : R(error);
            QMetaObject::invokeMethod(context, [done = std::move(done), result = std::move(result)]() mutable { done(result); },
                                      Qt::QueuedConnection);
        }, lane, context);
    }
    // Drops the queued jobs `owner` posted and waits for its running one: what an object
    // whose jobs use it calls in its destructor.
    void forget(const void *owner);
    // Waits until every job posted so far has run (tests, and a command about to exit).
    void drain();
    // The writer's thread, or null when the caller's thread is the writer.
    StorageThread *writer() const { return m_owner->m_writer.get(); }

    Database &database() { return *m_db; }
    ArticleStore &articles() { return m_articles; }
    StateStore &states() { return m_states; }
    FeedStore &feeds() { return m_feeds; }
    EntityStore &entities() { return m_entities; }
    Importer &importer() { return m_importer; }
    const FactsEngine &factsEngine() const { return m_facts; }
    // Companies: names, pages, the user's own, the watchlist.
    CompanyBook &companyBook() { return m_companyBook; }

    // Parses the search language and resolves company names through the user's companies
    // and the gazetteer's aliases ("hon hai" finds Foxconn).
    Result<QList<SearchHit>> search(const QString &query, int limit,
                                    SearchStore::Detail detail = SearchStore::Detail::TitlesAndSnippets);

    // The key facts of an article as this engine makes them: the stored ones, or when
    // they are missing or were made by another engine version, computed (with the user's
    // companies) and stored first.
    Result<KeyFacts> facts(ArticleId id);
    // The same for an article the caller has already read: no second read of its row.
    Result<KeyFacts> facts(const Article &article);

    // The page of a company (CompanyBook::profile): none when no company goes by that name.
    Result<std::optional<CompanyProfile>> companyProfile(const QString &nameOrAlias, QDate today)
    {
        return m_companyBook.profile(nameOrAlias, today);
    }

    // Loads the bundled demo articles into an empty library. Returns how many were added.
    // Through the writer.
    Result<int> loadDemo();

private:
    Library(Database &db, const FactsEngine &facts);
    // On the writer's thread: the Library its jobs are handed, made at the first one.
    Library &writerSide(Database &db);
    Result<int> storeDemo();
    void watch(QObject *context);
    Result<KeyFacts> computeFacts(const Article &article);

    std::unique_ptr<Database> m_ownDb;
    Database *m_db;
    // openWithWriter(): the writer, opened before the reading connection (it migrates),
    // and the Library its jobs see. openReader(): m_owner is the library beside, whose
    // writer takes this one's writes.
    Library *m_owner = this;
    std::unique_ptr<QObject> m_home = std::make_unique<QObject>(); // in the thread that opened it
    std::unique_ptr<StorageThread> m_writer;
    std::unique_ptr<Library> m_writerSide;
    QMutex m_watchMutex;
    QHash<QObject *, QMetaObject::Connection> m_watched;
    const FactsEngine &m_facts;
    ArticleStore m_articles;
    StateStore m_states;
    FeedStore m_feeds;
    EntityStore m_entities;
    Importer m_importer;
    CompanyBook m_companyBook;
};

} // namespace veille
