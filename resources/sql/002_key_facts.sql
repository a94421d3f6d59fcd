-- Version 2: key facts. Entities (companies, people, places) are indexed for search;
-- the whole facts object of an article is kept as JSON for display.

CREATE TABLE entities (
    id      INTEGER PRIMARY KEY,
    type    TEXT NOT NULL,            -- company, person, place
    name    TEXT NOT NULL,            -- canonical name as shown
    key     TEXT NOT NULL,            -- folded name: lower case, no accents
    aliases TEXT NOT NULL DEFAULT '[]',
    UNIQUE (type, key)
);

CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    mentions   INTEGER NOT NULL,
    spans      TEXT NOT NULL,         -- JSON [[start,end],...]
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_by_entity ON article_entities(entity_id, article_id);

CREATE TABLE article_facts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    engine     INTEGER NOT NULL,      -- facts engine version that produced it
    facts      TEXT NOT NULL          -- JSON, the shape of `facts --json` without id/title
);
