-- Version 13: each article keeps the fingerprint of the feed item it was built from
-- (ItemFingerprint), so that importing or refreshing an unchanged item again is one
-- lookup: no sanitizing, no language guess, no key facts. Empty for articles stored
-- before; their next import records it.
ALTER TABLE articles ADD COLUMN source_hash TEXT NOT NULL DEFAULT '';
