package envcheck

// The import graph's own walker. A pool of GOMAXPROCS workers reads each
// project file once, scans it for Check, takes its imports from the import
// lexer and resolves them as esbuild's plugin would (imports_esbuild.go's
// resolve, shared). esbuild does only what needs its fidelity:
//
//   - parsing the entries, index.html's inline scripts and the files the
//     lexer is unsure of (small builds that record their imports and load
//     nothing else);
//   - resolving bare specifiers: the walk runs inside one esbuild build,
//     whose entry waits for it, so its b.Resolve is at hand;
//   - the files inside node_modules: that entry imports the package files
//     the walk reaches, as it reaches them, and the same build follows them
//     as EsbuildGraph would. Each project file is claimed once, by the
//     walker or by the build (one a package imports before the walker gets
//     to it), so none is read twice.
//
// Where the walker would part from esbuild (a file it has no loader for,
// invalid JSON, a read error, a symlinked entry, a glob import), it gives
// way: ImportGraphWith starts again with esbuild walking everything.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/evanw/esbuild/pkg/api"
)

type walker struct {
	*graphRun
	br resolver // the running build's b.Resolve

	mu      sync.Mutex
	cond    *sync.Cond
	tasks   []walkTask
	closed  bool
	pending sync.WaitGroup // tasks pushed and not yet done

	visited  sync.Map               // project file → claimedBy, once claimed
	unsure   []string               // project files for esbuild to parse (mu)
	targets  []outcome              // files inside node_modules reached (mu)
	targeted map[string]bool        // their paths (mu)
	more     chan struct{}          // a target was added
	walked   chan struct{}          // closed when the walk is done
	fallback atomic.Pointer[string] // why the walk gives way to esbuild's, when it must
}

// claimedBy says who follows a project file's imports.
type claimedBy uint8

const (
	byWalker claimedBy = iota
	byEsbuild
)

// walkTask is a project file to read, or the imports esbuild parsed in
// one, in order (the first import of a module is the one a finding's chain
// names).
type walkTask struct {
	file string
	qs   []importQuery
}

func (w *walker) abort(why string) {
	w.fallback.CompareAndSwap(nil, &why)
}

// walk walks the graph and returns esbuild's errors; false means it gave
// way (Graph.fallback says why) and the graph is to be built again.
func (r *graphRun) walk() (errs []api.Message, ok bool) {
	w := &walker{graphRun: r, targeted: map[string]bool{}, more: make(chan struct{}, 1), walked: make(chan struct{})}
	w.cond = sync.NewCond(&w.mu)
	r.claim = func(p string) bool {
		by, _ := w.visited.LoadOrStore(p, byEsbuild)
		return by == byEsbuild
	}
	defer func() {
		if why := w.fallback.Load(); why != nil {
			r.g.fallback, ok = *why, false
		}
	}()
	if inPackage(r.abs + "/") {
		w.abort("the project is inside node_modules")
		return nil, false
	}
	var entries []string
	for _, e := range r.g.Entries {
		p := filepath.Join(r.abs, filepath.FromSlash(e))
		if real, err := filepath.EvalSymlinks(p); err != nil || real != p {
			w.abort("entry " + e + " is a symlink")
		} else if !loadsItself(p) {
			w.abort("entry " + e + " is not JavaScript, TypeScript or a component")
		}
		w.visited.Store(p, byWalker)
		entries = append(entries, p)
	}
	if w.fallback.Load() != nil {
		return nil, false
	}

	// The build the walk runs in: its entry hands the walk its b.Resolve,
	// then imports the package files the walk reaches, a chunk at a time.
	ready := make(chan resolver, 1)
	built := make(chan api.BuildResult, 1)
	go func() {
		built <- api.Build(r.buildOptions([]string{"devproxy-walk:0"}, r.plugin(func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^devproxy-walk:`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				return api.OnResolveResult{Path: a.Path, Namespace: "devproxy-walk"}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "devproxy-walk"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				if a.Path == "devproxy-walk:0" {
					ready <- b.Resolve
				}
				s := w.chunk(a.Path)
				return api.OnLoadResult{Contents: &s, Loader: api.LoaderJS}, nil
			})
			b.OnResolve(api.OnResolveOptions{Filter: `^devproxy-target:`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				n, _ := strconv.Atoi(strings.TrimPrefix(a.Path, "devproxy-target:"))
				w.mu.Lock()
				t := w.targets[n]
				w.mu.Unlock()
				return api.OnResolveResult{Path: t.path, Namespace: t.ns, PluginData: t.data}, nil
			})
		})))
	}()
	select {
	case w.br = <-ready:
	case res := <-built:
		return res.Errors, true // nothing ran: esbuild's errors say why
	}
	finished := false
	defer func() {
		if !finished { // giving way: let the build finish
			close(w.walked)
			<-built
		}
	}()

	for range runtime.GOMAXPROCS(0) {
		go w.work()
	}
	defer w.close()
	// Entries are read here, for the scan, and parsed by esbuild.
	for _, p := range entries {
		src, err := os.ReadFile(p)
		if err != nil {
			w.abort(fmt.Sprintf("reading %s: %v", p, err))
			return nil, false
		}
		r.scan(p, src)
		r.parsed.Add(1)
	}
	errs = w.parse(r.entryPoints(), nil)
	for {
		w.pending.Wait()
		w.mu.Lock()
		unsure := w.unsure
		w.unsure = nil
		w.mu.Unlock()
		if len(unsure) == 0 || w.fallback.Load() != nil || r.ctx.Err() != nil {
			break
		}
		errs = append(errs, w.parse(nil, unsure)...)
	}
	if w.fallback.Load() != nil {
		return nil, false
	}
	close(w.walked)
	finished = true
	res := <-built
	return append(errs, res.Errors...), true
}

// chunk returns the walk module named: imports of the package files the
// walk reached since the last one, and of the next chunk until the walk is
// done. It waits for either.
func (w *walker) chunk(name string) string {
	ns, fs, _ := strings.Cut(strings.TrimPrefix(name, "devproxy-walk:"), "@") // chunk n, from target fs on
	n, _ := strconv.Atoi(ns)
	from, _ := strconv.Atoi(fs)
	for {
		select {
		case <-w.more:
		case <-w.walked:
		}
		done := false // asked first: once the walk is done, every target is in
		select {
		case <-w.walked:
			done = true
		default:
		}
		w.mu.Lock()
		to := len(w.targets)
		w.mu.Unlock()
		if to == from && !done {
			continue
		}
		var b strings.Builder
		for i := from; i < to; i++ {
			fmt.Fprintf(&b, "import \"devproxy-target:%d\";\n", i)
		}
		if !done {
			fmt.Fprintf(&b, "import \"devproxy-walk:%d@%d\";\n", n+1, to)
		}
		return b.String()
	}
}

// loadsItself reports a file the graph's plugin loads (the rest esbuild
// loads by its own loaders).
func loadsItself(p string) bool {
	switch filepath.Ext(p) {
	case ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte":
		return true
	}
	return false
}

func (w *walker) push(t walkTask) {
	w.pending.Add(1)
	w.mu.Lock()
	w.tasks = append(w.tasks, t)
	w.mu.Unlock()
	w.cond.Signal()
}

func (w *walker) close() {
	w.mu.Lock()
	w.closed = true
	w.mu.Unlock()
	w.cond.Broadcast()
}

// work runs tasks until the walker closes.
func (w *walker) work() {
	for {
		w.mu.Lock()
		for len(w.tasks) == 0 && !w.closed {
			w.cond.Wait()
		}
		if len(w.tasks) == 0 {
			w.mu.Unlock()
			return
		}
		t := w.tasks[len(w.tasks)-1]
		w.tasks = w.tasks[:len(w.tasks)-1]
		w.mu.Unlock()
		if w.fallback.Load() == nil && w.ctx.Err() == nil {
			if t.file != "" {
				w.file(t.file)
			}
			for _, q := range t.qs {
				w.follow(w.resolve(q, w.br))
			}
		}
		w.pending.Done()
	}
}

// file reads, scans and lexes a project file and follows its imports, or
// leaves it for esbuild to parse.
func (w *walker) file(p string) {
	src, err := os.ReadFile(p)
	if err != nil {
		w.abort(fmt.Sprintf("reading %s: %v", p, err))
		return
	}
	var recs []importRecord
	var ok bool
	switch ext := filepath.Ext(p); {
	case ext == ".json": // esbuild's loader: no imports
		if !json.Valid(src) {
			w.abort(p + " is not valid JSON")
		}
		return
	case ext == ".vue" || ext == ".svelte":
		w.scan(p, src)
		js := []byte(sfcScript(src))
		recs, ok = importRecordsMasked(js, mask(js), flavorTS, false)
	case loadsItself(p):
		recs, ok = importRecordsMasked(src, w.scan(p, src), flavorOf(p), false)
	default:
		w.abort("esbuild has no loader for " + p)
		return
	}
	if !ok {
		w.parsed.Add(1)
		w.mu.Lock()
		w.unsure = append(w.unsure, p)
		w.mu.Unlock()
		return
	}
	w.stubbed.Add(1)
	dir := filepath.Dir(p)
	for i, rec := range recs {
		if dup(recs[:i], rec) {
			continue // esbuild resolves a kind and specifier once per file
		}
		w.follow(w.resolve(importQuery{spec: rec.Spec, importer: p, namespace: "file", resolveDir: dir, kind: apiKinds[rec.Kind]}, w.br))
	}
}

var apiKinds = [...]api.ResolveKind{kindStatement: api.ResolveJSImportStatement, kindRequire: api.ResolveJSRequireCall, kindDynamic: api.ResolveJSDynamicImport}

func dup(recs []importRecord, r importRecord) bool {
	for _, o := range recs {
		if o.Kind == r.Kind && o.Spec == r.Spec {
			return true
		}
	}
	return false
}

// follow queues a resolved project file, or keeps a file inside
// node_modules for the build to follow.
func (w *walker) follow(res outcome) {
	switch {
	case res.act != actFollow:
	case res.ns != "" && res.ns != "file":
		w.abort(fmt.Sprintf("%s outcome in namespace %q", res.path, res.ns))
	case inPackage(res.path):
		w.mu.Lock()
		added := !w.targeted[res.path]
		if added {
			w.targeted[res.path] = true
			w.targets = append(w.targets, res)
		}
		w.mu.Unlock()
		if added {
			select {
			case w.more <- struct{}{}:
			default:
			}
		}
	default:
		if _, seen := w.visited.LoadOrStore(res.path, byWalker); !seen {
			w.push(walkTask{file: res.path})
		}
	}
}

// parse has esbuild parse entries (as the build's entry points are
// written) and project files, queues their imports, and loads nothing
// else. It returns esbuild's errors.
func (w *walker) parse(entries, files []string) []api.Message {
	all := entries
	for i := range files {
		all = append(all, "devproxy-parse:"+strconv.Itoa(i))
	}
	var mu sync.Mutex
	recs := map[string][]importQuery{} // importer → its imports, in order
	mine := map[string]bool{}
	for _, f := range files {
		mine[f] = true
	}
	for p := range w.isEntry {
		mine[p] = true
	}
	defer func() {
		for _, qs := range recs {
			w.push(walkTask{qs: qs})
		}
	}()
	return api.Build(w.buildOptions(all, api.Plugin{Name: "devproxy-parse", Setup: func(b api.PluginBuild) {
		b.OnResolve(api.OnResolveOptions{Filter: `^devproxy-parse:`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			n, _ := strconv.Atoi(strings.TrimPrefix(a.Path, "devproxy-parse:"))
			return api.OnResolveResult{Path: files[n], Namespace: "file"}, nil
		})
		w.loadInline(b)
		b.OnResolve(api.OnResolveOptions{Filter: `.*`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			if a.Kind == api.ResolveEntryPoint {
				return api.OnResolveResult{}, nil
			}
			mu.Lock() // esbuild resolves one file's imports in order, files at once
			recs[a.Importer] = append(recs[a.Importer], importQuery{spec: a.Path, importer: a.Importer, namespace: a.Namespace,
				resolveDir: a.ResolveDir, kind: a.Kind, with: a.With})
			mu.Unlock()
			return api.OnResolveResult{Path: a.Path, External: true}, nil
		})
		b.OnLoad(api.OnLoadOptions{Filter: jsFilter, Namespace: "file"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			if !mine[a.Path] {
				w.abort("esbuild loaded " + a.Path + " beyond the files it parsed (a glob import)")
			}
			return api.OnLoadResult{}, nil
		})
		b.OnLoad(api.OnLoadOptions{Filter: sfcFilter}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			if !mine[a.Path] {
				w.abort("esbuild loaded " + a.Path + " beyond the files it parsed (a glob import)")
			}
			src, err := os.ReadFile(a.Path)
			if err != nil {
				return api.OnLoadResult{}, err
			}
			js := sfcScript(src)
			return api.OnLoadResult{Contents: &js, Loader: api.LoaderTS}, nil
		})
	}})).Errors
}
