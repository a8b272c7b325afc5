#!/usr/bin/env bash
# Runs the passport benchmark and its Python peer on the same credentials, in the same run, then
# POST /api/v1/verify under wrk against a release server.
# Usage: Benchmarks/passport.sh [RUNS] [CREDENTIALS] [ISSUE]   (default: 7 2000 10000)
# Results are printed; copy them, with the machine details printed first, into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-7}
credentials=${2:-2000}
issue=${3:-10000}
work=${BENCH_WORK:-/tmp/carepath-bench}
venv=${BENCH_VENV:-.venv-bench}
port=${BENCH_PORT:-8097}
mkdir -p "$work"
json=$work/passport-peer.json

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
swift --version 2>&1 | head -1
swift build -c release --scratch-path .build-release --product carepath
binary=.build-release/release/carepath

[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/pip" install -q cryptography joserfc
command -v wrk > /dev/null || { apt-get install -y -q wrk > /dev/null || true; }

echo "== carepath bench passport"
"$binary" bench passport --runs "$runs" --credentials "$credentials" --issue "$issue" --work "$work" --json-out "$json"
echo "== Python peer"
"$venv/bin/python" Benchmarks/passport_peer.py "$json" --runs "$runs"

echo "== POST /api/v1/verify under wrk (one server, 2 threads, 16 connections, 20 s)"
database=$work/passport-run.sqlite
token=$("$binary" passport issue --achievement CSTF-FIRE-L1 --completed 2025-05-30 \
  --subject did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2 --database "sqlite:$database" 2>/dev/null)
LOG_LEVEL=warning "$binary" serve --database "sqlite:$database" --port "$port" > "$work/passport-serve.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 1; done
body="{\"credential\":\"$token\"}"
curl -fs -X POST -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/api/v1/verify" | head -c 200
echo
lua=$work/verify.lua
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body" > "$lua"
wrk -t2 -c16 -d20s -s "$lua" "http://127.0.0.1:$port/api/v1/verify"
