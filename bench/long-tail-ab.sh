#!/usr/bin/env bash
# Long-tail lookup, two builds side by side, in alternation (their figures move from run to run):
#
#   bash bench/long-tail-ab.sh <before>/target/quarkus-app target/quarkus-app
#
# For each round and each build: a fresh packaged service (H2 file, -Xmx512m, the real data, through the read rate
# limit with a partner key), 10 s of warm-up on 100,000 long-tail queries, then two 20 s wrk runs (2 threads, 64
# connections) on the others (bench/long-tail-queries.py: place name x service word x phrasing), never asked before.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 <app dir> <app dir> (each holding quarkus-run.jar)" >&2; exit 2; }
ROUNDS=${ROUNDS:-2}
PORT=${PORT:-18180}
export BENCH_API_KEY="${BENCH_API_KEY:-xcd_bench-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')}"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
source bench/processes.sh # $work, and pids stopped at the end

measure() { # label app-dir
  java -Xmx512m -Dquarkus.http.port=$PORT -Dquarkus.management.port=0 -Dquarkus.log.level=WARN \
    -Ddirectory.api-keys.bootstrap="bench:$BENCH_API_KEY:1000000000" \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/db-$1-$RANDOM" -jar "$2/quarkus-run.jar" >"$work/$1.log" 2>&1 &
  local service=$!
  pids+=("$service")
  until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$service" 2>/dev/null || { cat "$work/$1.log"; exit 1; }
    sleep 0.2
  done
  if [ ! -f "$work/measured.txt" ]; then
    python3 bench/long-tail-queries.py "http://localhost:$PORT" 0 1 "$work/long-tail.txt" paths >/dev/null 2>&1
    head -n 100000 "$work/long-tail.txt" >"$work/warm.txt"
    tail -n +100001 "$work/long-tail.txt" >"$work/measured.txt"
  fi
  wrk -t2 -c64 -d10s -s bench/report.lua "http://localhost:$PORT" "$work/warm.txt" >/dev/null
  for run in 1 2; do
    wrk -t2 -c64 -d20s --latency -s bench/report.lua "http://localhost:$PORT" "$work/measured.txt" \
      | awk -F'[ =]' -v label="$1" -v run=$run '/^RESULT/ {printf "%-8s run %d: %7s requests/s, p50 %6s ms, p99 %7s ms, errors %s\n", label, run, $5, $7, $9, $11}'
  done
  kill "$service"; wait "$service" 2>/dev/null || true
}

for round in $(seq 1 "$ROUNDS"); do
  measure "A$round" "$1"
  measure "B$round" "$2"
done
echo "A = $1, B = $2"
