// Command bench measures devproxy against the direct path and nginx: small
// responses under load (wrk), unloaded added latency, cold loads of a
// generated 2,000-module Vite app in headless Chromium, HMR latency, and
// devproxy's memory. Every comparison runs side by side in one run,
// interleaved, and is reported as medians and ratios. scripts/bench.sh (make
// bench) installs what it needs and runs it.
//
//	go run ./bench [flags] [http|coldload|hmr|browser|all]...
//	go run ./bench gen DIR      # only write the generated app
//	go run ./bench upstream     # only run part 1's Go upstream (for profiling by hand)
//	go run ./bench inproc ...   # package proxy in-process, with a CPU profile (see inproc.go)
//	go run ./bench baseline ... # plain httputil.ReverseProxy, a -variant to compare with (baseline.go)
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, w io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	devproxy := fs.String("devproxy", "bin/devproxy", "devproxy binary under test (relative to the repository root)")
	hc := httpConfig{Size: 2048}
	var bc browserConfig
	upstreams := fs.String("upstreams", "go,vite", "part 1 upstreams: go (fast static server) and/or vite (real Vite 8)")
	fs.IntVar(&hc.Rounds, "rounds", 5, "part 1: wrk rounds per path")
	fs.DurationVar(&hc.Duration, "duration", 3*time.Second, "part 1: length of one wrk run")
	fs.IntVar(&hc.Conns, "conns", 32, "part 1: wrk connections")
	fs.IntVar(&hc.SeqRounds, "seq", 3000, "part 1: sequential requests per path")
	fs.IntVar(&hc.Solo, "solo", 5, "part 1: rounds of wrk -t1 -c1 (2 s) per path, for latency one request at a time")
	fs.IntVar(&bc.App.Modules, "modules", 2000, "part 2: modules in the generated app")
	fs.IntVar(&bc.App.Branching, "branching", 4, "part 2: imports per module")
	fs.IntVar(&bc.Rounds, "loads", 7, "part 2: cold loads per path after the warm-up")
	fs.IntVar(&bc.Edits, "edits", 30, "part 3: HMR edits per path after the warm-up (two blocks, pages swapped)")
	fs.StringVar(&bc.ColdEnv, "cold-env", "", "part 2: also load through a devproxy started with an env var, NAME=KEY=VALUE (e.g. goroutines=DEVPROXY_LOOPS=0)")
	keep := fs.Bool("keep", false, "keep the scratch directory")
	fs.Func("variant", "part 1: also measure NAME=COMMAND (run as COMMAND up --upstream U --listen L); repeatable", func(v string) error {
		name, cmd, ok := strings.Cut(v, "=")
		if !ok || name == "" || strings.TrimSpace(cmd) == "" {
			return fmt.Errorf("-variant %q: want NAME=COMMAND, e.g. nofast=\"bin/devproxy-bench inproc -nofast\"", v)
		}
		hc.Variants = append(hc.Variants, variant{name: name, cmd: strings.Fields(cmd)})
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	parts := fs.Args()
	if len(parts) >= 1 && parts[0] == "gen" {
		if len(parts) != 2 {
			return fmt.Errorf("usage: bench gen DIR")
		}
		return generateApp(parts[1], bc.App)
	}
	if len(parts) >= 1 && parts[0] == "baseline" {
		return runBaseline(ctx, parts[1:], w)
	}
	if len(parts) >= 1 && parts[0] == "inproc" {
		return runInproc(ctx, parts[1:], w)
	}
	if len(parts) >= 1 && parts[0] == "upstream" {
		// For profiling by hand: the part 1 Go upstream, until interrupted.
		u, err := startGoUpstream(smallModule(hc.Size))
		if err != nil {
			return err
		}
		defer u.close()
		fmt.Fprintf(w, "  ➜  Local:   http://%s/\n", u.addr)
		<-ctx.Done()
		return nil
	}
	if len(parts) == 0 {
		parts = []string{"all"}
	}
	hc.Upstreams = strings.Split(*upstreams, ",")

	repo, err := findRepo()
	if err != nil {
		return err
	}
	s := &stack{repo: repo, devproxy: *devproxy, node: "node",
		viteJS: filepath.Join(repo, "testdata", "node", "node_modules", "vite", "bin", "vite.js")}
	if !filepath.IsAbs(s.devproxy) {
		s.devproxy = filepath.Join(repo, s.devproxy)
	}
	if _, err := os.Stat(s.devproxy); err != nil {
		return fmt.Errorf("no devproxy binary at %s; build it first (make build)", s.devproxy)
	}
	if _, err := os.Stat(s.viteJS); err != nil {
		return fmt.Errorf("no Vite at %s; run scripts/setup.sh test (npm ci in testdata/node)", s.viteJS)
	}
	if s.work, err = os.MkdirTemp("", "devproxy-bench-"); err != nil {
		return err
	}
	if *keep {
		fmt.Fprintf(os.Stderr, "bench: scratch directory %s kept\n", s.work)
	} else {
		defer os.RemoveAll(s.work)
	}

	printConditions(w, s)
	var doHTTP bool
	for _, p := range parts {
		switch p {
		case "http":
			doHTTP = true
		case "coldload", "hmr":
			bc.Parts = append(bc.Parts, p)
		case "browser":
			bc.Parts = append(bc.Parts, "coldload", "hmr")
		case "all":
			doHTTP = true
			bc.Parts = append(bc.Parts, "coldload", "hmr")
		default:
			return fmt.Errorf("unknown part %q: want http, coldload, hmr, browser or all", p)
		}
	}
	start := time.Now()
	if doHTTP {
		if err := benchHTTP(ctx, s, hc, w); err != nil {
			return err
		}
	}
	if len(bc.Parts) > 0 {
		if err := benchBrowser(ctx, s, bc, w); err != nil {
			return fmt.Errorf("parts 2–4: %w", err)
		}
	}
	fmt.Fprintf(w, "\nbench: done in %s; load average now %s\n", time.Since(start).Round(time.Second), loadavg())
	return nil
}
