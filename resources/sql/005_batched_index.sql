-- Version 5: storage indexes the text of new articles itself, in batches (see
-- Database::indexLater): the trigger indexed one article per statement, and FTS5 made a
-- segment of each. Changes and removals still go through the triggers of version 1.
DROP TRIGGER articles_fts_insert;
