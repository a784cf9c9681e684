package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// httpConfig shapes part 1. Zero values are the defaults.
type httpConfig struct {
	Upstreams []string      // "go", "vite"; default both
	Size      int           // module size in bytes; default 2048
	Rounds    int           // wrk rounds per path; default 5
	Duration  time.Duration // per wrk run; default 3s
	Conns     int           // wrk connections; default 32
	Threads   int           // wrk threads; default 2
	SeqRounds int           // sequential requests per path; default 3000
	Solo      int           // rounds of wrk -t1 -c1 per path (one request at a time); default 5
	Variants  []variant     // extra proxies measured beside devproxy; default none
}

// variant is another proxy command measured in the same run, e.g. package
// proxy in-process with an experimental transport (bench inproc).
type variant struct {
	name string
	cmd  []string // run as cmd + "up --upstream U --listen L"
}

func (c *httpConfig) defaults() {
	if len(c.Upstreams) == 0 {
		c.Upstreams = []string{"go", "vite"}
	}
	if c.Size == 0 {
		c.Size = 2048
	}
	if c.Rounds == 0 {
		c.Rounds = 5
	}
	if c.Duration == 0 {
		c.Duration = 3 * time.Second
	}
	if c.Conns == 0 {
		c.Conns = 32
	}
	if c.Threads == 0 {
		c.Threads = 2
	}
	if c.SeqRounds == 0 {
		c.SeqRounds = 3000
	}
	if c.Solo == 0 {
		c.Solo = 5
	}
}

// httpRun holds one upstream's results for the tables.
type httpRun struct {
	upstream string
	size     int
	paths    []string
	wrk      [][]wrkResult // [path][round]
	cpu      [][]float64   // [path][round] proxy CPU µs per request (user+system, whole process group)
	seq      seqResult
	solo     [][]wrkResult // [path][round] wrk -t1 -c1: one request at a time from a C client
	rssIdle  int64
	rssPeak  int64
	rssAfter int64
	hwm      int64
}

// benchHTTP measures part 1: small responses direct vs devproxy vs nginx.
func benchHTTP(ctx context.Context, s *stack, cfg httpConfig, w io.Writer) error {
	cfg.defaults()
	wr, err := newWrkRunner(s.work, cfg.Threads, cfg.Conns, cfg.Duration)
	if err != nil {
		return err
	}
	var runs []httpRun
	for _, up := range cfg.Upstreams {
		fmt.Fprintf(w, "bench: part 1 with the %s upstream: %d wrk rounds × %d paths × %s, %d sequential requests and %d rounds of wrk -t1 -c1 per path\n", up, cfg.Rounds, 4+len(cfg.Variants), cfg.Duration, cfg.SeqRounds, cfg.Solo)
		run, err := benchHTTPOne(ctx, s, cfg, wr, up)
		if err != nil {
			return fmt.Errorf("part 1 (%s upstream): %w", up, err)
		}
		runs = append(runs, run)
	}
	printHTTP(w, cfg, runs)
	return nil
}

func benchHTTPOne(ctx context.Context, s *stack, cfg httpConfig, wr *wrkRunner, kind string) (httpRun, error) {
	body := smallModule(cfg.Size)
	var upstream string
	root := filepath.Join(s.work, kind+"-upstream") // the "project" devproxy runs in
	if err := os.MkdirAll(root, 0o755); err != nil {
		return httpRun{}, err
	}
	switch kind {
	case "go":
		u, err := startGoUpstream(body)
		if err != nil {
			return httpRun{}, err
		}
		defer u.close()
		upstream = "http://" + u.addr
	case "vite":
		if err := os.WriteFile(filepath.Join(root, "small.js"), viteSmallModule(cfg.Size), 0o644); err != nil {
			return httpRun{}, err
		}
		if err := os.WriteFile(filepath.Join(root, "index.html"), []byte("<!doctype html><script type=module src=/small.js></script>\n"), 0o644); err != nil {
			return httpRun{}, err
		}
		p, url, err := s.startVite(ctx, root)
		if err != nil {
			return httpRun{}, err
		}
		defer p.stop()
		upstream = url
	default:
		return httpRun{}, fmt.Errorf("unknown upstream %q: want go or vite", kind)
	}

	dp, dpURL, err := s.startDevproxy(ctx, root, upstream)
	if err != nil {
		return httpRun{}, err
	}
	defer dp.stop()
	time.Sleep(3 * time.Second) // devproxy checks the project at start; let that finish
	run := httpRun{upstream: kind, paths: []string{"direct", "devproxy", "nginx", "nginx-fwd"}}
	if run.rssIdle, err = rssKB(dp.pid(), "VmRSS"); err != nil {
		return run, err
	}

	ng, ngURL, err := startNginx(ctx, s.work, upstream[len("http://"):], false)
	if err != nil {
		return run, err
	}
	defer ng.stop()
	// nginx-fwd also sends the X-Forwarded-* headers devproxy sends, so the
	// upstream parses the same request: the same job, side by side.
	ngf, ngfURL, err := startNginx(ctx, s.work, upstream[len("http://"):], true)
	if err != nil {
		return run, err
	}
	defer ngf.stop()

	ts := []target{{"direct", upstream + "/small.js"}, {"devproxy", dpURL + "/small.js"}, {"nginx", ngURL + "/small.js"}, {"nginx-fwd", ngfURL + "/small.js"}}
	pgids := []int{0, dp.pid(), ng.pid(), ngf.pid()} // 0: the upstream itself, not measured
	for _, v := range cfg.Variants {
		vp, vURL, err := s.startProxyCmd(ctx, v.name, s.repo, v.cmd, upstream)
		if err != nil {
			return run, err
		}
		defer vp.stop()
		ts = append(ts, target{v.name, vURL + "/small.js"})
		pgids = append(pgids, vp.pid())
		run.paths = append(run.paths, v.name)
	}
	if run.size, err = checkSameBody(ctx, ts); err != nil {
		return run, err
	}

	if run.seq, err = sequential(ctx, ts, 300, cfg.SeqRounds); err != nil {
		return run, err
	}

	// One request at a time again, from wrk: a C client that sleeps in
	// epoll_wait, where Go's client spins its scheduler between requests and
	// competes with the proxy and the upstream for the two CPUs.
	solo := &wrkRunner{bin: wr.bin, script: wr.script, threads: 1, conns: 1, duration: 2 * time.Second}
	run.solo = make([][]wrkResult, len(ts))
	for r := 0; r < cfg.Solo; r++ {
		for k := range ts {
			i := (k + r) % len(ts)
			res, err := solo.run(ctx, ts[i].url)
			if err != nil {
				return run, fmt.Errorf("%s: %w", ts[i].name, err)
			}
			run.solo[i] = append(run.solo[i], res)
		}
	}

	run.wrk = make([][]wrkResult, len(ts))
	run.cpu = make([][]float64, len(ts))
	for r := 0; r < cfg.Rounds; r++ {
		for k := range ts {
			i := (k + r) % len(ts)
			var sampler *rssSampler
			if ts[i].name == "devproxy" {
				sampler = sampleRSS(dp.pid(), 100*time.Millisecond)
			}
			var cpu0 time.Duration
			if pgids[i] != 0 {
				cpu0 = groupCPU(pgids[i])
			}
			res, err := wr.run(ctx, ts[i].url)
			if pgids[i] != 0 && err == nil && res.Requests > 0 {
				run.cpu[i] = append(run.cpu[i], float64(groupCPU(pgids[i])-cpu0)/1e3/float64(res.Requests))
			}
			if sampler != nil {
				if peak := sampler.stop(); peak > run.rssPeak {
					run.rssPeak = peak
				}
			}
			if err != nil {
				return run, fmt.Errorf("%s: %w", ts[i].name, err)
			}
			run.wrk[i] = append(run.wrk[i], res)
			fmt.Fprintf(os.Stderr, "  round %d %-8s %8.0f req/s  p50 %s  p99 %s\n", r+1, ts[i].name, res.rps(), fmtDur(res.P50), fmtDur(res.P99))
		}
		if err := dp.alive(); err != nil {
			return run, err
		}
	}
	if run.rssAfter, err = rssKB(dp.pid(), "VmRSS"); err != nil {
		return run, err
	}
	run.hwm, _ = rssKB(dp.pid(), "VmHWM")
	return run, nil
}

func printHTTP(w io.Writer, cfg httpConfig, runs []httpRun) {
	fmt.Fprintf(w, "\n### Part 1: small responses under load (wrk -t%d -c%d, %d rounds × %s per path, interleaved; medians of rounds)\n\n", cfg.Threads, cfg.Conns, cfg.Rounds, cfg.Duration)
	t := &table{head: []string{"upstream", "path", "req/s", "p50", "p99", "req/s ÷ direct", "req/s ÷ nginx", "proxy CPU per request"}}
	var fwd, paired, means []string
	for _, run := range runs {
		rps := make([]float64, len(run.paths))
		for i := range run.paths {
			var xs, p50, p99 []float64
			for _, r := range run.wrk[i] {
				xs = append(xs, r.rps())
				p50 = append(p50, float64(r.P50))
				p99 = append(p99, float64(r.P99))
			}
			rps[i] = median(xs)
			t.add(fmt.Sprintf("%s (%d B)", run.upstream, run.size), run.paths[i], fmt.Sprintf("%.0f", rps[i]),
				fmtDur(time.Duration(median(p50))), fmtDur(time.Duration(median(p99))), "", "", "—")
			if len(run.cpu[i]) > 0 {
				t.rows[len(t.rows)-1][7] = fmt.Sprintf("%.1f µs", median(run.cpu[i]))
			}
		}
		base := len(t.rows) - len(run.paths)
		for i := range run.paths {
			t.rows[base+i][5] = ratio(rps[i], rps[0])
			t.rows[base+i][6] = ratio(rps[i], rps[2])
		}
		fwd = append(fwd, fmt.Sprintf("%s upstream %s", run.upstream, ratio(rps[1], rps[3])))
		paired = append(paired, fmt.Sprintf("%s upstream: median %.3f ÷ nginx, %.3f ÷ nginx-fwd", run.upstream,
			median(roundRatios(run.wrk[1], run.wrk[2])), median(roundRatios(run.wrk[1], run.wrk[3]))))
		means = append(means, fmt.Sprintf("%s upstream: ÷ nginx %s; ÷ nginx-fwd %s", run.upstream,
			fmtInterval(roundRatios(run.wrk[1], run.wrk[2])), fmtInterval(roundRatios(run.wrk[1], run.wrk[3]))))
	}
	t.print(w)
	fmt.Fprintf(w, "\ndevproxy ÷ nginx-fwd (nginx also sending X-Forwarded-For/Host/Proto, as devproxy does): %s\n", strings.Join(fwd, ", "))
	fmt.Fprintf(w, "devproxy's req/s paired per round (a round runs every path within seconds), median of the rounds' ratios: %s\n", strings.Join(paired, "; "))
	fmt.Fprintf(w, "the same, geometric mean of the rounds' ratios with its 95 %% confidence interval (above 1 when the interval's low end is): %s\n", strings.Join(means, "; "))

	fmt.Fprintf(w, "\n### Part 1: unloaded latency (sequential requests, one keep-alive connection per path, paths interleaved)\n\n")
	t = &table{head: []string{"upstream", "path", "requests", "p50", "p99", "added p50 over direct (median of paired differences)"}}
	for _, run := range runs {
		for i, p := range run.paths {
			added := "—"
			if i > 0 {
				added = fmtDur(time.Duration(median(run.seq.added[i]) * 1e3))
			}
			t.add(run.upstream, p, fmt.Sprint(len(run.seq.lat[i])), fmtDur(time.Duration(median(run.seq.lat[i])*1e3)),
				fmtDur(time.Duration(percentile(run.seq.lat[i], 99)*1e3)), added)
		}
	}
	t.print(w)

	fmt.Fprintf(w, "\n### Part 1: unloaded latency from wrk -t1 -c1 (one request at a time, %d rounds × 2 s per path, interleaved; medians of rounds)\n\n", cfg.Solo)
	t = &table{head: []string{"upstream", "path", "requests", "p50", "p99", "added p50 over direct (median of the rounds' differences)"}}
	for _, run := range runs {
		for i, p := range run.paths {
			added := "—"
			if i > 0 {
				added = fmtDur(time.Duration(median(soloAdded(run.solo[i], run.solo[0]))))
			}
			var n int64
			var p50, p99 []float64
			for _, r := range run.solo[i] {
				n += r.Requests
				p50 = append(p50, float64(r.P50))
				p99 = append(p99, float64(r.P99))
			}
			t.add(run.upstream, p, fmt.Sprint(n), fmtDur(time.Duration(median(p50))), fmtDur(time.Duration(median(p99))), added)
		}
	}
	t.print(w)

	fmt.Fprintf(w, "\n### Part 4 (with part 1): devproxy memory\n\n")
	t = &table{head: []string{"upstream", "RSS idle (3 s after start)", "peak RSS under wrk", "RSS after", "VmHWM"}}
	for _, run := range runs {
		t.add(run.upstream, fmtMiB(run.rssIdle), fmtMiB(run.rssPeak), fmtMiB(run.rssAfter), fmtMiB(run.hwm))
	}
	t.print(w)
}

// soloAdded is a's p50 minus b's, round by round, in nanoseconds.
func soloAdded(a, b []wrkResult) []float64 {
	var d []float64
	for i := range min(len(a), len(b)) {
		d = append(d, float64(a[i].P50-b[i].P50))
	}
	return d
}

// roundRatios is a's req/s over b's, round by round: the rounds of two
// paths ran back to back, so a ratio is less exposed than each median to
// the machine's speed drifting between rounds.
func roundRatios(a, b []wrkResult) []float64 {
	var rs []float64
	for i := range min(len(a), len(b)) {
		if b[i].rps() > 0 {
			rs = append(rs, a[i].rps()/b[i].rps())
		}
	}
	return rs
}
