-- Version 10: companies of the user's own and the watchlist.
-- A user company is found in articles like a built-in one (origin "user" in the stored
-- facts); its row here is the user's word, kept across upgrades and engine versions.
CREATE TABLE user_companies (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    key            TEXT NOT NULL UNIQUE,          -- folded name (veille_fold)
    aliases        TEXT NOT NULL DEFAULT '[]',    -- JSON array of strings
    case_sensitive INTEGER NOT NULL DEFAULT 0,
    added          INTEGER NOT NULL               -- ms since epoch
);

-- Followed companies (kind 'company', by canonical name) and saved searches (kind
-- 'search', the query as written). announced_up_to: the newest article id already
-- announced for it; articles stored later are its news after a refresh.
CREATE TABLE follows (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('company', 'search')),
    name            TEXT NOT NULL,
    key             TEXT NOT NULL,                -- folded name or query
    announced_up_to INTEGER NOT NULL DEFAULT 0,
    added           INTEGER NOT NULL,
    UNIQUE (kind, key)
);
