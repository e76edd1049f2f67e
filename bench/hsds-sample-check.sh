#!/usr/bin/env bash
# HSDS on the nationwide synthetic directory, one command from a clean clone:
#
#   bash bench/hsds-sample-check.sh            # 100,000 synthetic hotlines, a sample of 1,000 services
#   HOTLINES=20000 SAMPLE=200 bash bench/hsds-sample-check.sh
#
# Generates the synthetic directory (bench/GenerateNationwide.java, into target/synthetic/, never data/),
# starts a real PostgreSQL 17 (Maven Central binaries, as the tests do) and the PostgreSQL build of the service
# on it, and validates a random sample of HSDS services (and a tenth as many organizations and services at
# locations), each as a list item and as a full object, against Open Referral's JSON schemas
# (hsds/HsdsSampleCheck). Kept out of ./mvnw verify to keep CI short.
set -euo pipefail
cd "$(dirname "$0")/.."

HOTLINES=${HOTLINES:-100000}
SAMPLE=${SAMPLE:-1000}
PORT=${PORT:-18710}
PG_PORT=${PG_PORT:-55443}
data=target/synthetic/hsds-$HOTLINES

./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >/dev/null
java bench/GenerateNationwide.java "$HOTLINES" "$data"

key="xcd_bench-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
work=$(mktemp -d)
service=""; postgres=""
trap 'for p in $service $postgres; do kill $p 2>/dev/null; wait $p 2>/dev/null; done; rm -rf "$work"' EXIT

java -cp "target/test-classes:$(cat target/test-classpath.txt)" cn.xuchang.directory.postgres.PostgresServer \
  "$PG_PORT" "$work/pg" > "$work/postgres.log" 2>&1 &
postgres=$!
for _ in $(seq 1 120); do grep -q '^READY' "$work/postgres.log" && break; sleep 0.5; done

started=$(date +%s)
java -Xmx4g -XX:+UseParallelGC -Dquarkus.http.port="$PORT" -Dquarkus.management.port=0 \
  -Ddirectory.data-dir="$data" -Ddirectory.api-keys.bootstrap="bench:$key:1000000000" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:$PG_PORT/postgres" \
  -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres \
  -jar target/quarkus-app-postgresql/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1; do
  kill -0 $service 2>/dev/null || { tail -30 "$work/service.log" >&2; exit 1; }
  sleep 1
done
echo "== service ready on $HOTLINES synthetic hotlines (imported) after $(( $(date +%s) - started )) s"
java -cp "target/test-classes:$(cat target/test-classpath.txt)" cn.xuchang.directory.hsds.HsdsSampleCheck \
  "http://localhost:$PORT" "$SAMPLE" "$key"
