package envcheck

// The import graph's esbuild side: how an import is resolved (shared by the
// walker and esbuild's plugin), and the esbuild build that walks the graph,
// whole (EsbuildGraph) or only past the walker's project files.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/evanw/esbuild/pkg/api"
)

// graphRun is one ImportGraph call: the graph being built and what both
// ways of walking it share.
type graphRun struct {
	ctx     context.Context
	abs     string
	o       GraphOptions
	g       *Graph
	inline  []string // bodies of index.html's inline module scripts
	aliases []viteAlias
	isEntry map[string]bool // entry paths, as written and with symlinks resolved
	fsc     *fsCache
	bare    sync.Map // scope, specifier and kind → *cachedResolution

	mu              sync.Mutex // guards g.Edges and g.scans
	stubbed, parsed atomic.Int64

	// claim says whether esbuild may load a project file: false when the
	// walker has it (the build then records imports of it but does not load
	// it again). nil with EsbuildGraph: esbuild loads everything.
	claim func(path string) bool
}

func newGraphRun(ctx context.Context, abs string, o GraphOptions, g *Graph, inline []string, aliases []viteAlias) *graphRun {
	r := &graphRun{ctx: ctx, abs: abs, o: o, g: g, inline: inline, aliases: aliases, isEntry: map[string]bool{}, fsc: &fsCache{}}
	for _, e := range g.Entries {
		p := filepath.Join(abs, filepath.FromSlash(e))
		r.isEntry[p] = true
		if real, err := filepath.EvalSymlinks(p); err == nil {
			r.isEntry[real] = true
		}
	}
	if o.scan {
		g.scans = map[string]*Scan{}
	}
	return r
}

func (r *graphRun) rel(p string) string {
	rel, err := filepath.Rel(r.abs, p)
	if err != nil {
		return p
	}
	return filepath.ToSlash(rel)
}

func (r *graphRun) add(from string, im Import) {
	r.mu.Lock()
	r.g.Edges[from] = append(r.g.Edges[from], im)
	r.mu.Unlock()
}

// scan scans a project source file the graph loads, as Check would (files
// it would skip are left to it), and returns src masked.
func (r *graphRun) scan(p string, src []byte) []byte {
	m := mask(src)
	if rel := r.rel(p); r.o.scan && isBrowserSource(rel) && len(src) <= maxSourceSize && !looksBinary(src) {
		s := scanMasked(rel, src, m)
		r.mu.Lock()
		r.g.scans[rel] = s
		r.mu.Unlock()
	}
	return m
}

// inPackage reports a path inside node_modules.
func inPackage(p string) bool { return strings.Contains(filepath.ToSlash(p), "/node_modules/") }

// stub returns an import-only stub of src (masked: m), or nil for esbuild
// to parse the file. Entries are parsed: esbuild applies tsconfig.json
// (which can keep unused imports) only to files its own resolver found.
func (r *graphRun) stub(p string, src, m []byte, fl flavor) *string {
	pkg := inPackage(p)
	if r.o.FullParse || r.isEntry[p] || pkg && fl.ts() ||
		pkg && fl == flavorJSX && (bytes.Contains(src, []byte("</")) || bytes.Contains(src, []byte("/>"))) {
		r.parsed.Add(1)
		return nil
	}
	s, ok := importStub(src, m, fl, pkg)
	if !ok {
		r.parsed.Add(1)
		return nil
	}
	r.stubbed.Add(1)
	return &s
}

// sfcScript returns the script esbuild reads for a .vue or .svelte file:
// its <script> blocks, with a use of every import the markup uses.
func sfcScript(src []byte) string {
	js := markupUses(src, componentScripts(src))
	if !strings.Contains(js, "export default") { // <script setup>: the SFC compiler adds it
		js += "\nexport default {}\n"
	}
	return js
}

// importQuery is one import to resolve, as esbuild's OnResolve sees it.
type importQuery struct {
	spec, importer, namespace, resolveDir string
	kind                                  api.ResolveKind
	with                                  map[string]string
}

// outcome is what becomes of an import.
type outcome struct {
	act      resolveAct
	path, ns string
	data     any
}

type resolveAct uint8

const (
	actExternal resolveAct = iota // recorded (or not), not followed
	actEsbuild                    // left to esbuild's own resolver: a relative import inside a package, a browser-field mapping
	actFollow                     // follow path (ns, data)
)

// resolver is esbuild's b.Resolve.
type resolver func(string, api.ResolveOptions) api.ResolveResult

// resolve resolves one import as Vite would, records its edge, and says
// whether to follow it. Relative imports in project code are probed
// directly; bare specifiers go to esbuild's resolver, once per scope.
func (r *graphRun) resolve(q importQuery, br resolver) outcome {
	spec := q.spec
	var from, scope string
	switch {
	case q.namespace == "devproxy-inline":
		from, scope = "index.html", r.fsc.projectScope(q.resolveDir)
	case inPackage(q.importer):
		from = pkgNode(r.rel(q.importer))
		if isRelative(spec) {
			return outcome{act: actEsbuild} // same package: esbuild resolves it (browser field included)
		}
		scope = r.fsc.pkgScope(filepath.Join(r.abs, filepath.FromSlash(from)), spec)
	default:
		from, scope = r.rel(q.importer), r.fsc.projectScope(q.resolveDir)
	}
	// Vite's alias plugin runs first; the edge keeps the specifier as written.
	orig := spec
	aliased := false
	if len(r.aliases) > 0 {
		spec, aliased = applyAlias(r.aliases, spec)
	}
	if isAsset(spec) || strings.HasPrefix(spec, "virtual:") || strings.HasPrefix(spec, "/@") ||
		strings.Contains(spec, "://") || r.ctx.Err() != nil {
		r.add(from, Import{orig, "asset:" + orig})
		return outcome{act: actExternal, path: orig}
	}
	if isRelative(spec) || strings.HasPrefix(spec, "/") {
		base := q.resolveDir
		if strings.HasPrefix(spec, "/") { // Vite: relative to the project root
			base = r.abs
		}
		var p string
		if aliased && strings.HasPrefix(spec, r.abs+string(filepath.Separator)) {
			p = r.fsc.probe(filepath.Clean(spec)) // already a path under the root, as Vite takes it
		} else if p = r.fsc.probe(filepath.Join(base, filepath.FromSlash(spec))); p == "" && aliased && filepath.IsAbs(spec) {
			p = r.fsc.probe(filepath.Clean(spec)) // not under the root: a file system path
		}
		if p != "" {
			return r.follow(from, orig, resolution{path: p})
		}
	}
	// Bare specifiers, built-ins, and what probing missed: a package's
	// browser field may map a built-in away, and an installed polyfill
	// (events, buffer) is fine.
	res := r.resolveBare(q, spec, scope, br)
	if res.failed {
		if bi := builtinName(spec); bi != "" {
			r.add(from, Import{orig, "builtin:" + bi})
		} else if aliased && !isRelative(spec) && !filepath.IsAbs(spec) {
			r.add(from, Import{orig, "unresolved:" + spec}) // aliased to a package: name it
		} else {
			r.add(from, Import{orig, "unresolved:" + orig})
		}
		return outcome{act: actExternal, path: orig}
	}
	if !filepath.IsAbs(res.path) {
		// Mapped away by a browser field ("crypto": false): esbuild gives
		// an empty module, which only its own resolver can.
		if aliased {
			return outcome{act: actExternal, path: spec}
		}
		return outcome{act: actEsbuild}
	}
	return r.follow(from, orig, res)
}

// follow records the edge to a resolved file and follows it, unless it is
// an asset.
func (r *graphRun) follow(from, orig string, res resolution) outcome {
	to := r.rel(res.path)
	if strings.Contains(to, "node_modules/") {
		to = pkgNode(to)
	}
	r.add(from, Import{orig, to})
	if isAsset(res.path) {
		return outcome{act: actExternal, path: orig}
	}
	return outcome{act: actFollow, path: res.path, ns: res.ns, data: res.data}
}

type marker struct{} // PluginData of the graph's own b.Resolve calls

// resolveBare asks esbuild's resolver, once per key however many files
// ask at once. b.Resolve builds a fresh resolver (empty directory cache) on
// every call, hence the cache by the scope that decides the answer.
func (r *graphRun) resolveBare(q importQuery, spec, scope string, br resolver) resolution {
	key := scope + "\x00" + spec + "\x00" + strconv.Itoa(int(q.kind))
	v, _ := r.bare.LoadOrStore(key, &cachedResolution{})
	c := v.(*cachedResolution)
	c.once.Do(func() {
		res := br(spec, api.ResolveOptions{Importer: q.importer, ResolveDir: q.resolveDir, Kind: q.kind,
			Namespace: "file", PluginData: marker{}, With: q.with})
		c.resolution = resolution{path: res.Path, ns: res.Namespace, data: res.PluginData,
			failed: len(res.Errors) > 0 || res.External || res.Path == ""}
	})
	return c.resolution
}

// loadInline serves index.html's inline module scripts.
func (r *graphRun) loadInline(b api.PluginBuild) {
	b.OnResolve(api.OnResolveOptions{Filter: `^devproxy-inline:`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
		return api.OnResolveResult{Path: a.Path, Namespace: "devproxy-inline"}, nil
	})
	b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "devproxy-inline"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
		n, _ := strconv.Atoi(strings.TrimPrefix(a.Path, "devproxy-inline:"))
		src := r.inline[n]
		return api.OnLoadResult{Contents: &src, ResolveDir: r.abs, Loader: api.LoaderTS}, nil
	})
}

// plugin resolves every import with resolve and loads each file as an
// import-only stub where the lexer is sure of it. It walks the whole graph
// (EsbuildGraph), or the part past the walker's files.
func (r *graphRun) plugin(setup func(api.PluginBuild)) api.Plugin {
	return api.Plugin{Name: "devproxy-graph", Setup: func(b api.PluginBuild) {
		if setup != nil {
			setup(b)
		}
		r.loadInline(b)
		b.OnResolve(api.OnResolveOptions{Filter: `.*`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			if _, again := a.PluginData.(marker); again || a.Kind == api.ResolveEntryPoint {
				return api.OnResolveResult{}, nil
			}
			res := r.resolve(importQuery{spec: a.Path, importer: a.Importer, namespace: a.Namespace,
				resolveDir: a.ResolveDir, kind: a.Kind, with: a.With}, b.Resolve)
			switch {
			case res.act == actEsbuild:
				return api.OnResolveResult{}, nil
			case res.act == actExternal, !r.mayLoad(res.path):
				return api.OnResolveResult{Path: res.path, External: true}, nil
			}
			return api.OnResolveResult{Path: res.path, Namespace: res.ns, PluginData: res.data}, nil
		})
		b.OnLoad(api.OnLoadOptions{Filter: jsFilter, Namespace: "file"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			if !r.mayLoad(a.Path) {
				return walkedModule(), nil // reached by esbuild's own resolver (a package's relative import)
			}
			if r.o.FullParse && !r.o.scan {
				return api.OnLoadResult{}, nil
			}
			src, err := os.ReadFile(a.Path)
			if err != nil {
				return api.OnLoadResult{}, nil // esbuild reads it again and reports the error
			}
			m := r.scan(a.Path, src)
			if s := r.stub(a.Path, src, m, flavorOf(a.Path)); s != nil {
				return api.OnLoadResult{Contents: s, Loader: api.LoaderJS}, nil
			}
			return api.OnLoadResult{}, nil
		})
		b.OnLoad(api.OnLoadOptions{Filter: sfcFilter}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			if !r.mayLoad(a.Path) {
				return walkedModule(), nil
			}
			src, err := os.ReadFile(a.Path)
			if err != nil {
				return api.OnLoadResult{}, err
			}
			r.scan(a.Path, src)
			js := sfcScript(src)
			if s := r.stub(a.Path, []byte(js), mask([]byte(js)), flavorTS); s != nil {
				return api.OnLoadResult{Contents: s, Loader: api.LoaderJS}, nil
			}
			return api.OnLoadResult{Contents: &js, Loader: api.LoaderTS}, nil
		})
	}}
}

// mayLoad says whether esbuild may load p: always, but for a project file
// the walker has.
func (r *graphRun) mayLoad(p string) bool {
	return r.claim == nil || inPackage(p) || r.claim(p)
}

// walkedModule is what the build past the walker loads for a project file
// the walker followed: nothing more to follow.
func walkedModule() api.OnLoadResult {
	empty := ""
	return api.OnLoadResult{Contents: &empty, Loader: api.LoaderJS}
}

// The files the graph loads itself, by path: JavaScript and TypeScript,
// and single-file components.
const (
	jsFilter  = `\.([cm]?[jt]s|[jt]sx)$`
	sfcFilter = `\.(vue|svelte)$`
)

// buildOptions are the graph's esbuild options: a browser bundle of
// entries, nothing written.
func (r *graphRun) buildOptions(entries []string, p api.Plugin) api.BuildOptions {
	bo := api.BuildOptions{
		EntryPoints:   entries,
		AbsWorkingDir: r.abs,
		Bundle:        true,
		Write:         false,
		Platform:      api.PlatformBrowser,
		Format:        api.FormatESModule,
		Target:        api.ESNext,
		LogLevel:      api.LogLevelSilent,
		Outdir:        filepath.Join(r.abs, ".devproxy-check-out"),
		Plugins:       []api.Plugin{p},
		Loader: map[string]api.Loader{
			".js": api.LoaderJSX, ".json": api.LoaderJSON,
		},
		Define: map[string]string{"import.meta.env": "{}"},
	}
	// The output is thrown away, but esbuild links and prints it anyway:
	// minified names and no tree shaking make that ~40% cheaper (measured on
	// the 5,000-file benchmark project). Neither changes which files are
	// read or which imports they make.
	bo.MinifyIdentifiers, bo.MinifyWhitespace, bo.TreeShaking = true, true, api.TreeShakingFalse
	return bo
}

// entryPoints are the build's entries: the module scripts, then the
// inline ones.
func (r *graphRun) entryPoints() []string {
	entries := make([]string, 0, len(r.g.Entries)+len(r.inline))
	for _, e := range r.g.Entries {
		entries = append(entries, "./"+e)
	}
	for i := range r.inline {
		entries = append(entries, fmt.Sprintf("devproxy-inline:%d", i))
	}
	return entries
}

// esbuildGraph has esbuild walk the whole graph, each file handed to it as
// an import-only stub made by envcheck's lexer (imports_lex.go), or parsed
// in full (entries, files the lexer is unsure of, everything with
// FullParse). It returns esbuild's errors.
func (r *graphRun) esbuildGraph() []api.Message {
	return api.Build(r.buildOptions(r.entryPoints(), r.plugin(nil))).Errors
}
