-- Remote images per feed, and the pictures of articles kept in the library so that they
-- read complete offline: every favourite's, and every article's of a feed that asks.

-- NULL: the reader's global setting; 0: never load remote images; 1: always.
ALTER TABLE feeds ADD COLUMN images INTEGER;
-- 1: keep the pictures of every new article of this feed, not only of favourites.
ALTER TABLE feeds ADD COLUMN offline_images INTEGER NOT NULL DEFAULT 0;

-- One row per picture an article's HTML names. An empty `data` records an attempt that
-- failed (an error, not an image, too large), so it is not tried again and again; the row
-- goes with its article (retention, deletion) through the foreign key.
CREATE TABLE article_images (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url         TEXT NOT NULL,              -- as the stored HTML names it
    data        BLOB NOT NULL,
    fetched     INTEGER NOT NULL,           -- ms since epoch
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID;

-- A favourite no longer starred keeps its pictures only when its feed keeps every article's.
CREATE TRIGGER article_images_unstarred AFTER UPDATE OF favourite ON article_states
WHEN old.favourite = 1 AND new.favourite = 0
     AND NOT EXISTS (SELECT 1 FROM articles a JOIN feeds f ON f.id = a.feed_id
                     WHERE a.id = new.article_id AND f.offline_images = 1)
BEGIN
    DELETE FROM article_images WHERE article_id = new.article_id;
END;

-- A feed that stops keeping every article's pictures keeps only its favourites'.
CREATE TRIGGER article_images_feed_stops AFTER UPDATE OF offline_images ON feeds
WHEN old.offline_images = 1 AND new.offline_images = 0
BEGIN
    DELETE FROM article_images WHERE article_id IN (
        SELECT a.id FROM articles a JOIN article_states s ON s.article_id = a.id
        WHERE a.feed_id = new.id AND s.favourite = 0);
END;
