#!/usr/bin/env bash
# Performance benchmark, one command: the service against a bare Quarkus app (bench/bare/: the same Quarkus REST
# stack, fixed JSON from a non-blocking endpoint) in one run, measured the same way — wrk, 2 threads, 64 connections,
# sharing the machine's cores with the service. Prints, per endpoint, requests/s, the share of the bare app's, and the
# p99 against the bare app's p99 (the bare app is measured first and last, and compared with the mean of the two):
#   bare app          GET /fixed
#   bare app + stack  GET /fixed of the same app built with the extensions the service carries on every request
#                     (bench/bare -Pstack: HTTP security with OIDC, Micrometer's request metrics, health): what the
#                     stack itself costs, before any code of the service (shown, not a target)
#   bare app + all extensions  GET /fixed of the same app with every extension the service has (bench/bare
#                     -Pextensions: also Hibernate ORM with Envers, Flyway, the JDBC drivers, Validator, OpenAPI, the
#                     scheduler, Caffeine; an empty in-memory database): what the fixed choices cost on a request that
#                     uses none of them (shown, not a target)
#   status            GET /api/v1/status
#   resolve           GET /api/v1/resolve?service=startup-guarantee-loan&region=411081204
#   lookup (cached)   GET /api/v1/lookup, the evaluation set's queries, all repeated: answered from the answer cache
#   lookup long tail  GET /api/v1/lookup, hundreds of thousands of distinct citizen queries (bench/long-tail-queries.py:
#                     every place × service word × phrasing of the service's own data), warmed on other queries than
#                     those measured, so that the answer cache barely helps
# and the start-up (to /q/health/ready: first with the import of data/ into an empty database, then again on it) and
# the resident memory after the run. The service runs as it ships (packaged, H2 file), with -Xmx512m, through its read
# rate limit with a partner key of high quota. Targets (issue 16): status >= 0.90x, resolve >= 0.75x, long tail >= 0.50x
# of the bare app's requests/s, each p99 within 2.5x the bare app's; start-up <= 5 s; memory <= 700 MB.
#
#   bash bench/performance-benchmark.sh
#   DURATION=30s WARMUP=15s bash bench/performance-benchmark.sh
#   APP=/path/to/quarkus-app bash bench/performance-benchmark.sh     # another build of the service (before/after)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18180}
BARE_PORT=${BARE_PORT:-18181}
STACK_PORT=${STACK_PORT:-18182}
EXTENSIONS_PORT=${EXTENSIONS_PORT:-18183}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx512m"}
APP=${APP:-target/quarkus-app}
START_WAIT=${START_WAIT:-120}

for p in $PORT $BARE_PORT $STACK_PORT $EXTENSIONS_PORT; do
  if curl -s "http://localhost:$p" >/dev/null 2>&1; then echo "port $p is busy: stop what listens there" >&2; exit 1; fi
done
if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
[ -f "$APP/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests
[ -f bench/bare/target/quarkus-app/quarkus-run.jar ] || (cd bench/bare && ../../mvnw -B -q package)
[ -f bench/bare/target-stack/quarkus-app/quarkus-run.jar ] || (cd bench/bare && ../../mvnw -B -q package -Pstack)
[ -f bench/bare/target-extensions/quarkus-app/quarkus-run.jar ] || (cd bench/bare && ../../mvnw -B -q package -Pextensions)

export BENCH_API_KEY="${BENCH_API_KEY:-xcd_bench-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')}"
source bench/processes.sh # $work, and pids stopped at the end

start_service() { # log file; sets $service (its pid) and $ready (seconds until ready)
  local began; began=$(date +%s.%N)
  java $JAVA_OPTS -Dquarkus.http.port=$PORT -Dquarkus.management.port=0 \
    -Ddirectory.api-keys.bootstrap="bench:$BENCH_API_KEY:1000000000" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/db" \
    -Dquarkus.log.level=WARN -jar "$APP/quarkus-run.jar" >"$1" 2>&1 &
  pids+=($!)
  service=$!
  for _ in $(seq 1 $((START_WAIT * 20))); do
    curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$service" 2>/dev/null || { cat "$1"; exit 1; }
    sleep 0.05
  done
  curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null || { cat "$1"; exit 1; }
  ready=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$began" "$(date +%s.%N)")
}

echo "Starting the service ($APP, $JAVA_OPTS): first on an empty database (imports data/), then again on it"
start_service "$work/first.log"
first_start=$ready
kill "$service"; wait "$service" 2>/dev/null || true
start_service "$work/service.log"
start=$ready
echo "  ready after ${first_start} s with the import, ${start} s without"

java -Xmx512m -Dquarkus.http.port=$BARE_PORT -jar bench/bare/target/quarkus-app/quarkus-run.jar >"$work/bare.log" 2>&1 &
pids+=($!)
java -Xmx512m -Dquarkus.http.port=$STACK_PORT -Dquarkus.management.port=0 \
  -jar bench/bare/target-stack/quarkus-app/quarkus-run.jar >"$work/stack.log" 2>&1 &
pids+=($!)
java -Xmx512m -Dquarkus.http.port=$EXTENSIONS_PORT -Dquarkus.management.port=0 \
  -jar bench/bare/target-extensions/quarkus-app/quarkus-run.jar >"$work/extensions.log" 2>&1 &
pids+=($!)
for p in $BARE_PORT $STACK_PORT $EXTENSIONS_PORT; do
  for _ in $(seq 1 600); do curl -sf "http://localhost:$p/fixed" >/dev/null 2>&1 && break; sleep 0.1; done
done

# The request mixes, one path a line.
echo "/fixed" >"$work/bare.txt"
echo "/api/v1/status" >"$work/status.txt"
echo "/api/v1/resolve?service=startup-guarantee-loan&region=411081204" >"$work/resolve.txt"
# The long tail: the first 100,000 warm the service up; the rest (never asked before) are measured.
python3 bench/long-tail-queries.py "http://localhost:$PORT" 0 1 "$work/long-tail.txt" paths
head -n 100000 "$work/long-tail.txt" >"$work/long-tail-warmup.txt"
tail -n +100001 "$work/long-tail.txt" >"$work/long-tail-measured.txt"
# Cached: the evaluation set's queries, all repeated.
python3 - "$work/cached.txt" <<'PY'
import sys, urllib.parse
queries = [line.split("|")[0].strip() for line in open("src/test/resources/lookup-evaluation.txt", encoding="utf-8")
           if line.strip() and not line.startswith("#")]
with open(sys.argv[1], "w") as out:
    out.writelines("/api/v1/lookup?" + urllib.parse.urlencode({"q": q}, quote_via=urllib.parse.quote) + "\n"
                   for q in queries)
PY
echo "long tail: $(wc -l <"$work/long-tail-measured.txt") distinct queries measured, 100000 others for warm-up;" \
  "cached: $(wc -l <"$work/cached.txt") evaluation-set queries"

run() { # name port paths-file duration
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency -s bench/report.lua "http://localhost:$2" "$3" \
    | grep '^RESULT' | sed "s/^RESULT/$1/"
}
echo "Warming up ($WARMUP each)..."
run warmup "$BARE_PORT" "$work/bare.txt" "$WARMUP" >/dev/null
run warmup "$STACK_PORT" "$work/bare.txt" "$WARMUP" >/dev/null
run warmup "$EXTENSIONS_PORT" "$work/bare.txt" "$WARMUP" >/dev/null
run warmup "$PORT" "$work/status.txt" "$WARMUP" >/dev/null
run warmup "$PORT" "$work/resolve.txt" "$WARMUP" >/dev/null
run warmup "$PORT" "$work/cached.txt" "$WARMUP" >/dev/null
run warmup "$PORT" "$work/long-tail-warmup.txt" "$WARMUP" >/dev/null

echo "Measuring ($DURATION each, $CONNECTIONS connections, $THREADS wrk threads, $(nproc) cores shared with the service)"
# The bare app is measured first and last: the table compares with the mean, and shows how much the two differ.
{
  run bare "$BARE_PORT" "$work/bare.txt" "$DURATION"
  run stack "$STACK_PORT" "$work/bare.txt" "$DURATION"
  run extensions "$EXTENSIONS_PORT" "$work/bare.txt" "$DURATION"
  run status "$PORT" "$work/status.txt" "$DURATION"
  run resolve "$PORT" "$work/resolve.txt" "$DURATION"
  run cached "$PORT" "$work/cached.txt" "$DURATION"
  run longtail "$PORT" "$work/long-tail-measured.txt" "$DURATION"
  run bare2 "$BARE_PORT" "$work/bare.txt" "$DURATION"
} >"$work/results.txt"
rss=$(awk '/VmRSS/ {print $2}' /proc/$service/status)

python3 - "$work/results.txt" "$start" "$first_start" "$rss" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, *kv = line.split()
    rows[name] = dict(p.split("=") for p in kv)
start, first_start, rss_mb = float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]) / 1024
first, last = rows.pop("bare"), rows.pop("bare2")
bare = {"rps": (float(first["rps"]) + float(last["rps"])) / 2, "p99_ms": (float(first["p99_ms"]) + float(last["p99_ms"])) / 2,
        "errors": str(int(first["errors"]) + int(last["errors"]))}
rows = {"bare": bare, **rows}
labels = {"bare": f"bare app, fixed JSON (mean of {float(first['rps']):,.0f} first and {float(last['rps']):,.0f} last)",
          "stack": "bare app + the extensions every request meets (security, OIDC, metrics, health)",
          "extensions": "bare app + every extension of the service (also ORM, Envers, Flyway, Validator, OpenAPI…)",
          "status": "/api/v1/status",
          "resolve": "/api/v1/resolve?service=startup-guarantee-loan&region=411081204",
          "cached": "/api/v1/lookup, evaluation set (cached)", "longtail": "/api/v1/lookup, long tail"}
targets = {"status": 0.90, "resolve": 0.75, "longtail": 0.50}
ok = all(r["errors"] == "0" for r in rows.values())
print("| endpoint | requests/s | × bare app | p99 | p99 × bare app |")
print("|---|---|---|---|---|")
for name, r in rows.items():
    share = float(r["rps"]) / float(bare["rps"])
    p99_share = float(r["p99_ms"]) / float(bare["p99_ms"])
    print(f"| {labels[name]} | {float(r['rps']):,.0f} | {share:.2f} | {float(r['p99_ms']):.1f} ms | {p99_share:.1f} |"
          + ("" if r["errors"] == "0" else f" {r['errors']} errors"))
    if name in targets:
        ok &= share >= targets[name] and p99_share <= 2.5
print(f"start-up: {start:.1f} s on the imported database ({first_start:.1f} s with the import); "
      f"resident memory after the run: {rss_mb:.0f} MB")
ok &= start <= 5 and rss_mb <= 700
print("targets: status >= 0.90x, resolve >= 0.75x, long tail >= 0.50x, each p99 <= 2.5x the bare app's; "
      "start-up <= 5 s; memory <= 700 MB")
print("TARGETS MET" if ok else "TARGETS MISSED")
sys.exit(0 if ok else 1)
PY
