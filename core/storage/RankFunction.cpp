#include "storage/RankFunction.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "storage/SqliteHandle.h"

namespace veille {

namespace {

// FTS5's bm25() constants.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What a query's rows share: each phrase's inverse document frequency and the average
// length of a row. Computed at the first row, kept by FTS5 until the query ends.
struct QueryWeights {
    std::vector<double> idf;
    double averageLength = 1.0;
};

struct MatchCounter {
    int limit = 0;
    int count = 0;
    sqlite3_int64 lastId = 0;
};

int countMatch(const Fts5ExtensionApi *api, Fts5Context *ctx, void *data)
{
    auto *counter = static_cast<MatchCounter *>(data);
    counter->lastId = api->xRowid(ctx);
    return ++counter->count >= counter->limit ? SQLITE_DONE : SQLITE_OK;
}

int computeWeights(const Fts5ExtensionApi *api, Fts5Context *ctx, sqlite3_value **args, QueryWeights *weights)
{
    const sqlite3_int64 firstId = sqlite3_value_int64(args[0]);
    const sqlite3_int64 lastId = sqlite3_value_int64(args[1]);
    const int limit = std::max(1, sqlite3_value_int(args[2]));
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(ctx, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(ctx, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    weights->averageLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    const int phrases = api->xPhraseCount(ctx);
    weights->idf.assign(size_t(std::max(0, phrases)), 0.0);
    for (int i = 0; i < phrases; ++i) {
        // FTS5 walks a phrase's matches from the oldest id: the first `limit` of them,
        // and how far into the ids they reach, give the density over the rest.
        MatchCounter counter{limit};
        rc = api->xQueryPhrase(ctx, i, &counter, countMatch);
        if (rc != SQLITE_OK)
            return rc;
        double matches = counter.count;
        if (counter.count >= limit && counter.lastId >= firstId && lastId > counter.lastId) {
            const double reached = double(counter.lastId - firstId + 1);
            matches = std::min(double(rows), matches * double(lastId - firstId + 1) / reached);
        }
        const double idf = std::log((double(rows) - matches + 0.5) / (matches + 0.5));
        weights->idf[size_t(i)] = idf > 0.0 ? idf : 1e-6; // as bm25(): a common word still counts a little
    }
    return SQLITE_OK;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *ctx, sqlite3_context *result, int argc, sqlite3_value **args)
{
    if (argc < 3) {
        sqlite3_result_error(result, "veille_rank: first_id, last_id and count_limit are required", -1);
        return;
    }
    auto *weights = static_cast<QueryWeights *>(api->xGetAuxdata(ctx, 0));
    if (!weights) {
        auto made = std::make_unique<QueryWeights>();
        if (const int rc = computeWeights(api, ctx, args, made.get()); rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        weights = made.release();
        // On failure FTS5 deletes the data itself.
        const int rc = api->xSetAuxdata(ctx, weights, [](void *p) { delete static_cast<QueryWeights *>(p); });
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
    }

    // The phrases' frequencies in this row, each instance weighted by its column.
    const int columnWeights = argc - 3;
    std::vector<double> frequency(weights->idf.size(), 0.0);
    int instances = 0;
    int rc = api->xInstCount(ctx, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(ctx, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && size_t(phrase) < frequency.size())
            frequency[size_t(phrase)] += column < columnWeights ? sqlite3_value_double(args[3 + column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(ctx, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const double norm = kK1 * (1.0 - kB + kB * double(length) / weights->averageLength);
    double score = 0.0;
    for (size_t i = 0; i < frequency.size(); ++i)
        score += weights->idf[i] * (frequency[i] * (kK1 + 1.0)) / (frequency[i] + norm);
    sqlite3_result_double(result, score);
}

} // namespace

Result<void> registerRankFunction(QSqlDatabase &db)
{
    sqlite3 *sqlite = sqliteHandle(db);
    if (!sqlite)
        return makeError(ErrorCode::SearchUnavailable);

    // FTS5 hands its API over through a pointer bound to "SELECT fts5(?)".
    fts5_api *fts5 = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(sqlite, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &fts5, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!fts5 || fts5->iVersion < 2)
        return makeError(ErrorCode::SearchUnavailable);
    if (fts5->xCreateFunction(fts5, "veille_rank", nullptr, rank, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::SearchUnavailable, QString::fromUtf8(sqlite3_errmsg(sqlite)));
    return {};
}

} // namespace veille
