package envcheck

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"time"

	"golang.org/x/sync/errgroup"
)

// CheckOptions says what to check. The zero value checks the current
// directory in development mode, as `devproxy check` does.
type CheckOptions struct {
	Options // how to resolve the environment (dir, mode, prefix, compose)

	// Served lists the paths that answer Pusher auth requests (what `up`
	// serves: the mock's /pusher/auth, routed /api/ prefixes). An entry
	// ending in "/" matches every path under it. Default nil: unknown, and
	// the endpoint is not compared with what is served.
	Served []string

	// NoImports skips the esbuild import graph: no server-only-module
	// findings, and only src/ is scanned. Default false.
	NoImports bool

	// FullParse has esbuild walk the import graph and parse every file in
	// full (see GraphOptions): the same findings, plus syntax errors, at
	// several times the CPU. Default false.
	FullParse bool

	// EsbuildGraph has esbuild walk the whole import graph, as it did
	// before envcheck's own walker (see GraphOptions): the same findings,
	// slower; the reference the walker is tested against. Default false.
	EsbuildGraph bool

	// Logger receives debug timings. Default: discard.
	Logger *slog.Logger
}

// Result is one check: the environment, what the code reads, and the findings.
type Result struct {
	Env      *Env
	Scan     *Scan
	Graph    *Graph    // nil with NoImports
	Findings []Finding // sorted by file, line, code; includes Env.Findings
	Took     Timings
}

// Timings says where a check spent its time. Resolve runs alongside
// Imports, the import graph, which also scans each project file it loads;
// Scan covers the files it did not reach (all of them with NoImports).
type Timings struct {
	Resolve, Imports, Scan, Analyze, Total time.Duration
}

// Check resolves the environment, scans the browser code and its import
// graph, and reports every finding. The error is only for what stops the
// check (a missing dir, bad options, a cancelled ctx).
func Check(ctx context.Context, o CheckOptions) (*Result, error) {
	log := o.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.Dir == "" {
		o.Dir = "."
	}
	start := time.Now()
	r := &Result{}
	g, gctx := errgroup.WithContext(ctx)
	// Resolve and the graph (for resolve.alias) both need vite.config.
	shared := &sharedConfig{}
	o.Options.config = shared
	mode := o.Mode
	if mode == "" {
		mode = "development"
	}
	config := func() viteConfig {
		c, _ := shared.read(gctx, o.Dir, o.NodeBin, mode)
		return c
	}
	g.Go(func() error {
		t := time.Now()
		env, err := Resolve(gctx, o.Options)
		r.Env, r.Took.Resolve = env, time.Since(t)
		return err
	})
	var scan *Scan
	g.Go(func() error {
		var done map[string]*Scan
		if !o.NoImports {
			// The graph scans each project file it loads; the scan below
			// reads only what it did not reach (src/ files nothing imports).
			t := time.Now()
			graph, err := ImportGraphWith(gctx, o.Dir, GraphOptions{FullParse: o.FullParse, EsbuildGraph: o.EsbuildGraph, scan: true, config: config})
			if err != nil {
				return err
			}
			r.Graph, r.Took.Imports, done = graph, time.Since(t), graph.scans
			graph.scans = nil // the Result keeps the merged scan, not each file's
			if graph.fallback != "" {
				log.Debug("import graph walked by esbuild", "why", graph.fallback)
			}
		}
		t := time.Now()
		defer func() { r.Took.Scan = time.Since(t) }()
		files, err := SourceFiles(gctx, o.Dir)
		if err != nil {
			return err
		}
		if scan, err = scanFiles(gctx, o.Dir, files, done); err != nil {
			return err
		}
		scan.merge(ScanIndexHTML(o.Dir))
		if r.Graph == nil {
			return nil
		}
		// Graph files outside src/ (lib/, services/ next to index.html) are browser code too.
		inSrc := make(map[string]bool, len(files))
		for _, f := range files {
			inSrc[f] = true
		}
		var extra []string
		for _, f := range r.Graph.Files {
			if !inSrc[f] {
				extra = append(extra, f)
			}
		}
		if len(extra) > 0 {
			more, err := scanFiles(gctx, o.Dir, extra, done)
			if err != nil {
				return err
			}
			scan.merge(more)
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	r.Scan = scan
	t := time.Now()
	r.Findings = analyze(r.Env, scan, r.Graph, o)
	r.Took.Analyze = time.Since(t)
	r.Took.Total = time.Since(start)
	log.Debug("check done", "dir", o.Dir, "files", scan.Files, "findings", len(r.Findings),
		"resolve", r.Took.Resolve, "imports", r.Took.Imports, "scan", r.Took.Scan, "analyze", r.Took.Analyze)
	return r, nil
}

// analyze turns what was resolved and scanned into findings.
func analyze(env *Env, scan *Scan, graph *Graph, o CheckOptions) []Finding {
	var fs []Finding
	fs = append(fs, env.Findings...)
	fs = append(fs, scan.Skipped...)
	fs = append(fs, envFindings(env, scan)...)
	fs = append(fs, secretFindings(env)...)
	fs = append(fs, pusherFindings(env, scan, o.Served)...)
	if graph != nil {
		fs = append(fs, graph.Errors...)
		fs = append(fs, serverImportFindings(graph.ServerImports(o.Dir))...)
	}
	SortFindings(fs)
	return slices.CompactFunc(fs, func(a, b Finding) bool { return a == b })
}

// SortFindings orders findings by file, line, then code and message;
// findings without a file come first.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Code, b.Code), cmp.Compare(a.Message, b.Message))
	})
}

// Counts returns how many findings have each severity.
func (r *Result) Counts() (errors, warnings, infos int) {
	for _, f := range r.Findings {
		switch f.Severity {
		case SeverityError:
			errors++
		case SeverityWarning:
			warnings++
		default:
			infos++
		}
	}
	return
}

// Fails reports whether the result fails at the given threshold: errors
// always fail; warnings too when failOn is SeverityWarning.
func (r *Result) Fails(failOn Severity) bool {
	e, w, _ := r.Counts()
	return e > 0 || failOn == SeverityWarning && w > 0
}

func serverImportFindings(sis []ServerImport) []Finding {
	var fs []Finding
	for _, si := range sis {
		chain := joinChain(si.Chain)
		if alt, ok := serverPackages[si.Module]; ok {
			fs = append(fs, Finding{Code: CodeServerSDK, Severity: SeverityError, File: si.File, Line: si.Line,
				Message: fmt.Sprintf("the %s server SDK is imported into browser code: %s; it needs Node's crypto, "+
					"so trigger() fails in the browser with \"createHash is not a function\" while vite build still succeeds", si.Module, chain),
				Fix: fmt.Sprintf("use %s in the browser; trigger events from server code (an API endpoint the browser calls)", alt)})
			continue
		}
		fs = append(fs, Finding{Code: CodeNodeBuiltin, Severity: SeverityError, File: si.File, Line: si.Line,
			Message: fmt.Sprintf("Node built-in %q is reachable from browser code: %s; Vite replaces it with an empty module", si.Module, chain),
			Fix:     "move this code to the server and call it through an API endpoint, or use a browser API (crypto.subtle, fetch)"})
	}
	return fs
}

func joinChain(c []string) string {
	s := ""
	for i, p := range c {
		if i > 0 {
			s += " → "
		}
		s += p
	}
	return s
}
