package envcheck

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/evanw/esbuild/pkg/api"
)

// esbuildImports returns the import records esbuild's own parser keeps for
// src read as fl ("kind spec" each, sorted), or ok false when esbuild
// rejects the source. The file is served by a plugin, as the graph's
// files are, so no tsconfig.json applies.
func esbuildImports(src string, fl flavor) (recs []string, ok bool) {
	loader := map[flavor]api.Loader{flavorJS: api.LoaderJS, flavorJSX: api.LoaderJSX, flavorTS: api.LoaderTS, flavorTSX: api.LoaderTSX}[fl]
	var mu sync.Mutex
	res := api.Build(api.BuildOptions{
		EntryPoints: []string{"fuzz-entry"},
		Bundle:      true,
		Write:       false,
		LogLevel:    api.LogLevelSilent,
		Platform:    api.PlatformBrowser,
		Format:      api.FormatESModule,
		Target:      api.ESNext,
		Plugins: []api.Plugin{{Name: "fuzz", Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `.*`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				if a.Kind == api.ResolveEntryPoint {
					return api.OnResolveResult{Path: "/fuzz/input", Namespace: "fuzz"}, nil
				}
				mu.Lock()
				recs = append(recs, fmt.Sprint(kindOf(a.Kind), " ", a.Path))
				mu.Unlock()
				return api.OnResolveResult{Path: a.Path, External: true}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "fuzz"}, func(api.OnLoadArgs) (api.OnLoadResult, error) {
				return api.OnLoadResult{Contents: &src, Loader: loader, ResolveDir: "/fuzz"}, nil
			})
		}}},
	})
	if len(res.Errors) > 0 {
		return nil, false
	}
	slices.Sort(recs)
	return slices.Compact(recs), true
}

func kindOf(k api.ResolveKind) string {
	switch k {
	case api.ResolveJSImportStatement:
		return "import"
	case api.ResolveJSRequireCall:
		return "require"
	case api.ResolveJSDynamicImport:
		return "dynamic"
	}
	return fmt.Sprintf("kind%d", k)
}

func lexedImports(recs []importRecord) []string {
	out := []string{}
	for _, r := range recs {
		out = append(out, fmt.Sprint([]string{"import", "require", "dynamic"}[r.Kind], " ", r.Spec))
	}
	slices.Sort(out)
	return slices.Compact(out) // esbuild resolves a kind and path once per file
}

// FuzzImportRecords checks the import lexer never panics and, whenever it
// claims to be sure, finds exactly the import records esbuild's parser
// keeps (TypeScript's dropped type-only imports included). The seed corpus
// is every source file of the graph fixtures and of testdata/node's npm
// packages (pusher, pusher-js, vite...), read as its extension says.
func FuzzImportRecords(f *testing.F) {
	for _, dir := range append(graphFixtures, "../testdata/node/node_modules") {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !slices.Contains([]string{".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".tsx"}, filepath.Ext(p)) {
				return nil
			}
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				f.Add(b, uint8(flavorOf(p)))
			}
			return nil
		})
	}
	for _, s := range lexerCases {
		f.Add([]byte(s.src), uint8(s.fl))
	}
	f.Fuzz(func(t *testing.T, src []byte, fl uint8) {
		flv := flavor(fl % 4)
		recs, ok := importRecords(src, flv, fl&4 != 0)
		if _, sok := importStub(src, mask(src), flv, fl&4 != 0); sok != ok {
			t.Fatalf("importStub ok = %v; importRecords ok = %v", sok, ok)
		}
		if !ok {
			return
		}
		want, valid := esbuildImports(string(src), flv)
		if !valid {
			return // esbuild rejects it: the graph reports that only with FullParse
		}
		if got := lexedImports(recs); !slices.Equal(got, want) {
			t.Errorf("flavor %d: lexer %q; esbuild %q\n%s", flv, got, want, src)
		}
	})
}

// lexerCases are the import lexer's table: what it finds must be what
// esbuild keeps (checked in TestImportRecords), with the lines it gives.
var lexerCases = []struct {
	name string
	src  string
	fl   flavor
	want []string // "kind spec @line"; nil: the lexer gives up
}{
	{"statements", "import a from 'a'\nimport * as b from \"b\"\nimport 'c'\nexport * from 'd'\nexport { e } from 'e'\nexport * as f from 'f'\na(b)\n", flavorJS,
		[]string{"import a @1", "import b @2", "import c @3", "import d @4", "import e @5", "import f @6"}},
	{"require and import()", "const x = require('x')\nconst y = () => import('./y')\n", flavorJSX, []string{"require x @1", "dynamic ./y @2"}},
	{"comments and strings", "// import 'a'\n/* require('b') */\nconst s = \"import 'c'\"\nconst t = `${s} require('d')`\nconst r = /import 'e'/\n", flavorJS, []string{}},
	{"multi-line import", "import {\n  a,\n  b,\n} from 'ab'\nexport { a, b }\n", flavorTS, []string{"import ab @4"}},
	{"type-only in ts", "import { A } from 'a'\nlet x: A\n", flavorTS, nil},
	{"unused in ts", "import { A } from 'a'\n", flavorTS, []string{}},
	{"import type", "import type A from 'a'\nimport type { B } from 'b'\nimport { type C } from 'c'\nexport type { D } from 'd'\n", flavorTS, []string{}},
	{"inline type and value", "import { type A, b } from 'ab'\nb()\n", flavorTS, []string{"import ab @1"}},
	{"value uses", "import a from 'a'\nimport { b } from 'b'\nimport c from 'c'\nimport d from 'd'\nimport e from 'e'\nconst x = a\nf(b)\nnew c()\nif (d) e.run()\n", flavorTS,
		[]string{"import a @1", "import b @2", "import c @3", "import d @4", "import e @5"}},
	{"re-exported", "import { a } from 'a'\nimport b from 'b'\nexport { a }\nexport default b\n", flavorTS, []string{"import a @1", "import b @2"}},
	{"export type from is not a record", "export type { A } from 'a'\nexport { type B } from 'b'\n", flavorTS, []string{"import b @2"}},
	{"type import() in ts", "let a: import('a').A\nexport type B = typeof import('b')\n", flavorTS, nil},
	{"jsx value", "import { A } from 'a'\nexport const x = <A />\n", flavorTSX, []string{"import a @1"}},
	{"unused in tsx", "import React from 'react'\nexport const x = <div />\n", flavorTSX, nil},
	{"computed require", "require('./locale/' + lang)\n", flavorJS, nil},
	{"shadowed require", "function f(require) { return require('x') }\n", flavorJS, nil},
	{"typeof require", "if (typeof require === 'function') require('x')\n", flavorJS, []string{"require x @1"}},
	{"require in try, in a package", "try { require('./optional') } catch {}\n", flavorJS, []string{"require ./optional @1"}},
	{"import attributes", "import data from './d.json' with { type: 'json' }\n", flavorJS, nil},
	{"unterminated", "import a from 'a\n", flavorJS, nil},
	{"import meta", "const u = import.meta.url\n", flavorJS, []string{}},
	{"import equals", "import fs = require('fs')\nfs.x()\n", flavorTS, nil},
	{"types only", "import { A } from 'a'\nimport { B } from 'b'\nimport C from 'c'\nlet x: A = 1\nexport function f(p: B, q?: C.T): A {\n  return p as A\n}\nconst m = new Map<A, B>()\n", flavorTS,
		[]string{}},
	{"a parameter shadows the import", "import nacl from 'nacl'\nexport function f(nacl: object) { return g(nacl) }\n", flavorTS, nil},
	{"a local shadows the import", "import { x } from 'x'\nexport const f = () => { const { x } = o; return x() }\n", flavorTS, nil},
	{"declare module", "declare module 'x' {\n  import { A } from 'a'\n}\n", flavorTS, nil},
}

func TestImportRecords(t *testing.T) {
	for _, tc := range lexerCases {
		t.Run(tc.name, func(t *testing.T) {
			recs, ok := importRecords([]byte(tc.src), tc.fl, false)
			if tc.want == nil {
				if ok {
					t.Errorf("importRecords(%q) = %v; want unsure", tc.src, recs)
				}
				return
			}
			got := []string{}
			for _, r := range recs {
				got = append(got, fmt.Sprintf("%s %s @%d", []string{"import", "require", "dynamic"}[r.Kind], r.Spec, r.Line))
			}
			if !ok || !slices.Equal(got, tc.want) {
				t.Errorf("importRecords(%q) = %q, %v; want %q", tc.src, got, ok, tc.want)
			}
			if want, valid := esbuildImports(tc.src, tc.fl); valid && ok && !slices.Equal(lexedImports(recs), want) {
				t.Errorf("esbuild keeps %q", want)
			}
		})
	}
	// In a package, esbuild forgives a failed relative require inside try.
	if _, ok := importRecords([]byte("try { require('./optional') } catch {}\n"), flavorJS, true); ok {
		t.Errorf("a relative require inside try in a package must be left to esbuild")
	}
}
