#!/bin/sh
# capture.sh saves /@vite/client as served by each real Vite in testdata/node
# for the cases in app/vite.config.mjs (a b c e h) and app/middleware.mjs (d).
# These files are the golden inputs of the rewriter's tests. Run from anywhere:
#   sh hmr/testdata/capture.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mods=$(cd "$here/../../testdata/node/node_modules" && pwd)
out="$here/client"
cache=$(mktemp -d); trap 'rm -rf "$cache"' EXIT
export DEVPROXY_CACHE_DIR="$cache"
mkdir -p "$out"
# The inline source map is 80 % of each file and never rewritten: keep a stub.
dropmap='s|^//# sourceMappingURL=data:.*|//# sourceMappingURL=data:(inline source map dropped by capture.sh)|'
freeport() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
fetch() { # url file
  i=0
  until curl -fsS -o "$2" "$1" 2>/dev/null; do
    i=$((i+1)); [ $i -gt 100 ] && { echo "capture: $1 never answered" >&2; return 1; }
    sleep 0.2
  done
}
for v in 5 6 7 8; do
  for c in a b c e h; do
    port=$(freeport); hmr=$(freeport)
    path=/@vite/client; [ $c = e ] && path=/app/@vite/client
    (cd "$here/app" && DEVPROXY_CASE=$c DEVPROXY_HMR_PORT=$hmr exec node "$mods/vite$v/bin/vite.js" \
      --port "$port" --strictPort --host 127.0.0.1 >/dev/null 2>&1) &
    pid=$!
    fetch "http://127.0.0.1:$port$path" "$out/vite$v-$c.js.tmp" || true
    kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
    # the port numbers differ per run: normalise them so the files are stable
    sed -e "s/$port/5173/g" -e "s/$hmr/24690/g" -e "$dropmap" "$out/vite$v-$c.js.tmp" >"$out/vite$v-$c.js"
    rm -f "$out/vite$v-$c.js.tmp"
  done
  port=$(freeport)
  node "$here/app/middleware.mjs" "$mods/vite$v" "$port" >/dev/null 2>&1 &
  pid=$!
  fetch "http://127.0.0.1:$port/@vite/client" "$out/vite$v-d.js.tmp" || true
  kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
  sed -e "s/$port/5173/g" -e "$dropmap" "$out/vite$v-d.js.tmp" >"$out/vite$v-d.js"; rm -f "$out/vite$v-d.js.tmp"
done
ls -l "$out"
