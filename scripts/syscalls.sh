#!/usr/bin/env bash
# System calls and CPU per proxied request: devproxy (and older builds given
# as arguments) against nginx, in front of bench's Go upstream (2 KB), each
# under the same short wrk load, counted with `perf stat` on the proxy's
# processes. A count, unlike requests/s, hardly depends on the machine's load.
#   scripts/syscalls.sh                      # bin/devproxy and nginx
#   scripts/syscalls.sh /tmp/devproxy-old    # also an older build
# Needs perf, wrk and nginx (scripts/bench.sh installs the last two).
set -euo pipefail
cd "$(dirname "$0")/.."
for t in perf wrk nginx; do
  command -v "$t" >/dev/null 2>&1 || [ -x "/usr/sbin/$t" ] || { echo "syscalls: $t is missing (Debian: apt-get install linux-perf wrk nginx)" >&2; exit 1; }
done
go build -o bin/devproxy . && go build -o bin/devproxy-bench ./bench
work=$(mktemp -d) && chmod 755 "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

bin/devproxy-bench upstream >"$work/upstream.log" 2>&1 & pids+=($!)
for _ in $(seq 50); do grep -q Local "$work/upstream.log" && break; sleep 0.1; done
up=$(grep -oE '[0-9]+(\.[0-9]+){3}:[0-9]+' "$work/upstream.log" | head -1)

# measure NAME PIDS URL: warm up, then count while wrk runs 3 s (WRK_FLAGS,
# default -t1 -c8; the bench's load is -t2 -c32).
measure() {
  local name=$1 procs=$2 url=$3
  wrk -t1 -c8 -d1s "$url" >/dev/null
  perf stat -x, -e raw_syscalls:sys_enter,syscalls:sys_enter_read,syscalls:sys_enter_recvfrom,syscalls:sys_enter_write,syscalls:sys_enter_writev,syscalls:sys_enter_epoll_pwait,syscalls:sys_enter_epoll_wait,syscalls:sys_enter_futex,syscalls:sys_enter_nanosleep,task-clock,context-switches,cpu-migrations \
    -p "$procs" -o "$work/perf.txt" & local perf=$!
  sleep 0.3
  local n idle0 idle1
  idle0=$(awk '/^cpu /{print $5+$6, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
  n=$(wrk ${WRK_FLAGS:--t1 -c8} -d3s "$url" | awk '/requests in/{print $1}')
  idle1=$(awk '/^cpu /{print $5+$6, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
  kill -INT $perf; wait $perf 2>/dev/null || true
  local idlepct
  idlepct=$(echo "$idle0 $idle1" | awk '{printf "%.1f", 100*($3-$1)/($4-$2)}')
  awk -F, -v name="$name" -v n="$n" -v idle="$idlepct" '
    $3 ~ /raw_syscalls/ {all=$1} $3 ~ /task-clock/ {cpu=$1}
    $3 ~ /sys_enter_(read|recvfrom)$/ {rd+=$1} $3 ~ /sys_enter_(write|writev)$/ {wr+=$1}
    $3 ~ /epoll/ {ep+=$1} $3 ~ /futex|nanosleep/ {rt+=$1}
    $3 ~ /context-switches/ {cs=$1} $3 ~ /cpu-migrations/ {mig=$1}
    END {printf "| %-14s | %8d | %5.2f | %5.2f | %5.2f | %5.2f | %5.2f | %5.1f µs | %5.2f | %5.3f | %s %% |\n", name, n, all/n, rd/n, wr/n, ep/n, rt/n, cpu*1000/n, cs/n, mig/n, idle}' "$work/perf.txt"
}

echo "| proxy          | requests | syscalls/request | reads | writes | epoll | futex+nanosleep | CPU/request | context switches | migrations | machine idle |"
echo "| -------------- | -------- | ----- | ----- | ----- | ----- | ----- | ----------- | ----- | ----- | ----- |"
for bin in bin/devproxy "$@"; do
  port=$(free_port)
  "$bin" up --upstream "http://$up" --listen "127.0.0.1:$port" >"$work/devproxy.log" 2>&1 & p=$!; pids+=($p)
  for _ in $(seq 50); do curl -fso /dev/null "http://127.0.0.1:$port/x.js" && break; sleep 0.1; done
  measure "$(basename "$bin")" "$p" "http://127.0.0.1:$port/x.js"
  kill "$p"; wait "$p" 2>/dev/null || true
done
port=$(free_port)
mkdir -p "$work/tmp" && chmod 777 "$work/tmp"
cat >"$work/nginx.conf" <<EOF
daemon off;
master_process on;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  upstream app { server $up; keepalive 64; }
  server {
    listen 127.0.0.1:$port;
    location / { proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Host \$http_host; proxy_set_header Connection ""; }
  }
}
EOF
nginx -c "$work/nginx.conf" & pids+=($!)
for _ in $(seq 50); do curl -fso /dev/null "http://127.0.0.1:$port/x.js" && break; sleep 0.1; done
workers=$(pgrep -f "nginx: worker process" -P "$(cat "$work/nginx.pid")" | paste -sd,)
measure nginx "$workers" "http://127.0.0.1:$port/x.js"
