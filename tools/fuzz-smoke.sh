#!/usr/bin/env bash
# A short libFuzzer run of every fuzz target (tests/fuzz/fuzz_*.cpp), for CI.
#
#   tools/fuzz-smoke.sh [SECONDS_PER_TARGET] [BUILD_DIR]     (defaults: 15, build-fuzz)
#
# Builds veille_core with clang, coverage instrumentation, ASan and UBSan, then runs each
# target from seeds read in place: tests/data and, when it is here, ../shared (corpus and
# seed articles). Nothing is copied into the project: new inputs go to a temporary folder.
# Exits 0 with a message when clang is not installed. A crash leaves its input in
# BUILD_DIR/fuzz-crashes/ and fails the run: turn it into a test in tests/reliability.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_TARGET=${1:-15}
BUILD=${2:-build-fuzz}

CXX_BIN=$(command -v clang++ || command -v clang++-14 || true)
CC_BIN=$(command -v clang || command -v clang-14 || true)
if [ -z "$CXX_BIN" ] || [ -z "$CC_BIN" ]; then
    echo "fuzz-smoke: skipped: clang is not installed"
    exit 0
fi
SHARED=$(cd "$ROOT/.." && pwd)/shared
if [ ! -d "$SHARED" ]; then
    echo "fuzz-smoke: ../shared is absent: fuzzing from tests/data seeds only"
    SHARED=""
fi

FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined"
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_C_COMPILER="$CC_BIN" -DCMAKE_CXX_COMPILER="$CXX_BIN" \
    -DCMAKE_CXX_FLAGS="$FLAGS" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DVEILLE_BUILD_TESTS=ON >/dev/null
TARGETS=()
for src in tests/fuzz/fuzz_*.cpp; do
    TARGETS+=("$(basename "$src" .cpp)")
done
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
