#!/usr/bin/env bash
# Builds Figures and the benchmark in release mode and runs the benchmark.
#   Benchmarks/run.sh [--sizes 10,100,1000] [--work DIR] [--json FILE]
# Prints a table and writes Benchmarks/results.json (or --json FILE).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
swift build -c release --product figures
swift build -c release --package-path Benchmarks
"$root/Benchmarks/.build/release/figures-bench" run --figures "$root/.build/release/figures" --json "$root/Benchmarks/results.json" "$@"
