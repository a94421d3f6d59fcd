#!/usr/bin/env bash
# Veille's benchmark: ingest, memory, library size, opening a big library, search latency
# and bulk state changes, side by side with newsboat (ingest) and the sqlite3 tool (search
# floor) on the same data. Prints one table with the targets and the ratios.
#
#   tools/bench/run.sh [--ingest N] [--ingest-only] [--with-1m] [--cache DIR] [--build DIR]
#
# The ingest rows: veille-cli import of the generated feed into a new library, then the
# same file imported again (its bytes known: not read at all), then the same items in a
# file one comment longer (read, every item skipped by its fingerprint before it is
# built), against newsboat -x reload of the same feed served on 127.0.0.1, with both
# readers' wall and CPU times. The load average is printed with the table: the machine is
# shared, wall-clock figures move with it.
#
#   --ingest N   articles in the ingest feed (default 20000)
#   --ingest-only  only the ingest rows (import, re-import, newsboat, memory): no
#                libraries, window or searches
#   --with-1m    also build and search a 1,000,000-article library (long: generated once
#                into the cache, then reused)
#   --cache DIR  where generated feeds and libraries are kept between runs
#                (default ~/.cache/veille-bench); delete it to start over
#   --build DIR  build directory (default build-bench), configured Release with benchmarks
#   --import-libraries  build the 100k and 1M libraries by importing every article through
#                veille-cli (about 1,000 articles/s here: half an hour for 100k on a busy
#                machine) instead of copying the imported 10k library in SQL
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

INGEST=20000
WITH_1M=0
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/veille-bench"
BUILD=build-bench
IMPORT_LIBRARIES=0
INGEST_ONLY=0
while [ $# -gt 0 ]; do
    case "$1" in
    --ingest) INGEST=$2; shift 2 ;;
    --with-1m) WITH_1M=1; shift ;;
    --ingest-only) INGEST_ONLY=1; shift ;;
    --cache) CACHE=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    --import-libraries) IMPORT_LIBRARIES=1; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

say() { echo "== $*" >&2; }

# --- tools -------------------------------------------------------------------------------
need=()
command -v newsboat >/dev/null || need+=(newsboat)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]}"
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# A build directory configured before is used as it is (say, a RelWithDebInfo tree that
# ccache already filled); a new one is configured Release with the benchmarks.
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVEILLE_BUILD_BENCHMARKS=ON >/dev/null
fi
TARGETS=(veille-cli bench_writer)
[ "$INGEST_ONLY" = 0 ] && TARGETS+=(veille bench_library)
say "building ${TARGETS[*]} ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt")) in $BUILD"
cmake --build "$BUILD" -j "$(nproc)" --target "${TARGETS[@]}" >/dev/null
CLI=$ROOT/$BUILD/app/veille-cli
GUI=$ROOT/$BUILD/app/veille
BENCH=$ROOT/$BUILD/tests/bench/bench_library
WRITER_BENCH=$ROOT/$BUILD/tests/bench/bench_writer

# Runs a command under /usr/bin/time; prints "SECONDS MAXRSS_KB". Its CPU time (user +
# system, seconds) is left in $WORK/cpu.last for the caller that wants it (last_cpu).
timed() {
    local log=$WORK/time.$$ secs kb user sys
    /usr/bin/time -f "%e %M %U %S" -o "$log" "$@" >/dev/null 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; return 1; }
    read -r secs kb user sys <"$log"
    python3 -c "print('%.2f' % ($user + $sys))" >"$WORK/cpu.last"
    echo "$secs $kb"
}
last_cpu() { cat "$WORK/cpu.last"; }

# --- ingest: veille vs newsboat on the same feed -------------------------------------------
FEED=$CACHE/ingest-$INGEST.xml
if [ ! -f "$FEED" ]; then
    say "generating $INGEST articles into $FEED"
    python3 tools/bench/generate.py --count "$INGEST" --out "$FEED" --seed 11
fi
say "veille-cli import ($INGEST articles)"
rm -f "$WORK"/ingest.sqlite*
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r v_secs v_kb < <(timed "$CLI" --db "$WORK/ingest.sqlite" import "$FEED")
v_cpu=$(last_cpu)
v_count=$(sqlite3 "$WORK/ingest.sqlite" "SELECT count(*) FROM articles")
v_facts=$(sqlite3 "$WORK/ingest.sqlite" "SELECT count(*) FROM article_facts")
say "veille-cli import of the same file again"
read -r r_secs r_kb < <(timed "$CLI" --db "$WORK/ingest.sqlite" import "$FEED")
# The same items in another file, one comment longer (as a feed whose date alone changed):
# read item by item, each item skipped by its fingerprint.
say "veille-cli import of the same items in a file one comment longer"
{ cat "$FEED"; echo "<!-- again -->"; } >"$WORK/touched.xml"
read -r t_secs t_kb < <(timed "$CLI" --db "$WORK/ingest.sqlite" import "$WORK/touched.xml")
sqlite3 "$WORK/ingest.sqlite" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
# The window's mark-read, posted every ~50 ms on the writer's priority lane while the same
# feed is imported through the library's one writer: post-to-done latency.
say "mark read during an import of $INGEST articles (bench_writer)"
read -r _ mw_p50 mw_p95 mw_max mw_n mw_secs mw_count < <("$WRITER_BENCH" "$FEED" --db "$WORK/writer.sqlite")
rm -f "$WORK"/writer.sqlite*
v_bytes=$(stat -c %s "$WORK/ingest.sqlite")

say "newsboat reload of the same feed over http://127.0.0.1"
mkdir -p "$WORK/www" && ln -s "$FEED" "$WORK/www/feed.xml"
PORT=$((20000 + RANDOM % 20000))
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/www" >/dev/null 2>&1 &
SERVER_PID=$!
for _ in $(seq 50); do
    python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$PORT/feed.xml', timeout=1).read(1)" 2>/dev/null && break
    sleep 0.1
done
echo "http://127.0.0.1:$PORT/feed.xml" >"$WORK/urls"
export HOME_SAVED=$HOME
read -r n_secs n_kb < <(HOME=$WORK timed newsboat -u "$WORK/urls" -c "$WORK/newsboat.db" -C /dev/null -x reload)
n_cpu=$(last_cpu)
n_count=$(sqlite3 "$WORK/newsboat.db" "SELECT count(*) FROM rss_item")

# The same items cut to their first 255 words: memory on short items, both readers.
SHORT=$CACHE/short-$INGEST.xml
[ -f "$SHORT" ] || python3 tools/bench/shorten.py "$FEED" "$SHORT" --words 255
say "veille-cli import and newsboat reload of the same items cut to 255 words"
read -r vs_secs vs_kb < <(timed "$CLI" --db "$WORK/short.sqlite" import "$SHORT")
ln -s "$SHORT" "$WORK/www/short.xml"
echo "http://127.0.0.1:$PORT/short.xml" >"$WORK/short-urls"
read -r ns_secs ns_kb < <(HOME=$WORK timed newsboat -u "$WORK/short-urls" -c "$WORK/newsboat-short.db" -C /dev/null -x reload)
kill "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

# --- libraries of 10k, 100k (and 1M) articles ----------------------------------------------
# Built from 10,000-article files, each one import (one transaction) as a user's feeds would
# arrive; kept in the cache because the big ones take minutes.
library() {
    local n=$1 files=$(( $1 / 10000 ))
    local db=$CACHE/library-$n.sqlite
    if [ ! -f "$db.done" ] && [ "$n" -gt 10000 ] && [ "$IMPORT_LIBRARIES" = 0 ]; then
        # The imported 10k library, copied n/10k times in SQL (copy_library.sh): same
        # vocabulary and entity mix, ten (or a hundred) times more rows.
        local base
        base=$(library 10000)
        "$CLI" --db "$base" feeds >/dev/null   # brings it to this build's schema first
        say "building a library of $n articles in $db from $files copies of the 10k library"
        tools/bench/copy_library.sh "$base" "$db" "$files"
        touch "$db.done"
    fi
    if [ ! -f "$db.done" ]; then
        say "building a library of $n articles in $db (once; kept in the cache)"
        python3 tools/bench/generate.py --count "$n" --per-file 10000 --out-dir "$CACHE/files" --seed 7 >&2
        rm -f "$db" "$db-wal" "$db-shm"
        local i
        for i in $(seq 0 $((files - 1))); do
            "$CLI" --db "$db" import "$(printf '%s/files/feed-%04d.xml' "$CACHE" "$i")" >/dev/null
        done
        sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
        touch "$db.done"
    fi
    echo "$db"
}

SIZES=(10000 100000)
[ "$WITH_1M" = 1 ] && SIZES+=(1000000)
[ "$INGEST_ONLY" = 1 ] && SIZES=()
g_secs=""; g_kb=""; e_secs=""; e_kb=""; mr_n=""; mr_ms=""; cp_n=""; cp_med=""; cp_p95=""
if [ "$INGEST_ONLY" = 0 ]; then
# Every library first (built once, then cached); the window is opened before the searches,
# whose 1M library would fill the page cache (18 GB) and leave the 100k one on disk.
for n in "${SIZES[@]}"; do
    db=$(library "$n")
    "$CLI" --db "$db" feeds >/dev/null   # a library cached by an older build is upgraded first
done

DB100K=$CACHE/library-100000.sqlite
say "opening the 100,000-article library in the window (offscreen) and rendering the first page"
cp "$DB100K" "$WORK/gui.sqlite"
# A fresh copy is 2 GB of dirty pages: SQLite's first sync would write them all out and
# the opening would measure the disk (2.9 s here instead of 0.35 s).
sync
# Three openings, the median kept: the first also pays for a fresh settings file.
opens=()
for _ in 1 2 3; do
    opens+=("$(QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$WORK timed "$GUI" --db "$WORK/gui.sqlite" --screenshot "$WORK/first-page.png")")
done
read -r g_secs g_kb < <(printf '%s\n' "${opens[@]}" | sort -n | sed -n 2p)
# The same with a library of one article: what Qt itself costs to start and draw.
"$CLI" --db "$WORK/one.sqlite" import "$ROOT/tests/data/articles/en-siemens-no-box.txt" >/dev/null
read -r e_secs e_kb < <(QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$WORK timed "$GUI" --db "$WORK/one.sqlite" --screenshot "$WORK/one.png")

say "marking 10,000 articles read in the 100,000-article library"
read -r _ mr_n mr_ms < <("$BENCH" mark-read "$WORK/gui.sqlite" --count 10000)

say "the page of a company in about 1,000 of the 100,000 articles (20 times)"
read -r _ cp_n cp_med cp_p95 < <("$BENCH" company-page "$WORK/gui.sqlite" --count 20)
fi

declare -A KW_MED KW_P95 CO_MED CO_P95 FL_KW_MED FL_KW_P95 FL_CO_MED FL_CO_P95
for n in "${SIZES[@]}"; do
    db=$(library "$n")
    say "search latency at $n articles (200 keyword and 200 company queries)"
    # Every search once before timing, as a user's library is in the page cache.
    cat "$db" >/dev/null
    while read -r kind med p95 _; do
        if [ "$kind" = keyword ]; then KW_MED[$n]=$med; KW_P95[$n]=$p95; else CO_MED[$n]=$med; CO_P95[$n]=$p95; fi
    done < <("$BENCH" search "$db" --count 200 --queries-out "$WORK/queries-$n.tsv")
    while read -r kind med p95; do
        if [ "$kind" = keyword ]; then FL_KW_MED[$n]=$med; FL_KW_P95[$n]=$p95; else FL_CO_MED[$n]=$med; FL_CO_P95[$n]=$p95; fi
    done < <(python3 tools/bench/sqlite_floor.py "$db" "$WORK/queries-$n.tsv")
done

# --- the table -----------------------------------------------------------------------------
python3 - "$INGEST" "$v_secs" "$v_kb" "$v_count" "$v_facts" "$v_bytes" "$n_secs" "$n_kb" "$n_count" \
    "$r_secs" "$r_kb" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" \
    "$g_secs" "$g_kb" "$e_secs" "$e_kb" "$mr_n" "$mr_ms" "$cp_n" "$cp_med" "$cp_p95" \
    "$(for n in "${SIZES[@]}"; do printf '%s:%s:%s:%s:%s:%s:%s:%s:%s,' "$n" "${KW_MED[$n]}" "${KW_P95[$n]}" "${CO_MED[$n]}" "${CO_P95[$n]}" "${FL_KW_MED[$n]}" "${FL_KW_P95[$n]}" "${FL_CO_MED[$n]}" "${FL_CO_P95[$n]}"; done)" \
    "$mw_p50" "$mw_p95" "$mw_max" "$mw_n" "$t_secs" "$vs_secs" "$vs_kb" "$ns_secs" "$ns_kb" "$v_cpu" "$n_cpu" <<'EOF'
import sys
(ingest, v_secs, v_kb, v_count, v_facts, v_bytes, n_secs, n_kb, n_count,
 r_secs, r_kb, load_before, load_after, g_secs, g_kb, e_secs, e_kb, mr_n, mr_ms, cp_n, cp_med, cp_p95, searches,
 mw_p50, mw_p95, mw_max, mw_n, t_secs, vs_secs, vs_kb, ns_secs, ns_kb, v_cpu, n_cpu) = sys.argv[1:]
v_rate = int(v_count) / float(v_secs)
n_rate = int(n_count) / float(n_secs)
rows = []
def row(what, value, target, ok):
    rows.append((what, value, target, "met" if ok else "MISSED" if ok is not None else ""))
row("ingest, veille-cli import (parse+facts+store)", "%.0f articles/s (%s articles, %s with facts)" % (v_rate, v_count, v_facts), "", None)
row("ingest, newsboat -x reload (same feed)", "%.0f articles/s (%s items)" % (n_rate, n_count), "", None)
row("  ratio veille / newsboat", "%.2fx" % (v_rate / n_rate), ">= 2x", v_rate >= 2 * n_rate)
# Wall time is what the target compares; CPU time says how much of it each spent working
# (Veille's on two threads, newsboat's on one), and varies less with the machine's load.
row("  time, veille / newsboat: wall (CPU, user + system)", "%.1f s (%.1f s) / %.1f s (%.1f s)" % (
    float(v_secs), float(v_cpu), float(n_secs), float(n_cpu)), "", None)
row("re-import of the same file (its bytes known: not read)", "%.2f s, %.1f %% of the first import" % (float(r_secs), 100 * float(r_secs) / float(v_secs)),
    "< 10 %", float(r_secs) < 0.1 * float(v_secs))
row("  the same items in a changed file (read, every item skipped)", "%.2f s, %.1f %% of the first import" % (float(t_secs), 100 * float(t_secs) / float(v_secs)),
    "", None)
row("mark read during import, p95 (p50 / max, %s marks)" % mw_n, "%.1f ms (%.1f / %.1f)" % (float(mw_p95), float(mw_p50), float(mw_max)),
    "< 100 ms", float(mw_p95) < 100)
row("peak memory during ingest, veille", "%.0f MB" % (int(v_kb) / 1024), "", None)
row("peak memory during ingest, newsboat", "%.0f MB" % (int(n_kb) / 1024), "", None)
row("  ratio veille / newsboat", "%.2f" % (int(v_kb) / int(n_kb)), "<= 0.25", int(v_kb) <= int(n_kb) / 4)
row("same items cut to 255 words: veille / newsboat", "%.1f s, %.0f MB / %.1f s, %.0f MB (%.2fx the rate)" % (
    float(vs_secs), int(vs_kb) / 1024, float(ns_secs), int(ns_kb) / 1024, float(ns_secs) / float(vs_secs)), "", None)
row("  ratio of peak memory veille / newsboat", "%.3f" % (int(vs_kb) / int(ns_kb)), "<= 0.25", int(vs_kb) <= int(ns_kb) / 4)
row("database size per article", "%.1f KB" % (int(v_bytes) / int(v_count) / 1024), "", None)
if g_secs:
    row("open 100k library, first page (offscreen, whole process, median of 3)", "%.0f ms" % (float(g_secs) * 1000), "< 500 ms", float(g_secs) < 0.5)
    row("  same with a 1-article library (Qt start-up)", "%.0f ms" % (float(e_secs) * 1000), "", None)
    row("GUI peak memory with 100k", "%.0f MB" % (int(g_kb) / 1024), "< 200 MB", int(g_kb) < 200 * 1024)
for entry in filter(None, searches.split(",")):
    n, kmed, kp95, cmed, cp95, fkmed, fkp95, fcmed, fcp95 = entry.split(":")
    n = int(n)
    big = n >= 1000000
    label = "%dk" % (n // 1000) if n < 1000000 else "1M"
    row("keyword search %s: median / p95" % label, "%.1f / %.1f ms" % (float(kmed), float(kp95)),
        "p95 < 100 ms" if big else "p95 < 20 ms", float(kp95) < (100 if big else 20))
    row("  sqlite3 FTS5 floor: median / p95", "%.1f / %.1f ms" % (float(fkmed), float(fkp95)), "", None)
    row("  ratio p95 veille / floor", "%.2fx" % (float(kp95) / max(float(fkp95), 0.5)), "", None)
    row("company search %s: median / p95" % label, "%.1f / %.1f ms" % (float(cmed), float(cp95)),
        "p95 < 100 ms" if big else "p95 < 10 ms", float(cp95) < (100 if big else 10))
    row("  sqlite3 entity-index floor: median / p95", "%.1f / %.1f ms" % (float(fcmed), float(fcp95)), "", None)
    row("  ratio p95 veille / floor", "%.2fx" % (float(cp95) / max(float(fcp95), 0.5)), "", None)
if mr_n:
  row("mark %s articles read (one transaction)" % mr_n, "%.0f ms" % float(mr_ms), "", None)
  row("company page, 100k library (company in %s articles): median / p95" % cp_n, "%.1f / %.1f ms" % (float(cp_med), float(cp_p95)),
    "p95 < 100 ms", float(cp_p95) < 100)
row("load average (1, 5, 15 min) before / after", "%s / %s" % (load_before, load_after), "", None)
w = max(len(r[0]) for r in rows)
v = max(len(r[1]) for r in rows)
print("%-*s  %-*s  %-12s %s" % (w, "measure", v, "value", "target", ""))
print("-" * (w + v + 22))
for what, value, target, status in rows:
    print("%-*s  %-*s  %-12s %s" % (w, what, v, value, target, status))
EOF
echo "(sqlite3 times are its .timer resolution: about 1 ms; cache: $CACHE)"
