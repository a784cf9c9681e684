package envcheck

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Graph is the import graph of the browser code, from the module scripts of
// index.html (or src/main.* when there is none).
type Graph struct {
	Entries []string            // project-relative, slash-separated
	Edges   map[string][]Import // importer → imports, in the order found
	Files   []string            // project source files reached (no node_modules)
	Errors  []Finding           // esbuild errors that stop part of the graph

	// Stubbed counts the files whose imports were read by envcheck's lexer
	// alone (the walker's project files, and files esbuild read as
	// import-only stubs), Parsed those esbuild parsed in full (entries, and
	// files the lexer was unsure of). Both ways of walking give the same counts.
	Stubbed, Parsed int

	// Aliases lists vite.config's resolve.alias finds the graph applied, as
	// written ("@", /^~\//); AliasMethod says how the config was read
	// ("static" or "node").
	Aliases     []string
	AliasMethod string

	scans    map[string]*Scan // project files scanned as they were loaded (GraphOptions.scan)
	fallback string           // why the walker gave way to EsbuildGraph, or ""
}

// GraphOptions says how ImportGraphWith reads the code. The zero value is
// what ImportGraph does.
type GraphOptions struct {
	// FullParse has esbuild walk the graph and parse every file in full, as
	// a bundler would, instead of taking imports from envcheck's lexer. It
	// finds the same imports at several times the CPU, and also reports
	// syntax errors; the differential tests use it as the reference.
	// Default false.
	FullParse bool

	// EsbuildGraph has esbuild walk the whole graph, every project file
	// included (as envcheck did before its own walker), instead of only the
	// packages and the files the lexer is unsure of. Same graph, at about
	// twice the time; the differential tests use it as the reference.
	// FullParse implies it. Default false.
	EsbuildGraph bool

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

// ImportGraph follows the browser entries' imports as a bundler would
// (platform browser, nothing written) and records every import on the way.
// Node built-ins and unresolvable imports are recorded and left external,
// so one missing package does not hide the rest of the graph.
func ImportGraph(ctx context.Context, dir string) (*Graph, error) {
	return ImportGraphWith(ctx, dir, GraphOptions{})
}

// ImportGraphWith is ImportGraph with options.
//
// By default envcheck walks the project's own files itself (imports_walk.go)
// and leaves to esbuild what needs its fidelity: resolving bare specifiers
// (package.json exports and browser fields, conditions), the files inside
// node_modules, and files its lexer is unsure of. With EsbuildGraph (or
// FullParse) esbuild walks the whole graph (imports_esbuild.go); both give
// the same graph.
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
	aliases := g.readAliases(ctx, abs, o)
	if !o.EsbuildGraph && !o.FullParse {
		w := newGraphRun(ctx, abs, o, g, inline, aliases)
		errs, ok := w.walk()
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if ok {
			return w.finish(errs), nil
		}
		// The walker met what only esbuild handles exactly (see walkFallback):
		// start again with esbuild walking everything.
		g.Edges = map[string][]Import{}
	}
	r := newGraphRun(ctx, abs, o, g, inline, aliases)
	errs := r.esbuildGraph()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return r.finish(errs), nil
}

// finish adds esbuild's errors to the graph, sorts each file's imports and
// lists the project files reached.
func (r *graphRun) finish(errs []api.Message) *Graph {
	g := r.g
	g.Stubbed, g.Parsed = int(r.stubbed.Load()), int(r.parsed.Load())
	for _, m := range errs {
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
	return g
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
