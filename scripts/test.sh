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

# Package results; the failed tests (the innermost, whose failure is their
# own) right under them, where a cut-off excerpt of this output still has
# them; then each skip with the line before it (its reason).
grep -E '^(ok|FAIL)\s' "$log"
failed=$(grep -oE -- '--- FAIL: [^ ]+' "$log" | awk '{print $3}' | sort -u)
if [ -n "$failed" ]; then
  echo
  echo "failed: $(echo "$failed" | awk '{ n[NR] = $0 } END {
    for (i = 1; i <= NR; i++) {
      inner = 0
      for (j = 1; j <= NR; j++) if (index(n[j], n[i] "/") == 1) inner = 1
      if (!inner) printf "%s ", n[i]
    } }')"
fi
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
  echo "== what each failed test printed (last 40 lines each) =="
  # go test -v interleaves parallel tests' lines under "=== RUN/CONT/NAME
  # <test>" headers: give every line to the test it belongs to, then print
  # the failed ones' own output, so a cut-off excerpt still shows why.
  awk '
    /^=== (RUN|CONT|NAME|PAUSE) +/ { cur = $3; next }
    /^[ \t]*--- (PASS|FAIL|SKIP): / {
      if ($2 == "FAIL:") failed[$3] = 1
      next
    }
    cur != "" { n[cur]++; out[cur, n[cur]] = $0 }
    END {
      for (t in failed) {
        if (!(t in n)) continue
        print "--- " t ":"
        from = n[t] > 40 ? n[t] - 39 : 1
        for (i = from; i <= n[t]; i++) print out[t, i]
      }
    }' "$log"
  echo
  echo "== failures in context (full log: $log) =="
  grep -nE -B60 -- '--- FAIL|^panic:|^FAIL\s' "$log" | tail -600
fi
echo
echo "full log: $log"
echo "tests: $passes passed, $fails failed, $skips skipped"
exit "$status"
