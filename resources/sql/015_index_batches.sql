-- Version 15: FTS5 holds up to 8 MB of pending terms before it writes them out as a
-- segment (its default is 1 MB). An import indexes new articles a thousand at a time
-- (Database::indexLater); with the default, each batch became several small segments
-- that FTS5 then merged again and again: a fifth of the indexing time on 20,000
-- articles. Only writers use the memory, and only while a batch is pending.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608);

-- From this version, facts (article_facts.facts, StoredFacts) keep each mention as two
-- numbers, start and end, in the entity's flat "mentions" array, instead of an object
-- {"end":..,"start":..}: half the bytes of an article's facts, which were more than its
-- text. Rows stored before are read as they are, so none is rewritten here.
