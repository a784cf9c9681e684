package envcheck

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// writeTree writes files (slash paths → contents) under a new temp dir.
func writeTree(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func chains(sis []ServerImport) []string {
	var out []string
	for _, si := range sis {
		out = append(out, strings.Join(si.Chain, " → ")+" @"+si.File+":"+itoa(si.Line))
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestServerImports(t *testing.T) {
	html := `<script type="module" src="/src/main.ts"></script>`
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"fake pusher SDK needing crypto", map[string]string{
			"index.html":                        html,
			"src/main.ts":                       "import './chat'\n",
			"src/chat.ts":                       "// server helper\nimport Pusher from 'pusher'\nexport const p = new Pusher({})\n",
			"node_modules/pusher/package.json":  `{"name":"pusher","main":"lib/pusher.js"}`,
			"node_modules/pusher/lib/pusher.js": "const crypto = require('crypto')\nmodule.exports = function Pusher() {}\n",
		}, []string{"src/main.ts → src/chat.ts → pusher → crypto @src/chat.ts:2"}},
		{"pusher not installed", map[string]string{
			"index.html":  html,
			"src/main.ts": "import Pusher from 'pusher'\nnew Pusher({})\n",
		}, []string{"src/main.ts → pusher @src/main.ts:1"}},
		{"node: built-in", map[string]string{
			"index.html":  html,
			"src/main.ts": "import { a } from './a'\nconsole.log(a)\n",
			"src/a.ts":    "\n\nimport { createHash } from \"node:crypto\"\nexport const a = createHash\n",
		}, []string{"src/main.ts → src/a.ts → node:crypto @src/a.ts:3"}},
		{"built-in inside another package", map[string]string{
			"index.html":                        html,
			"src/main.ts":                       "import jwt from 'jsonish'\njwt()\n",
			"node_modules/jsonish/package.json": `{"name":"jsonish","main":"index.js"}`,
			"node_modules/jsonish/index.js":     "module.exports = require('fs')\n",
		}, []string{"src/main.ts → jsonish → fs @src/main.ts:1"}},
		{"browser field maps the built-in away", map[string]string{
			"index.html":                           html,
			"src/main.ts":                          "import x from 'isomorphic'\nx()\n",
			"node_modules/isomorphic/package.json": `{"name":"isomorphic","main":"index.js","browser":{"crypto":false}}`,
			"node_modules/isomorphic/index.js":     "module.exports = require('crypto')\n",
		}, nil},
		{"installed polyfill", map[string]string{
			"index.html":                       html,
			"src/main.ts":                      "import { EventEmitter } from 'events'\nnew EventEmitter()\n",
			"node_modules/events/package.json": `{"name":"events","main":"events.js"}`,
			"node_modules/events/events.js":    "exports.EventEmitter = function () {}\n",
		}, nil},
		{"inline module script, css and a missing package", map[string]string{
			"index.html":    `<script type="module">import './src/boot.js'</script>`,
			"src/boot.js":   "import './style.css'\nimport 'not-installed'\nimport os from 'os'\n",
			"src/style.css": "body{}",
		}, []string{"index.html → src/boot.js → os @src/boot.js:3"}},
		{"src/main fallback and a vue component", map[string]string{
			"src/main.js": "import App from './App.vue'\n",
			"src/App.vue": "<template><p/></template>\n<script setup>\nimport { readFileSync } from 'fs'\nreadFileSync('x')\n</script>\n",
		}, []string{"src/main.js → src/App.vue → fs @src/App.vue:3"}},
		{"vue component used only in the template", map[string]string{
			"src/main.ts":                   "import { createApp } from 'vue'\nimport App from './App.vue'\ncreateApp(App)\n",
			"src/App.vue":                   "<script setup lang=\"ts\">\nimport ChatPanel from './ChatPanel.vue'\nimport { format } from './fmt'\nimport type { Opts } from './opts'\nimport { Channel } from 'pusher'\nlet c: Channel | undefined\n</script>\n<template><chat-panel :t=\"format(1)\"/></template>\n",
			"src/ChatPanel.vue":             "<script setup lang=\"ts\">\nimport Pusher from 'pusher'\nconst p = new Pusher({})\n</script>\n<template><p/></template>\n",
			"src/fmt.ts":                    "import { hostname } from 'os'\nexport const format = (n: number) => hostname() + n\n",
			"node_modules/vue/package.json": `{"name":"vue","module":"index.js"}`,
			"node_modules/vue/index.js":     "export function createApp() {}\n",
		}, []string{"src/main.ts → src/App.vue → src/ChatPanel.vue → pusher @src/ChatPanel.vue:2",
			"src/main.ts → src/App.vue → src/fmt.ts → os @src/fmt.ts:1"}},
		{"comment mention is not the import line", map[string]string{
			"src/main.ts": "// we used to import 'pusher' here\nimport P from 'pusher'\nnew P({})\n",
		}, []string{"src/main.ts → pusher @src/main.ts:2"}},
		{"type-only import is erased", map[string]string{
			"src/main.ts": "import type Pusher from 'pusher'\nlet p: Pusher | undefined\n",
		}, nil},
		{"no entry", map[string]string{"README.md": "hi"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTree(t, tt.files)
			g, err := ImportGraph(t.Context(), dir)
			if err != nil {
				t.Fatal(err)
			}
			if got := chains(g.ServerImports(dir)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ServerImports = %q; want %q\nedges: %v\nerrors: %v", got, tt.want, g.Edges, g.Errors)
			}
			if len(g.Errors) > 0 {
				t.Errorf("esbuild errors: %+v", g.Errors)
			}
			// Where nothing is reported, the graph must still have reached the package.
			if edge, ok := followed[tt.name]; ok && !hasEdgeTo(g, edge) {
				t.Errorf("no import edge to %s: the graph stopped early\nedges: %v", edge, g.Edges)
			}
		})
	}
}

var followed = map[string]string{
	"browser field maps the built-in away": "node_modules/isomorphic",
	"installed polyfill":                   "node_modules/events",
}

func hasEdgeTo(g *Graph, to string) bool {
	for _, ims := range g.Edges {
		for _, im := range ims {
			if im.To == to {
				return true
			}
		}
	}
	return false
}

// TestServerImportsRealPusherSDK follows the real pusher package from npm
// (testdata/node/node_modules, installed by npm ci) to Node's crypto.
func TestServerImportsRealPusherSDK(t *testing.T) {
	real, _ := filepath.Abs(filepath.Join("..", "testdata", "node", "node_modules"))
	if _, err := os.Stat(filepath.Join(real, "pusher", "package.json")); err != nil {
		t.Skipf("the real pusher SDK is not installed (run npm ci in testdata/node): %v", err)
	}
	dir := writeTree(t, map[string]string{
		"index.html":               `<script type="module" src="/src/main.ts"></script>`,
		"src/main.ts":              "import Client from 'pusher-js'\nimport { notify } from './services/chat'\nnew Client('k', { cluster: 'eu' })\nnotify()\n",
		"src/services/chat.ts":     "import { trigger } from '../lib/pusher-server'\nexport const notify = () => trigger()\n",
		"src/lib/pusher-server.ts": "import Pusher from 'pusher'\nconst p = new Pusher({ appId: '1', key: 'k', secret: 's', cluster: 'eu' })\nexport const trigger = () => p.trigger('c', 'e', {})\n",
	})
	if err := os.Symlink(real, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	g, err := ImportGraph(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"src/main.ts → src/services/chat.ts → src/lib/pusher-server.ts → pusher → crypto @src/lib/pusher-server.ts:1"}
	if got := chains(g.ServerImports(dir)); !reflect.DeepEqual(got, want) {
		t.Errorf("ServerImports = %q; want %q (pusher-js must not be reported)", got, want)
	}
}

// TestImportGraphSyntaxError reports esbuild's error at its file and line
// and still follows the rest of the graph. Only a full parse sees a syntax
// error that leaves brackets balanced; the default stubs follow the broken
// file's imports instead (a file with an unclosed bracket or string is
// parsed in full: TestStubGraphFallsBack).
func TestImportGraphSyntaxError(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"src/main.ts":   "import { a } from './broken'\nimport { b } from './server'\nconsole.log(a, b)\n",
		"src/broken.ts": "export const a = 1\nexport const = oops\n",
		"src/server.ts": "import { hostname } from 'os'\nexport const b = hostname()\n",
	})
	for _, full := range []bool{true, false} {
		g, err := ImportGraphWith(t.Context(), dir, GraphOptions{FullParse: full})
		if err != nil {
			t.Fatal(err)
		}
		if full && (len(g.Errors) == 0 || g.Errors[0].File != "src/broken.ts" || g.Errors[0].Line != 2 || g.Errors[0].Code != CodeImportError) {
			t.Errorf("Errors = %+v; want an import-error at src/broken.ts:2", g.Errors)
		}
		if got, want := chains(g.ServerImports(dir)), []string{"src/main.ts → src/server.ts → os @src/server.ts:1"}; !reflect.DeepEqual(got, want) {
			t.Errorf("FullParse %v: ServerImports = %q; want %q", full, got, want)
		}
	}
}

func TestImportGraphMissingEntry(t *testing.T) {
	dir := writeTree(t, map[string]string{"index.html": `<script type="module" src="/src/main.tsx"></script>`, "src/main.ts": ""})
	g, err := ImportGraph(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Errors) != 1 || !strings.Contains(g.Errors[0].Message, "/src/main.tsx, which does not exist") {
		t.Errorf("Errors = %+v; want the missing module script named", g.Errors)
	}
}
