package main

// The env check inside `devproxy up`: one summary line at start, a line per
// change when env files, vite.config.* or compose files change, and new
// errors shown in the browser through Vite's own error overlay.

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"devproxy/envcheck"
	"devproxy/hmr"
)

func upCheckFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "no-check", Usage: "skip the env check (devproxy check) at start and on env file changes"},
		&cli.StringFlag{Name: "mode", Value: "development", Usage: "Vite `MODE` the env check resolves (.env.[mode] files); pass the same --mode to Vite via --vite"},
		&cli.BoolFlag{Name: "poll", Usage: "watch env files by polling, for mounts where file events never arrive (Docker Desktop, WSL2)"},
		&cli.StringSliceFlag{Name: "env-prefix", Usage: "client `PREFIX` the env check uses instead of vite.config's envPrefix; repeatable"},
		&cli.StringFlag{Name: "compose", Usage: "compose `FILE` whose service environment the env check takes as Vite's (re-checked when it changes)"},
		&cli.StringFlag{Name: "service", Usage: "compose `SERVICE` that runs Vite (with --compose)"},
	}
}

// upCheck runs envcheck's Watcher for `up` and keeps the current errors so
// a page that (re)connects gets them in its overlay.
type upCheck struct {
	w       *envcheck.Watcher
	dir     string
	out     io.Writer
	verbose bool
	logger  *slog.Logger

	broadcast func([]byte) int

	mu      sync.Mutex
	errors  [][]byte // overlay payloads for the current errors
	pending bool     // an input changed; errors are stale until the re-check settles
	owed    bool     // a page connected while pending: broadcast once settled
}

// newUpCheck returns nil when --no-check is given. served lists the paths
// devproxy answers for Pusher auth (mock endpoints, routed prefixes), so the
// check can say when pusher-js would POST to something nobody serves.
func newUpCheck(c *cli.Context, dir string, served []string, logger *slog.Logger) (*upCheck, error) {
	if c.Bool("no-check") {
		return nil, nil
	}
	if (c.String("compose") == "") != (c.String("service") == "") {
		return nil, usageErr("--compose and --service go together: name the compose file and the service that runs Vite")
	}
	opts := envcheck.Options{Dir: dir, Mode: c.String("mode"), ComposeFile: c.String("compose"), ComposeService: c.String("service")}
	if c.IsSet("env-prefix") {
		opts.EnvPrefix = c.StringSlice("env-prefix")
	}
	u := &upCheck{dir: dir, out: c.App.Writer, verbose: c.Bool("verbose"), logger: logger}
	w, err := envcheck.NewWatcher(envcheck.WatchConfig{
		Check:     envcheck.CheckOptions{Options: opts, Served: served},
		OnChange:  u.onChange,
		OnPending: u.onPending,
		OnSettled: u.onSettled,
		OnError:   func(err error) { logger.Warn("env check failed; keeping the last result", "err", err) },
		Poll:      c.Bool("poll"),
		Logger:    logger,
	})
	if err != nil {
		return nil, err
	}
	u.w = w
	return u, nil
}

// run checks once and re-checks on changes until ctx is done. A check
// that cannot run (unreadable dir) is reported, never fatal to `up`.
func (u *upCheck) run(ctx context.Context) {
	if err := u.w.Run(ctx); err != nil && ctx.Err() == nil {
		u.logger.Warn("env check could not run; devproxy serves on without it", "err", err, "fix", "run devproxy check --dir "+u.dir)
	}
}

// greet is hmr's Greet: the current errors, for a page that just connected.
// While a re-check is pending they may be stale (Vite restarts on an env file
// change, and its pages reconnect, before devproxy's re-check is done): then
// nothing, and the page gets the fresh errors when the re-check settles.
func (u *upCheck) greet() [][]byte {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.pending {
		u.owed = true
		return nil
	}
	return u.errors
}

func (u *upCheck) onPending() {
	u.mu.Lock()
	u.pending = true
	u.mu.Unlock()
}

func (u *upCheck) onSettled() {
	u.mu.Lock()
	owed, errs := u.owed, u.errors
	u.pending, u.owed = false, false
	u.mu.Unlock()
	if owed && u.broadcast != nil {
		for _, p := range errs {
			u.broadcast(p)
		}
	}
}

func (u *upCheck) onChange(prev, cur *envcheck.Result, ch envcheck.Change) {
	// A check builds the import graph with esbuild: MiB that are garbage
	// soon after it returns (esbuild lets go of a finished build 250 ms
	// later). Give them back then rather than idling on them in a large
	// app until the runtime gets round to it.
	defer time.AfterFunc(300*time.Millisecond, debug.FreeOSMemory)
	var current []envcheck.Finding
	for _, f := range cur.Findings {
		if f.Severity == envcheck.SeverityError {
			current = append(current, f)
		}
	}
	payload := overlayPayload(current)
	u.mu.Lock()
	hadErrors := len(u.errors) > 0
	u.errors = nil
	if payload != nil {
		u.errors = [][]byte{payload}
	}
	u.mu.Unlock()

	errs, warns, _ := cur.Counts()
	if prev == nil {
		u.printFirst(cur, errs, warns)
		return
	}
	fmt.Fprintf(u.out, "  env │ %s\n", ch.Summary())
	if !u.verbose {
		ch.New = dropInfo(ch.New) // info findings are listed with --verbose only
	}
	newError := false
	for _, f := range ch.New {
		fmt.Fprintf(u.out, "  env │   %s\n", findingLine(f))
		newError = newError || f.Severity == envcheck.SeverityError
	}
	switch {
	case u.broadcast == nil:
	case newError:
		u.broadcast(payload) // all current errors: the overlay shows one message
	case hadErrors && payload == nil:
		// All fixed: clear overlays on pages that Vite does not reload
		// (a compose file edit does not restart Vite).
		u.broadcast(hmr.ClearOverlayPayload())
	}
}

func (u *upCheck) printFirst(r *envcheck.Result, errs, warns int) {
	hint := "devproxy check"
	if u.dir != "." && u.dir != "" {
		hint += " --dir " + u.dir
	}
	switch {
	case errs+warns == 0:
		fmt.Fprintf(u.out, "  ➜  Env:      checked, no problems (%s)\n", plural(len(r.Env.Client), "client variable"))
		return
	default:
		fmt.Fprintf(u.out, "  ➜  Env:      %s, %s — run '%s' for details\n", plural(errs, "error"), plural(warns, "warning"), hint)
	}
	if !u.verbose {
		return
	}
	envcheck.WriteText(u.out, r, envcheck.TextOptions{})
}

// findingLine is one finding in one line: where, what, and its code.
func findingLine(f envcheck.Finding) string {
	return fmt.Sprintf("%s %s%s [%s]", f.Severity, findingLoc(f), firstLine(f.Message), f.Code)
}

// findingLoc is "file:line  ", "file  " or "".
func findingLoc(f envcheck.Finding) string {
	loc := f.File
	if f.Line > 0 {
		loc = fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	if loc != "" {
		loc += "  "
	}
	return loc
}

// overlayText is what Vite's overlay shows: the problem, then the fix.
func overlayText(f envcheck.Finding) string {
	s := "devproxy check: " + f.Message
	if f.Fix != "" {
		s += "\n\nfix: " + f.Fix
	}
	return s
}

// overlayPayload is one Vite error message for all of errs, nil for none.
// Vite's overlay shows one error at a time (each replaces the last), so
// several are listed in one message.
func overlayPayload(errs []envcheck.Finding) []byte {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return hmr.ErrorPayload(overlayText(errs[0]), errs[0].File)
	}
	var b strings.Builder
	var files []string
	fmt.Fprintf(&b, "devproxy check: %d errors", len(errs))
	for i, f := range errs {
		fmt.Fprintf(&b, "\n\n%d. %s%s", i+1, findingLoc(f), f.Message)
		if f.Fix != "" {
			fmt.Fprintf(&b, "\n   fix: %s", f.Fix)
		}
		if f.File != "" && !slices.Contains(files, f.File) {
			files = append(files, f.File)
		}
	}
	return hmr.ErrorPayload(b.String(), strings.Join(files, ", "))
}

func dropInfo(fs []envcheck.Finding) []envcheck.Finding {
	var out []envcheck.Finding
	for _, f := range fs {
		if f.Severity != envcheck.SeverityInfo {
			out = append(out, f)
		}
	}
	return out
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// servedAuthPaths is what devproxy answers that pusher-js could POST auth
// to: the mock's endpoints and every routed prefix. nil when neither is
// configured (then Vite alone serves, and its own server.proxy is unknown).
func (p *upParts) servedAuthPaths() []string {
	var served []string
	if p.extras != nil && p.extras.pusher != nil {
		cfg := p.extras.pusher.Config()
		served = append(served, cfg.AuthPath, cfg.UserAuthPath)
	}
	for _, r := range p.opts.routes {
		served = append(served, strings.TrimSuffix(r.Prefix, "/")+"/")
	}
	return served
}
