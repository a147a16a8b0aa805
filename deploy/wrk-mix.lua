-- wrk script for try-cluster.sh: each connection walks a list of search pages and API calls (one path a line,
-- in the file named by GOODPRACTICES_PATHS), each thread from its own offset. At the end it prints one line
-- that try-cluster.sh reads: requests, failures of every kind (connect, read, write, timeout, status >= 400),
-- and the latency percentiles in milliseconds.

local paths = {}
local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end

function init(args)
  for line in io.lines(os.getenv("GOODPRACTICES_PATHS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  counter = offset or 0
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
  io.write(string.format("WRK requests=%d failed=%d connect=%d read=%d write=%d timeout=%d status=%d p50=%.1f p99=%.1f max=%.1f rps=%.0f\n",
    summary.requests, failed, errors.connect, errors.read, errors.write, errors.timeout, errors.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1000000)))
end
