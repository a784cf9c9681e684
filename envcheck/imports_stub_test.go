package envcheck

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// graphFixtures are the projects under testdata with browser code: the
// stub graph must find exactly what the full-parse graph finds in each, and
// the walker what esbuild walking the whole graph finds.
var graphFixtures = []string{
	"testdata/graph/elision",
	"testdata/graph/alias-static",
	"testdata/graph/alias-array",
	"testdata/check/clean",
	"testdata/check/compose",
	"testdata/check/exposed",
	"testdata/check/fieldnotes",
	"../testdata/demo",
	"../testdata/broken",
	"../testdata/hmr/app",
	"../testdata/node/upcheck/app",
	"../hmr/testdata/app",
	"../mockpusher/testdata/js/web",
}

// graphFacts is what a graph decides: findings and the edges behind them.
func graphFacts(g *Graph, dir string) (findings []string, edges []string) {
	for _, f := range append(slices.Clone(g.Errors), serverImportFindings(g.ServerImports(dir))...) {
		findings = append(findings, fmt.Sprintf("%s %s:%d %s", f.Code, f.File, f.Line, f.Message))
	}
	for from, ims := range g.Edges {
		for _, im := range ims {
			edges = append(edges, from+" → "+im.To+" ("+im.Specifier+")")
		}
	}
	slices.Sort(findings)
	slices.Sort(edges)
	return findings, edges
}

// diffGraphs fails unless the stub graph of dir equals the full-parse one.
func diffGraphs(t *testing.T, dir string) *Graph {
	t.Helper()
	full, err := ImportGraphWith(t.Context(), dir, GraphOptions{FullParse: true})
	if err != nil {
		t.Fatal(err)
	}
	fast, err := ImportGraph(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	ff, fe := graphFacts(full, dir)
	sf, se := graphFacts(fast, dir)
	if !reflect.DeepEqual(sf, ff) {
		t.Errorf("findings differ\nstub: %q\nfull: %q", sf, ff)
	}
	if !reflect.DeepEqual(se, fe) {
		t.Errorf("edges differ\nstub only: %q\nfull only: %q", minus(se, fe), minus(fe, se))
	}
	if !reflect.DeepEqual(fast.Files, full.Files) || !reflect.DeepEqual(fast.Entries, full.Entries) {
		t.Errorf("files differ\nstub: %q\nfull: %q", fast.Files, full.Files)
	}
	if full.Stubbed != 0 {
		t.Errorf("full parse stubbed %d files", full.Stubbed)
	}
	return fast
}

func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

func TestStubGraphMatchesFullParse(t *testing.T) {
	for _, dir := range graphFixtures {
		t.Run(strings.TrimPrefix(dir, "../"), func(t *testing.T) {
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("fixture missing: %v", err)
			}
			diffGraphs(t, dir)
			g := diffWalk(t, dir)
			if g.fallback != "" {
				t.Logf("walker gave way: %s", g.fallback)
			}
			t.Logf("%d files stubbed, %d parsed in full", g.Stubbed, g.Parsed)
		})
	}
}

// TestStubGraphElision pins what the elision fixture must give, so the
// differential test above cannot pass by both graphs being wrong: imports
// used only as types lead nowhere, value imports do.
func TestStubGraphElision(t *testing.T) {
	dir := "testdata/graph/elision"
	g, err := ImportGraph(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"src/main.ts → src/App.vue → os @src/App.vue:4",
		"src/main.ts → src/cjs-user.js → cjs-lib → zlib @src/cjs-user.js:1",
		"src/main.ts → src/dynamic.ts → crypto @src/dynamic.ts:2",
		"src/main.ts → src/inline-type.ts → pusher @src/inline-type.ts:1",
		"src/main.ts → src/reexport.ts → src/server-bits.ts → fs @src/server-bits.ts:1",
		"src/main.ts → src/side-effect.ts → node:fs @src/side-effect.ts:2",
	}
	got := chains(g.ServerImports(dir))
	slices.Sort(got)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ServerImports =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	edges := map[string]bool{}
	for from, ims := range g.Edges {
		for _, im := range ims {
			edges[from+" → "+im.To] = true
		}
	}
	for edge, want := range map[string]bool{
		"src/value-use.ts → node_modules/pusher":          true,
		"src/inline-type.ts → node_modules/pusher":        true,
		"src/type-only.ts → node_modules/pusher":          false,
		"src/import-type.ts → node_modules/pusher":        false,
		"src/inline-type-unused.ts → node_modules/pusher": false,
		"src/view.tsx → node_modules/pusher":              false,
		"src/App.vue → node_modules/pusher":               false,
		"src/reexport.ts → src/server-types.ts":           false,
		"src/dynamic.ts → builtin:os":                     false,
		"src/dynamic.ts → builtin:path":                   false,
		"src/cjs-user.js → node_modules/esm-lib":          true,
		"node_modules/cjs-lib → builtin:zlib":             true,
		"node_modules/cjs-lib → builtin:tls":              false,
		"node_modules/esm-lib → builtin:os":               false, // the browser condition wins
	} {
		if edges[edge] != want {
			t.Errorf("edge %s: %v; want %v", edge, edges[edge], want)
		}
	}
	for from, ims := range g.Edges {
		if from == "src/not-imports.ts" {
			t.Errorf("src/not-imports.ts imports nothing; got %v", ims)
		}
	}
	if g.Stubbed < 12 {
		t.Errorf("only %d files stubbed (%d parsed): the lexer gave up where it should not", g.Stubbed, g.Parsed)
	}
}

// TestStubGraphGenerated compares both graphs on the benchmark's project.
func TestStubGraphGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 11,000 files; skipped with -short")
	}
	dir := t.TempDir()
	genProject(t, dir)
	g := diffGraphs(t, dir)
	if g.Parsed > 1 {
		t.Errorf("%d files parsed in full; want only the entry", g.Parsed)
	}
	t.Logf("%d files stubbed, %d parsed in full", g.Stubbed, g.Parsed)
}

// TestStubGraphFallsBack checks that a file the lexer is unsure of is
// given to esbuild whole, and that a broken one is still reported.
func TestStubGraphFallsBack(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"src/main.ts":   "import { a } from './unsure'\nimport './broken'\nconsole.log(a)\n",
		"src/unsure.ts": "import { Channel } from 'pusher'\nexport const a = [Channel]\n",
		"src/broken.ts": "export function f() {\n  if (x {\n}\n",
	})
	g := diffGraphs(t, dir)
	if g.Parsed != 3 || g.Stubbed != 0 {
		t.Errorf("stubbed %d, parsed %d; want every file parsed (entry, unsure, unbalanced)", g.Stubbed, g.Parsed)
	}
	if len(g.Errors) == 0 {
		t.Errorf("no error for src/broken.ts")
	}
}

// TestBareImportScopes: plain packages share one resolution of a bare
// import per node_modules directory; a package with a browser field or
// node_modules of its own keeps its own.
func TestBareImportScopes(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"src/main.ts":                                              "import './a'\nimport { a } from 'mapped'\nimport { b } from 'plain'\nimport { c } from 'nested'\nconsole.log(a, b, c)\n",
		"src/a.ts":                                                 "export const x = 1\n",
		"node_modules/mapped/package.json":                         `{"name":"mapped","main":"index.js","browser":{"crypto-lib":"./shim.js"}}`,
		"node_modules/mapped/index.js":                             "exports.a = require('crypto-lib')\n",
		"node_modules/mapped/shim.js":                              "module.exports = {}\n",
		"node_modules/plain/package.json":                          `{"name":"plain","main":"index.js"}`,
		"node_modules/plain/index.js":                              "exports.b = require('crypto-lib')\n",
		"node_modules/nested/package.json":                         `{"name":"nested","main":"index.js"}`,
		"node_modules/nested/index.js":                             "exports.c = require('crypto-lib')\n",
		"node_modules/nested/node_modules/crypto-lib/package.json": `{"name":"crypto-lib","main":"index.js"}`,
		"node_modules/nested/node_modules/crypto-lib/index.js":     "module.exports = 'nested copy'\n",
		"node_modules/crypto-lib/package.json":                     `{"name":"crypto-lib","main":"index.js"}`,
		"node_modules/crypto-lib/index.js":                         "module.exports = require('crypto')\n",
	})
	g := diffGraphs(t, dir)
	want := map[string]string{
		"node_modules/mapped": "node_modules/mapped",
		"node_modules/plain":  "node_modules/crypto-lib",
		"node_modules/nested": "node_modules/nested/node_modules/crypto-lib",
	}
	for from, to := range want {
		if ims := g.Edges[from]; len(ims) != 1 || ims[0].To != to {
			t.Errorf("%s imports %v; want crypto-lib from %s", from, ims, to)
		}
	}
	if got := chains(g.ServerImports(dir)); !reflect.DeepEqual(got, []string{"src/main.ts → plain → crypto-lib → crypto @src/main.ts:3"}) {
		t.Errorf("ServerImports = %q", got)
	}
}
