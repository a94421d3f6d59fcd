-- Version 9: the engine version of the last complete facts pass over the library. New
-- articles always get the running engine's facts, so once a pass has brought every article
-- to a version, the window need not look for older facts again at each start: finding them
-- reads every row of article_facts, facts JSON included (hundreds of megabytes at 100,000
-- articles). One row; absent until a pass completes.
CREATE TABLE facts_pass (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    engine  INTEGER NOT NULL
);
