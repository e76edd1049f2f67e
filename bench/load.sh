#!/usr/bin/env bash
# Load test with slow clients: runs the packaged service (H2 file, as by default) and
#   1. 60 s at 256 connections of mixed reads — lookup, resolve, lists and records, picked at random from real
#      queries (the lookup evaluation set, every service × a sample of regions, the records of data/);
#   2. the same again with 500 slow-body sockets open: each sends POST /api/v1/reports (Content-Length 10000, within
#      the 16 KiB limit) one byte every 5 s; one answered 408 at the body deadline is replaced at once, so that 500
#      stay open throughout;
# polling /q/health/ready every second through both. Prints requests/s, p50/p99, non-2xx answers and socket errors per
# phase, and readiness UP count and failures; exits non-zero unless there are no errors and readiness never failed.
#
#   bash bench/load.sh
#   DURATION=20s SLOW_BODIES=200 bash bench/load.sh
#
# Read rate limiting: anonymous reads are limited per client address, and this script sends everything from one
# address. So the service is started with a partner key of a high quota (directory.api-keys.bootstrap, hashed at
# start) and every request carries `X-API-Key: $BENCH_API_KEY`: the test measures the real path with the limiter on.
# BENCH_API_KEY may be set; otherwise a random one is made up.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-256}
THREADS=${THREADS:-2}
SLOW_BODIES=${SLOW_BODIES:-500}
# An answer slower than this counts as an error (wrk's default is 2 s, which a busy shared machine exceeds without any
# request being lost); the p99 shows how slow answers were.
TIMEOUT=${TIMEOUT:-10s}
# How long a readiness poll may take, as a balancer's health check would allow.
READY_TIMEOUT=${READY_TIMEOUT:-5}
PORT=${PORT:-18090}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
BENCH_API_KEY="${BENCH_API_KEY:-xcd_bench-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')}"

if curl -s "http://localhost:$PORT" >/dev/null 2>&1; then
  echo "port $PORT is busy: stop what listens there, or set PORT" >&2; exit 1
fi
if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
# 256 connections, 500 slow sockets and the service's own files in one shell's limit, with room to spare.
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 4096 ]; then
  ulimit -n 4096 2>/dev/null || echo "warning: open-file limit $(ulimit -n); raise it (ulimit -n 4096) for $SLOW_BODIES slow sockets"
fi

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

source bench/processes.sh # $work, and pids stopped at the end

# The mix of real requests, one path a line.
python3 - "$work/paths.txt" <<'PY'
import csv, random, re, sys, urllib.parse
q = lambda params: urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
random.seed(7)
paths = []
for line in open("src/test/resources/lookup-evaluation.txt", encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    query, region, _ = [p.strip() for p in line.split("|")]
    paths.append("/api/v1/lookup?" + q({"q": query, **({"region": region} if region else {})}))
ids = lambda f: re.findall(r"^- id: (\S+)", open("data/" + f, encoding="utf-8").read(), re.M)
services, hotlines = ids("services.yaml"), ids("hotlines.yaml")
regions = [r["code"] for r in csv.DictReader(open("data/regions.csv", encoding="utf-8")) if r["code"].startswith("4110")]
for service in services:
    for region in random.sample(regions, min(10, len(regions))):
        paths.append("/api/v1/resolve?" + q({"service": service, "region": region}))
for region in random.sample(regions, min(10, len(regions))):
    paths.append("/api/v1/regions?" + q({"parent": region}))
for service in services:
    paths.append("/api/v1/hotlines?" + q({"service": service}))
paths += ["/api/v1/hotlines/" + h for h in hotlines]
paths += ["/api/v1/services", "/api/v1/organizations", "/api/v1/hotlines", "/api/v1/channels", "/api/v1/locations"]
open(sys.argv[1], "w").write("\n".join(paths) + "\n")
print(f"{len(paths)} request paths: lookups, resolutions over {len(services)} services, lists and records")
PY

java ${JAVA_OPTS:-} -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MANAGEMENT_PORT \
  -Ddirectory.api-keys.bootstrap="bench:$BENCH_API_KEY:1000000000" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/db" -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do
  curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break
  sleep 0.5
done
curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null || { cat "$work/service.log"; exit 1; }
# Every path answers 2xx before the load starts (a wrong path would count as an error below).
header=(); [ -n "$BENCH_API_KEY" ] && header=(-H "X-API-Key: $BENCH_API_KEY")
while read -r path; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "http://localhost:$PORT$path")
  [ "${code:0:1}" = 2 ] || { echo "GET $path answered $code before the load"; exit 1; }
done < "$work/paths.txt"

# Readiness, polled every second through both phases (each poll on its own, so a slow one does not delay the next):
# one line per poll, "<phase> UP" or "<phase> FAIL <code>".
echo warmup > "$work/phase"
poll() {
  local phase code body="$work/ready.$BASHPID"
  phase=$(cat "$work/phase")
  code=$(curl -s -m "$READY_TIMEOUT" -o "$body" -w '%{http_code}' "http://localhost:$PORT/q/health/ready" || true)
  if [ "$code" = 200 ] && grep -q '"UP"' "$body"; then echo "$phase UP"; else echo "$phase FAIL $code"; fi \
    >> "$work/readiness"
  rm -f "$body"
}
(
  while true; do
    poll &
    sleep 1
  done
) &
pids+=($!)

run() { # phase duration
  echo "$1" > "$work/phase"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout "$TIMEOUT" --latency -s bench/load.lua "http://localhost:$PORT" \
    "$work/paths.txt" "$BENCH_API_KEY" | grep '^RESULT' | sed "s/^RESULT/$1:/"
}
readiness() { # phase
  local up fail
  up=$(grep -c "^$1 UP" "$work/readiness" || true)
  fail=$(grep -c "^$1 FAIL" "$work/readiness" || true)
  echo "$1: readiness polled each second: UP $up, failures $fail"
  [ "$fail" = 0 ]
}

echo "Warming up (10 s)..."
run warmup 10s >/dev/null
echo "Measuring: $DURATION at $CONNECTIONS connections, $THREADS wrk threads, $(nproc) cores shared with the service" \
  "(load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
normal=$(run normal "$DURATION")
echo "$normal"

# 500 slow bodies, each replaced when the service closes it; prints how many it opened in all.
python3 - "$PORT" "$SLOW_BODIES" "$work/slow.out" "$work/slow.stop" <<'PY' &
import os, socket, sys, time
port, n, out, stop = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
HEAD = (b"POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        b"Content-Length: 10000\r\n\r\n{")
def open_one():
    s = socket.create_connection(("127.0.0.1", port)); s.sendall(HEAD); s.setblocking(False); return s
socks = [open_one() for _ in range(n)]
opened, timed_out, last_byte = n, 0, 0.0
open(out, "w").write(f"opened {n}\n")
while not os.path.exists(stop):
    time.sleep(0.5)
    for i, s in enumerate(socks):
        try:
            data = s.recv(4096)
        except BlockingIOError:
            continue
        except OSError:
            data = b""
        timed_out += data.startswith(b"HTTP/1.1 408")
        s.close(); socks[i] = open_one(); opened += 1
    if time.time() - last_byte >= 5:
        for s in socks:
            try: s.send(b" ")
            except OSError: pass
        last_byte = time.time()
    open(out, "w").write(f"{sum(1 for _ in socks)} open; {opened} opened in all, {timed_out} answered 408 at the deadline\n")
PY
pids+=($!)
sleep 3
echo "Slow bodies: $(cat "$work/slow.out")"
slow=$(run slow-bodies "$DURATION")
echo "$slow"
echo "Slow bodies at the end: $(cat "$work/slow.out")"
touch "$work/slow.stop"
sleep "$READY_TIMEOUT"  # the last polls

rss=$(awk '/VmRSS/ {print $2}' "/proc/${pids[0]}/status")
echo "service resident memory after the run: $((rss / 1024)) MiB"
errors=$(grep -c ' ERROR ' "$work/service.log" || true)
warnings=$(grep -c 'AbortedRequests' "$work/service.log" || true)
echo "service log: $errors ERROR lines, $warnings aborted-request WARN lines"

ok=true
for line in "$normal" "$slow"; do
  case "$line" in *"non2xx=0 socket_errors=0"*) ;; *) ok=false ;; esac
done
readiness normal || ok=false
readiness slow-bodies || ok=false
[ "$errors" = 0 ] || ok=false
if $ok; then echo "PASSED: no errors, readiness UP throughout"; else echo "FAILED"; exit 1; fi
