#pragma once

#include <QString>

#include "CliRunner.h"
#include "Sanitized.h"

#include <sqlite3.h>
#include <sys/resource.h>

namespace veille::test {

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

} // namespace veille::test
