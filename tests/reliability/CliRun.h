#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

namespace veille::test {

// What one run of veille-cli did.
struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs veille-cli to the end (or a timeout, which counts as a crash). `asUser`: when the
// test runs as root, run the child as this uid, so file permissions apply to it.
inline CliResult runCli(const QStringList &args, int timeoutMs = 120000, uid_t asUser = 0)
{
    QProcess p;
    if (asUser != 0 && geteuid() == 0) {
        p.setChildProcessModifier([asUser] {
            if (setgid(asUser) != 0 || setuid(asUser) != 0)
                _exit(99);
        });
    }
    p.start(QStringLiteral(VEILLE_CLI_PATH), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The largest resident set of any child this process has waited for, in KiB. Each test
// runs in its own process under ctest, so this is the peak of that test's veille-cli runs.
inline long peakChildRssKb()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_maxrss;
}

// One value from an SQLite file, read with the C API so the check does not go through
// the code under test. Returns an empty string on any error.
inline QString sqliteScalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QString value;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

inline bool sqliteExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

} // namespace veille::test
