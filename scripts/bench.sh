#!/usr/bin/env bash
# devproxy's benchmarks (make bench). Not part of make test.
# Installs what they need on a fresh Debian machine (nginx, wrk, chromium via
# apt as root; the Node fixtures via scripts/setup.sh), builds devproxy and
# runs bench/ (Go), which prints markdown tables of medians and ratios.
#   scripts/bench.sh            # everything (about 6–10 minutes)
#   scripts/bench.sh http       # part 1: small responses, direct vs devproxy vs nginx
#   scripts/bench.sh coldload   # part 2: cold load of a 2,000-module app in Chromium
#   scripts/bench.sh hmr        # part 3: file write → [vite] hot updated
#   scripts/bench.sh browser    # parts 2 and 3 (and memory) with one Vite
#   BENCH_FLAGS="-rounds 3 -duration 3s" scripts/bench.sh http   # see: go run ./bench -h
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[36mbench\033[0m %s\n' "$*" >&2; }

scripts/setup.sh test >&2

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # Debian's package starts its own nginx on port 80; the bench runs its
    # own on a free loopback port, so stop the packaged one it just started.
    if [ -s /run/nginx.pid ]; then nginx -s quit 2>/dev/null || true; fi
  else
    echo "bench: missing ${missing[*]}; install them (Debian: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

say "go build devproxy and the bench"
go build -o bin/devproxy .
go build -o bin/devproxy-bench ./bench

# shellcheck disable=SC2086
# Part 1 also measures a plain httputil.ReverseProxy ("go-baseline") beside
# devproxy and nginx: it shows what devproxy costs above Go's standard proxy.
run=(bin/devproxy-bench -devproxy bin/devproxy -variant "go-baseline=bin/devproxy-bench baseline" ${BENCH_FLAGS:-} "$@")
# As root, run everything in a private network namespace with only loopback:
# Chromium aborts in-flight loads with ERR_NETWORK_CHANGED whenever any
# interface on the host changes (tests that create namespaces do), and the
# ports the bench picks cannot collide with anything else on the machine.
# The namespace disappears with the bench's last process. BENCH_NETNS=0 opts out.
if [ "$(id -u)" = 0 ] && [ "${BENCH_NETNS:-1}" != 0 ] && command -v unshare >/dev/null 2>&1 && command -v ip >/dev/null 2>&1; then
  say "running in a private network namespace (loopback only)"
  exec unshare --net -- sh -c 'ip link set lo up && exec "$@"' sh "${run[@]}"
fi
exec "${run[@]}"
