#!/usr/bin/env bash
# Contract check through a validating proxy: the packaged service behind Prism (@stoplight/prism-cli, proxy mode,
# --errors), every GET operation's documented examples sent through it, then the error cases (unknown id → 404,
# bad parameter → 400, Accept: application/xml → 406). Fails when Prism reports any violation — an undocumented
# status, a body or header that does not match openapi/openapi.yaml. Needs target/quarkus-app (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/.."

prism_dir=target/prism
[ -x "$prism_dir/node_modules/.bin/prism" ] || npm install --silent --no-save --no-audit --no-fund --prefix "$prism_dir" \
  @stoplight/prism-cli@5.16.0
work=$(mktemp -d)
service_log=$work/service.log prism_log=$work/prism.log
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT

java -Dquarkus.http.port=0 -Dquarkus.management.port=0 -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/db/directory" \
  -Ddirectory.data-dir="$PWD/data" -jar target/quarkus-app/quarkus-run.jar >"$service_log" 2>&1 &
pids+=($!)
port=""
for _ in $(seq 1 120); do
  port=$(grep -oE 'Listening on: http://[^:]+:[0-9]+' "$service_log" | head -1 | grep -oE '[0-9]+$' || true)
  [ -n "$port" ] && break
  sleep 1
done
[ -n "$port" ] || { echo "The service did not start:"; tail -30 "$service_log"; exit 1; }
# A port nobody listens on, from the system (the service's port + 1 may be taken by anything else on the machine).
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
# Prism over a contract on a free port; sets $started_port once it answers, or fails with its log.
start_prism() { # contract log
  started_port=$(free_port)
  "$prism_dir/node_modules/.bin/prism" proxy "$1" "http://localhost:$port" --errors --port "$started_port" >"$2" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do
    curl -s -o /dev/null "http://localhost:$started_port/api/v1/status" && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 1
  done
  echo "Prism did not answer on port $started_port:"; tail -30 "$2"; exit 1
}
start_prism openapi/openapi.yaml "$prism_log"
proxy_port=$started_port

# Every GET path with its examples filled in (path and query parameters), then the error cases.
mapfile -t requests < <(python3 - <<'PY'
import json, urllib.parse
spec = json.load(open("openapi/openapi.json"))
def example(p):
    if "example" in p: return p["example"]
    for e in (p.get("examples") or {}).values(): return e.get("value")
    ex = (p.get("schema") or {}).get("examples")
    return ex[0] if ex else None
for path, item in spec["paths"].items():
    op = item.get("get")
    # Anonymous reads only (a bearer-only read is 401 here); the feed needs a cursor from an export.
    security = (op or {}).get("security")
    if not op or (security and {} not in security) or path == "/api/v1/changes": continue
    url, query, ok = path, {}, True
    for p in op.get("parameters", []):
        value = example(p)
        if p["in"] == "path":
            if value is None: ok = False; break
            url = url.replace("{" + p["name"] + "}", urllib.parse.quote(str(value)))
        elif p["in"] == "query" and p.get("required") and value is not None:
            query[p["name"]] = value
    if ok:
        print("200 " + url + ("?" + urllib.parse.urlencode(query) if query else ""))
print("404 /api/v1/hotlines/no-such-hotline")
print("404 /api/v1/regions/411099")
print("400 /api/v1/resolve?service=startup-guarantee-loan&region=abc")
print("400 /api/v1/lookup?q=%01")
print("406 /api/v1/status xml")
print("406 /api/v1/hotlines xml")
PY
)

failures=0
for line in "${requests[@]}"; do
  read -r expected target accept <<<"$line"
  headers=(); [ "${accept:-}" = xml ] && headers=(-H 'Accept: application/xml')
  out=$(curl -s -D - -o /dev/null "${headers[@]}" "http://localhost:$proxy_port$target" || true)
  status=$(head -1 <<<"$out" | awk '{print $2}')
  violations=$(grep -i '^sl-violations:' <<<"$out" | cut -d' ' -f2- || true)
  verdict=ok
  if [ "$status" != "$expected" ] || [ -n "$violations" ]; then verdict=FAIL; failures=$((failures + 1)); fi
  printf '%-4s %s %s%s\n' "$verdict" "$status" "$target" "${violations:+  $violations}"
done
echo "Checked ${#requests[@]} requests through Prism (proxy --errors) against openapi/openapi.yaml: $failures failed."
if [ "$failures" -gt 0 ]; then echo "Prism's log:"; tail -40 "$prism_log"; exit 1; fi

# The check bites: the same proxy over a doctored copy of the contract (the Hotline schema requiring a field the
# service never sends, the 404 of one hotline left out) must report both, or the check above proves nothing.
python3 - "$work/doctored.json" <<'PY'
import json, sys
spec = json.load(open("openapi/openapi.json"))
spec["components"]["schemas"]["Hotline"]["required"].append("plantedField")
del spec["paths"]["/api/v1/hotlines/{id}"]["get"]["responses"]["404"]
json.dump(spec, open(sys.argv[1], "w"))
PY
start_prism "$work/doctored.json" "$work/prism-doctored.log"
doctored_port=$started_port
caught=0
for case in "200 /api/v1/hotlines/startup-loan-yuzhou" "404 /api/v1/hotlines/no-such-hotline"; do
  read -r real target <<<"$case"
  out=$(curl -s -D - -o /dev/null "http://localhost:$doctored_port$target" || true)
  status=$(head -1 <<<"$out" | awk '{print $2}')
  # Prism flags it in an sl-violations header, or (with --errors) answers with an error of its own instead.
  if grep -qi '^sl-violations:' <<<"$out" || [ "$status" != "$real" ]; then
    caught=$((caught + 1)); echo "planted violation caught: $target (status $status)"
  fi
done
[ "$caught" -eq 2 ] || { echo "Prism missed a planted violation ($caught of 2 caught): the check above cannot be trusted."; exit 1; }
