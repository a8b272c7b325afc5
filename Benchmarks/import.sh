#!/usr/bin/env bash
# Runs the import benchmark and its DuckDB peer on the same files, in the same run.
# Usage: Benchmarks/import.sh [STAFF_ROWS ...]   (default: 10000 100000)
#        BENCH_RUNS=1 Benchmarks/import.sh 1000000   (runs per size; default 3)
# Results are printed; copy them, with the machine details printed first, into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000)
work=${BENCH_WORK:-/tmp/carepath-bench}
venv=${BENCH_VENV:-.venv-bench}
runs=${BENCH_RUNS:-3}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
swift --version 2>&1 | head -1
swift build -c release --scratch-path .build-release --product carepath
binary=.build-release/release/carepath

[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/pip" install -q duckdb
"$venv/bin/python" -c 'import duckdb; print("duckdb", duckdb.__version__)'

for staff in "${sizes[@]}"; do
  echo "== $staff staff rows"
  "$binary" bench import --staff "$staff" --runs "$runs" --work "$work"
  files=("$work"/files-$((staff / 39 > 0 ? staff / 39 : 1))/*-sfc-bulk-upload-{workplace,staff,training}.csv)
  "$venv/bin/python" Benchmarks/duckdb_peer.py "${files[@]}" --runs "$runs"
done
