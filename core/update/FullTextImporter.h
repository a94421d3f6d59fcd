#pragma once

#include "fetch/FetchResult.h"
#include "model/Result.h"
#include "update/FeedIngester.h"

namespace veille {

class Database;
class FactsEngine;

// Replaces a summary-only article's body with the article read from its page (reader
// mode, as for a saved page), in place: same id, read and favourite untouched. Runs in
// the storage thread.
class FullTextImporter {
public:
    FullTextImporter(Database &db, const FactsEngine &facts) : m_db(db), m_facts(facts) {}

    // True when the page's text replaced the summary; false when the page had no more
    // text than the summary (the summary stays). An error leaves the summary too.
    // Either way the attempt is remembered: the page is not fetched again until the feed
    // changes the item.
    Result<bool> store(const FullTextCandidate &candidate, const FetchResult &page);

private:
    Result<bool> replace(const FullTextCandidate &candidate, const FetchResult &page);

    Database &m_db;
    const FactsEngine &m_facts;
};

} // namespace veille
