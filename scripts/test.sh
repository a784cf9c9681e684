#!/usr/bin/env bash
# Runs every test and prints, besides go test's per-package ok/FAIL lines,
# each skipped test with its reason (a skip in CI must be visible, never
# silent), and the full output around any failure. The complete verbose
# log is kept in $TEST_LOG (default: a temp file, named at the end).
# Arguments are packages (default ./...).
set -uo pipefail
cd "$(dirname "$0")/.."
log=${TEST_LOG:-$(mktemp -t devproxy-test.XXXXXX.log)}

go test -count=1 -timeout 45m -v "${@:-./...}" >"$log" 2>&1
status=$?
# The proxy again with a goroutine per connection instead of event loops
# (DEVPROXY_LOOPS=0: other platforms' fast path, and the opt-out).
if [ $# -eq 0 ]; then
  echo "=== proxy with DEVPROXY_LOOPS=0" >>"$log"
  DEVPROXY_LOOPS=0 go test -count=1 -timeout 10m -v ./proxy 2>&1 | sed -E 's/^(ok|FAIL)(\s+devproxy\/proxy)/\1\2 (DEVPROXY_LOOPS=0)/' >>"$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
fi

# Package results, then each skip with the line before it (its reason).
grep -E '^(ok|FAIL)\s' "$log"
if grep -qE '^\s*--- SKIP' "$log"; then
  echo
  echo "skipped:"
  grep -E -B1 '^\s*--- SKIP' "$log" | grep -vE '^--$|^\s*=== '
fi
# Counted anywhere in a line: parallel subtests' output can run together.
count() { grep -oE -- "--- $1: " "$log" | wc -l; }
skips=$(count SKIP)
passes=$(count PASS)
fails=$(count FAIL)
if [ "$status" -ne 0 ]; then
  echo
  echo "== failures (full log: $log) =="
  grep -nE -B60 -- '--- FAIL|^panic:|^FAIL\s' "$log" | tail -600
fi
echo
echo "full log: $log"
echo "tests: $passes passed, $fails failed, $skips skipped"
exit "$status"
