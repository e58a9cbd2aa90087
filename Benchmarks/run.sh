#!/usr/bin/env bash
# Builds Figures and the benchmark in release mode and runs the benchmark.
#   Benchmarks/run.sh [--sizes 10,100,1000] [--work DIR] [--json FILE]
# Prints a table and writes Benchmarks/results.json (or --json FILE).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# A static executable: the binary starts in about 2 ms instead of 6 with only the Swift runtime
# linked statically, and 15 with everything shared (no symbol binding of libswiftCore and
# Foundation, and no relocation of a position-independent binary, at launch), which is most of a
# small run. Users build it the same way (README).
swift build -c release --static-swift-stdlib -Xswiftc -static-executable --product figures
swift build -c release --package-path Benchmarks
"$root/Benchmarks/.build/release/figures-bench" run --figures "$root/.build/release/figures" --json "$root/Benchmarks/results.json" "$@"
