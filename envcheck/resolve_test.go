package envcheck

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func resolveFixture(t *testing.T, name string, o Options) *Env {
	t.Helper()
	if o.Dir == "" {
		o.Dir = filepath.Join("testdata", "resolve", name)
	}
	if o.Environ == nil {
		o.Environ = []string{}
	}
	env, err := Resolve(context.Background(), o)
	if err != nil {
		t.Fatalf("Resolve(%s): %v", name, err)
	}
	return env
}

func clientValues(env *Env) map[string]string {
	m := map[string]string{}
	for k, v := range env.Client {
		m[k] = v.Value
	}
	return m
}

func findingCodes(env *Env) map[string]int {
	m := map[string]int{}
	for _, f := range env.Findings {
		m[f.Code]++
	}
	return m
}

func TestResolvePrecedence(t *testing.T) {
	env := resolveFixture(t, "precedence", Options{
		Mode:    "staging",
		Environ: []string{"VITE_D=", "HOME_DIR=/home/me", "VITE_ONLY_PROC=p"},
	})
	want := map[string]struct{ value, source string }{
		"VITE_A":         {"staging", ".env.staging"},
		"VITE_B":         {"stagelocal", ".env.staging.local"},
		"VITE_C":         {"env", ".env"},
		"VITE_D":         {"", "process"}, // prefixed process value wins even when empty
		"VITE_REF":       {"/home/me/x", ".env"},
		"VITE_FWD":       {"late", ".env"}, // forward reference into a later file
		"VITE_LATE":      {"late", ".env.staging"},
		"VITE_ONLY_PROC": {"p", "process"},
	}
	for k, w := range want {
		got, ok := env.Client[k]
		if !ok || got.Value != w.value || got.Source != w.source {
			t.Errorf("Client[%s] = %+v (set=%v); want value %q from %s", k, got, ok, w.value, w.source)
		}
	}
	if _, ok := env.Client["SECRET"]; ok {
		t.Errorf("SECRET has no prefix but reached the client")
	}
	if got := env.All["SECRET"].Value; got != "s3cret" {
		t.Errorf("All[SECRET] = %q; want s3cret", got)
	}
	if len(env.Client) != len(want) {
		t.Errorf("Client has %d variables; want %d: %v", len(env.Client), len(want), clientValues(env))
	}
	var names []string
	for _, f := range env.Files {
		names = append(names, f.Name)
	}
	if got := strings.Join(names, ","); got != ".env,.env.local,.env.staging,.env.staging.local" {
		t.Errorf("files read = %s", got)
	}
	if env.ConfigMethod != "none" {
		t.Errorf("ConfigMethod = %q; want none", env.ConfigMethod)
	}
}

func TestResolveModeLocal(t *testing.T) {
	_, err := Resolve(context.Background(), Options{Dir: filepath.Join("testdata", "resolve", "precedence"), Mode: "local", Environ: []string{}})
	if err == nil || !strings.Contains(err.Error(), `"local"`) {
		t.Fatalf("Resolve(mode local) error = %v; want one naming the mode", err)
	}
}

func TestResolveStaticConfig(t *testing.T) {
	env := resolveFixture(t, "envdir", Options{})
	if env.ConfigFile != "vite.config.js" || env.ConfigMethod != "static" {
		t.Fatalf("config = %s via %s; want vite.config.js via static", env.ConfigFile, env.ConfigMethod)
	}
	if env.EnvDir != "config" {
		t.Errorf("EnvDir = %q; want config", env.EnvDir)
	}
	got := clientValues(env)
	if len(got) != 2 || got["APP_X"] != "1" || got["PUBLIC_Y"] != "2" {
		t.Errorf("Client = %v; want APP_X=1 PUBLIC_Y=2 from config/.env", got)
	}
	if env.Define["process.env"] != "process.env" || env.Define["__VERSION__"] != "JSON.stringify('1.2.3')" {
		t.Errorf("Define = %v", env.Define)
	}
	// --env-prefix overrides the config.
	env = resolveFixture(t, "envdir", Options{EnvPrefix: []string{"VITE_"}})
	if got := clientValues(env); len(got) != 1 || got["VITE_Z"] != "3" {
		t.Errorf("with EnvPrefix VITE_: Client = %v; want VITE_Z=3", got)
	}
}

func TestResolveEnvDirFalse(t *testing.T) {
	env := resolveFixture(t, "envdir_false", Options{})
	if len(env.Files) != 0 || len(env.Client) != 0 || env.EnvDir != "" {
		t.Errorf("envDir false: files %v, client %v, EnvDir %q; want nothing read", env.Files, env.Client, env.EnvDir)
	}
}

func TestStaticViteConfig(t *testing.T) {
	tests := []struct {
		name, src string
		ok        bool
		prefix    []string
	}{
		{"plain object", `export default { envPrefix: 'APP_' }`, true, []string{"APP_"}},
		{"defineConfig", `import {defineConfig} from 'vite'; export default defineConfig({ plugins: [vue()], envPrefix: ["A_", 'B_'], })`, true, []string{"A_", "B_"}},
		{"cjs", "module.exports = { envDir: './env' }", true, nil},
		{"function config", `export default defineConfig(({mode}) => ({ envPrefix: 'X_' }))`, false, nil},
		{"variable prefix", `const p = 'X_'; export default { envPrefix: p }`, false, nil},
		{"spread", `export default { ...base, envPrefix: 'X_' }`, false, nil},
		{"template with expression", "export default { envDir: `${dir}` }", false, nil},
		{"no default export", `export const config = {}`, false, nil},
		{"unterminated", `export default { envPrefix: 'X_`, false, nil},
	}
	for _, tt := range tests {
		c, ok := staticViteConfig(tt.src)
		if ok != tt.ok {
			t.Errorf("%s: staticViteConfig(%q) ok = %v; want %v", tt.name, tt.src, ok, tt.ok)
			continue
		}
		if ok && strings.Join(c.EnvPrefix, ",") != strings.Join(tt.prefix, ",") {
			t.Errorf("%s: envPrefix = %q; want %q", tt.name, c.EnvPrefix, tt.prefix)
		}
	}
}

// withViteProject copies a fixture into a temp dir whose node_modules is the
// real one in testdata/node, so node can load the config with real Vite.
func withViteProject(t *testing.T, fixture string) string {
	t.Helper()
	nm, err := filepath.Abs(filepath.Join(nodeFixtures(t), "node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "resolve", fixture))); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(nm, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestResolveNodeConfig(t *testing.T) {
	dir := withViteProject(t, "config_fn")
	env := resolveFixture(t, "config_fn", Options{Dir: dir, Dialect: DialectAuto})
	if env.ConfigMethod != "node" {
		t.Fatalf("ConfigMethod = %q; want node (the config is a function); findings %v", env.ConfigMethod, env.Findings)
	}
	if env.EnvDir != "envs" || strings.Join(env.Prefixes, ",") != "PUBLIC_" {
		t.Errorf("EnvDir %q, Prefixes %q; want envs, PUBLIC_", env.EnvDir, env.Prefixes)
	}
	if got := clientValues(env); got["PUBLIC_X"] != "fromenvs" || len(got) != 1 {
		t.Errorf("Client = %v; want PUBLIC_X=fromenvs", got)
	}
	if env.Define["__MODE__"] != `"development"` {
		t.Errorf("Define = %v", env.Define)
	}
	if env.Dialect != DialectNode {
		t.Errorf("Dialect = %q; node_modules/vite is Vite 8, want node", env.Dialect)
	}
}

func TestResolveConfigThrows(t *testing.T) {
	dir := withViteProject(t, "config_throws")
	env := resolveFixture(t, "config_throws", Options{Dir: dir})
	var f *Finding
	for i := range env.Findings {
		if env.Findings[i].Code == CodeViteConfigError {
			f = &env.Findings[i]
		}
	}
	if f == nil {
		t.Fatalf("no %s finding; findings %v", CodeViteConfigError, env.Findings)
	}
	if f.File != "vite.config.js" || !strings.Contains(f.Message, "config exploded: missing API_URL") || strings.Contains(f.Message, "stack...") {
		t.Errorf("finding = %+v; want the file and the error's first line only", f)
	}
}

// BenchmarkResolve measures a static-config project with four env files.
func BenchmarkResolve(b *testing.B) {
	o := Options{Dir: filepath.Join("testdata", "resolve", "envdir"), Environ: []string{"VITE_D=", "HOME_DIR=/h"}, Dialect: DialectNode}
	for i := 0; i < b.N; i++ {
		if _, err := Resolve(context.Background(), o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse compares the three parsers on the parity corpus.
func BenchmarkParse(b *testing.B) {
	var srcs []string
	for _, c := range readParityCases(b) {
		for _, f := range c.files {
			srcs = append(srcs, string(f))
		}
	}
	for _, p := range []struct {
		name  string
		parse ParseFunc
	}{{"node22", ParseNode}, {"node20", ParseNode20}, {"dotenv", ParseDotenv}} {
		b.Run(p.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, s := range srcs {
					p.parse(s)
				}
			}
		})
	}
}

func TestResolveEmptyPrefix(t *testing.T) {
	env := resolveFixture(t, "precedence", Options{EnvPrefix: []string{"", "VITE_A"}, Environ: []string{"PATH=/bin"}})
	if len(findingsByCode(env, CodeEnvPrefixEmpty)) != 1 {
		t.Errorf("no %s finding: %+v", CodeEnvPrefixEmpty, env.Findings)
	}
	if got := clientValues(env); len(got) != 1 || got["VITE_A"] != "local" {
		t.Errorf("Client = %v; want only VITE_A (the empty prefix must not expose everything)", got)
	}
}

func TestResolveConfigHangs(t *testing.T) {
	dir := withViteProject(t, "config_hangs")
	saved := configTimeout
	configTimeout = 3 * time.Second // the config never finishes: any bound is reached
	t.Cleanup(func() { configTimeout = saved })
	env := resolveFixture(t, "config_hangs", Options{Dir: dir})
	fs := findingsByCode(env, CodeViteConfigError)
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "longer than") {
		t.Fatalf("findings = %+v; want one timeout %s", env.Findings, CodeViteConfigError)
	}
	if strings.Join(env.Prefixes, ",") != "VITE_" {
		t.Errorf("Prefixes = %q; want Vite's default", env.Prefixes)
	}
	// The config's child process was stopped with its process group.
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), "299.25") {
			t.Errorf("the config's child is still running: %s", p)
		}
	}
}

// TestResolveNodeConfigEveryVite loads the function config through node with
// each installed Vite line as the project's vite: Vite 5's require entry is
// its deprecated CJS build, which must not be what envcheck imports.
func TestResolveNodeConfigEveryVite(t *testing.T) {
	nm, err := filepath.Abs(filepath.Join(nodeFixtures(t), "node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"vite5", "vite6", "vite7", "vite8"} {
		t.Run(v, func(t *testing.T) {
			if _, err := os.Stat(filepath.Join(nm, v)); err != nil {
				t.Skipf("testdata/node/node_modules/%s is missing: run npm ci in testdata/node", v)
			}
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "resolve", "config_fn"))); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(filepath.Join(dir, "node_modules"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(filepath.Join(nm, v), filepath.Join(dir, "node_modules", "vite")); err != nil {
				t.Fatal(err)
			}
			env := resolveFixture(t, "config_fn", Options{Dir: dir, Dialect: DialectAuto})
			if env.ConfigMethod != "node" || env.EnvDir != "envs" || strings.Join(env.Prefixes, ",") != "PUBLIC_" {
				t.Fatalf("ConfigMethod %q, EnvDir %q, Prefixes %q; want node, envs, PUBLIC_; findings %v",
					env.ConfigMethod, env.EnvDir, env.Prefixes, env.Findings)
			}
		})
	}
}
