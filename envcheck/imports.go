package envcheck

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/evanw/esbuild/pkg/api"
)

// Graph is the import graph of the browser code, from the module scripts of
// index.html (or src/main.* when there is none).
type Graph struct {
	Entries []string            // project-relative, slash-separated
	Edges   map[string][]Import // importer → imports, in the order found
	Files   []string            // project source files reached (no node_modules)
	Errors  []Finding           // esbuild errors that stop part of the graph

	// Stubbed counts the files esbuild read as import-only stubs, Parsed
	// those it parsed in full (entries, and files the lexer was unsure of).
	Stubbed, Parsed int

	// Aliases lists vite.config's resolve.alias finds the graph applied, as
	// written ("@", /^~\//); AliasMethod says how the config was read
	// ("static" or "node").
	Aliases     []string
	AliasMethod string

	scans map[string]*Scan // project files scanned as they were loaded (GraphOptions.scan)
}

// GraphOptions says how ImportGraphWith reads the code. The zero value is
// what ImportGraph does.
type GraphOptions struct {
	// FullParse has esbuild parse every file in full, as a bundler would,
	// instead of reading import-only stubs made by envcheck's lexer. It finds
	// the same imports at about twice the CPU, and also reports syntax
	// errors; the differential tests use it as the reference. Default false.
	FullParse bool

	// scan has the graph scan each project source file it loads, so Check
	// reads and masks it once.
	scan bool

	// config returns vite.config as Check shares it with Resolve; nil reads
	// it here (development mode, node from PATH).
	config func() viteConfig
}

// Import is one import edge. To is a project-relative path, a
// "node_modules/..." path, or "builtin:crypto" / "unresolved:x" for what the
// browser cannot load.
type Import struct {
	Specifier string
	To        string
}

// ServerImport is a server-only module reachable from a browser entry.
type ServerImport struct {
	Module string   // "pusher" or the Node built-in ("crypto", "node:fs")
	Chain  []string // entry → ... → importer → Module (→ built-in it needs)
	File   string   // last project file in the chain: where to fix it
	Line   int      // line of its import in File
}

// nodeBuiltins are the modules Node provides and browsers do not.
var nodeBuiltins = map[string]bool{}

func init() {
	for _, m := range strings.Fields(`assert async_hooks buffer child_process cluster console constants crypto
		dgram diagnostics_channel dns domain events fs http http2 https inspector module net os path
		perf_hooks process punycode querystring readline repl stream string_decoder sys timers tls
		trace_events tty url util v8 vm wasi worker_threads zlib test sqlite sea`) {
		nodeBuiltins[m] = true
	}
}

// builtinName returns spec when it names a Node built-in ("fs",
// "fs/promises", "node:fs"), or "".
func builtinName(spec string) string {
	if strings.HasPrefix(spec, "node:") {
		return spec
	}
	base, _, _ := strings.Cut(spec, "/")
	if nodeBuiltins[base] {
		return spec
	}
	return ""
}

// serverPackages are npm packages that only work on a server, with the
// browser counterpart to use instead.
var serverPackages = map[string]string{
	"pusher": "pusher-js",
}

var entryFallbacks = []string{"src/main.ts", "src/main.tsx", "src/main.js", "src/main.jsx", "src/index.ts", "src/index.tsx", "src/index.js", "src/index.jsx"}

// assetExt lists the extensions of imports Vite handles that are not
// JavaScript: recorded, not followed.
var assetExt = map[string]bool{}

func init() {
	for _, e := range strings.Fields(`css scss sass less styl stylus pcss postcss svg png jpg jpeg gif webp avif ico bmp
		woff woff2 ttf otf eot mp4 webm mp3 wav ogg wasm txt md html glsl wgsl vert frag`) {
		assetExt["."+e] = true
	}
}

// isAsset reports an import of a non-JavaScript file, or one with a query
// (?raw, ?url): Vite's business, not followed.
func isAsset(spec string) bool {
	return strings.IndexByte(spec, '?') >= 0 || assetExt[path.Ext(spec)]
}

// ImportGraph bundles the browser entries with esbuild (platform browser,
// nothing written) and records every import on the way. Node built-ins and
// unresolvable imports are recorded and left external, so one missing
// package does not hide the rest of the graph.
func ImportGraph(ctx context.Context, dir string) (*Graph, error) {
	return ImportGraphWith(ctx, dir, GraphOptions{})
}

// ImportGraphWith is ImportGraph with options.
//
// By default esbuild resolves every import (package.json exports and
// browser fields, conditions, extensions) but does not parse the files:
// each is handed to it as a stub holding only its import records, on their
// original lines, as envcheck's lexer finds them (see imports_lex.go).
// Entries, and files the lexer is unsure of, are parsed in full.
func ImportGraphWith(ctx context.Context, dir string, o GraphOptions) (*Graph, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("resolving %s: %w", dir, err)
	}
	g := &Graph{Edges: map[string][]Import{}}
	var inline []string
	if b, err := os.ReadFile(filepath.Join(abs, "index.html")); err == nil {
		_, scripts := ScanHTML("index.html", b)
		for _, s := range scripts {
			s = strings.TrimPrefix(strings.SplitN(s, "?", 2)[0], "/")
			if strings.Contains(s, "://") {
				continue
			}
			if _, err := os.Stat(filepath.Join(abs, filepath.FromSlash(s))); err == nil {
				g.Entries = append(g.Entries, path.Clean(s))
			} else if !strings.HasPrefix(s, "@") { // /@vite/client and friends are Vite's own
				g.Errors = append(g.Errors, Finding{Code: CodeImportError, Severity: SeverityError, File: "index.html",
					Message: fmt.Sprintf("index.html loads the module script /%s, which does not exist: the page stays blank", s),
					Fix:     "fix the src of the <script type=\"module\"> tag"})
			}
		}
		inline = inlineModuleScripts(b)
	}
	if len(g.Entries) == 0 && len(inline) == 0 {
		for _, f := range entryFallbacks {
			if _, err := os.Stat(filepath.Join(abs, filepath.FromSlash(f))); err == nil {
				g.Entries = append(g.Entries, f)
				break
			}
		}
	}
	if len(g.Entries) == 0 && len(inline) == 0 {
		return g, nil
	}
	rel := func(p string) string {
		r, err := filepath.Rel(abs, p)
		if err != nil {
			return p
		}
		return filepath.ToSlash(r)
	}
	aliases := g.readAliases(ctx, abs, o)
	var mu sync.Mutex
	add := func(from string, im Import) {
		mu.Lock()
		g.Edges[from] = append(g.Edges[from], im)
		mu.Unlock()
	}
	type marker struct{}
	isEntry := map[string]bool{}
	for _, e := range g.Entries {
		p := filepath.Join(abs, filepath.FromSlash(e))
		isEntry[p] = true
		if real, err := filepath.EvalSymlinks(p); err == nil {
			isEntry[real] = true
		}
	}
	var stubbed, parsed atomic.Int64
	if o.scan {
		g.scans = map[string]*Scan{}
	}
	// scan scans a project source file the graph loads, as Check would
	// (files it would skip are left to it), and returns src masked.
	scan := func(p string, src []byte) []byte {
		m := mask(src)
		if r := rel(p); o.scan && isBrowserSource(r) && len(src) <= maxSourceSize && !looksBinary(src) {
			s := scanMasked(r, src, m)
			mu.Lock()
			g.scans[r] = s
			mu.Unlock()
		}
		return m
	}
	// stub returns an import-only stub of src (masked: m), or nil for
	// esbuild to parse the file. Entries are parsed: esbuild applies
	// tsconfig.json (which can keep unused imports) only to files its own
	// resolver found.
	stub := func(p string, src, m []byte, fl flavor) *string {
		pkg := strings.Contains(filepath.ToSlash(p), "/node_modules/")
		if o.FullParse || isEntry[p] || pkg && fl.ts() ||
			pkg && fl == flavorJSX && (bytes.Contains(src, []byte("</")) || bytes.Contains(src, []byte("/>"))) {
			parsed.Add(1)
			return nil
		}
		s, ok := importStub(src, m, fl, pkg)
		if !ok {
			parsed.Add(1)
			return nil
		}
		stubbed.Add(1)
		return &s
	}
	plugin := api.Plugin{
		Name: "devproxy-graph",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^devproxy-inline:`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				return api.OnResolveResult{Path: a.Path, Namespace: "devproxy-inline"}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "devproxy-inline"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				var n int
				fmt.Sscanf(strings.TrimPrefix(a.Path, "devproxy-inline:"), "%d", &n)
				src := inline[n]
				return api.OnLoadResult{Contents: &src, ResolveDir: abs, Loader: api.LoaderTS}, nil
			})
			// b.Resolve builds a fresh resolver (empty directory cache) on
			// every call, so it is used only for bare specifiers and cached by
			// the scope that decides their answer; relative imports in project
			// code are probed directly, and inside node_modules left to esbuild.
			var cache sync.Map // key → *cachedResolution
			fsc := &fsCache{}
			resolveBare := func(a api.OnResolveArgs, spec, scope string) resolution {
				key := scope + "\x00" + spec + "\x00" + fmt.Sprint(a.Kind)
				v, _ := cache.LoadOrStore(key, &cachedResolution{})
				c := v.(*cachedResolution)
				c.once.Do(func() { // one call per key, however many files ask at once
					r := b.Resolve(spec, api.ResolveOptions{Importer: a.Importer, ResolveDir: a.ResolveDir, Kind: a.Kind,
						Namespace: "file", PluginData: marker{}, With: a.With})
					c.resolution = resolution{path: r.Path, ns: r.Namespace, data: r.PluginData,
						failed: len(r.Errors) > 0 || r.External || r.Path == ""}
				})
				return c.resolution
			}
			b.OnResolve(api.OnResolveOptions{Filter: `.*`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				if _, again := a.PluginData.(marker); again || a.Kind == api.ResolveEntryPoint {
					return api.OnResolveResult{}, nil
				}
				spec := a.Path
				var from, scope string
				switch {
				case a.Namespace == "devproxy-inline":
					from, scope = "index.html", fsc.projectScope(a.ResolveDir)
				case strings.Contains(filepath.ToSlash(a.Importer), "/node_modules/"):
					from = pkgNode(rel(a.Importer))
					if isRelative(spec) {
						return api.OnResolveResult{}, nil // same package: esbuild resolves it (browser field included)
					}
					scope = fsc.pkgScope(filepath.Join(abs, filepath.FromSlash(from)), spec)
				default:
					from, scope = rel(a.Importer), fsc.projectScope(a.ResolveDir)
				}
				// Vite's alias plugin runs first; the edge keeps the
				// specifier as written.
				orig := spec
				aliased := false
				if len(aliases) > 0 {
					spec, aliased = applyAlias(aliases, spec)
				}
				if isAsset(spec) || strings.HasPrefix(spec, "virtual:") || strings.HasPrefix(spec, "/@") ||
					strings.Contains(spec, "://") || ctx.Err() != nil {
					add(from, Import{orig, "asset:" + orig})
					return api.OnResolveResult{Path: orig, External: true}, nil
				}
				if isRelative(spec) || strings.HasPrefix(spec, "/") {
					base := a.ResolveDir
					if strings.HasPrefix(spec, "/") { // Vite: relative to the project root
						base = abs
					}
					var p string
					if aliased && strings.HasPrefix(spec, abs+string(filepath.Separator)) {
						p = fsc.probe(filepath.Clean(spec)) // already a path under the root, as Vite takes it
					} else if p = fsc.probe(filepath.Join(base, filepath.FromSlash(spec))); p == "" && aliased && filepath.IsAbs(spec) {
						p = fsc.probe(filepath.Clean(spec)) // not under the root: a file system path
					}
					if p != "" {
						to := rel(p)
						if strings.Contains(to, "node_modules/") {
							to = pkgNode(to)
						}
						add(from, Import{orig, to})
						if isAsset(p) {
							return api.OnResolveResult{Path: orig, External: true}, nil
						}
						return api.OnResolveResult{Path: p}, nil
					}
				}
				// Bare specifiers, built-ins, and what probing missed: a
				// package's browser field may map a built-in away, and an
				// installed polyfill (events, buffer) is fine.
				r := resolveBare(a, spec, scope)
				if r.failed {
					if bi := builtinName(spec); bi != "" {
						add(from, Import{orig, "builtin:" + bi})
					} else if aliased && !isRelative(spec) && !filepath.IsAbs(spec) {
						add(from, Import{orig, "unresolved:" + spec}) // aliased to a package: name it
					} else {
						add(from, Import{orig, "unresolved:" + orig})
					}
					return api.OnResolveResult{Path: orig, External: true}, nil
				}
				if !filepath.IsAbs(r.path) {
					// Mapped away by a browser field ("crypto": false): esbuild
					// gives an empty module, which only its own resolver can.
					if aliased {
						return api.OnResolveResult{Path: spec, External: true}, nil
					}
					return api.OnResolveResult{}, nil
				}
				to := rel(r.path)
				if strings.Contains(to, "node_modules/") {
					to = pkgNode(to)
				}
				add(from, Import{orig, to})
				if isAsset(r.path) {
					return api.OnResolveResult{Path: orig, External: true}, nil
				}
				return api.OnResolveResult{Path: r.path, Namespace: r.ns, PluginData: r.data}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: `\.([cm]?[jt]s|[jt]sx)$`, Namespace: "file"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				if o.FullParse && !o.scan {
					return api.OnLoadResult{}, nil
				}
				src, err := os.ReadFile(a.Path)
				if err != nil {
					return api.OnLoadResult{}, nil // esbuild reads it again and reports the error
				}
				m := scan(a.Path, src)
				if s := stub(a.Path, src, m, flavorOf(a.Path)); s != nil {
					return api.OnLoadResult{Contents: s, Loader: api.LoaderJS}, nil
				}
				return api.OnLoadResult{}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: `\.(vue|svelte)$`}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				src, err := os.ReadFile(a.Path)
				if err != nil {
					return api.OnLoadResult{}, err
				}
				scan(a.Path, src)
				js := markupUses(src, componentScripts(src))
				if !strings.Contains(js, "export default") { // <script setup>: the SFC compiler adds it
					js += "\nexport default {}\n"
				}
				if s := stub(a.Path, []byte(js), mask([]byte(js)), flavorTS); s != nil {
					return api.OnLoadResult{Contents: s, Loader: api.LoaderJS}, nil
				}
				return api.OnLoadResult{Contents: &js, Loader: api.LoaderTS}, nil
			})
		},
	}
	entries := make([]string, 0, len(g.Entries)+len(inline))
	for _, e := range g.Entries {
		entries = append(entries, "./"+e)
	}
	for i := range inline {
		entries = append(entries, fmt.Sprintf("devproxy-inline:%d", i))
	}
	bo := api.BuildOptions{
		EntryPoints:   entries,
		AbsWorkingDir: abs,
		Bundle:        true,
		Write:         false,
		Platform:      api.PlatformBrowser,
		Format:        api.FormatESModule,
		Target:        api.ESNext,
		LogLevel:      api.LogLevelSilent,
		Outdir:        filepath.Join(abs, ".devproxy-check-out"),
		Plugins:       []api.Plugin{plugin},
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
	res := api.Build(bo)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	g.Stubbed, g.Parsed = int(stubbed.Load()), int(parsed.Load())
	for _, m := range res.Errors {
		if strings.Contains(m.Text, "No matching export") {
			continue // linking detail; the graph was still followed
		}
		f := Finding{Code: CodeImportError, Severity: SeverityWarning, Message: "esbuild: " + m.Text,
			Fix: "the import graph past this point was not followed; fix the import or ignore this if Vite resolves it through an alias"}
		if m.Location != nil {
			f.File, f.Line = filepath.ToSlash(m.Location.File), m.Location.Line
		}
		g.Errors = append(g.Errors, f)
	}
	for from, ims := range g.Edges {
		sort.SliceStable(ims, func(i, j int) bool { return ims[i].To < ims[j].To })
		g.Edges[from] = ims
	}
	seen := map[string]bool{}
	for _, e := range g.Entries {
		seen[e] = true
	}
	for _, ims := range g.Edges {
		for _, im := range ims {
			if !seen[im.To] && isBrowserSource(im.To) {
				seen[im.To] = true
			}
		}
	}
	for f := range seen {
		g.Files = append(g.Files, f)
	}
	sort.Strings(g.Files)
	return g, nil
}

var reComponentScript = regexp.MustCompile(`(?is)<script\b[^>]*>(.*?)</script\s*>`)

// pkgNode cuts a node_modules file path to its package directory
// ("node_modules/pusher/lib/pusher.js" → "node_modules/pusher"): a package
// is one node of the graph.
func pkgNode(p string) string {
	i := strings.LastIndex(p, "node_modules/")
	if i < 0 {
		return p
	}
	name := pkgName(p)
	return p[:i+len("node_modules/")+len(name)]
}

// flavorOf says how the graph's esbuild build reads a file, by extension.
func flavorOf(p string) flavor {
	switch filepath.Ext(p) {
	case ".ts", ".mts", ".cts":
		return flavorTS
	case ".tsx":
		return flavorTSX
	case ".mjs", ".cjs":
		return flavorJS
	}
	return flavorJSX // .js and .jsx: the build's Loader option reads .js as JSX
}

// componentScripts returns the <script> blocks of a .vue or .svelte file.
func componentScripts(src []byte) string {
	var b strings.Builder
	for _, m := range reComponentScript.FindAllSubmatch(src, -1) {
		b.Write(m[1])
		b.WriteByte('\n')
	}
	return b.String()
}

// inlineModuleScripts returns the bodies of <script type="module"> without src.
func inlineModuleScripts(html []byte) []string {
	var out []string
	for _, m := range reScript.FindAllSubmatch(html, -1) {
		if reModule.Match(m[1]) && !reSrc.Match(m[1]) && strings.TrimSpace(string(m[2])) != "" {
			out = append(out, string(m[2]))
		}
	}
	return out
}
