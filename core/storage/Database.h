#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

#include "model/Result.h"

namespace veille {

class SqliteStatement;
class WalCheckpointer;

// What a connection may do. A process has one writable connection, the library's writer
// (update/StorageThread); every other connection reads, and SQLite refuses its writes
// (PRAGMA query_only), so two writers never wait on each other's lock.
enum class Access { Read, Write };

// One SQLite library file: opening, pragmas and schema migrations. The stores borrow
// its connection; only storage/ runs SQL.
//
// A connection belongs to the thread that opened it (a Qt SQL rule): open one Database
// per thread that needs the library.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Access::Write opens (creating when absent) and brings the schema up to date, each
    // step in its own transaction. A file from a newer Veille, or one that is not a Veille
    // library, is refused with a clear message and left exactly as it was.
    // Access::Read opens a library the writer has opened before: it never creates, never
    // migrates, and any write through it fails with ErrorCode::DatabaseReadOnly.
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access);

    // The library the GUI uses by default, in the user's data directory.
    static QString defaultPath();

    // The schema version this build writes.
    static int latestVersion();

    // The schema version recorded in the file's SQLite header (user_version), read
    // without opening it through SQLite, so a caller can tell before opening whether an
    // upgrade will run. 0 for a missing or empty file, -1 for one that is not SQLite or
    // cannot be read. In WAL mode the header may lag the latest write; the worst that
    // does is make a caller prepare for an upgrade that open() then finds already done.
    static int storedVersion(const QString &path);

    QSqlDatabase &connection() { return m_db; }

    // The page cache of a connection, in KiB: what reading a large library wants.
    static constexpr int kCacheKiB = 32000;
    // The page size of a library created now (SQLite's default is 4096).
    static constexpr int kNewPageSize = 16384;
    // An import writes new pages and reads few back: 2 MB of cache instead of 32 cost a
    // 20,000-article import no measurable time (11.6 s of CPU with either), and leave
    // room under the memory target for FTS5's pending batch (schema 15), on short items
    // too. Importer sets it for the life of a streamed import.
    static constexpr int kImportCacheKiB = 2000;
    Result<void> setCacheSize(int kib);
    const QString &path() const { return m_path; }
    Access access() const { return m_access; }
    bool inTransaction() const { return m_transactionDepth > 0; }
    int version() const;

    // Runs fn, which returns a Result<T>, inside one transaction and returns what it
    // returned: the transaction commits when that is a value and rolls back when it is an
    // error (or when the commit itself fails, whose error is then returned). Nested calls
    // join the outer transaction: one file's import is one unit even when it is made of
    // several store calls that each ask for a transaction.
    template <class F>
    auto transaction(F &&fn) -> decltype(fn())
    {
        VEILLE_TRY(beginTransaction());
        auto result = fn();
        VEILLE_TRY(endTransaction(result.ok()));
        return result;
    }

    // A long job's transaction (an import, a facts pass, a sync) committed in batches:
    // fn calls batchPoint() between items. Each batch is a transaction of its own, so
    // readers see progress and a crash loses at most the batch in flight; an error rolls
    // back the batch in flight only. Nested in another transaction it is one unit with it.
    template <class F>
    auto batched(F &&fn) -> decltype(fn())
    {
        const bool outermost = m_transactionDepth == 0;
        VEILLE_TRY(beginTransaction());
        if (outermost)
            startBatches();
        auto result = fn();
        const Result<void> ended = endTransaction(result.ok());
        if (outermost)
            endBatches(); // after the last commit, which a long log would otherwise make slow
        VEILLE_TRY(ended);
        return result;
    }

    // Between two items of a batched() job, or between two transactions of a long job:
    // commits the batch when it is kBatchSize items long, or at once when a priority job
    // is waiting (Yield), runs the waiting priority jobs outside any transaction, and
    // begins the next batch. While priority jobs keep coming (the window is in use), a
    // batch also ends every kActiveBatchMs, so that the next one waits for a small commit.
    // Does nothing inside any other transaction.
    Result<void> batchPoint();
    static constexpr int kBatchSize = 500;
    static constexpr int kActiveBatchMs = 20;
    static constexpr int kWindowActiveMs = 1000;
    // Checkpoints of a batched job, after which the writer waits for the log to be copied
    // whole before its next batch (see WalCheckpointer::catchUp).
    static constexpr int kCatchUpEvery = 4;

    // How the writer lends its connection to priority jobs at batch points: `waiting`
    // says whether any is queued (any thread may have posted it), `run` runs them all.
    struct Yield {
        std::function<bool()> waiting;
        std::function<void()> run;
    };
    void setYield(Yield yield) { m_yield = std::move(yield); }

    // A statement prepared once and kept for the life of the connection. An import runs
    // the same few statements for every article and entity, and preparing them again each
    // time was most of the cost of storing. The caller binds, runs, and calls finish()
    // when it reads rows; the statement must not be in use by an outer caller.
    Result<QSqlQuery *> prepared(const QString &sql);
    // The same through SQLite's own interface (SqliteStatement), for the statements an
    // import runs for every article; finalized before the connection closes.
    Result<SqliteStatement *> statement(const QString &sql);

    // The full-text index of articles added in the current transaction is written in
    // batches: FTS5 writes its pending terms out as a new index segment at the start of
    // every statement that may need undoing once the index takes part in a transaction
    // (the article insert, the facts rows...), so indexing each article as it is stored
    // made one segment per article, and merging them was a fifth of an import's time.
    // indexLater() queues an article (or indexes it at once outside a transaction);
    // flushIndex() writes the queue, and runs before a commit and before anything that
    // changes or removes an indexed article.
    // Title, text and language as UTF-8.
    Result<void> indexLater(qint64 articleId, const QByteArray &title, const QByteArray &text, const QByteArray &language);
    Result<void> flushIndex();

    // Entities already looked up or stored through this connection, by type and folded
    // name, with the aliases stored for them: an import names the same few companies in
    // article after article. Forgotten whenever a transaction rolls back, since that may
    // undo the rows they name.
    struct KnownEntity {
        qint64 id = 0;
        QString aliases;
    };
    QHash<QString, KnownEntity> &knownEntities() { return m_knownEntities; }

private:
    Database(QSqlDatabase db, QString path, QString connectionName, Access access);
    void startBatches();
    void endBatches();
    void runPriority();
    Result<void> beginTransaction();
    // Commits when `succeeded` (flushing the index first), else rolls back; an error only
    // when the commit fails.
    Result<void> endTransaction(bool succeeded);
    Result<void> migrate();
    Result<void> applyStep(int version, const QString &sql);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    Access m_access;
    int m_transactionDepth = 0;
    bool m_batched = false;
    bool m_yielding = false;
    int m_batchItems = 0;
    int m_sinceCheckpoint = 0;
    int m_checkpoints = 0; // requested during the batched job under way
    QElapsedTimer m_sinceCommit;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // while a batched job runs, from its first checkpoint
    QElapsedTimer m_lastPriority; // invalid until a priority job ran at a batch point
    Yield m_yield;
    QHash<QString, QSqlQuery *> m_statements;
    QHash<QString, SqliteStatement *> m_sqliteStatements;
    QHash<QString, KnownEntity> m_knownEntities;
    struct PendingIndex {
        qint64 id;
        QByteArray title;
        QByteArray text;
        QByteArray language;
    };
    QList<PendingIndex> m_pendingIndex;
};

} // namespace veille
