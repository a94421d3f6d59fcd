#!/usr/bin/env bash
# A short libFuzzer run of every fuzz target (tests/fuzz/fuzz_*.cpp), for CI.
#
#   tools/fuzz-smoke.sh [SECONDS_PER_TARGET] [BUILD_DIR]     (defaults: 15, build-asan)
#
# BUILD_DIR is the sanitizer build that ./dev.sh configures with clang (ASan, UBSan and
# libFuzzer's coverage; ./dev.sh fuzz configures it and calls this). The script builds the
# targets there, then runs each from seeds read in place: tests/data and, when it is here,
# ../shared (corpus and seed articles). Nothing is copied into the project: new inputs go
# to a temporary folder. Exits 0 with a message when clang is not installed. A crash leaves
# its input in BUILD_DIR/fuzz-crashes/ and fails the run: turn it into a test.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_TARGET=${1:-15}
BUILD=${2:-build-asan}

if ! command -v clang++ >/dev/null; then
    echo "fuzz-smoke: skipped: clang is not installed"
    exit 0
fi
SHARED=$(cd "$ROOT/.." && pwd)/shared
if [ ! -d "$SHARED" ]; then
    echo "fuzz-smoke: ../shared is absent: fuzzing from tests/data seeds only"
    SHARED=""
fi

TARGETS=()
for src in tests/fuzz/fuzz_*.cpp; do
    TARGETS+=("$(basename "$src" .cpp)")
done
if [ ! -d "$BUILD/tests/fuzz/CMakeFiles/${TARGETS[0]}.dir" ]; then
    echo "fuzz-smoke: $BUILD has no fuzz targets (a sanitizer build made with clang has them): run ./dev.sh fuzz" >&2
    exit 2
fi
cmake --build "$BUILD" -j "$(nproc)" --target "${TARGETS[@]}"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CRASHES=$ROOT/$BUILD/fuzz-crashes
mkdir -p "$CRASHES"

# Search-language seeds: every operator and quote, written here rather than kept as files.
mkdir -p "$WORK/query-seeds"
i=0
while IFS= read -r line; do
    printf '%s' "$line" >"$WORK/query-seeds/$i"
    i=$((i + 1))
done <<'EOF'
foxconn
"centres de données" company:foxconn lang:fr
nvid* OR amd -intel fav:yes read:no
company:"hon hai" NEAR(a b, 3) title:x ^start
"unclosed AND OR NOT ( ) * : ^ + - 'single'
EOF

seeds() {
    local dirs=()
    case "$1" in
    fuzz_feed) dirs=(tests/data/feeds "$SHARED/corpus/gofeed" "$SHARED/corpus/picofeed" "$SHARED/corpus/netnewswire") ;;
    fuzz_jsonfeed) dirs=(tests/data/feeds "$SHARED/corpus/jsonfeed-spec") ;;
    fuzz_opml) dirs=(tests/data/feeds "$SHARED/corpus/picofeed") ;;
    fuzz_html) dirs=(tests/data/html "$SHARED/corpus/readability") ;;
    fuzz_facts|fuzz_plaintext) dirs=(tests/data/articles "$SHARED/seed") ;;
    fuzz_query) dirs=("$WORK/query-seeds") ;;
    *) dirs=(tests/data) ;;
    esac
    for d in "${dirs[@]}"; do
        case "$d" in /corpus/*|/seed) continue ;; esac   # ../shared absent
        [ -d "$d" ] && echo "$d"
    done
}

failed=()
for t in "${TARGETS[@]}"; do
    mkdir -p "$WORK/$t"
    mapfile -t corpus < <(seeds "$t")
    echo "== $t: ${SECONDS_PER_TARGET}s from ${corpus[*]}"
    if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_QPA_PLATFORM=offscreen \
        "$BUILD/tests/fuzz/$t" -seed=1 -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=60 -rss_limit_mb=2048 \
        -artifact_prefix="$CRASHES/$t-" -print_final_stats=1 "$WORK/$t" "${corpus[@]}" >"$WORK/$t.log" 2>&1; then
        failed+=("$t")
        tail -n 60 "$WORK/$t.log"
    else
        grep -E "stat::number_of_executed_units|cov:" "$WORK/$t.log" | tail -n 2 || true
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz-smoke: FAILED: ${failed[*]} (inputs in $CRASHES)"
    exit 1
fi
echo "fuzz-smoke: ${#TARGETS[@]} targets, ${SECONDS_PER_TARGET}s each, no crash"
