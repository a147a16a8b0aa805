#!/bin/bash
# How long the first reader of each kind of page waits after a start: starts the Release build (or the site DLL
# given) over INDEX on a loopback port, waits for /health/ready, asks once for each page below, stops the site.
#   bash docs/load/first-pages.sh /tmp/index-real [site.dll] [port]
set -euo pipefail
index=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
site=${2:-$root/src/GoodPractices.Web/bin/Release/net10.0/GoodPractices.Web.dll}
port=${3:-5096}
ASPNETCORE_ENVIRONMENT=Production GoodPractices__IndexPath=$index \
  dotnet "$site" --urls "http://127.0.0.1:$port" --contentRoot "$root/src/GoodPractices.Web" >/dev/null 2>&1 &
pid=$!
started=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.05; done
echo "ready after $(echo "$(date +%s.%N) - $started" | bc) s"
# Pages and words the warm-up does not ask for itself, so nothing is answered from the output cache.
for path in "/search?q=women+prison" "/practices/pt-dissuasion-commissions" "/" "/it/search?q=carcere" \
  "/countries/it" "/compare?countries=CZ,PT" "/browse/setting" "/api/search?q=naloxone"; do
  curl -s -o /dev/null -w "%{http_code} %{time_total} $path\n" "http://127.0.0.1:$port$path"
done
kill "$pid"; wait "$pid" 2>/dev/null || true
