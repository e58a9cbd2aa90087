#!/usr/bin/env bash
# Builds the libFuzzer target (address sanitizer on) and fuzzes the recogniser and extractor.
#   Benchmarks/Fuzz/run.sh [SECONDS]     (default 60)
# Seeds: Fixtures/fuzz-seeds and the sample articles. Crashes are written to
# Benchmarks/Fuzz/crashes/; turn each into a regression test in Tests/FiguresRecognizerTests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
# -sanitize-coverage on every module: --sanitize=fuzzer alone instruments only the fuzz target itself.
swift build --package-path "$here" --sanitize=fuzzer --sanitize=address \
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root"/Fixtures/fuzz-seeds/* "$root"/seeds/* "$work"/
mkdir -p "$here/crashes"
"$here/.build/debug/figures-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$here/crashes/" -print_final_stats=1 "$work"
