package envcheck

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// refsString renders refs as "NAME:line:kind" for compact table comparisons.
func refsString(s *Scan) string {
	var parts []string
	for _, r := range s.Refs {
		parts = append(parts, fmt.Sprintf("%s:%d:%s", r.Name, r.Line, r.Kind))
	}
	return strings.Join(parts, " ")
}

func wholeString(s *Scan) string {
	var parts []string
	for _, w := range s.Whole {
		parts = append(parts, fmt.Sprintf("%s:%d", w.How, w.Line))
	}
	return strings.Join(parts, " ")
}

func TestScanSource(t *testing.T) {
	tests := []struct {
		name, src   string
		refs, whole string
	}{
		{"member", "const k = import.meta.env.VITE_KEY", "VITE_KEY:1:member", ""},
		{"optional chaining", "x = import.meta.env?.VITE_A", "VITE_A:1:member", ""},
		{"spaces", "import . meta . env . VITE_A", "VITE_A:1:member", ""},
		{"index single", "f(import.meta.env['VITE_A'])", "VITE_A:1:index", ""},
		{"index double", `f(import.meta.env["VITE_A"])`, "VITE_A:1:index", ""},
		{"index template", "f(import.meta.env[`VITE_A`])", "VITE_A:1:index", ""},
		{"computed key", "f(import.meta.env[name])", "", "computed key:1"},
		{"interpolated key", "f(import.meta.env[`VITE_${x}`])", "", "computed key:1"},
		{"destructure", "const { VITE_A, VITE_B: b, VITE_C = 'x' } = import.meta.env", "VITE_A:1:destructure VITE_B:1:destructure VITE_C:1:destructure", ""},
		{"destructure multiline", "const {\n  VITE_A,\n  VITE_B: b,\n} = import.meta.env", "VITE_A:2:destructure VITE_B:3:destructure", ""},
		{"destructure rest", "const { VITE_A, ...rest } = import.meta.env", "VITE_A:1:destructure", "rest pattern:1"},
		{"spread", "const all = { ...import.meta.env }", "", "spread:1"},
		{"stringify", "console.log(JSON.stringify(import.meta.env))", "", "JSON.stringify:1"},
		{"passed", "init(import.meta.env)", "", "used as a whole object:1"},
		{"alias", "const env = import.meta.env\nconst k = env.VITE_KEY\nconst c = env['VITE_C']", "VITE_KEY:2:alias VITE_C:3:alias", "assigned to env:1"},
		{"typed alias", "const env: ImportMetaEnv = import.meta.env;\nenv.VITE_X", "VITE_X:2:alias", "assigned to env:1"},
		{"line comment", "// import.meta.env.VITE_NO\nimport.meta.env.VITE_YES", "VITE_YES:2:member", ""},
		{"block comment", "/* import.meta.env.VITE_NO\n */ import.meta.env.VITE_YES", "VITE_YES:2:member", ""},
		{"string mention", `log("use import.meta.env.VITE_NO"); import.meta.env.VITE_YES`, "VITE_YES:1:member", ""},
		{"template text", "log(`import.meta.env.VITE_NO ${import.meta.env.VITE_YES}`)", "VITE_YES:1:member", ""},
		{"nested template", "`a ${ `b ${import.meta.env.VITE_IN}` } import.meta.env.VITE_NO`", "VITE_IN:1:member", ""},
		{"regex", "const re = /import.meta.env.VITE_NO/; import.meta.env.VITE_YES", "VITE_YES:1:member", ""},
		{"division", "const x = a / b; import.meta.env.VITE_YES / 2", "VITE_YES:1:member", ""},
		{"typeof", "if (typeof import.meta.env !== 'undefined') {}", "", ""},
		{"not env", "import.meta.envelope.X; import.meta.url", "", ""},
		{"unterminated string", "const s = 'abc\nimport.meta.env.VITE_YES", "VITE_YES:2:member", ""},
		{"vue", "<template><p>{{ msg }}</p></template>\n<script setup lang=\"ts\">\nconst msg = import.meta.env.VITE_MSG\n</script>", "VITE_MSG:3:member", ""},
		{"svelte markup", "<script>let a = 1</script>\n<p>{import.meta.env.VITE_TITLE}</p>", "VITE_TITLE:2:member", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScanSource("a.ts", []byte(tt.src))
			if got := refsString(s); got != tt.refs {
				t.Errorf("refs of %q = %q; want %q", tt.src, got, tt.refs)
			}
			if got := wholeString(s); got != tt.whole {
				t.Errorf("whole-object uses of %q = %q; want %q", tt.src, got, tt.whole)
			}
		})
	}
}

func TestScanCompares(t *testing.T) {
	tests := []struct {
		src  string
		want []Compare
	}{
		{"export const ON = import.meta.env.VITE_PUSHER_ENABLED === 'true';",
			[]Compare{{Name: "VITE_PUSHER_ENABLED", Op: "===", Literal: "true", File: "a.ts", Line: 1}}},
		{`if ("1" != import.meta.env['VITE_DEBUG']) {}`,
			[]Compare{{Name: "VITE_DEBUG", Op: "!=", Literal: "1", File: "a.ts", Line: 1}}},
		{"const env = import.meta.env\nif (env.VITE_X == `yes`) {}",
			[]Compare{{Name: "VITE_X", Op: "==", Literal: "yes", File: "a.ts", Line: 2}}},
		{"if (import.meta.env.VITE_X === other) {}", nil},
	}
	for _, tt := range tests {
		s := ScanSource("a.ts", []byte(tt.src))
		if !reflect.DeepEqual(s.Compares, tt.want) {
			t.Errorf("ScanSource(%q).Compares = %+v; want %+v", tt.src, s.Compares, tt.want)
		}
	}
}

func strp(s string) *string { return &s }

func TestScanPusher(t *testing.T) {
	src := `import Pusher from 'pusher-js'
const PUSHER_KEY = import.meta.env.VITE_PUSHER_KEY || '';
export const PUSHER_AUTH_ENDPOINT = '/api/v1/pusher/auth';
const a = new Pusher(PUSHER_KEY, {
  cluster: import.meta.env.VITE_PUSHER_CLUSTER ?? 'us2',
  authEndpoint: PUSHER_AUTH_ENDPOINT,
  forceTLS: true,
})
const b = new Pusher(import.meta.env['VITE_K'] as string, { channelAuthorization: { endpoint: '/auth', transport: 'ajax' } })
const c = new Pusher(key, opts)
`
	s := ScanSource("p.ts", []byte(src))
	if len(s.Pushers) != 3 {
		t.Fatalf("found %d Pusher calls; want 3: %+v", len(s.Pushers), s.Pushers)
	}
	a, b, c := s.Pushers[0], s.Pushers[1], s.Pushers[2]
	if a.Line != 4 || a.Key.Ident != "PUSHER_KEY" || !a.OptsKnown || !a.HasCluster || a.Cluster.Var != "VITE_PUSHER_CLUSTER" ||
		!reflect.DeepEqual(a.Cluster.Default, strp("us2")) || !a.HasEndpoint || a.Endpoint.Ident != "PUSHER_AUTH_ENDPOINT" {
		t.Errorf("first call = %+v", a)
	}
	if b.Key.Var != "VITE_K" || b.HasCluster || !b.HasEndpoint || !reflect.DeepEqual(b.Endpoint.Lit, strp("/auth")) {
		t.Errorf("second call = %+v", b)
	}
	if c.OptsKnown || c.Key.Ident != "key" {
		t.Errorf("third call = %+v", c)
	}
	k := s.Consts["PUSHER_KEY"]
	if k.Var != "VITE_PUSHER_KEY" || !reflect.DeepEqual(k.Default, strp("")) || k.Line != 2 {
		t.Errorf("Consts[PUSHER_KEY] = %+v", k)
	}
	if e := s.Consts["PUSHER_AUTH_ENDPOINT"]; !reflect.DeepEqual(e.Lit, strp("/api/v1/pusher/auth")) || e.Line != 3 {
		t.Errorf("Consts[PUSHER_AUTH_ENDPOINT] = %+v", e)
	}
}

func TestScanHTML(t *testing.T) {
	src := `<!doctype html>
<html><head><title>%VITE_APP_TITLE%</title>
<!-- %VITE_IN_COMMENT% -->
<script type="module" src="/src/main.ts"></script>
<script type="module">
  console.log(import.meta.env.VITE_INLINE)
</script>
<script>var notModule = 1</script>
</head></html>`
	s, scripts := ScanHTML("index.html", []byte(src))
	if got, want := refsString(s), "VITE_APP_TITLE:2:html VITE_INLINE:6:member"; got != want {
		t.Errorf("refs = %q; want %q", got, want)
	}
	if !reflect.DeepEqual(scripts, []string{"/src/main.ts"}) {
		t.Errorf("module scripts = %q; want [/src/main.ts]", scripts)
	}
}

func TestScanFilesSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, "src", "node_modules"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "src", "a.ts"), []byte("import.meta.env.VITE_A"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "src", "bin.js"), []byte("import.meta.env.VITE_B\x00\x01"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "src", "node_modules", "c.js"), []byte("import.meta.env.VITE_C"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "src", "notes.md"), []byte("import.meta.env.VITE_D"), 0o644))
	files, err := SourceFiles(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"src/a.ts", "src/bin.js"}; !reflect.DeepEqual(files, want) {
		t.Fatalf("SourceFiles = %q; want %q", files, want)
	}
	s, err := ScanFiles(t.Context(), dir, append(files, "src/gone.ts"))
	if err != nil {
		t.Fatal(err)
	}
	if got := refsString(s); got != "VITE_A:1:member" {
		t.Errorf("refs = %q; want VITE_A only", got)
	}
	if len(s.Skipped) != 2 || !strings.Contains(s.Skipped[0].Message, "binary") || !strings.Contains(s.Skipped[1].Message, "gone.ts") {
		t.Errorf("skipped = %+v; want the binary file and the missing one", s.Skipped)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// FuzzScanSource checks the scanner never panics and reports lines inside
// the input, seeded from the scan fixtures.
func FuzzScanSource(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/scan/*")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("const {A, ...r} = import.meta.env; new Pusher(import.meta.env['K'] || '', {cluster})"))
	f.Fuzz(func(t *testing.T, src []byte) {
		s := ScanSource("f.ts", src)
		lines := strings.Count(string(src), "\n") + 1
		for _, r := range s.Refs {
			if r.Line < 1 || r.Line > lines {
				t.Fatalf("ref %+v outside the input's %d lines", r, lines)
			}
		}
		if m := mask(src); len(m) != len(src) {
			t.Fatalf("mask changed length %d → %d", len(src), len(m))
		}
		hs, _ := ScanHTML("index.html", src)
		for _, r := range hs.Refs {
			if r.Line < 1 || r.Line > lines {
				t.Fatalf("html ref %+v outside the input's %d lines", r, lines)
			}
		}
	})
}
