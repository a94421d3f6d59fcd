#pragma once

#include "search/SearchQuery.h"

namespace veille {

// Reads the search language: words (all required), "exact phrases", prefix*, OR between
// two terms, -exclusion, and the filters company:NAME (or company:"Two Words"), fav:yes,
// read:no, lang:fr. Never fails: whatever cannot be read as syntax is searched as words,
// so a stray quote or operator cannot reach SQLite as an FTS5 syntax error.
class QueryParser {
public:
    static SearchQuery parse(const QString &input);
};

} // namespace veille
