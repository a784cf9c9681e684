package envcheck

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestApplyAlias(t *testing.T) {
	as, fs := compileAliases("vite.config.js", []viteAlias{
		{Find: "@/services", Replacement: "/src/real"},
		{Find: "@", Replacement: "/abs/src"},
		{Find: "~", Replacement: "/src"},
		{Regexp: `^legacy-(\w+)$`, Replacement: "/src/legacy/$1"},
		{Regexp: `^#(?<dir>\w+)\/`, Replacement: "/src/$<dir>/"},
		{Regexp: `^x(\d)(\d)`, Flags: "", Replacement: "$2$1$$-$&-$9"},
		{Regexp: `\.mjs`, Flags: "g", Replacement: ".js"},
		{Regexp: `^I$`, Flags: "i", Replacement: "/src/i"},
		{Find: "cost", Replacement: "$$dollars"},
		{Regexp: `^(?=la)`, Replacement: "x"}, // lookahead: dropped with a warning
	})
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "/^(?=la)/") {
		t.Errorf("compileAliases findings = %v; want one naming /^(?=la)/", fs)
	}
	tests := []struct{ spec, want string }{
		{"@/services/chat", "/src/real/chat"}, // first match wins
		{"@/util", "/abs/src/util"},
		{"@", "/abs/src"},
		{"@vue/shared", ""}, // a prefix only counts before "/"
		{"@scope/pkg", ""},
		{"~/a.ts", "/src/a.ts"},
		{"~a", ""},
		{"legacy-net", "/src/legacy/net"},
		{"legacy-", ""},
		{"#lib/x", "/src/lib/x"},
		{"x12y", "21$-x12-$9y"},
		{"a.mjs/b.mjs", "a.js/b.js"},
		{"i", "/src/i"},
		{"cost/x", "$dollars/x"},
		{"lazy", ""},
		{"./rel", ""},
	}
	for _, tt := range tests {
		got, ok := applyAlias(as, tt.spec)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("applyAlias(%q) = %q; want %q", tt.spec, got, tt.want)
		}
	}
}

func TestStaticViteConfigAlias(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // find → replacement, with DIR for the config's directory
		static    bool
	}{
		{"fileURLToPath", `import { fileURLToPath, URL } from 'node:url'
export default defineConfig({ plugins: [vue()], resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } } })`,
			[]string{`"@" → DIR/src`}, true},
		{"url namespace, trailing slash", `import url from 'url'
export default { resolve: { alias: { '@/': url.fileURLToPath(new URL('./src/', import.meta.url)) } } }`,
			[]string{`"@/" → DIR/src/`}, true},
		{"URL pathname", `export default { resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } } }`,
			[]string{`"@" → DIR/src`}, true},
		{"path.resolve __dirname", `import path from 'path'
export default { resolve: { dedupe: ['vue'], alias: { '@': path.resolve(__dirname, 'src'), 'vue': 'vue/dist/vue.esm-bundler.js' } } }`,
			[]string{`"@" → DIR/src`, `"vue" → vue/dist/vue.esm-bundler.js`}, true},
		{"named resolve, cwd and absolute", `import { resolve } from 'node:path'
export default { resolve: { alias: { a: resolve(process.cwd(), './lib', '../src'), b: resolve('/opt', 'x'), c: resolve('rel') } } }`,
			[]string{`"a" → DIR/src`, `"b" → /opt/x`, `"c" → DIR/rel`}, true},
		{"join and dirname", `import { join } from 'path'
export default { resolve: { alias: { '~': join(import.meta.dirname, 'src') } } }`,
			[]string{`"~" → DIR/src`}, true},
		{"root-relative string", `export default { resolve: { alias: { '~': '/src' } } }`,
			[]string{`"~" → /src`}, true},
		{"array with RegExp", `import path from 'path'
export default { resolve: { alias: [ { find: /^~\/(.*)$/i, replacement: path.resolve(__dirname, 'src/$1') }, { find: '@', replacement: '/src' }, ] } }`,
			[]string{`/^~\/(.*)$/i → DIR/src/$1`, `"@" → /src`}, true},
		{"resolve without alias", `export default { resolve: { extensions: ['.ts'] } }`, nil, true},
		// Not plainly resolvable: node reads these.
		{"variable", `const aliases = {}
export default { resolve: { alias: aliases } }`, nil, false},
		{"resolve not imported", `export default { resolve: { alias: { '@': resolve(__dirname, 'src') } } }`, nil, false},
		{"customResolver", `export default { resolve: { alias: [{ find: '@', replacement: '/src', customResolver: r }] } }`, nil, false},
		{"template", "export default { resolve: { alias: { '@': `${__dirname}/src` } } }", nil, false},
		{"join relative", `import path from 'path'
export default { resolve: { alias: { '@': path.join('src') } } }`, nil, false},
		{"spread", `export default { resolve: { alias: { ...base } } }`, nil, false},
		{"resolve is a call", `export default { resolve: makeResolve() }`, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTree(t, map[string]string{"vite.config.js": tt.src})
			if !tt.static {
				if c, ok := staticViteConfig(tt.src); ok && !c.aliasUnknown {
					t.Fatalf("staticViteConfig(%q) read the aliases %v; want node to read them", tt.src, c.Alias)
				}
				return
			}
			c, fs := readViteConfig(t.Context(), dir, "/nonexistent-node", "development")
			if c.Method != "static" || len(fs) > 0 {
				t.Fatalf("read %s; want static (findings %v)", c.Method, fs)
			}
			var got []string
			for _, a := range c.Alias {
				got = append(got, a.String()+" → "+strings.Replace(a.Replacement, dir, "DIR", 1))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("aliases = %q; want %q", got, tt.want)
			}
		})
	}
}

// aliasChains runs both graph modes over dir (they must agree) and returns
// the server-import chains and the graph.
func aliasChains(t *testing.T, dir string) ([]string, *Graph) {
	t.Helper()
	g := diffGraphs(t, dir)
	c := chains(g.ServerImports(dir))
	slices.Sort(c)
	return c, g
}

func TestAliasGraphStatic(t *testing.T) {
	dir := "testdata/graph/alias-static"
	got, g := aliasChains(t, dir)
	want := []string{
		"src/main.ts → src/services/chat.ts → pusher @src/services/chat.ts:1",
		"src/main.ts → src/util/fmt.ts → os @src/util/fmt.ts:1",
		"src/main.ts → server/jobs.ts → node:fs @server/jobs.ts:2",
		"src/main.ts → src/lib/hash-user.ts → src/lib/digest.ts → crypto @src/lib/digest.ts:1",
	}
	slices.Sort(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("chains = %q;\nwant %q\nedges %v", got, want, g.Edges)
	}
	if !slices.Contains(g.Edges["src/main.ts"], Import{"@/nowhere", "unresolved:@/nowhere"}) ||
		!slices.Contains(g.Edges["src/main.ts"], Import{"@/util/plain", "src/util/plain.ts"}) {
		t.Errorf("src/main.ts edges = %v; want @/nowhere unresolved and @/util/plain → src/util/plain.ts", g.Edges["src/main.ts"])
	}
	if strings.Join(g.Aliases, " ") != `"@" "~" "#server"` || g.AliasMethod != "static" {
		t.Errorf("Aliases %q via %q; want \"@\" \"~\" \"#server\" via static", g.Aliases, g.AliasMethod)
	}
}

func TestAliasGraphArray(t *testing.T) {
	dir := "testdata/graph/alias-array"
	got, g := aliasChains(t, dir)
	want := []string{
		"src/main.js → src/real-services/chat.js → pusher @src/real-services/chat.js:1",
		"src/main.js → src/legacy/net.js → net @src/legacy/net.js:1",
		"src/main.js → src/util.js → child_process @src/util.js:1",
	}
	slices.Sort(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("chains = %q;\nwant %q\nedges %v", got, want, g.Edges)
	}
	for _, im := range []Import{{"@scope/not-an-alias", "unresolved:@scope/not-an-alias"}, {"legacy-", "unresolved:legacy-"}} {
		if !slices.Contains(g.Edges["src/main.js"], im) {
			t.Errorf("src/main.js edges = %v; want %v", g.Edges["src/main.js"], im)
		}
	}
}

// TestAliasGraphNode reads resolve.alias from a function config through
// the real Vite, RegExp finds included.
func TestAliasGraphNode(t *testing.T) {
	nm, err := filepath.Abs(filepath.Join(nodeFixtures(t), "node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/graph/alias-node")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(nm, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	got, g := aliasChains(t, dir)
	want := []string{
		"src/main.js → src/services/chat.js → pusher → crypto @src/services/chat.js:1",
		"src/main.js → src/lib/os.js → os @src/lib/os.js:1",
	}
	slices.Sort(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("chains = %q;\nwant %q\nedges %v\nerrors %v", got, want, g.Edges, g.Errors)
	}
	if strings.Join(g.Aliases, " ") != `/^@\// "pusher-wrapper"` || g.AliasMethod != "node" {
		t.Errorf("Aliases %q via %q; want /^@\\// \"pusher-wrapper\" via node", g.Aliases, g.AliasMethod)
	}
	diffWalk(t, dir) // real packages, through a symlinked node_modules
}

// TestCheckAlias runs the whole check, where Resolve and the graph share
// one read of vite.config: the SDK behind '@/' is an error, and the
// summary says how the aliases were read.
func TestCheckAlias(t *testing.T) {
	r, err := Check(t.Context(), CheckOptions{Options: Options{Dir: "testdata/graph/alias-static"}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range r.Findings {
		if f.Code == CodeServerSDK && f.File == "src/services/chat.ts" && f.Line == 1 &&
			strings.Contains(f.Message, "src/main.ts → src/services/chat.ts → pusher") {
			found = true
		}
	}
	if !found {
		t.Errorf("no %s finding at src/services/chat.ts:1 through the alias; findings %v", CodeServerSDK, r.Findings)
	}
	if s := summaryLine(r); !strings.Contains(s, `vite.config.ts (static) · resolve.alias "@" "~" "#server" (static)`) {
		t.Errorf("summary %q does not say how the aliases were read", s)
	}
}

// TestJSConfigPaths: jsconfig.json paths apply in files past the entry.
func TestJSConfigPaths(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"index.html":      `<script type="module" src="/src/main.js"></script>`,
		"jsconfig.json":   `{"compilerOptions":{"baseUrl":"src","paths":{"~lib/*":["lib/*"]}}}`,
		"src/main.js":     "import { a } from './a.js'\nconsole.log(a)\n",
		"src/a.js":        "import { b } from '~lib/b'\nimport { c } from 'lib/c'\nexport const a = b + c\n",
		"src/lib/b.js":    "import fs from 'fs'\nexport const b = fs\n",
		"src/lib/c.js":    "export const c = 1\n",
		"vite.config.mjs": "export default {}\n",
	})
	got, g := aliasChains(t, dir)
	want := []string{"src/main.js → src/a.js → src/lib/b.js → fs @src/lib/b.js:1"}
	if !reflect.DeepEqual(got, want) || !slices.Contains(g.Edges["src/a.js"], Import{"lib/c", "src/lib/c.js"}) {
		t.Errorf("chains = %q; want %q (and lib/c through baseUrl)\nedges %v", got, want, g.Edges)
	}
}

// TestNestedTSConfigPaths: a subdirectory's tsconfig.json maps "@/*" its
// own way; the resolution cache must not hand one directory's answer to
// the other (both share the root node_modules).
func TestNestedTSConfigPaths(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"index.html":                  `<script type="module" src="/src/main.ts"></script>`,
		"tsconfig.json":               `{"compilerOptions":{"baseUrl":".","paths":{"@/*":["./src/*"]}}}`,
		"node_modules/x/package.json": `{"name":"x"}`,
		"src/main.ts":                 "import { a } from './a'\nimport { b } from './admin/b'\nconsole.log(a, b)\n",
		"src/a.ts":                    "import { u } from '@/util'\nexport const a = u\n",
		"src/util.ts":                 "export const u = 1\n",
		"src/admin/tsconfig.json":     `{"compilerOptions":{"baseUrl":".","paths":{"@/*":["./*"]}}}`,
		"src/admin/b.ts":              "import { u } from '@/util'\nexport const b = u\n",
		"src/admin/util.ts":           "import os from 'os'\nexport const u = os\n",
	})
	_, g := aliasChains(t, dir)
	for from, want := range map[string]string{"src/a.ts": "src/util.ts", "src/admin/b.ts": "src/admin/util.ts"} {
		if !slices.Contains(g.Edges[from], Import{"@/util", want}) {
			t.Errorf("%s edges = %v; want @/util → %s", from, g.Edges[from], want)
		}
	}
}

// FuzzApplyAlias: any RegExp find, replacement and specifier either
// compile to a warning or apply without a panic, the same way twice.
func FuzzApplyAlias(f *testing.F) {
	f.Add(`^~\/(.*)$`, "/src/$1", "~/a/b", "")
	f.Add(`^#(?<d>\w+)\/`, "$<d>$$$&$`$'$10$01$<", "#lib/x", "gi")
	f.Add(`(a)|(b)`, "[$1|$2]", "ab", "g")
	f.Add(``, "$", "x", "g")
	f.Fuzz(func(t *testing.T, re, repl, spec, flags string) {
		as, _ := compileAliases("vite.config.js", []viteAlias{{Regexp: re, Flags: flags, Replacement: repl}, {Find: re, Replacement: repl}})
		r1, ok1 := applyAlias(as, spec)
		r2, ok2 := applyAlias(as, spec)
		if r1 != r2 || ok1 != ok2 {
			t.Fatalf("applyAlias(%q) = %q, %v then %q, %v", spec, r1, ok1, r2, ok2)
		}
	})
}

// TestComputedAliasNode: a config that is plain but for a computed alias
// keeps its static envDir when node cannot load it (with a warning that
// aliases are not followed), and takes everything from node when it can.
func TestComputedAliasNode(t *testing.T) {
	src := "import { fileURLToPath } from 'node:url'\nconst src = fileURLToPath(new URL('./src', import.meta.url))\n" +
		"export default { envDir: 'envs', resolve: { alias: { '@': src, vue: 'vue/dist/vue.esm-bundler.js' } } }\n"
	dir := writeTree(t, map[string]string{"vite.config.mjs": src})
	c, fs := readViteConfig(t.Context(), dir, "/nonexistent-node", "development")
	if c.Method != "static" || c.EnvDir != "envs" || len(c.Alias) != 0 || len(fs) != 1 ||
		fs[0].Severity != SeverityWarning || !strings.Contains(fs[0].Message, "resolve.alias in vite.config.mjs is computed") {
		t.Errorf("without node: %s, envDir %q, aliases %v, findings %v; want static, envs, none, one warning about resolve.alias", c.Method, c.EnvDir, c.Alias, fs)
	}
	nm, err := filepath.Abs(filepath.Join(nodeFixtures(t), "node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(nm, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	c, fs = readViteConfig(t.Context(), dir, "", "development")
	var got []string
	for _, a := range c.Alias {
		got = append(got, a.String()+" → "+strings.Replace(a.Replacement, dir, "DIR", 1))
	}
	want := []string{`"@" → DIR/src`, `"vue" → vue/dist/vue.esm-bundler.js`}
	if c.Method != "node" || c.EnvDir != "envs" || !reflect.DeepEqual(got, want) || len(fs) > 0 {
		t.Errorf("with node: %s, envDir %q, aliases %q, findings %v; want node, envs, %q", c.Method, c.EnvDir, got, fs, want)
	}
}

// TestGraphSkipsConfigWithoutAlias: a config that never mentions alias is
// not waited for (loading a function config through node takes a while).
func TestGraphSkipsConfigWithoutAlias(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"vite.config.js": "export default ({ mode }) => ({ envDir: mode })\n",
		"src/main.js":    "import './a.js'\n",
		"src/a.js":       "export {}\n",
	})
	asked := false
	g, err := ImportGraphWith(t.Context(), dir, GraphOptions{config: func() viteConfig { asked = true; return viteConfig{} }})
	if err != nil {
		t.Fatal(err)
	}
	if asked || len(g.Aliases) > 0 {
		t.Errorf("the graph read a config without aliases (asked %v, aliases %q)", asked, g.Aliases)
	}
	if !slices.Contains(g.Files, "src/a.js") {
		t.Errorf("files %q; want src/a.js", g.Files)
	}
}
