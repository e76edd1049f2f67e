#!/usr/bin/env bash
# Two builds (or two settings) of the service on one endpoint, interleaved: both run at once, and 3-second wrk runs
# (2 threads, 64 connections) alternate between them, so that what slows the whole machine for a while slows both.
# Prints per side the requests/s over all its runs, the service's CPU time per request (user + system, from /proc:
# steadier than requests/s on a shared machine), and each run's p99. The services run packaged on H2 with -Xmx512m,
# through the read rate limit with a partner key.
#
#   bash bench/endpoint-ab.sh PATH PAIRS "JAVA_OPTS_A" "JAVA_OPTS_B" [APP_A] [APP_B]
#   bash bench/endpoint-ab.sh /api/v1/status 10 "" "" /tmp/before/quarkus-app target/quarkus-app
#   bash bench/endpoint-ab.sh "/api/v1/resolve?service=startup-guarantee-loan&region=411081204" 10 "" "-Ddirectory.lookup-cache-size=0"
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 4 ] || { echo "usage: $0 PATH PAIRS JAVA_OPTS_A JAVA_OPTS_B [APP_A] [APP_B]" >&2; exit 2; }
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
export BENCH_API_KEY="${BENCH_API_KEY:-xcd_bench-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')}"
source bench/processes.sh # $work, and pids stopped at the end
KEY=$BENCH_API_KEY
echo "$1" > "$work/paths.txt"; PAIRS=$2
A_OPTS=$3; B_OPTS=$4; A_APP=${5:-target/quarkus-app}; B_APP=${6:-$A_APP}
cpu() { awk '{print $14+$15}' /proc/$1/stat; }
mkdir -p "$work/db"
java -Xmx512m $A_OPTS -Dquarkus.http.port=18180 -Dquarkus.management.port=0 -Ddirectory.api-keys.bootstrap="bench:$KEY:1000000000" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/db/a" -Dquarkus.log.level=WARN -jar $A_APP/quarkus-run.jar >"$work/a.log" 2>&1 &
A=$!
pids+=("$A")
java -Xmx512m $B_OPTS -Dquarkus.http.port=18190 -Dquarkus.management.port=0 -Ddirectory.api-keys.bootstrap="bench:$KEY:1000000000" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/db/b" -Dquarkus.log.level=WARN -jar $B_APP/quarkus-run.jar >"$work/b.log" 2>&1 &
B=$!
pids+=("$B")
for p in 18180 18190; do
  for _ in $(seq 1 1200); do curl -sf "http://localhost:$p/q/health/ready" >/dev/null 2>&1 && break; sleep 0.1; done
  curl -sf "http://localhost:$p/q/health/ready" >/dev/null || { cat "$work/a.log" "$work/b.log"; exit 1; }
done
for p in 18180 18190; do wrk -t2 -c64 -d10s -s bench/report.lua http://localhost:$p "$work/paths.txt" >/dev/null; done
ra=0; rb=0; ca=0; cb=0; la=""; lb=""
for k in $(seq 1 $PAIRS); do
  for side in a b; do
    if [ $side = a ]; then pid=$A; port=18180; else pid=$B; port=18190; fi
    c0=$(cpu $pid)
    r=$(wrk -t2 -c64 -d3s --latency -s bench/report.lua http://localhost:$port "$work/paths.txt" | grep ^RESULT)
    c1=$(cpu $pid)
    n=$(echo "$r" | sed 's/.*requests=\([0-9]*\).*/\1/'); p99=$(echo "$r" | sed 's/.*p99_ms=\([0-9.]*\).*/\1/')
    if [ $side = a ]; then ra=$((ra+n)); ca=$((ca+c1-c0)); la="$la $p99"; else rb=$((rb+n)); cb=$((cb+c1-c0)); lb="$lb $p99"; fi
  done
done
secs=$((PAIRS*3))
echo "A: $((ra/secs)) req/s, $((ca*10000/ra)) us CPU/req, p99s:$la"
echo "B: $((rb/secs)) req/s, $((cb*10000/rb)) us CPU/req, p99s:$lb"
