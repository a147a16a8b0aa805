#!/usr/bin/env bash
# Tries the replicated deployment for real, on this machine and on loopback only: redis-server, three replicas of
# the site on their own ports and nginx in front of them (Debian packages, installed when missing), then wrk for
# 30 s with 64 connections over search pages and API calls while one replica is killed and started again, the
# index is rebuilt twice and redis-server is restarted. Prints each replica's served version, checks that a client
# over its limit is refused by every replica, and ends with one line:
#   requests N, failed N, p50 X ms, p99 Y ms
# Exits non-zero when a request failed, a replica did not reach the newest version or the limit was not shared.
# Stops exactly what it started and removes its scratch folder.
#
#   bash deploy/try-cluster.sh [practices-folder]      (default: the repository's practices/)
set -uo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
practices=$(cd "${1:-$repo/practices}" && pwd) || { echo "no practices folder: ${1:-}"; exit 2; }
duration=30
connections=64

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v redis-cli >/dev/null || missing+=(redis-tools)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; } || { echo "could not install ${missing[*]}"; exit 2; }
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d "${TMPDIR:-/tmp}/goodpractices-cluster.XXXXXX")
chmod 755 "$work"
redis_pid="" nginx_pid="" build_pid="" wrk_pid=""
declare -A replica_pid=()

stop() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  return 0
}
cleanup() {
  stop "$wrk_pid"; stop "$build_pid"; stop "$nginx_pid"
  for i in "${!replica_pid[@]}"; do stop "${replica_pid[$i]}"; done
  stop "$redis_pid"
  if [ -n "${KEEP_CLUSTER_LOGS:-}" ]; then log "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port nobody listens on, well away from the ones services usually take.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
redis_port=$(free_port)
nginx_port=$(free_port)
declare -A replica_port=([1]=$(free_port) [2]=$(free_port) [3]=$(free_port))

log "publishing the site and index-build once (Release) into $work"
dotnet publish "$repo/src/GoodPractices.Web" -c Release -o "$work/site" --nologo -v q >"$work/publish.log" 2>&1 \
  && dotnet publish "$repo/index-build" -c Release -o "$work/index-build" --nologo -v q >>"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; echo "publish failed"; exit 2; }

# The replicas follow a copy of the corpus built into an index folder of the trial's own.
cp -r "$practices" "$work/practices"
build_index() {
  dotnet "$work/index-build/index-build.dll" build "$work/practices" --out "$work/index" >>"$work/index-build.log" 2>&1
}
log "building the first index version"
build_index || { tail -5 "$work/index-build.log"; echo "index-build failed"; exit 2; }
manifest_version() { sed -n 's/.*"current" *: *"\([^"]*\)".*/\1/p' "$work/index/manifest.json"; }

start_redis() {
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
    --logfile "$work/redis.log" &
  redis_pid=$!
  for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "redis-server did not start"; exit 2
}

# Three replicas share two cores here: workstation GC keeps each from starting a collector thread per core.
start_replica() {
  local i=$1
  (cd "$work/site" && exec env \
    ASPNETCORE_ENVIRONMENT=Production \
    Urls="http://127.0.0.1:${replica_port[$i]}" \
    GoodPractices__IndexPath="$work/index" \
    GoodPractices__Redis="127.0.0.1:$redis_port" \
    GoodPractices__PublicUrl="http://127.0.0.1:$nginx_port" \
    GoodPractices__TrustedProxies__0=127.0.0.1 \
    GoodPractices__OpenData__RateLimitPermits=10000000 \
    GoodPractices__Metrics=true \
    DOTNET_gcServer=0 \
    dotnet GoodPractices.Web.dll >>"$work/replica-$i.log" 2>&1) &
  replica_pid[$i]=$!
}

wait_ready() {
  local i=$1
  for _ in $(seq 300); do
    curl -fs -o /dev/null "http://127.0.0.1:${replica_port[$i]}/health/ready" && return 0
    sleep 0.2
  done
  echo "replica $i did not become ready"; exit 2
}

start_nginx() {
  mkdir -p "$work/nginx"
  cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    log_format upstreams '\$status \$upstream_status';
    access_log $work/nginx-access.log upstreams;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream goodpractices {
        server 127.0.0.1:${replica_port[1]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${replica_port[2]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${replica_port[3]} max_fails=1 fail_timeout=5s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        include $repo/deploy/nginx/proxy.conf;
    }
}
CONF
  "$nginx_bin" -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
  nginx_pid=$!
  for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/api/taxonomy" && return 0; sleep 0.1; done
  cat "$work/nginx-error.log"; echo "nginx did not start"; exit 2
}

log "starting redis-server on 127.0.0.1:$redis_port"
start_redis
for i in 1 2 3; do start_replica "$i"; done
for i in 1 2 3; do wait_ready "$i"; done
log "replicas ready on 127.0.0.1:${replica_port[1]}, :${replica_port[2]}, :${replica_port[3]}"
start_nginx
log "nginx on 127.0.0.1:$nginx_port"

# The mix: search pages in two languages, the search API over several words and pages, practices, and the
# vocabulary, country and completion endpoints. Practice ids are the corpus's own file names.
{
  for q in prison treatment methadone naloxone family court women employment housing diversion; do
    echo "/search?q=$q"; echo "/api/search?q=$q"; echo "/api/search?q=$q&page=2"; echo "/fr/search?q=$q"
  done
  echo "/search"; echo "/api/taxonomy"; echo "/api/countries"; echo "/api/suggest?q=tr"; echo "/api/suggest?q=pri"
  find "$work/practices" -name '*.md' ! -path '*/countries/*' -printf '%f\n' | grep -Ev '\.[a-z]{2}\.md$' | sed 's/\.md$//' | sort | head -20 |
    while read -r id; do echo "/practices/$id"; echo "/api/practices/$id"; done
} >"$work/paths.txt"

# A deployed site is warm: every path once through nginx fills the shared cache and runs each replica's code.
log "warming up: every path twice through nginx"
for _ in 1 2; do
  sed "s|^|http://127.0.0.1:$nginx_port|" "$work/paths.txt" | xargs -P 4 -n 1 curl -s -o /dev/null
done

log "wrk: ${duration} s, $connections connections, $(wc -l <"$work/paths.txt") paths"
GOODPRACTICES_PATHS="$work/paths.txt" wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s \
  -s "$repo/deploy/wrk-mix.lua" "http://127.0.0.1:$nginx_port" >"$work/wrk.out" 2>&1 &
wrk_pid=$!

sleep 3
log "killing replica 2 (SIGKILL)"
kill -9 "${replica_pid[2]}"; wait "${replica_pid[2]}" 2>/dev/null
sleep 3
log "starting replica 2 again"
start_replica 2
sleep 2
log "rebuilding the index (1 of 2)"
build_index & build_pid=$!
sleep 6
log "restarting redis-server"
stop "$redis_pid"; redis_pid=""
sleep 2
start_redis
wait "$build_pid" || { tail -5 "$work/index-build.log"; echo "index-build failed"; exit 2; }
log "rebuilding the index (2 of 2)"
build_index & build_pid=$!
wait "$build_pid" || { tail -5 "$work/index-build.log"; echo "index-build failed"; exit 2; }
build_pid=""
wait "$wrk_pid"; wrk_pid=""
log "load finished"

status=0
newest=$(manifest_version)
version_of() {
  curl -fs -D - -o /dev/null "http://127.0.0.1:${replica_port[$1]}/api/taxonomy" | tr -d '\r' | sed -n 's/^[Xx]-[Ii]ndex-[Vv]ersion: //p'
}
for i in 1 2 3; do
  served=""
  for _ in $(seq 40); do served=$(version_of "$i"); [ "$served" = "$newest" ] && break; sleep 0.5; done
  echo "replica $i (127.0.0.1:${replica_port[$i]}): serving ${served:-nothing}$([ "$served" = "$newest" ] && echo ", the newest" || echo ", NOT the newest ($newest)")"
  [ "$served" = "$newest" ] || status=1
done

# The whole-corpus download allows 10 a minute per client: spread over the three replicas, each sees at most 4,
# so only a limit counted in Redis refuses the 11th, and then refuses it on every replica.
codes=""
for n in $(seq 10); do
  i=$(( (n - 1) % 3 + 1 ))
  codes+="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${replica_port[$i]}/data/practices.json") "
done
refused=""
for i in 1 2 3; do refused+="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${replica_port[$i]}/data/practices.json") "; done
echo "rate limit: 10 whole-corpus downloads spread over the replicas: ${codes% }; then one more on each replica: ${refused% }"
[ "$codes" = "$(printf '200 %.0s' $(seq 10))" ] && [ "$refused" = "429 429 429 " ] || status=1

for i in 1 2 3; do
  metrics=$(curl -fs "http://127.0.0.1:${replica_port[$i]}/metrics")
  count() { grep "^goodpractices_output_cache_lookups_total{.*result=\"$1\"" <<<"$metrics" | awk '{ s += $2 } END { print s + 0 }'; }
  searches=$(grep '^goodpractices_search_duration_seconds_count' <<<"$metrics" | awk '{ s += $2 } END { print s + 0 }')
  echo "replica $i: output cache $(count hit) hits, $(count miss) misses; $searches searches answered without the cache"
done
retried=$(grep -c ',' "$work/nginx-access.log" || true)
echo "nginx: $(wc -l <"$work/nginx-access.log") requests, $retried of them retried on another replica"
grep -h "unreachable\|reachable again" "$work"/replica-*.log | sed 's/^ */  /' | sort | uniq -c | sed 's/^ */redis: /' || true

line=$(grep '^WRK ' "$work/wrk.out") || { cat "$work/wrk.out"; echo "wrk printed no summary"; exit 2; }
value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" ${line#WRK }"; }
echo "wrk: $(value rps) requests/s; failures: connect $(value connect), read $(value read), write $(value write), timeout $(value timeout), status $(value status); max $(value max) ms"
failed=$(value failed)
[ "$failed" = 0 ] || status=1
echo "requests $(value requests), failed $failed, p50 $(value p50) ms, p99 $(value p99) ms"
exit $status
