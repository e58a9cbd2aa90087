#!/usr/bin/env bash
# Builds Figures and the benchmark in release mode and runs the benchmark.
#   Benchmarks/run.sh [--sizes 10,100,1000] [--work DIR] [--json FILE]
# Prints a table and writes Benchmarks/results.json (or --json FILE).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# A statically linked Swift runtime: the binary starts in about 6 ms instead of 15 (no symbol
# binding of libswiftCore and Foundation at launch), which is most of a small run.
swift build -c release --static-swift-stdlib --product figures
swift build -c release --package-path Benchmarks
"$root/Benchmarks/.build/release/figures-bench" run --figures "$root/.build/release/figures" --json "$root/Benchmarks/results.json" "$@"
