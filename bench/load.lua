-- wrk script of bench/load.sh: each request picks a random path from a file (real lookups, resolutions, lists and
-- records), sends X-API-Key when a key is given, and prints one summary line.
-- Usage: wrk ... -s bench/load.lua <base-url> <file of paths> [api key]
local paths = {}
local headers = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  if args[2] ~= nil and args[2] ~= "" then headers["X-API-Key"] = args[2] end
  math.randomseed(os.time() * 100 + id)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
      "RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d"
          .. " (connect=%d read=%d write=%d timeout=%d)\n",
      summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      e.status, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
end
