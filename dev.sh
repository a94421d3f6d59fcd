#!/usr/bin/env bash
# Veille's one entry point for a Debian 12 machine.
#   ./dev.sh run    install what is missing, build, start the app (the demo library on first run)
#   ./dev.sh test   install what is missing, build, run the whole test suite
#   ./dev.sh sanitize   the whole suite and the CLI contract again, built with AddressSanitizer
#                       and UBSan (build-asan, with clang)
#   ./dev.sh fuzz [SECONDS]   a short libFuzzer run of every parser (built in build-asan)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake ninja-build g++ pkg-config python3
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          libqt6sql6-sqlite qt6-httpserver-dev libgl-dev libsqlite3-dev
          libgtest-dev googletest libbenchmark-dev clang qtkeychain-qt6-dev)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The sync tests run against a real Tiny Tiny RSS on 127.0.0.1 (tests/sync, about two
# minutes to install once); without root or sudo they are skipped with the reason.
install_sync_server() {
    if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
        tools/ttrss-server.sh install "$(mktemp -d)" || echo "dev.sh: tt-rss not installed; the real-server sync tests will skip"
    fi
}

build() {
    local dir=$1; shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j "$(nproc)"
}

# The sanitizer build: ASan and UBSan at -O1 (quick enough for CI). Made with clang, it also
# carries libFuzzer's coverage and holds the fuzz targets, so the suite and the fuzzers
# share one build of veille_core; with g++ alone it holds the suite only.
configure_sanitized() {
    local compiler=()
    if command -v clang++ >/dev/null; then
        compiler=(-DCMAKE_CXX_COMPILER=clang++)
    fi
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g" -DVEILLE_SANITIZE=ON \
        "${compiler[@]}" >/dev/null
}

case "${1:-}" in
run)
    install_missing
    build build
    shift
    exec ./build/app/veille "$@"
    ;;
test)
    install_missing
    install_sync_server
    build build
    ctest --test-dir build --output-on-failure -j "$(nproc)"
    ;;
sanitize)
    install_missing
    # Every test program and the CLI contract check, run through ctest, so a new program
    # under tests/ joins by itself. Leaks inside fontconfig, GLib and D-Bus (their caches
    # and singletons) are not ours and are listed in tools/lsan.supp; tests that time a
    # huge input scale it down in this build (tests/Sanitized.h).
    configure_sanitized
    SECONDS=0
    cmake --build build-asan -j "$(nproc)"
    echo "sanitize: built in $((SECONDS / 60)) min $((SECONDS % 60)) s"
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
    export LSAN_OPTIONS=suppressions=$PWD/tools/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export QT_QPA_PLATFORM=offscreen
    SECONDS=0
    ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
    echo "sanitize: suite ran in $((SECONDS / 60)) min $((SECONDS % 60)) s"
    ;;
fuzz)
    install_missing
    configure_sanitized
    tools/fuzz-smoke.sh "${2:-15}" build-asan
    ;;
*)
    echo "usage: $0 run|test|sanitize|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
