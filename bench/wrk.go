package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// wrkScript makes wrk print one machine-readable line after its human summary.
// Latencies are in microseconds; errors sum connect/read/write/timeout and
// non-2xx/3xx statuses.
const wrkScript = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("wrk-result requests=%d duration_us=%d errors=%d non2xx=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
`

// wrkResult is one wrk run.
type wrkResult struct {
	Requests int64
	Duration time.Duration
	Errors   int64 // socket errors and timeouts
	Non2xx   int64
	P50, P99 time.Duration
}

func (r wrkResult) rps() float64 {
	if r.Duration <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Duration.Seconds()
}

// parseWrk finds the "wrk-result ..." line that wrkScript prints.
func parseWrk(out string) (wrkResult, error) {
	var r wrkResult
	for _, line := range strings.Split(out, "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "wrk-result ")
		if !ok {
			continue
		}
		seen := map[string]bool{}
		for _, kv := range strings.Fields(rest) {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return r, fmt.Errorf("wrk result field %q: want key=value", kv)
			}
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 0 {
				return r, fmt.Errorf("wrk result field %q: want a non-negative integer", kv)
			}
			switch k {
			case "requests":
				r.Requests = n
			case "duration_us":
				r.Duration = time.Duration(n) * time.Microsecond
			case "errors":
				r.Errors = n
			case "non2xx":
				r.Non2xx = n
			case "p50_us":
				r.P50 = time.Duration(n) * time.Microsecond
			case "p99_us":
				r.P99 = time.Duration(n) * time.Microsecond
			default:
				continue
			}
			seen[k] = true
		}
		for _, k := range []string{"requests", "duration_us", "errors", "non2xx", "p50_us", "p99_us"} {
			if !seen[k] {
				return r, fmt.Errorf("wrk result line %q lacks %s", line, k)
			}
		}
		if r.Duration <= 0 {
			return r, fmt.Errorf("wrk result line %q: duration is zero", line)
		}
		return r, nil
	}
	return r, errors.New("wrk printed no wrk-result line (is the Lua script loaded?)")
}

// wrkRunner runs wrk with a fixed shape against one URL at a time.
type wrkRunner struct {
	bin      string
	script   string
	threads  int
	conns    int
	duration time.Duration
}

func newWrkRunner(dir string, threads, conns int, d time.Duration) (*wrkRunner, error) {
	bin, err := exec.LookPath("wrk")
	if err != nil {
		return nil, errors.New("wrk is not installed; run scripts/bench.sh (installs it as root) or apt-get install wrk")
	}
	script := filepath.Join(dir, "report.lua")
	if err := os.WriteFile(script, []byte(wrkScript), 0o644); err != nil {
		return nil, fmt.Errorf("writing wrk script: %w", err)
	}
	return &wrkRunner{bin: bin, script: script, threads: threads, conns: conns, duration: d}, nil
}

func (w *wrkRunner) run(ctx context.Context, url string) (wrkResult, error) {
	args := []string{"-t" + strconv.Itoa(w.threads), "-c" + strconv.Itoa(w.conns),
		"-d" + strconv.Itoa(int(w.duration.Seconds())) + "s", "--timeout", "10s", "-s", w.script, url}
	out, err := exec.CommandContext(ctx, w.bin, args...).CombinedOutput()
	if err != nil {
		return wrkResult{}, fmt.Errorf("wrk %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	r, err := parseWrk(string(out))
	if err != nil {
		return r, fmt.Errorf("wrk against %s: %w\n%s", url, err, out)
	}
	if r.Errors > 0 || r.Non2xx > 0 {
		return r, fmt.Errorf("wrk against %s: %d socket errors and %d non-2xx responses out of %d requests; a benchmark of failures means nothing\n%s", url, r.Errors, r.Non2xx, r.Requests, out)
	}
	return r, nil
}
