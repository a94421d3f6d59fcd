-- Version 8: entity keys folded by today's rules. Keys are Fold::key of the name; the fold
-- now spells ligatures out and takes the accent off the letters Unicode does not decompose
-- (ø, ł, đ, ı, þ), so "Ørsted" is keyed "orsted", as a search for company:orsted folds it.
-- Entities whose names now fold alike become one: the oldest row keeps its id, links of the
-- others move to it (an article already linked to it keeps the larger count), then the
-- others go. Only entities whose key changes are touched.
CREATE TEMP TABLE refolded AS
    SELECT id, type, veille_fold(name) AS key FROM entities WHERE key <> veille_fold(name);

CREATE TEMP TABLE survivors AS
    SELECT r.id AS old_id,
           COALESCE((SELECT MIN(e.id) FROM entities e
                     WHERE e.type = r.type AND e.key = r.key AND e.id NOT IN (SELECT id FROM refolded)),
                    (SELECT MIN(o.id) FROM refolded o WHERE o.type = r.type AND o.key = r.key)) AS new_id
    FROM refolded r;

INSERT INTO article_entities (article_id, entity_id, mentions)
    SELECT ae.article_id, s.new_id, ae.mentions
    FROM article_entities ae JOIN survivors s ON s.old_id = ae.entity_id
    WHERE s.new_id <> s.old_id
    ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = MAX(mentions, excluded.mentions);

DELETE FROM article_entities WHERE entity_id IN (SELECT old_id FROM survivors WHERE new_id <> old_id);
DELETE FROM entities WHERE id IN (SELECT old_id FROM survivors WHERE new_id <> old_id);
UPDATE entities SET key = (SELECT key FROM refolded WHERE refolded.id = entities.id)
    WHERE id IN (SELECT old_id FROM survivors WHERE new_id = old_id);

DROP TABLE survivors;
DROP TABLE refolded;
