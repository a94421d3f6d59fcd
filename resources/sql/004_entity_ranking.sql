-- Version 4: faster searches. Company search ranks by mentions straight from an index;
-- lang: filters read an index rather than every matching article; an entity link no
-- longer repeats the mention spans that the article's facts JSON already holds.

-- Rows come out in the order a company search shows them (most mentions first), so a
-- search for a company named in thousands of articles reads only its first page.
CREATE INDEX article_entities_ranked ON article_entities(entity_id, mentions DESC, article_id);
DROP INDEX article_entities_by_entity;

CREATE INDEX articles_by_language ON articles(language);

ALTER TABLE article_entities DROP COLUMN spans;
