#!/usr/bin/env bash
# Installs what devproxy's demo and tests need on a fresh Debian machine:
# Go modules, the Node fixtures (npm ci from committed lockfiles) and, for
# tests, Debian's chromium plus the tools the network-namespace test uses.
# Idempotent: skips what is already there.
#   scripts/setup.sh demo   # Go modules + the demo's npm packages
#   scripts/setup.sh test   # everything the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-test}

say() { printf '\033[36msetup\033[0m %s\n' "$*"; }

need_cmd() {
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "setup: '$1' is not installed. devproxy needs Go 1.26+, Node 20.19+ and npm." >&2
  exit 1
}
need_cmd go
need_cmd node
need_cmd npm

say "go modules"
go mod download

npm_ci() { # npm_ci DIR: install from the lockfile unless node_modules is current
  local dir=$1
  [ -f "$dir/package-lock.json" ] || return 0
  if [ -f "$dir/node_modules/.package-lock.json" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    return 0
  fi
  say "npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
}

npm_ci testdata/demo
[ "$what" = demo ] && exit 0

for d in testdata/node testdata/broken; do npm_ci "$d"; done

apt_pkgs=()
command -v chromium >/dev/null 2>&1 || apt_pkgs+=(chromium)
command -v socat >/dev/null 2>&1 || apt_pkgs+=(socat)
command -v ip >/dev/null 2>&1 || apt_pkgs+=(iproute2)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "apt-get install ${apt_pkgs[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null
  else
    echo "setup: missing ${apt_pkgs[*]}; install them (Debian: sudo apt-get install ${apt_pkgs[*]}) or the browser tests will skip." >&2
  fi
fi
