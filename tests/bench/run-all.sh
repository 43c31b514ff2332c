#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs every benchmark of DESIGN.md section 7 and prints each figure and ratio:
#   bench_engine + engine_numpy.py   in-process engine vs numpy      (target >= 4x)
#   bench_promparse                  query_range body parse MB/s     (target >= 300 MB/s)
#   bench_recorded                   OpenMetrics parse/load MB/s     (no target)
#   bench_chart (GUI builds only)    chart redraw of 43,201 points   (target <= 16 ms)
#   bench_evaluate.py                slactl evaluate vs Prometheus   (target <= 1.10)
# usage: tests/bench/run-all.sh [BUILD_DIR]      (default build/dev; builds what it needs)
# Fixtures are cached in $SLADESK_BENCH_CACHE (default $TMPDIR/sladesk-bench-cache).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
cache=${SLADESK_BENCH_CACHE:-${TMPDIR:-/tmp}/sladesk-bench-cache}
bench=$build/tests/bench
mkdir -p "$cache"
section() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

targets=(slactl bench_engine bench_promparse bench_recorded)
if cmake --build "$build" --target help 2>/dev/null | grep -q '^bench_chart:'; then targets+=(bench_chart); fi
section "building ${targets[*]}"
cmake --build "$build" --target "${targets[@]}" >/dev/null

section "engine: bench_engine vs numpy (200 series x 43,201 samples)"
/usr/bin/python3 tests/bench/engine_numpy.py "$bench/bench_engine"

section "parse: bench_promparse (36 MB query_range body)"
"$bench/bench_promparse"

section "recorded: bench_recorded (genmetrics.py, 21 days at 60 s)"
rec=$cache/recorded-21d.om
if [ ! -s "$rec" ]; then python3 tests/tools/genmetrics.py --days 21 -o "$rec.part" && mv "$rec.part" "$rec"; fi
"$bench/bench_recorded" "$rec" 3

section "chart: bench_chart (43,201 points at 1200x400)"
if [ -x "$bench/bench_chart" ]; then
  QT_QPA_PLATFORM=offscreen "$bench/bench_chart"
else
  echo "bench_chart: not built (configure with -DSLADESK_BUILD_UI=ON)"
fi

section "evaluate: bench_evaluate.py (slactl evaluate vs a real Prometheus)"
python3 tests/bench/bench_evaluate.py --slactl "$build/app/slactl" --cache "$cache" --runs "${SLADESK_BENCH_RUNS:-7}"
