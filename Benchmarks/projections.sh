#!/usr/bin/env bash
# Runs the workforce projection benchmark and its NumPy peer on the same inputs, in the same run.
# Usage: Benchmarks/projections.sh [RUNS] [HORIZON]   (default: 25 15)
# Results are printed; copy them, with the machine details printed first, into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-25}
horizon=${2:-15}
work=${BENCH_WORK:-/tmp/carepath-bench}
venv=${BENCH_VENV:-.venv-bench}
mkdir -p "$work"
json=$work/projections.json

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
swift --version 2>&1 | head -1
swift build -c release --scratch-path .build-release --product carepath
binary=.build-release/release/carepath

[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/pip" install -q numpy

echo "== carepath bench projections"
"$binary" bench projections --runs "$runs" --horizon "$horizon" --json-out "$json"
echo "== NumPy peer"
# The peer exits 1 when its checksums differ from Swift's, which fails this script.
"$venv/bin/python" Benchmarks/projection_peer.py "$json" --runs "$runs"
