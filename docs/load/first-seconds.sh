#!/bin/bash
# How fast the site answers in its first seconds, with and without the warm-up of a new index version.
# Starts the Release build over INDEX on a loopback port, waits for /health/ready, runs wrk for 3 s twice
# (uncached searches, one connection), stops the site; twice for each address and warm-up, alternating.
#   bash docs/load/first-seconds.sh /tmp/index-10000 [port]
set -euo pipefail
index=$1
port=${2:-5095}
root=$(cd "$(dirname "$0")/../.." && pwd)
site=$root/src/GoodPractices.Web/bin/Release/net10.0/GoodPractices.Web.dll
run_wrk() {
  SEARCH_PATH=$1 wrk -t1 -c1 -d3s --latency -s "$root/docs/load/uncached-searches.lua" "http://127.0.0.1:$port" |
    awk '/50%/{m=$2} /99%/{q=$2} END{printf "median %s, p99 %s", m, q}'
}
for round in 1 2; do
  for address in /api/search /search; do
    for limit in 00:00:00 00:00:10; do
      ASPNETCORE_ENVIRONMENT=Production GoodPractices__IndexPath=$index GoodPractices__WarmUpLimit=$limit \
        GoodPractices__OpenData__RateLimitPermits=100000000 \
        dotnet "$site" --urls "http://127.0.0.1:$port" --contentRoot "$root/src/GoodPractices.Web" >/dev/null 2>&1 &
      pid=$!
      started=$(date +%s.%N)
      until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.05; done
      ready=$(echo "$(date +%s.%N) - $started" | bc)
      first=$(run_wrk "$address")
      next=$(run_wrk "$address")
      echo "$address warm-up limit $limit: ready after ${ready} s; first 3 s $first; next 3 s $next"
      kill "$pid"; wait "$pid" 2>/dev/null || true
    done
  done
done
