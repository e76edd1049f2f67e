-- wrk hooks shared by the benchmarks: cycle through request paths (if given) and print one summary line.
-- Usage: wrk ... -s bench/report.lua <base-url> [file of paths, one per line]
-- With BENCH_API_KEY set, every request sends it in X-API-Key: the benchmarks run through the read rate limit
-- with a high-quota partner key (the scripts start the service with that key from configuration).
local paths = {}
local counter = 0
local key = os.getenv("BENCH_API_KEY")
if key ~= nil and key ~= "" then wrk.headers["X-API-Key"] = key end

-- Each thread starts at its own place in the list, so that two threads do not ask the same thing at once.
local threads = 0
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  if args[1] ~= nil then
    for line in io.lines(args[1]) do
      if line ~= "" then paths[#paths + 1] = line end
    end
  end
  if offset ~= nil and #paths > 0 then counter = (offset * math.floor(#paths / 2 + 1)) % #paths end
end

function request()
  if #paths == 0 then return wrk.format("GET") end
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
      summary.requests, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, errors))
end
