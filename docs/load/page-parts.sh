#!/usr/bin/env bash
# What each part of an uncached search answer costs: one build of the site over one index, asked in turn, run after
# run, for an address that does no work of its own, for the search page and the API with no words (facets over every
# practice, 20 hits with their summaries), with a word no practice holds or comes close to, for the load test's 30
# searches with one hit and with 20, and for the page of those searches. Prints the median over the runs of each
# one's median time and CPU per request (the site's user and system time over a run, divided by the requests
# answered). Needs wrk and python3; uses port 5092.
#   bash docs/load/page-parts.sh BUILD_DIR INDEX [ROUNDS=5] [SECONDS=4]
set -euo pipefail
build=$1 index=$2 rounds=${3:-5} seconds=${4:-4}
here=$(cd "$(dirname "$0")" && pwd)
port=5092
(cd "$build" && ASPNETCORE_ENVIRONMENT=Production GoodPractices__IndexPath="$index" \
  GoodPractices__OpenData__RateLimitPermits=100000000 \
  exec dotnet GoodPractices.Web.dll --urls "http://127.0.0.1:$port" >/dev/null 2>&1) &
site=$!
trap 'kill "$site" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break
  sleep 0.5
done
pid=$(ss -ltnp | grep ":$port " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
SEARCH_PATH=/search wrk -t1 -c1 -d10s -s "$here/uncached-searches.lua" "http://127.0.0.1:$port" >/dev/null

# name | SEARCH_PATH | SEARCH_QUERY (unset: the 30 searches) | SEARCH_EXTRA
parts=(
  "health check|/health/ready|-|"
  "API, no words|/api/search||"
  "page, no words|/search||"
  "API, a word found nowhere|/api/search|zzzqqq|"
  "page, a word found nowhere|/search|zzzqqq|"
  "API, 30 searches, 1 hit|/api/search|-|pageSize=1"
  "API, 30 searches, 20 hits|/api/search|-|"
  "page, 30 searches|/search|-|"
)
run() {
  if [[ $3 == "-" ]]; then
    SEARCH_PATH=$2 SEARCH_EXTRA=$4 wrk -t1 -c1 -d"${5}s" --latency -s "$here/uncached-searches.lua" "http://127.0.0.1:$port"
  else
    SEARCH_PATH=$2 SEARCH_QUERY=$3 SEARCH_EXTRA=$4 wrk -t1 -c1 -d"${5}s" --latency -s "$here/uncached-searches.lua" "http://127.0.0.1:$port"
  fi
}
out=$(mktemp)
for round in $(seq 1 "$rounds"); do
  for part in "${parts[@]}"; do
    IFS='|' read -r name path query extra <<<"$part"
    # The part runs a while before it is measured, so that what the one before left (a full output cache, garbage to
    # collect) is its own.
    run part "$path" "$query" "$extra" 3 >/dev/null
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    result=$(run part "$path" "$query" "$extra" "$seconds")
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    echo "$result" | awk -v name="$name" -v ticks=$((after - before)) '
      / 50%/ {median=$2} /requests in/ {requests=$1} /Non-2xx/ {failed=1}
      END {if (failed) print "failed " name > "/dev/stderr"; printf "%s|%s|%.3f\n", name, median, ticks * 10 / requests}' >>"$out"
  done
done
python3 - "$out" <<'PY'
import re, statistics, sys
def ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
runs = {}
for line in open(sys.argv[1]):
    name, median, cpu = line.rstrip("\n").split("|")
    runs.setdefault(name, []).append((ms(median), float(cpu)))
for name, rows in runs.items():
    medians, cpus = zip(*rows)
    print(f"{name:32} median {statistics.median(medians):6.2f} ms   CPU {statistics.median(cpus):5.2f} ms a request"
          f"   ({min(cpus):.2f} to {max(cpus):.2f})")
PY
rm -f "$out"
