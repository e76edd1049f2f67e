#!/usr/bin/env bash
# Nationwide benchmark, one command from a clean clone:
#
#   bash bench/nationwide-benchmark.sh                 # the real data, then 100k and 1M synthetic hotlines
#   SIZES="real 100k" DURATION=10s bash bench/nationwide-benchmark.sh
#   SIZES=100k MEASURE=near bash bench/nationwide-benchmark.sh   # only the nearest-centre queries
#
# For each size it builds (or generates) a directory, starts a real PostgreSQL 17 (Maven Central
# binaries, as the tests do), and with the PostgreSQL build of the service measures:
#   import    — loading the data/ folder into an empty database (the service's own start-up import)
#   start-up  — starting again on that database, without import, until /q/health/ready is UP
#   memory    — resident set size (VmRSS) after the load test
#   resolve   — GET /api/v1/resolve for a mix of (service, region) pairs, wrk, 64 connections
#   lookup    — GET /api/v1/lookup for a mix of citizen queries, with the answer cache (the default)
#               and again with it turned off (every query searched and resolved)
#   long tail — GET /api/v1/lookup for 200,000 distinct place × service word × phrasing queries (the phrasings of
#               bench/long-tail-queries.py), warmed up on 50,000 others: the answer cache barely helps
#   near      — GET /api/v1/locations?near=…&radius=… (the nearest centres, 10 a page) around 5,000 points near the
#               synthetic centres (101,150 of them, with synthetic coordinates and hours), 2–10 km; target p99 <= 20 ms
# Synthetic directories come from bench/GenerateNationwide.java over the real 2,978 county-level
# units, and stay in target/synthetic/ — never in data/. Targets at 1M hotlines: p99 <= 20 ms,
# start-up <= 60 s, resident memory <= 2 GB.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"real 100k 1m"}
MEASURE=${MEASURE:-"resolve lookup longtail near uncached"}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
# The service as it serves (and is measured): a 1.5 GB heap holds a million hotlines.
JAVA_OPTS=${JAVA_OPTS:-"-Xmx1536m -XX:+UseParallelGC"}
# The one-off import job holds the whole folder, checked, before writing it: give it more.
IMPORT_JAVA_OPTS=${IMPORT_JAVA_OPTS:-"-Xmx6g -XX:+UseParallelGC"}
PG_PORT=${PG_PORT:-55433}
PORT=${PORT:-18700}

if curl -s "http://localhost:$PORT" >/dev/null 2>&1; then
  echo "port $PORT is busy: stop what listens there, or set PORT" >&2; exit 1
fi
if ! command -v wrk >/dev/null; then
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

echo "== Building the service (H2 and PostgreSQL builds) and the PostgreSQL launcher"
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >/dev/null
# The real path: the read rate limit stays on; requests carry a partner key of high quota (bench/report.lua).
export BENCH_API_KEY="${BENCH_API_KEY:-xcd_bench-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')}"
JAR=target/quarkus-app-postgresql/quarkus-run.jar

work=$(mktemp -d)
service=""; postgres=""
stop() { [ -n "$1" ] && kill "$1" 2>/dev/null && wait "$1" 2>/dev/null || true; }
trap 'stop "$service"; stop "$postgres"; rm -rf "$work"' EXIT

start_postgres() { # data-dir → sets postgres, JDBC
  java -cp "target/test-classes:$(cat target/test-classpath.txt)" cn.xuchang.directory.postgres.PostgresServer \
    "$PG_PORT" "$1" > "$work/postgres.log" 2>&1 &
  postgres=$!
  for _ in $(seq 1 120); do grep -q '^READY' "$work/postgres.log" && break; sleep 0.5; done
  JDBC="jdbc:postgresql://localhost:$PG_PORT/postgres"
}

start_service() { # java-options log extra-D… → sets service and READY_MS (milliseconds until ready)
  local opts=$1 log=$2; shift 2
  local started; started=$(date +%s%N)
  # shellcheck disable=SC2086
  java $opts -Dquarkus.http.port=$PORT -Dquarkus.management.port=0 \
    -Ddirectory.api-keys.bootstrap="bench:$BENCH_API_KEY:1000000000" -Dquarkus.datasource.jdbc.url="$JDBC" \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres -Dquarkus.log.level=INFO \
    "$@" -jar "$JAR" > "$log" 2>&1 &
  service=$!
  until grep -q "Listening on" "$log" && curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$service" 2>/dev/null; then cat "$log" >&2; exit 1; fi
    sleep 0.2
  done
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

wrk_run() { # paths-file duration → "rps p50 p99 errors"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s bench/report.lua "http://localhost:$PORT" "$1" \
    | awk -F'[ =]' '/^RESULT/ {print $5, $7, $9, $11}'
}

mixes() { # data-dir out-prefix: writes <prefix>-resolve.txt and <prefix>-lookup.txt
  python3 - "$1" "$2" <<'PY'
import csv, random, re, sys, urllib.parse
data, prefix = sys.argv[1], sys.argv[2]
random.seed(2026)
regions = list(csv.DictReader(open(f"{data}/regions.csv", encoding="utf-8")))
places = [r for r in regions if r["level"] in ("county", "township")]
services, aliases = [], {}
for block in open(f"{data}/services.yaml", encoding="utf-8").read().split("\n- id: ")[1:]:
    sid = block.split("\n")[0].strip()
    services.append(sid)
    found = re.search(r"aliases: \[(.*)\]", block)
    aliases[sid] = [a.strip() for a in found.group(1).split(",")] if found else [re.search(r"name: (.*)", block).group(1)]
def code(c):
    return c + "00" if len(c) == 4 else c
with open(f"{prefix}-resolve.txt", "w") as out:
    for _ in range(5000):
        out.write(f"/api/v1/resolve?service={random.choice(services)}&region={code(random.choice(places)['code'])}\n")
points = re.findall(r"\n  latitude: (\S+)\n  longitude: (\S+)\n  datum: (\S+)", open(f"{data}/locations.yaml", encoding="utf-8").read())
with open(f"{prefix}-near.txt", "w") as out:
    for _ in range(5000 if points else 0):
        lat, lon, datum = random.choice(points)
        lat, lon = float(lat) + random.uniform(-0.03, 0.03), float(lon) + random.uniform(-0.03, 0.03)
        out.write(f"/api/v1/locations?near={lat:.5f},{lon:.5f}&radius={random.choice([2000, 5000, 10000])}&size=10"
                  + ("&datum=gcj02" if datum == "GCJ-02" else "") + "\n")
with open(f"{prefix}-lookup.txt", "w") as out:
    if "synthetic" not in data:
        for line in open("src/test/resources/lookup-evaluation.txt", encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                q, region, _ = [p.strip() for p in line.split("|")]
                params = {"q": q} | ({"region": region} if region else {})
                out.write("/api/v1/lookup?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote) + "\n")
    else:
        for _ in range(5000):
            place = random.choice(places)["name"].replace('"', "")
            q = f"{place} {random.choice(aliases[random.choice(services)])}"
            out.write("/api/v1/lookup?" + urllib.parse.urlencode({"q": q}, quote_via=urllib.parse.quote) + "\n")
# The long tail (bench/long-tail-queries.py's phrasings): distinct place × service word × phrasing, never repeated;
# the first 50,000 warm the service up, the other 200,000 are measured.
import importlib.util
spec = importlib.util.spec_from_file_location("long_tail", "bench/long-tail-queries.py")
long_tail = importlib.util.module_from_spec(spec)
spec.loader.exec_module(long_tail)
words = sorted({w for ws in aliases.values() for w in ws})
names = sorted({p["name"].replace('"', "") for p in places})
seen = set()
while len(seen) < min(250000, len(words) * len(names) * len(long_tail.PHRASINGS) // 2):
    seen.add(random.choice(long_tail.PHRASINGS).format(p=random.choice(names), s=random.choice(words)))
tail = sorted(seen)
random.shuffle(tail)
path = lambda q: "/api/v1/lookup?" + urllib.parse.urlencode({"q": q}, quote_via=urllib.parse.quote) + "\n"
open(f"{prefix}-longtail-warmup.txt", "w").writelines(path(q) for q in tail[:len(tail) // 5])
open(f"{prefix}-longtail.txt", "w").writelines(path(q) for q in tail[len(tail) // 5:])
PY
}

results=()
for size in $SIZES; do
  case $size in
    real) data=data ;;
    100k) data=target/synthetic/100k; java bench/GenerateNationwide.java 100000 "$data" ;;
    1m)   data=target/synthetic/1m;   java bench/GenerateNationwide.java 1000000 "$data" ;;
    *) echo "unknown size $size" >&2; exit 2 ;;
  esac
  echo "== $size: $data"
  start_postgres "$work/pg-$size"

  start_service "$IMPORT_JAVA_OPTS" "$work/import-$size.log" -Ddirectory.data-dir="$data"
  import_ms=$(grep -o 'Loaded .* in [0-9]* ms' "$work/import-$size.log" | grep -o 'in [0-9]* ms' | grep -o '[0-9]*')
  hotlines=$(grep -o '[0-9]* hotlines;' "$work/import-$size.log" | head -1 | grep -o '[0-9]*')
  stop "$service"

  start_service "$JAVA_OPTS" "$work/run-$size.log" -Ddirectory.import-at-start=false
  startup_ms=$READY_MS
  mixes "$data" "$work/$size"
  measures() { [[ " $MEASURE " == *" $1 "* ]]; }
  measure() { # name → "rps p50 p99 errors", or dashes when not measured (near: when no centre has coordinates)
    if ! measures "$1" || [ ! -s "$work/$size-$1.txt" ]; then echo "- - - -"; return; fi
    local warmup="$work/$size-$1.txt"
    [ -f "$work/$size-$1-warmup.txt" ] && warmup="$work/$size-$1-warmup.txt" # other queries than those measured
    wrk_run "$warmup" "$WARMUP" >/dev/null
    wrk_run "$work/$size-$1.txt" "$DURATION"
  }
  read -r resolve_rps resolve_p50 resolve_p99 resolve_errors <<<"$(measure resolve)"
  read -r lookup_rps lookup_p50 lookup_p99 lookup_errors <<<"$(measure lookup)"
  read -r tail_rps tail_p50 tail_p99 tail_errors <<<"$(measure longtail)"
  read -r near_rps near_p50 near_p99 near_errors <<<"$(measure near)"
  rss_mb=$(( $(awk '/VmRSS/ {print $2}' "/proc/$service/status") / 1024 ))
  stop "$service"

  raw_rps=- raw_p50=- raw_p99=- raw_errors=-
  if measures uncached; then
    start_service "$JAVA_OPTS" "$work/nocache-$size.log" -Ddirectory.import-at-start=false \
      -Ddirectory.lookup-cache-size=0
    wrk_run "$work/$size-lookup.txt" "$WARMUP" >/dev/null
    read -r raw_rps raw_p50 raw_p99 raw_errors <<<"$(wrk_run "$work/$size-lookup.txt" "$DURATION")"
    stop "$service"
  fi
  service=""
  stop "$postgres"; postgres=""

  line=$(printf "%-5s %9s %9.1f s %8.1f s %6s MiB | resolve %7s rps p50 %6s p99 %6s ms | lookup %7s rps p50 %6s p99 %6s ms | long tail %7s rps p50 %6s p99 %6s ms | near %7s rps p50 %6s p99 %6s ms | uncached lookup %6s rps p50 %6s p99 %6s ms | errors %s/%s/%s/%s/%s" \
    "$size" "$hotlines" "$(awk "BEGIN {print $import_ms/1000}")" "$(awk "BEGIN {print $startup_ms/1000}")" "$rss_mb" \
    "$resolve_rps" "$resolve_p50" "$resolve_p99" "$lookup_rps" "$lookup_p50" "$lookup_p99" \
    "$tail_rps" "$tail_p50" "$tail_p99" \
    "$near_rps" "$near_p50" "$near_p99" "$raw_rps" "$raw_p50" "$raw_p99" "$resolve_errors" "$lookup_errors" \
    "$tail_errors" "$near_errors" "$raw_errors")
  echo "$line"
  results+=("$line")
done

echo
echo "== Results ($(nproc) cores shared by PostgreSQL, the service and wrk; service JAVA_OPTS=$JAVA_OPTS," \
  "import IMPORT_JAVA_OPTS=$IMPORT_JAVA_OPTS; $CONNECTIONS connections, $DURATION per run)"
echo "size  hotlines    import   start-up     RSS"
printf '%s\n' "${results[@]}"
