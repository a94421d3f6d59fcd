#pragma once

#include <QSqlDatabase>

#include "model/Result.h"

namespace veille {

// veille_rank(articles_fts, first_id, last_id, count_limit, weight...): the Okapi BM25
// score of a full-text match, higher is better, as FTS5's own bm25() computes it (same
// k1, b, column weights and document lengths) but for one thing: how many articles
// contain each phrase of the query. bm25() counts them all, a walk over every match
// before the first row is scored: 97% of a search's time in a library of 1,000,000
// articles ("market lang:fr": 150 ms against 5 ms for the walk that finds the newest
// 2,000 matches). veille_rank counts the oldest `count_limit` matches of a phrase and
// scales the count by how far into the ids [first_id, last_id] they reach; a phrase with
// fewer matches is counted exactly, so scores equal bm25()'s. The phrase weights only
// ever mattered relative to each other, and an estimate keeps them.
//
// Registered on a connection by Database::open.
Result<void> registerRankFunction(QSqlDatabase &db);

} // namespace veille
