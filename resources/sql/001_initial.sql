-- Version 1: feeds, immutable article content, mutable state apart, full-text index.

CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL UNIQUE,
    site_url        TEXT NOT NULL DEFAULT '',
    folder          TEXT NOT NULL DEFAULT '',
    etag            TEXT NOT NULL DEFAULT '',
    last_modified   TEXT NOT NULL DEFAULT '',
    last_fetched    INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    update_interval INTEGER NOT NULL DEFAULT 0,
    full_text       INTEGER NOT NULL DEFAULT 0,
    added           INTEGER NOT NULL
);

-- Content only: a refresh may rewrite these columns, never the state below.
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    feed_id     INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    identity    TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    published   INTEGER,             -- ms since epoch, UTC; NULL when unknown
    added       INTEGER NOT NULL,    -- ms since epoch
    sort_time   INTEGER NOT NULL,    -- published, else added: the list order
    language    TEXT NOT NULL DEFAULT '',
    html        TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    key_points  TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    content_hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_by_time ON articles(sort_time DESC, id DESC);
CREATE INDEX articles_by_feed ON articles(feed_id, sort_time DESC, id DESC);

CREATE TABLE article_states (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    favourite   INTEGER NOT NULL DEFAULT 0,
    read        INTEGER NOT NULL DEFAULT 0,
    tags        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX article_states_unread ON article_states(article_id) WHERE read = 0;
CREATE INDEX article_states_favourite ON article_states(article_id) WHERE favourite = 1;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- A state row is born with its article, so every article has one.
CREATE TRIGGER articles_state_insert AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO article_states(article_id) VALUES (new.id);
END;
