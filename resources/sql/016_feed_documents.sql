-- Version 16: the feed documents stored whole, each by the address it came from (a feed's
-- URL, a file's file:// URL) with a digest of its bytes (ItemFingerprint::ofDocument). The
-- same bytes from the same place again, from a server that ignores conditional GET or a
-- file imported twice, are not parsed: every item they hold is stored as it was.
CREATE TABLE feed_documents (
    source  TEXT PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    digest  TEXT NOT NULL,
    items   INTEGER NOT NULL
);
CREATE INDEX feed_documents_by_feed ON feed_documents(feed_id);

-- Whatever changes a feed's articles (an article added, deleted, moved to another feed or
-- stored from another item) forgets the feed's documents: the next one is read item by
-- item, which alone knows what to add back. So does a longer or shorter age limit, which
-- decides which of a document's items are stored.
CREATE TRIGGER feed_documents_article_added AFTER INSERT ON articles
BEGIN
    DELETE FROM feed_documents WHERE feed_id = NEW.feed_id;
END;
CREATE TRIGGER feed_documents_article_deleted AFTER DELETE ON articles
BEGIN
    DELETE FROM feed_documents WHERE feed_id = OLD.feed_id;
END;
CREATE TRIGGER feed_documents_article_changed AFTER UPDATE OF feed_id, source_hash ON articles
BEGIN
    DELETE FROM feed_documents WHERE feed_id IN (OLD.feed_id, NEW.feed_id);
END;
CREATE TRIGGER feed_documents_age_limit AFTER UPDATE OF max_age_days ON feeds
BEGIN
    DELETE FROM feed_documents WHERE feed_id = NEW.id;
END;
