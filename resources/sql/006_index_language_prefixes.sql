-- Version 6: the full-text index also holds each article's language, and prefix indexes
-- of 3, 4 and 5 characters. A search limited to one language (raised lang:fr) is then
-- answered by FTS5 from its own lists, not by testing each match against the set of
-- French articles; a prefix search (fina*) reads one list rather than merging the lists
-- of every word that starts so. At 100,000 articles this costs about 2.5 KB per article
-- and a rebuild of the index, once, here.
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, language,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3 4 5'
);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

-- New articles are indexed by storage in batches (Database::indexLater); changes and
-- removals go through these triggers.
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, language)
    VALUES ('delete', old.id, old.title, old.text, old.language);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, language ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, language)
    VALUES ('delete', old.id, old.title, old.text, old.language);
    INSERT INTO articles_fts(rowid, title, text, language) VALUES (new.id, new.title, new.text, new.language);
END;
