// Inputs that fuzzing (tools/fuzz-smoke.sh) found to break a promise, kept as tests.
#include <gtest/gtest.h>

#include <QString>

#include <sqlite3.h>

#include "search/QueryParser.h"

namespace {

// The FTS5 error for this expression, or an empty string when FTS5 accepts it.
std::string fts5Error(const QString &expression)
{
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(title, text)", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    std::string error;
    sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?", -1, &st, nullptr);
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(st, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE)
        error = sqlite3_errmsg(db);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return error;
}

} // namespace

// fuzz_query: a phrase followed by an OR group gave "a (b OR c)", which FTS5 refuses.
TEST(FuzzRegression, AnOrGroupAfterAWordIsAValidFts5Expression)
{
    for (const char *input : {"\"unclosed AND OR NOT ( ) * : ^ + - 'single'", "nvidia puce OR semicond*",
                              "\"centres de données\" a OR b c OR d -e"}) {
        const veille::SearchQuery q = veille::QueryParser::parse(QString::fromUtf8(input));
        EXPECT_EQ(fts5Error(q.ftsInclude), "") << input << " -> " << q.ftsInclude.toStdString();
        EXPECT_EQ(fts5Error(q.ftsExclude.isEmpty() ? QStringLiteral("x") : q.ftsExclude), "") << input;
    }
}
