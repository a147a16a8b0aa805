#!/usr/bin/env bash
# Compares the uncached search time of two builds of the site over one index, in short runs taken alternately, so
# that the machine's changes of speed fall on both alike. Each build is a folder holding GoodPractices.Web.dll (a
# Release build's bin/Release/net10.0). Prints each run, then the median over the runs and the ratio of the second
# build to the first. Needs wrk and python3; uses ports 5091 (first build) and 5090 (second).
#   bash docs/load/compare-builds.sh BASE_DIR NEW_DIR INDEX [ROUNDS=12] [PATH=/api/search] [SECONDS=3]
set -euo pipefail
base=$1 new=$2 index=$3 rounds=${4:-12} path=${5:-/api/search} seconds=${6:-3}
here=$(cd "$(dirname "$0")" && pwd)
pids=()
start() {
  (cd "$1" && ASPNETCORE_ENVIRONMENT=Production GoodPractices__IndexPath="$index" \
    GoodPractices__OpenData__RateLimitPermits=100000000 \
    exec dotnet GoodPractices.Web.dll --urls "http://127.0.0.1:$2" >/dev/null 2>&1) &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$2/health/ready" && return 0
    sleep 0.5
  done
  echo "the build in $1 did not become ready" >&2
  return 1
}
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start "$base" 5091
start "$new" 5090
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
site_pid() { ss -ltnp | grep ":$1 " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
for port in 5091 5090; do
  SEARCH_PATH=$path wrk -t1 -c1 -d10s -s "$here/uncached-searches.lua" "http://127.0.0.1:$port" >/dev/null
done
out=$(mktemp)
for round in $(seq 1 "$rounds"); do
  order="5091 5090"; (( round % 2 == 0 )) && order="5090 5091"
  for port in $order; do
    pid=$(site_pid "$port"); before=$(cpu "$pid")
    result=$(SEARCH_PATH=$path wrk -t1 -c1 -d"${seconds}s" --latency -s "$here/uncached-searches.lua" "http://127.0.0.1:$port")
    after=$(cpu "$pid")
    name=$([[ $port == 5091 ]] && echo base || echo new)
    echo "$result" | awk -v name="$name" -v ticks=$((after - before)) '
      / 50%/ {median=$2} / 99%/ {p99=$2} /requests in/ {requests=$1}
      END {printf "%s median=%s p99=%s cpu_ms_per_request=%.2f\n", name, median, p99, ticks * 10 / requests}' | tee -a "$out"
  done
done
python3 - "$out" <<'PY'
import re, statistics, sys
def ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
runs = {"base": [], "new": []}
for line in open(sys.argv[1]):
    fields = dict(f.split("=") for f in line.split()[1:])
    runs[line.split()[0]].append((ms(fields["median"]), ms(fields["p99"]), float(fields["cpu_ms_per_request"])))
for name, rows in runs.items():
    medians, p99s, cpus = zip(*rows)
    print(f"{name}: median {statistics.median(medians):.2f} ms ({min(medians):.2f} to {max(medians):.2f}), "
          f"p99 {statistics.median(p99s):.1f} ms ({min(p99s):.1f} to {max(p99s):.1f}), CPU {statistics.median(cpus):.2f} ms a request")
ratio = statistics.median(n[0] / b[0] for n, b in zip(runs["new"], runs["base"]))
cpu = statistics.median(n[2] / b[2] for n, b in zip(runs["new"], runs["base"]))
print(f"second/first: median {ratio:.3f}, CPU {cpu:.3f}")
PY
rm -f "$out"
