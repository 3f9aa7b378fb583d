#!/usr/bin/env bash
# Benchmark sitegen against Hugo: scripts/benchmark.sh [N ...] (default 1000 10000).
# RUNS=5 WARMUP=1 SEED=1 BENCH_DIR= NO_BUILD= SITEGEN= HUGO= ; see scripts/benchmark.py.
set -euo pipefail
exec python3 "$(dirname "$0")/benchmark.py" "$@"
