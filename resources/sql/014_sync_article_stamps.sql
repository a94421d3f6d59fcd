-- The server's own date stamp of each synced article (tt-rss: "updated", the item's
-- date, moved on when the server stores a changed version of it). A stamp that differs
-- from the one stored is how a sync tells an article the server changed: the API says
-- nothing else. 0: not known yet (an article synced before this step), taken as it is
-- at the next sync without fetching the article again.
ALTER TABLE remote_articles ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
