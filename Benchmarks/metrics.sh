#!/usr/bin/env bash
# Runs the workforce KPI benchmark (issue 4): area dashboards and metrics API calls under wrk on
# loopback against a national-size SQLite database, with trivial endpoints of the same server as the
# peer, then the refresh of one completed return.
# Usage: Benchmarks/metrics.sh [WORKPLACES]   (default: 20000)
# Environment: BENCH_WORK (default /tmp/carepath-bench; the national database is kept there and
# reused), BENCH_PORT (8097), BENCH_DURATION (20s), BENCH_REFRESH_RUNS (5), BENCH_CONNECTIONS
# ("2 8": wrk runs once per number of open connections; 2 matches the cores of the reference machine).
# Results are printed; copy them, with the machine details printed first, into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

workplaces=${1:-20000}
work=${BENCH_WORK:-/tmp/carepath-bench}
port=${BENCH_PORT:-8097}
duration=${BENCH_DURATION:-20s}
refresh_runs=${BENCH_REFRESH_RUNS:-5}
read -r -a connection_counts <<<"${BENCH_CONNECTIONS:-2 8}"
mkdir -p "$work"
database=$work/metrics-$workplaces.sqlite

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
swift --version 2>&1 | head -1
wrk --version 2>&1 | head -1 || true
swift build -c release --scratch-path .build-release --product carepath
binary=.build-release/release/carepath

if [[ ! -s $database ]]; then
  echo "== carepath bench metrics-data (not cached: $database)"
  rm -f "$database.partial"
  "$binary" bench metrics-data --database "sqlite:$database.partial" --workplaces "$workplaces" --seed 1
  mv "$database.partial" "$database"
else
  echo "== reusing $database"
fi
echo "database: $(du -h "$database" | cut -f1)"

"$binary" serve --database "sqlite:$database" --hostname 127.0.0.1 --port "$port" >"$work/metrics-serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
base=http://127.0.0.1:$port
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$base/healthz" && break
  sleep 0.5
done

# The first metrics request loads every facts row into the server's MetricsStore.
echo "== cold first request (loads the facts): $(curl -fs -o /dev/null -w '%{time_total}' "$base/api/v1/areas/E92000001/metrics") s"

# Milliseconds from a wrk latency figure such as 812.00us, 1.25ms or 1.02s.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }

targets=(
  "peer:healthz /healthz"
  "peer:area-json /api/v1/areas/E10000020"
  "page:england /workforce/E92000001"
  "page:region /workforce/E12000006"
  "page:council /workforce/E10000020"
  "page:district /workforce/E07000148"
  "api:metrics /api/v1/areas/E10000020/metrics"
  "api:series /api/v1/areas/E10000020/metrics/turnover/series"
)
printf '%-16s %-48s %5s %9s %9s %9s %10s %8s\n' target path conns first_ms p50_ms p99_ms req_per_s bytes
for target in "${targets[@]}"; do
  name=${target%% *}
  path=${target#* }
  # The first request of a path works its figures out; later ones are served from the store's cache.
  read -r first bytes < <(curl -fs -o /dev/null -w '%{time_total} %{size_download}\n' "$base$path")
  wrk -t2 -c8 -d3s "$base$path" >/dev/null
  for connections in "${connection_counts[@]}"; do
    threads=$((connections < 2 ? connections : 2))
    output=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$output")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$output")")
    rate=$(awk '/^Requests\/sec/ { print $2 }' <<<"$output")
    errors=$(awk '/Non-2xx|Socket errors/' <<<"$output")
    printf '%-16s %-48s %5s %9.1f %9s %9s %10s %8s %s\n' "$name" "$path" "$connections" \
      "$(awk -v s="$first" 'BEGIN { print s * 1000 }')" "$p50" "$p99" "$rate" "$bytes" "$errors"
  done
done
echo "server peak RSS: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status")"
kill "$server"
wait "$server" 2>/dev/null || true
trap - EXIT

echo "== carepath bench metrics-refresh"
"$binary" bench metrics-refresh --database "sqlite:$database" --runs "$refresh_runs" --work "$work"
