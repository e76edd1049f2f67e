#!/usr/bin/env bash
# Lookup benchmark: runs the packaged service and measures, in the same run and the same way,
# GET /api/v1/lookup (a mix of the evaluation-set queries) and the trivial GET /api/v1/status,
# with wrk at 64 connections. Prints requests/s and p50/p99 latency, and checks the targets:
# lookup throughput >= 0.5 x the trivial endpoint's, lookup p99 <= 10 ms.
#
#   bash bench/lookup-benchmark.sh            # 20 s per endpoint after a 10 s warm-up
#   DURATION=60s bash bench/lookup-benchmark.sh
#   QUERIES=/tmp/old-evaluation.txt bash bench/lookup-benchmark.sh   # another query mix, same format
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
START_WAIT=${START_WAIT:-60} # seconds to wait for the service to start (a loaded machine needs more)
QUERIES=${QUERIES:-src/test/resources/lookup-evaluation.txt} # the lookup mix: one query a line, as in the evaluation set

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

# The real path: the read rate limit stays on; requests carry a partner key of high quota (bench/report.lua).
export BENCH_API_KEY="${BENCH_API_KEY:-xcd_bench-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')}"
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT

# The lookup mix: every query of the evaluation set, URL-encoded.
python3 - "$work/lookup-paths.txt" "$QUERIES" <<'PY'
import sys, urllib.parse
out = open(sys.argv[1], "w")
for line in open(sys.argv[2], encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    query, region, _ = [p.strip() for p in line.split("|")]
    params = {"q": query}
    if region:
        params["region"] = region
    out.write("/api/v1/lookup?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote) + "\n")
PY
echo "/api/v1/status" > "$work/status-paths.txt"

java ${JAVA_OPTS:-} -Dquarkus.http.port=$PORT -Dquarkus.management.port=0 \
  -Ddirectory.api-keys.bootstrap="bench:$BENCH_API_KEY:1000000000" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/db" \
  -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 $((START_WAIT * 2))); do
  curl -sf "http://localhost:$PORT/api/v1/status" >/dev/null && break
  sleep 0.5
done
curl -sf "http://localhost:$PORT/api/v1/status" >/dev/null || { cat "$work/service.log"; exit 1; }

run() { # name paths-file duration
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s bench/report.lua "http://localhost:$PORT" "$2" \
    | grep '^RESULT' | sed "s/^RESULT/$1/"
}

echo "Warming up ($WARMUP each)..."
run warmup-status "$work/status-paths.txt" "$WARMUP" >/dev/null
run warmup-lookup "$work/lookup-paths.txt" "$WARMUP" >/dev/null

echo "Measuring ($DURATION each, $CONNECTIONS connections, $THREADS wrk threads, $(nproc) cores shared with the service)"
status=$(run status "$work/status-paths.txt" "$DURATION")
lookup=$(run lookup "$work/lookup-paths.txt" "$DURATION")
echo "$status"
echo "$lookup"
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "service resident memory after the run: $((rss / 1024)) MiB"

python3 - "$status" "$lookup" <<'PY'
import sys
def parse(line):
    return dict(kv.split("=") for kv in line.split()[1:])
status, lookup = parse(sys.argv[1]), parse(sys.argv[2])
ratio = float(lookup["rps"]) / float(status["rps"])
print(f"lookup/status throughput ratio: {ratio:.2f} (target >= 0.5)")
print(f"lookup p99: {lookup['p99_ms']} ms (target <= 10 ms)")
ok = ratio >= 0.5 and float(lookup["p99_ms"]) <= 10 and lookup["errors"] == "0"
print("TARGETS MET" if ok else "TARGETS MISSED")
sys.exit(0 if ok else 1)
PY
