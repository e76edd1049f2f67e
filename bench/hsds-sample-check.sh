#!/usr/bin/env bash
# HSDS on the nationwide synthetic directory, one command from a clean clone:
#
#   bash bench/hsds-sample-check.sh            # 100,000 synthetic hotlines, a sample of 1,000 services
#   HOTLINES=20000 SAMPLE=200 bash bench/hsds-sample-check.sh
#
# Generates the synthetic directory (bench/GenerateNationwide.java, into target/synthetic/, never data/),
# starts the packaged service (embedded H2) on it, and validates a random sample of HSDS services (and a tenth
# as many organizations and services at locations), each as a list item and as a full object, against Open
# Referral's JSON schemas (hsds/HsdsSampleCheck). Kept out of ./mvnw verify to keep CI short.
set -euo pipefail
cd "$(dirname "$0")/.."

HOTLINES=${HOTLINES:-100000}
SAMPLE=${SAMPLE:-1000}
PORT=${PORT:-18710}
data=target/synthetic/hsds-$HOTLINES

./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >/dev/null
java bench/GenerateNationwide.java "$HOTLINES" "$data"

key="xcd_bench-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
work=$(mktemp -d)
java -Xmx2g -Dquarkus.http.port="$PORT" -Dquarkus.management.port=0 -Ddirectory.data-dir="$data" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/db;DB_CLOSE_ON_EXIT=FALSE" -Ddirectory.api-keys.bootstrap="bench:$key:1000000000" \
  -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$work"' EXIT
started=$(date +%s)
until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1; do
  kill -0 $service 2>/dev/null || { tail -30 "$work/service.log" >&2; exit 1; }
  sleep 1
done
echo "== service ready on $HOTLINES synthetic hotlines after $(( $(date +%s) - started )) s"
java -cp "target/test-classes:$(cat target/test-classpath.txt)" cn.xuchang.directory.hsds.HsdsSampleCheck \
  "http://localhost:$PORT" "$SAMPLE" "$key"
