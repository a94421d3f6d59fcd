#!/usr/bin/env python3
"""The floor for search: the sqlite3 command-line tool running the plain FTS5 (or entity
index) query for each of the benchmark's queries, on the same library file, in one
process. Prints "keyword median_ms p95_ms" and "company median_ms p95_ms".

    sqlite_floor.py LIBRARY.sqlite QUERIES.tsv     (QUERIES.tsv from bench_library --queries-out)
"""

import subprocess
import sys


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def statement(line):
    cols = line.rstrip("\n").split("\t")
    if cols[0] == "keyword":
        # As the index is searched by Veille: words in the title and text, the language
        # as one more column (schema 6); the plain bm25 order over every match.
        match = "{title text} : (%s)" % cols[1]
        lang = cols[2] if len(cols) > 2 else ""
        if lang:
            match += ' AND language : "%s"' % lang
        return ("SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH %s "
                "ORDER BY rank LIMIT 500);" % quote(match))
    return ("SELECT count(*) FROM (SELECT ae.article_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
            "JOIN articles a ON a.id = ae.article_id WHERE e.type = 'company' AND e.key = %s "
            "ORDER BY ae.mentions DESC, a.sort_time DESC LIMIT 500);" % quote(cols[1]))


def stats(values):
    values = sorted(values)
    if not values:
        return 0.0, 0.0
    return values[len(values) // 2], values[min(len(values) - 1, int(len(values) * 0.95))]


def main():
    db, queries = sys.argv[1], sys.argv[2]
    kinds = []
    script = [".timer on"]
    with open(queries, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                kinds.append(line.split("\t")[0])
                script.append(statement(line))
    out = subprocess.run(["sqlite3", "-readonly", db], input="\n".join(script) + "\n", capture_output=True,
                         text=True, check=False)
    times = [float(l.split()[3]) * 1000.0 for l in out.stdout.splitlines() if l.startswith("Run Time:")]
    if len(times) != len(kinds):
        sys.stderr.write("sqlite_floor: %d timings for %d queries\n%s" % (len(times), len(kinds), out.stderr))
        return 1
    for kind in ("keyword", "company"):
        median, p95 = stats([t for t, k in zip(times, kinds) if k == kind])
        print("%s %.3f %.3f" % (kind, median, p95))
    return 0


if __name__ == "__main__":
    sys.exit(main())
