-- Version 3: keeping feeds up to date. Per-feed retention, the articles retention removed
-- (so that a refresh does not bring them back while the feed still lists them), and the
-- full text fetched for summary-only items.

-- 0 in either: no limit of that kind.
ALTER TABLE feeds ADD COLUMN max_age_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN max_count INTEGER NOT NULL DEFAULT 0;

-- Identities retention deleted, forgotten once the feed no longer lists them.
CREATE TABLE retired_articles (
    feed_id  INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    identity TEXT NOT NULL,
    retired  INTEGER NOT NULL,          -- ms since epoch
    PRIMARY KEY (feed_id, identity)
) WITHOUT ROWID;

-- A summary-only article whose linked page was fetched for its full text (or tried: a
-- page that fails or says less keeps the summary). feed_hash is the content hash of the
-- feed's version of the item at the time: while the feed still says the same, a refresh
-- neither puts the summary back over the page's text nor fetches the page again.
CREATE TABLE article_full_text (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    feed_hash  TEXT NOT NULL,
    fetched    INTEGER NOT NULL         -- ms since epoch
);
