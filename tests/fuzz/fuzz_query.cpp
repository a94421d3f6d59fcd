// Fuzz target for the search language. The parser promises that whatever the user types,
// the FTS5 expressions it writes are well-formed: each one is run against a real FTS5
// table, and an FTS5 syntax error is a crash.
#include <QString>

#include <sqlite3.h>

#include "search/QueryParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

sqlite3 *database()
{
    static sqlite3 *db = [] {
        sqlite3 *d = nullptr;
        if (sqlite3_open(":memory:", &d) != SQLITE_OK
            || sqlite3_exec(d,
                            "CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');"
                            "INSERT INTO t VALUES ('Foxconn au Wisconsin', 'centres de données, 100 milliards');",
                            nullptr, nullptr, nullptr)
                != SQLITE_OK)
            std::abort();
        return d;
    }();
    return db;
}

void mustRun(const QString &expression)
{
    if (expression.isEmpty())
        return;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(database(), "SELECT rowid FROM t WHERE t MATCH ?", -1, &stmt, nullptr) != SQLITE_OK)
        std::abort();
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        std::fprintf(stderr, "FTS5 refused %s: %s\n", utf8.constData(), sqlite3_errmsg(database()));
        std::abort();
    }
    sqlite3_finalize(stmt);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const veille::SearchQuery q = veille::QueryParser::parse(input);
    mustRun(q.ftsInclude);
    mustRun(q.ftsExclude);
    return 0;
}
