package envcheck

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzStaticViteConfig: the static reader never panics or loops, and what
// it accepts it accepts consistently.
func FuzzStaticViteConfig(f *testing.F) {
	for _, fixture := range []string{"envdir", "envdir_false", "config_fn", "config_throws"} {
		if name := findViteConfig(filepath.Join("testdata", "resolve", fixture)); name != "" {
			b, err := os.ReadFile(filepath.Join("testdata", "resolve", fixture, name))
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(b))
		}
	}
	for _, fixture := range []string{"alias-static", "alias-array", "alias-node"} {
		dir := filepath.Join("testdata", "graph", fixture)
		b, err := os.ReadFile(filepath.Join(dir, findViteConfig(dir)))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("export default { define: { a: `x${`y${1}`}`, b: [1, {c: 2}] }, envPrefix: 'A' }")
	f.Add("module.exports = { envDir: false, root: \"./web\" }")
	f.Fuzz(func(t *testing.T, src string) {
		c1, ok1 := staticViteConfig(src)
		c2, ok2 := staticViteConfig(src)
		if ok1 != ok2 || c1.EnvDir != c2.EnvDir || len(c1.EnvPrefix) != len(c2.EnvPrefix) || len(c1.Alias) != len(c2.Alias) {
			t.Fatalf("staticViteConfig(%q) is not deterministic", src)
		}
	})
}

// FuzzComposeRaw: malformed compose YAML is an error, never a panic.
func FuzzComposeRaw(f *testing.F) {
	for _, p := range []string{"compose/docker-compose.yml", "compose_bad/docker-compose.yml"} {
		b, err := os.ReadFile(filepath.Join("testdata", "resolve", p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "web")
	}
	f.Add([]byte("services:\n  web:\n    environment:\n      A: !!binary aGk=\n      B: *x\n"), "web")
	f.Fuzz(func(t *testing.T, src []byte, service string) {
		raw, _, err := rawComposeEnvironment(src, service)
		if err != nil && raw != nil {
			t.Fatalf("rawComposeEnvironment returned values and an error")
		}
	})
}
