package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// browserConfig shapes parts 2–4. Zero values are the defaults.
type browserConfig struct {
	App    appConfig
	Rounds int // cold loads per path after the warm-up; default 7
	Edits  int // HMR edits per path after the warm-up; default 30
	Parts  []string
	// ColdEnv, "NAME=KEY=VALUE", adds to part 2 a second devproxy started
	// with KEY=VALUE in its environment, measured as path NAME in the same
	// rounds (e.g. "goroutines=DEVPROXY_LOOPS=0").
	ColdEnv string
}

func (c *browserConfig) defaults() {
	c.App.defaults()
	if c.Rounds == 0 {
		c.Rounds = 7
	}
	if c.Edits == 0 {
		c.Edits = 30
	}
	if len(c.Parts) == 0 {
		c.Parts = []string{"coldload", "hmr"}
	}
}

// browserEvent is one line browser.mjs prints.
type browserEvent struct {
	Mode     string  `json:"mode"`
	Path     string  `json:"path"`
	Warmup   bool    `json:"warmup"`
	Ms       float64 `json:"ms"`
	Requests int     `json:"requests"`
	Socket   string  `json:"socket"`
	Retries  int     `json:"retries"`
	Edit     int     `json:"edit"`
}

// runNode runs browser.mjs in its own process group and returns its events.
// Chromium is playwright's child; playwright closes it when node exits.
func runNode(ctx context.Context, s *stack, args []string, progress io.Writer) ([]browserEvent, error) {
	script := filepath.Join(s.repo, "bench", "browser.mjs")
	cmd := exec.Command(s.node, append([]string{script}, args...)...)
	cmd.Dir = s.repo
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting node %s: %w", script, err)
	}
	stop := context.AfterFunc(ctx, func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM) })
	defer stop()
	var evs []browserEvent
	sc := bufio.NewScanner(out)
	var perr error
	for sc.Scan() {
		var ev browserEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			if perr == nil {
				perr = fmt.Errorf("browser.mjs printed %q, not a JSON event: %w", sc.Text(), err)
			}
			continue
		}
		if progress != nil {
			switch {
			case ev.Socket != "":
				fmt.Fprintf(progress, "  %-8s HMR socket %s\n", ev.Path, ev.Socket)
			default:
				w := ""
				if ev.Warmup {
					w = " (warm-up)"
				}
				fmt.Fprintf(progress, "  %s %-8s %8.1f ms%s\n", ev.Mode, ev.Path, ev.Ms, w)
			}
		}
		evs = append(evs, ev)
	}
	werr := cmd.Wait()
	if ctx.Err() != nil {
		return evs, ctx.Err()
	}
	if werr != nil {
		return evs, fmt.Errorf("node bench/browser.mjs %s: %w\n%s", args[0], werr, bytes.TrimSpace(stderr.Bytes()))
	}
	return evs, perr
}

// samples returns the measured (non-warm-up) ms values of mode per path.
func samples(evs []browserEvent, mode, path string) []float64 {
	var xs []float64
	for _, e := range evs {
		if e.Mode == mode && e.Path == path && !e.Warmup {
			xs = append(xs, e.Ms)
		}
	}
	return xs
}

// pairedDiffs returns b − a for every measured edit both paths reported.
func pairedDiffs(evs []browserEvent, mode, a, b string) []float64 {
	at := map[int]float64{}
	for _, e := range evs {
		if e.Mode == mode && e.Path == a && !e.Warmup {
			at[e.Edit] = e.Ms
		}
	}
	var d []float64
	for _, e := range evs {
		if x, ok := at[e.Edit]; ok && e.Mode == mode && e.Path == b && !e.Warmup {
			d = append(d, e.Ms-x)
		}
	}
	return d
}

// benchBrowser measures parts 2–4 against one Vite and one devproxy.
func benchBrowser(ctx context.Context, s *stack, cfg browserConfig, w io.Writer) error {
	cfg.defaults()
	if _, err := os.Stat(chromiumPath()); err != nil {
		return fmt.Errorf("no chromium at %s (scripts/setup.sh test installs it; CHROMIUM= overrides): %w", chromiumPath(), err)
	}
	root := filepath.Join(s.work, "app")
	if err := generateApp(root, cfg.App); err != nil {
		return err
	}
	vite, viteURL, err := s.startVite(ctx, root)
	if err != nil {
		return err
	}
	defer vite.stop()
	dp, dpURL, err := s.startDevproxy(ctx, root, viteURL)
	if err != nil {
		return err
	}
	defer dp.stop()
	time.Sleep(3 * time.Second) // devproxy checks the project at start; let that finish
	idle, err := rssKB(dp.pid(), "VmRSS")
	if err != nil {
		return err
	}
	startHWM, _ := rssKB(dp.pid(), "VmHWM")
	paths := []string{"direct=" + viteURL, "devproxy=" + dpURL}
	var coldVariant string
	variantPid := 0
	if cfg.ColdEnv != "" {
		name, env, ok := strings.Cut(cfg.ColdEnv, "=")
		if !ok || !strings.Contains(env, "=") {
			return fmt.Errorf("-cold-env %q: want NAME=KEY=VALUE, e.g. goroutines=DEVPROXY_LOOPS=0", cfg.ColdEnv)
		}
		port, err := freePort()
		if err != nil {
			return err
		}
		listen := "127.0.0.1:" + strconv.Itoa(port)
		v, url, err := startProc(ctx, name, root, []string{env}, []string{s.devproxy, "up", "--upstream", viteURL, "--listen", listen}, localURLRE, 30*time.Second)
		if err != nil {
			return err
		}
		defer v.stop()
		coldVariant, variantPid = name, v.pid()
		paths = append(paths, name+"="+strings.TrimRight(url, "/"))
	}
	var cold, hmr []browserEvent
	var cpuLoad, cpuVLoad time.Duration // devproxy's CPU per load through it
	var hopD, hopP, hopDiff []float64
	var peak int64
	for _, part := range cfg.Parts {
		switch part {
		case "coldload":
			fmt.Fprintf(w, "bench: part 2, cold loads of a %d-module app (branching %d): 1 warm-up + %d per path, alternating\n", cfg.App.Modules, cfg.App.Branching, cfg.Rounds)
			sampler := sampleRSS(dp.pid(), 100*time.Millisecond)
			cpuOf := func(pid int) time.Duration { // pid 0 is no process (pgrp 0 would be the kernel's threads)
				if pid == 0 {
					return 0
				}
				return groupCPU(pid)
			}
			cpu0, cpuV0 := cpuOf(dp.pid()), cpuOf(variantPid)
			args := []string{"coldload", "--rounds", strconv.Itoa(cfg.Rounds), "--modules", strconv.Itoa(cfg.App.Modules)}
			for _, p := range paths {
				args = append(args, "--path", p)
			}
			cold, err = runNode(ctx, s, args, os.Stderr)
			peak = sampler.stop()
			// Each devproxy idles while the others' loads run.
			loads := time.Duration(cfg.Rounds + 1)
			cpuLoad, cpuVLoad = (cpuOf(dp.pid())-cpu0)/loads, (cpuOf(variantPid)-cpuV0)/loads
		case "hmr":
			fmt.Fprintf(w, "bench: part 3, HMR: %d edits per path alternating, then %d seen by both pages, in two blocks with pages swapped\n", cfg.Edits, cfg.Edits)
			hmr, err = runNode(ctx, s, []string{"hmr", "--root", root, "--path", paths[0], "--path", paths[1],
				"--edits", strconv.Itoa(cfg.Edits)}, os.Stderr)
			if err == nil {
				fmt.Fprintf(w, "bench: part 3b, the HMR update on two sockets at once (direct, devproxy): %d edits\n", cfg.Edits)
				hopD, hopP, hopDiff, err = socketHop(ctx, viteURL, dpURL, filepath.Join(root, "hmr", "shared.js"), cfg.Edits)
			}
		default:
			err = fmt.Errorf("unknown part %q: want coldload or hmr", part)
		}
		if err != nil {
			return err
		}
		if err := errors.Join(dp.alive(), vite.alive()); err != nil {
			return err
		}
	}
	after, err := rssKB(dp.pid(), "VmRSS")
	if err != nil {
		return err
	}
	hwm, _ := rssKB(dp.pid(), "VmHWM")

	if cold != nil {
		d, p := samples(cold, "coldload", "direct"), samples(cold, "coldload", "devproxy")
		fmt.Fprintf(w, "\n### Part 2: cold load of a %d-module Vite app in headless Chromium (fresh profile per load; ms from navigation start to the entry's marker)\n\n", cfg.App.Modules)
		t := &table{head: []string{"path", "loads", "median", "min", "max", "median ÷ direct"}}
		md := median(d)
		rows := []struct {
			name string
			xs   []float64
		}{{"direct", d}, {"devproxy", p}}
		if coldVariant != "" {
			rows = append(rows, struct {
				name string
				xs   []float64
			}{coldVariant, samples(cold, "coldload", coldVariant)})
		}
		for _, row := range rows {
			t.add(row.name, strconv.Itoa(len(row.xs)), fmtMs(median(row.xs)), fmtMs(percentile(row.xs, 0)), fmtMs(percentile(row.xs, 100)), ratio(median(row.xs), md))
		}
		t.print(w)
		retries := 0
		for _, e := range cold {
			retries += e.Retries
		}
		fmt.Fprintf(w, "\nrequests per load: %d; loads retried after Chromium's ERR_NETWORK_CHANGED (a host interface changed): %d\n", cold[len(cold)-1].Requests, retries)
		fmt.Fprintf(w, "devproxy's CPU per load through it (user+system, warm-up included): %s", fmtMs(float64(cpuLoad)/1e6))
		if coldVariant != "" {
			fmt.Fprintf(w, "; %s: %s", coldVariant, fmtMs(float64(cpuVLoad)/1e6))
		}
		fmt.Fprintln(w)
	}
	if hmr != nil {
		d, p := samples(hmr, "hmr", "direct"), samples(hmr, "hmr", "devproxy")
		fmt.Fprintf(w, "\n### Part 3: HMR, file write → `[vite] hot updated` in the page's console\n\n")
		t := &table{head: []string{"path", "edits", "median", "min", "max", "median − direct"}}
		md := median(d)
		t.add("direct", strconv.Itoa(len(d)), fmtMs(md), fmtMs(percentile(d, 0)), fmtMs(percentile(d, 100)), "—")
		t.add("devproxy", strconv.Itoa(len(p)), fmtMs(median(p)), fmtMs(percentile(p, 0)), fmtMs(percentile(p, 100)), fmt.Sprintf("%+.1f ms", median(p)-md))
		t.print(w)
		bd, bp := samples(hmr, "hmr-both", "direct"), samples(hmr, "hmr-both", "devproxy")
		diffs := pairedDiffs(hmr, "hmr-both", "direct", "devproxy")
		fmt.Fprintf(w, "\nSame edits seen by both pages at once (hmr/shared.js, imported by both): paired per edit\n\n")
		t = &table{head: []string{"path", "edits", "median", "min", "max", "median of (devproxy − direct) per edit"}}
		t.add("direct", strconv.Itoa(len(bd)), fmtMs(median(bd)), fmtMs(percentile(bd, 0)), fmtMs(percentile(bd, 100)), "—")
		t.add("devproxy", strconv.Itoa(len(bp)), fmtMs(median(bp)), fmtMs(percentile(bp, 0)), fmtMs(percentile(bp, 100)), fmt.Sprintf("%+.1f ms", median(diffs)))
		t.print(w)
		fmt.Fprintf(w, "\nThe update message itself: file write → HMR update frame on a socket straight to Vite and on one through devproxy, both open at once in one process (paired per edit)\n\n")
		t = &table{head: []string{"socket", "edits", "median", "p90", "max", "median of (devproxy − direct) per edit", "max difference"}}
		t.add("direct", strconv.Itoa(len(hopD)), fmtMs(median(hopD)), fmtMs(percentile(hopD, 90)), fmtMs(percentile(hopD, 100)), "—", "—")
		t.add("devproxy", strconv.Itoa(len(hopP)), fmtMs(median(hopP)), fmtMs(percentile(hopP, 90)), fmtMs(percentile(hopP, 100)),
			fmtDur(time.Duration(median(hopDiff)*1e6)), fmtDur(time.Duration(percentile(hopDiff, 100)*1e6)))
		t.print(w)
		seen := map[string]bool{}
		for _, e := range hmr {
			if e.Socket != "" && !seen[e.Path+e.Socket] {
				seen[e.Path+e.Socket] = true
				fmt.Fprintf(w, "\n%s page's HMR socket (received {\"type\":\"connected\"}): %s", e.Path, e.Socket)
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "\n### Part 4 (with parts 2–3): devproxy memory\n\n")
	t := &table{head: []string{"RSS idle (3 s after start)", "peak by then (VmHWM)", "peak RSS during cold loads", "RSS after", "VmHWM"}}
	peakS := "— (no cold loads)"
	if cold != nil {
		peakS = fmtMiB(peak)
	}
	t.add(fmtMiB(idle), fmtMiB(startHWM), peakS, fmtMiB(after), fmtMiB(hwm))
	t.print(w)
	return nil
}

func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}
