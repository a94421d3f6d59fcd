#!/usr/bin/env bash
# Builds a big benchmark library from a small one: copies SRC to DST, then appends
# COPIES-1 copies of its articles in SQL. Each copy gets new ids, identities, links and
# dates (a day older per copy), its facts and entity links, and its text in the full-text
# index. Same vocabulary and entity mix, COPIES times more rows.
#
#   tools/bench/copy_library.sh SRC DST COPIES
#
# SRC must be at the schema of the veille-cli that will read DST (run.sh upgrades it
# first). One transaction per copy, no journal and a 2 GB page cache: a throw-away build,
# which run.sh marks done only when this script succeeds. (As one WAL transaction, a
# 1,000,000-article build wrote a 15 GB log and had not finished after 45 minutes.)
set -euo pipefail
[ $# -eq 3 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
SRC=$1 DST=$2 COPIES=$3

rm -f "$DST" "$DST-wal" "$DST-shm"
sqlite3 "$SRC" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$SRC" "$DST"
span=$(sqlite3 "$DST" "SELECT max(id) FROM articles")
# The index's columns, as this schema has them (title, text and, from schema 6, language).
columns=$(sqlite3 "$DST" "SELECT group_concat(name, ', ') FROM pragma_table_info('articles_fts')")
{
    echo "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -2000000;"
    for k in $(seq 1 $((COPIES - 1))); do
        echo "BEGIN;
              INSERT INTO articles (id, feed_id, identity, title, url, author, published, added, sort_time, language, html, text, key_points, content_hash)
              SELECT id + $k * $span, feed_id, identity || '#$k', title, url || '#$k', author, published - $k * 86400000, added,
                     sort_time - $k * 86400000, language, html, text, key_points, content_hash
              FROM articles WHERE id <= $span;
              INSERT INTO article_facts SELECT article_id + $k * $span, engine, facts FROM article_facts WHERE article_id <= $span;
              INSERT INTO article_entities (article_id, entity_id, mentions)
              SELECT article_id + $k * $span, entity_id, mentions FROM article_entities WHERE article_id <= $span;
              COMMIT;"
    done
    # The copies' text, indexed ten copies at a time.
    for k in $(seq 1 10 $((COPIES - 1))); do
        echo "INSERT INTO articles_fts (rowid, $columns) SELECT id, $columns FROM articles
              WHERE id > $k * $span AND id <= $((k + 10)) * $span;"
    done
    echo "PRAGMA journal_mode = WAL;"
} | sqlite3 -bail "$DST" >/dev/null
