#!/usr/bin/env bash
# Spreadsheet import benchmark (not a timed test): starts the packaged service with a 512 MB heap on a fresh
# in-memory H2, uploads a 50,000-row .xlsx of new hotlines to POST /api/v1/imports, and prints the preview's time
# and the service's peak heap (sampled with jstat every 100 ms while the preview runs). Targets: <= 30 s, <= 512 MB.
# The admin token is signed with the test key (src/test/resources/jwt), which only this run trusts.
#
#   bash bench/spreadsheet-benchmark.sh           # 50,000 rows
#   ROWS=10000 bash bench/spreadsheet-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-50000}
PORT=${PORT:-18081}
HEAP=${HEAP:-512m}

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=
sampler=
# Each kill may fail (the sampler ends by itself): under set -e a failing last command would end the trap early and
# leave the service running.
stop() {
  if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; fi
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

cp="target/quarkus-app/lib/main/*"
java -cp "$cp" bench/SpreadsheetSheet.java sheet "$work/sheet.xlsx" "$ROWS"
token=$(java -cp "$cp" bench/SpreadsheetSheet.java token src/test/resources/jwt/test-private-key.pem)
echo "sheet: $ROWS rows, $(du -k "$work/sheet.xlsx" | cut -f1) KiB"

java -Xmx"$HEAP" ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dquarkus.management.port=$((PORT + 1)) \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
  -Dquarkus.oidc.tenant-enabled=true -Dquarkus.oidc.token.issuer=https://issuer.test/xuchang-directory \
  -Dquarkus.oidc.public-key="$(grep -v -- '-----' src/test/resources/jwt/test-public-key.pem | tr -d '\n')" \
  -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
ready=
for _ in $(seq 1 300); do
  if curl -fs "localhost:$PORT/q/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  kill -0 $pid 2>/dev/null || break
  sleep 1
done
if [ -z "$ready" ]; then
  echo "the service did not become ready (log: last lines below)" >&2
  tail -20 "$work/service.log" >&2
  exit 1
fi

# Heap in use (survivor, eden and old generation, KB) every 100 ms.
( while kill -0 $pid 2>/dev/null; do
    jstat -gc $pid 2>/dev/null | awk 'NR==2 {print int(($3+$4+$6+$8)/1024)}'
    sleep 0.1
  done >"$work/heap.txt" ) &
sampler=$!

start=$(date +%s.%N)
status=$(curl -s --max-time 600 -o "$work/preview.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' -H 'Expect:' \
  --data-binary @"$work/sheet.xlsx" "localhost:$PORT/api/v1/imports") || status="000 (curl failed)"
end=$(date +%s.%N)
kill $sampler 2>/dev/null || true

python3 - "$work/preview.json" "$status" "$start" "$end" "$work/heap.txt" "$ROWS" <<'PY'
import json, sys
path, status, start, end, heap, rows = sys.argv[1:]
seconds = float(end) - float(start)
peak = max([int(l) for l in open(heap) if l.strip()] or [0])
import os
counts = (json.load(open(path)).get("counts") if status == "201"
          else open(path).read()[:300] if os.path.exists(path) else "no answer (connection closed)")
print(f"preview of {rows} rows: HTTP {status}, {seconds:.1f} s, peak heap {peak} MB (max {sys.argv[0] and ''}512 MB)")
print(f"counts: {counts}")
print("targets:", "time OK" if seconds <= 30 else "time over 30 s", "/", "heap OK" if peak <= 512 else "heap over 512 MB")
PY
