-- Sync accounts (Tiny Tiny RSS first): the account, which feeds and articles came from it
-- under which server id, and the read/favourite changes still to push. A feed of an
-- account is never fetched by a refresh (its address is not a web address: the server
-- fetches it); the server's own address of the feed is kept apart when it is http(s).

CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    type        TEXT NOT NULL,              -- 'ttrss'
    url         TEXT NOT NULL,              -- the server's base address
    user        TEXT NOT NULL,
    since_id    INTEGER NOT NULL DEFAULT 0, -- the newest server article already stored
    last_sync   INTEGER,                    -- ms since epoch of the last sync that went well
    last_error  TEXT NOT NULL DEFAULT '',   -- Error::toStored of the last sync
    added       INTEGER NOT NULL,
    UNIQUE (type, url, user)
);

ALTER TABLE feeds ADD COLUMN account_id INTEGER REFERENCES accounts(id);
ALTER TABLE feeds ADD COLUMN remote_id TEXT NOT NULL DEFAULT '';
ALTER TABLE feeds ADD COLUMN remote_url TEXT NOT NULL DEFAULT '';
CREATE INDEX feeds_by_account ON feeds(account_id, remote_id) WHERE account_id IS NOT NULL;

-- The server's article behind a stored one, with the flags the server had at the last
-- sync: a flag the server changed since is told apart from one only Veille changed.
CREATE TABLE remote_articles (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id   INTEGER NOT NULL,
    read        INTEGER NOT NULL DEFAULT 0,
    favourite   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, remote_id)
);

-- One row per article and flag: the latest local change wins over the earlier ones.
-- Emptied row by row, only for what the server confirmed.
CREATE TABLE sync_queue (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field       TEXT NOT NULL CHECK (field IN ('read', 'favourite')),
    value       INTEGER NOT NULL,
    changed     INTEGER NOT NULL,           -- ms since epoch
    PRIMARY KEY (article_id, field)
);

-- Every change of a flag of a server article is queued, whoever made it (the window, the
-- command line). The sync applies the server's flags with sync_applying set, so what it
-- writes is not sent back.
CREATE TABLE sync_applying (id INTEGER PRIMARY KEY CHECK (id = 1));

CREATE TRIGGER sync_queue_read AFTER UPDATE OF read ON article_states
WHEN new.read != old.read
     AND NOT EXISTS (SELECT 1 FROM sync_applying)
     AND EXISTS (SELECT 1 FROM remote_articles WHERE article_id = new.article_id)
BEGIN
    INSERT OR REPLACE INTO sync_queue(article_id, field, value, changed)
    VALUES (new.article_id, 'read', new.read, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

CREATE TRIGGER sync_queue_favourite AFTER UPDATE OF favourite ON article_states
WHEN new.favourite != old.favourite
     AND NOT EXISTS (SELECT 1 FROM sync_applying)
     AND EXISTS (SELECT 1 FROM remote_articles WHERE article_id = new.article_id)
BEGIN
    INSERT OR REPLACE INTO sync_queue(article_id, field, value, changed)
    VALUES (new.article_id, 'favourite', new.favourite, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
