#!/usr/bin/env bash
# Profiles the packaged service under load with JDK Flight Recorder (method sampling, settings=profile), one recording
# per endpoint of the performance benchmark, and prints for each the hottest methods: by own time (the top frame of
# the samples) and, for the service's own code and its libraries, by time spent in them and below (inclusive).
#
#   bash bench/profile.sh                     # status, resolve, long-tail lookup; 20 s each
#   ENDPOINTS="longtail" DURATION=30s bash bench/profile.sh
#   KEEP=/tmp/jfr bash bench/profile.sh       # keep the .jfr recordings there (open them in JDK Mission Control)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
ENDPOINTS=${ENDPOINTS:-"status resolve longtail"}
PORT=${PORT:-18190}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx512m"}
APP=${APP:-target/quarkus-app}
TOP=${TOP:-25}

[ -f "$APP/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests
export BENCH_API_KEY="${BENCH_API_KEY:-xcd_bench-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')}"
source bench/processes.sh # $work, and pids stopped at the end
keep=${KEEP:-$work}
mkdir -p "$keep"
java $JAVA_OPTS -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -Dquarkus.http.port=$PORT \
  -Dquarkus.management.port=0 -Ddirectory.api-keys.bootstrap="bench:$BENCH_API_KEY:1000000000" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/db" -Dquarkus.log.level=WARN -jar "$APP/quarkus-run.jar" \
  >"$work/service.log" 2>&1 &
pid=$!
pids+=($pid)
for _ in $(seq 1 1200); do curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.1; done

echo "/api/v1/status" >"$work/status.txt"
echo "/api/v1/resolve?service=startup-guarantee-loan&region=411081204" >"$work/resolve.txt"
python3 bench/long-tail-queries.py "http://localhost:$PORT" 0 1 "$work/longtail.txt" paths

for name in $ENDPOINTS; do
  wrk -t2 -c64 -d10s -s bench/report.lua "http://localhost:$PORT" "$work/$name.txt" >/dev/null # warm-up
  jcmd $pid JFR.start name="$name" settings=profile >/dev/null
  wrk -t2 -c64 -d"$DURATION" --latency -s bench/report.lua "http://localhost:$PORT" "$work/$name.txt" | grep '^RESULT'
  jcmd $pid JFR.stop name="$name" filename="$keep/$name.jfr" >/dev/null
  jfr print --json --events jdk.ExecutionSample --stack-depth 96 "$keep/$name.jfr" >"$work/$name.json"
  python3 - "$work/$name.json" "$name" "$TOP" <<'PY'
import collections, json, sys
events = json.load(open(sys.argv[1]))["recording"]["events"]
top = int(sys.argv[3])
own, inclusive = collections.Counter(), collections.Counter()
def name(frame):
    m = frame["method"]
    return f'{m["type"]["name"]}.{m["name"]}'
for e in events:
    frames = e["values"]["stackTrace"]["frames"]
    if not frames:
        continue
    own[name(frames[0])] += 1
    for n in {name(f) for f in frames}:
        inclusive[n] += 1
total = len(events)
print(f"== {sys.argv[2]}: {total} samples; hottest by own time")
for n, c in own.most_common(top):
    print(f"  {100 * c / total:5.1f}%  {n}")
print(f"== {sys.argv[2]}: the service's code and its libraries, by time in them and below (inclusive)")
framework = ("java/", "jdk/", "sun/", "io/netty/", "io/vertx/", "io/quarkus/", "io/smallrye/", "org/jboss/")
ours = [(n, c) for n, c in inclusive.most_common() if not n.startswith(framework)]
for n, c in ours[:top]:
    print(f"  {100 * c / total:5.1f}%  {n}")
# Where the hottest library methods are called from: the first frame of the service's own code below them.
print(f"== {sys.argv[2]}: own time by the service's method that led to it")
callers = collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"]
    mine = next((name(f) for f in frames if name(f).startswith("cn/")), "(outside the service's code)")
    callers[mine] += 1
for n, c in callers.most_common(top):
    print(f"  {100 * c / total:5.1f}%  {n}")
PY
done
