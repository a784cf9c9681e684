package envcheck

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
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

	scans map[string]*Scan // project files scanned as they were loaded (GraphOptions.scan)
}

// GraphOptions says how ImportGraphWith reads the code. The zero value is
// what ImportGraph does.
type GraphOptions struct {
	// FullParse has esbuild parse every file in full, as a bundler would,
	// instead of reading import-only stubs made by envcheck's lexer. It finds
	// the same imports, several times slower; the differential tests use it
	// as the reference. Default false.
	FullParse bool

	// scan has the graph scan each project source file it loads, so Check
	// reads and masks it once.
	scan bool
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
			resolveBare := func(a api.OnResolveArgs, scope string) resolution {
				key := scope + "\x00" + a.Path + "\x00" + fmt.Sprint(a.Kind)
				v, _ := cache.LoadOrStore(key, &cachedResolution{})
				c := v.(*cachedResolution)
				c.once.Do(func() { // one call per key, however many files ask at once
					r := b.Resolve(a.Path, api.ResolveOptions{Importer: a.Importer, ResolveDir: a.ResolveDir, Kind: a.Kind,
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
					from, scope = "index.html", fsc.nmScope(a.ResolveDir)
				case strings.Contains(filepath.ToSlash(a.Importer), "/node_modules/"):
					from = pkgNode(rel(a.Importer))
					if isRelative(spec) {
						return api.OnResolveResult{}, nil // same package: esbuild resolves it (browser field included)
					}
					scope = fsc.pkgScope(filepath.Join(abs, filepath.FromSlash(from)), spec)
				default:
					from, scope = rel(a.Importer), fsc.nmScope(a.ResolveDir)
				}
				if isAsset(spec) || strings.HasPrefix(spec, "virtual:") || strings.HasPrefix(spec, "/@") ||
					strings.Contains(spec, "://") || ctx.Err() != nil {
					add(from, Import{spec, "asset:" + spec})
					return api.OnResolveResult{Path: spec, External: true}, nil
				}
				if isRelative(spec) || strings.HasPrefix(spec, "/") {
					base := a.ResolveDir
					if strings.HasPrefix(spec, "/") { // Vite: relative to the project root
						base = abs
					}
					if p := fsc.probe(filepath.Join(base, filepath.FromSlash(spec))); p != "" {
						to := rel(p)
						if strings.Contains(to, "node_modules/") {
							to = pkgNode(to)
						}
						add(from, Import{spec, to})
						if isAsset(p) {
							return api.OnResolveResult{Path: spec, External: true}, nil
						}
						return api.OnResolveResult{Path: p}, nil
					}
				}
				// Bare specifiers, built-ins, and what probing missed: a
				// package's browser field may map a built-in away, and an
				// installed polyfill (events, buffer) is fine.
				r := resolveBare(a, scope)
				if r.failed {
					if bi := builtinName(spec); bi != "" {
						add(from, Import{spec, "builtin:" + bi})
					} else {
						add(from, Import{spec, "unresolved:" + spec})
					}
					return api.OnResolveResult{Path: spec, External: true}, nil
				}
				if !filepath.IsAbs(r.path) {
					// Mapped away by a browser field ("crypto": false): esbuild
					// gives an empty module, which only its own resolver can.
					return api.OnResolveResult{}, nil
				}
				to := rel(r.path)
				if strings.Contains(to, "node_modules/") {
					to = pkgNode(to)
				}
				add(from, Import{spec, to})
				if isAsset(r.path) {
					return api.OnResolveResult{Path: spec, External: true}, nil
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
				js := componentScripts(src)
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

// resolution is a cached answer of esbuild's resolver.
type resolution struct {
	path, ns string
	data     any
	failed   bool
}

type cachedResolution struct {
	once sync.Once
	resolution
}

func isRelative(spec string) bool {
	return spec == "." || spec == ".." || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../")
}

// probeExt is the order esbuild tries extensions in, plus Vue and Svelte.
var probeExt = []string{".tsx", ".ts", ".jsx", ".js", ".mjs", ".mts", ".cjs", ".css", ".json", ".vue", ".svelte"}

// fsCache remembers directory listings for one ImportGraph call (not
// longer: a watcher's next run must see files created since). One listing
// answers every probe in a directory, where stat would cost a call each.
type fsCache struct {
	dirs, scopes sync.Map // dir → map[name]type bits; dir → nearest ancestor with node_modules
	pkgs         sync.Map // package dir → its name when pkgScope may widen, else ""
}

func (c *fsCache) isFile(p string) bool {
	mode, ok := c.mode(p)
	switch {
	case !ok:
		return false
	case mode&fs.ModeSymlink != 0:
		st, err := os.Stat(p)
		return err == nil && st.Mode().IsRegular()
	}
	return mode.IsRegular()
}

// pkgScope returns the scope that decides how a bare import from package
// dir pkg resolves. A package with no browser field, no node_modules or
// tsconfig of its own, importing another package, resolves it as its
// siblings do: the scope is the directory holding them.
func (c *fsCache) pkgScope(pkg, spec string) string {
	v, ok := c.pkgs.Load(pkg)
	if !ok {
		var meta struct {
			Name    string
			Browser json.RawMessage
			Imports json.RawMessage
		}
		plain := false
		if b, err := os.ReadFile(filepath.Join(pkg, "package.json")); err == nil && json.Unmarshal(b, &meta) == nil {
			_, nm := c.mode(filepath.Join(pkg, "node_modules"))
			plain = meta.Browser == nil && meta.Imports == nil && !nm &&
				!c.isFile(filepath.Join(pkg, "tsconfig.json")) && !c.isFile(filepath.Join(pkg, "jsconfig.json"))
		}
		name := ""
		if plain {
			name = meta.Name
		}
		v, _ = c.pkgs.LoadOrStore(pkg, name)
	}
	name := v.(string)
	if name == "" || strings.HasPrefix(spec, "#") || bareName(spec) == name {
		return pkg
	}
	return filepath.Dir(pkg) + string(filepath.Separator) + "*"
}

// mode returns the type bits of p from its directory's listing.
func (c *fsCache) mode(p string) (fs.FileMode, bool) {
	dir, name := filepath.Split(p)
	v, ok := c.dirs.Load(dir)
	if !ok {
		ents := map[string]fs.FileMode{}
		if f, err := os.Open(dir); err == nil {
			list, _ := f.ReadDir(-1)
			f.Close()
			for _, e := range list {
				ents[e.Name()] = e.Type()
			}
		}
		v, _ = c.dirs.LoadOrStore(dir, ents)
	}
	mode, ok := v.(map[string]fs.FileMode)[name]
	return mode, ok
}

// probe resolves a relative import in project code the way esbuild does
// for plain files: the path, with an extension, .js written for .ts, or a
// directory's index. "" leaves it to esbuild.
func (c *fsCache) probe(p string) string {
	isFile := c.isFile
	if isFile(p) {
		return p
	}
	for _, e := range probeExt {
		if isFile(p + e) {
			return p + e
		}
	}
	switch ext := filepath.Ext(p); ext {
	case ".js", ".jsx", ".mjs", ".cjs":
		base := strings.TrimSuffix(p, ext)
		for _, e := range []string{".ts", ".tsx", ".mts", ".cts"} {
			if isFile(base + e) {
				return base + e
			}
		}
	}
	if isFile(filepath.Join(p, "package.json")) {
		return ""
	}
	for _, e := range probeExt {
		if f := filepath.Join(p, "index"+e); isFile(f) {
			return f
		}
	}
	return ""
}

// nmScope returns the nearest ancestor of dir holding node_modules: bare
// imports from anywhere below it resolve the same way.
func (c *fsCache) nmScope(dir string) string {
	if v, ok := c.scopes.Load(dir); ok {
		return v.(string)
	}
	scope := dir
	for d := dir; ; {
		if st, err := os.Stat(filepath.Join(d, "node_modules")); err == nil && st.IsDir() {
			scope = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	c.scopes.Store(dir, scope)
	return scope
}

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

// ServerImports walks the graph breadth first from the entries and returns
// each server-only module reachable from browser code, once per importing
// project file, with the shortest chain.
func (g *Graph) ServerImports(dir string) []ServerImport {
	parent := map[string]string{}
	via := map[string]string{} // node → specifier its parent imported it by
	queue := append([]string(nil), g.Entries...)
	if len(g.Edges["index.html"]) > 0 {
		queue = append(queue, "index.html")
	}
	for _, e := range queue {
		parent[e] = ""
	}
	var found []ServerImport
	seen := map[string]int{} // file and module → index+1 in found
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, im := range g.Edges[n] {
			if _, ok := parent[im.To]; ok {
				continue
			}
			parent[im.To] = n
			via[im.To] = im.Specifier
			queue = append(queue, im.To)
			mod := serverModule(im)
			if mod == "" {
				continue
			}
			chain := []string{im.To}
			for p := n; p != ""; p = parent[p] {
				chain = append(chain, p)
			}
			for i, j := 0, len(chain)-1; i < j; i, j = i+1, j-1 {
				chain[i], chain[j] = chain[j], chain[i]
			}
			si := summarize(chain, mod, via)
			key := si.File + "\x00" + si.Module
			if seen[key] != 0 {
				continue
			}
			// A built-in needed inside a server package extends that
			// package's chain (pusher → crypto) instead of a finding of its own.
			if pk := packageOf(si.Chain); pk != "" && pk != si.Module {
				if i := seen[si.File+"\x00"+pk]; i != 0 && len(found[i-1].Chain) > 0 && found[i-1].Chain[len(found[i-1].Chain)-1] == pk {
					found[i-1].Chain = append(found[i-1].Chain, si.Module)
				}
				continue
			}
			if si.File != "" {
				si.Line = importLine(filepath.Join(dir, filepath.FromSlash(si.File)), si.spec)
			}
			found = append(found, si.ServerImport)
			seen[key] = len(found)
		}
	}
	return found
}

type serverImport struct {
	ServerImport
	spec string // specifier imported in File
}

// serverModule names the server-only module an import reaches, or "".
func serverModule(im Import) string {
	if m, ok := strings.CutPrefix(im.To, "builtin:"); ok {
		return m
	}
	pk := pkgName(im.To)
	if pk == "" {
		if u, ok := strings.CutPrefix(im.To, "unresolved:"); ok {
			pk = bareName(u)
		}
	}
	if _, ok := serverPackages[pk]; ok {
		return pk
	}
	return ""
}

// summarize turns a chain of graph nodes into what a person reads:
// project files as paths, each node_modules package once by name.
func summarize(nodes []string, mod string, via map[string]string) serverImport {
	si := serverImport{ServerImport: ServerImport{Module: mod}}
	for i, n := range nodes {
		label := n
		if b, ok := strings.CutPrefix(n, "builtin:"); ok {
			label = b
		} else if u, ok := strings.CutPrefix(n, "unresolved:"); ok {
			label = u
		} else if pk := pkgName(n); pk != "" {
			label = pk
		} else if n != "index.html" || i == 0 {
			si.File = n
		}
		if si.File == n && i+1 < len(nodes) {
			si.spec = via[nodes[i+1]]
		}
		if len(si.Chain) > 0 && si.Chain[len(si.Chain)-1] == label {
			continue
		}
		si.Chain = append(si.Chain, label)
	}
	return si
}

// packageOf returns the first node_modules package named in a summarized
// chain that is a server package, or "".
func packageOf(chain []string) string {
	for _, c := range chain {
		if _, ok := serverPackages[c]; ok {
			return c
		}
	}
	return ""
}

// pkgName returns the npm package of a node_modules path, or "".
func pkgName(p string) string {
	i := strings.LastIndex(p, "node_modules/")
	if i < 0 {
		return ""
	}
	rest := p[i+len("node_modules/"):]
	parts := strings.SplitN(rest, "/", 3)
	if strings.HasPrefix(rest, "@") && len(parts) >= 2 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

func bareName(spec string) string {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") && len(parts) >= 2 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

// importLine finds the first line of file with spec as a string literal.
func importLine(file, spec string) int {
	b, err := os.ReadFile(file)
	if err != nil || spec == "" {
		return 0
	}
	m := mask(b)
	lines := newLineIndex(b)
	for _, q := range []string{"'", `"`, "`"} {
		lit := q + spec + q
		for off := 0; off < len(b); {
			i := strings.Index(string(b[off:]), lit)
			if i < 0 {
				break
			}
			at := off + i
			if m[at] == q[0] { // a real literal, not text inside a comment or another string
				return lines.line(at)
			}
			off = at + 1
		}
	}
	return 0
}
