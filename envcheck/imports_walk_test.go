package envcheck

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// diffWalk fails unless the walker's graph of dir (with the scans Check
// takes from it) equals the one esbuild walks whole, and returns it.
func diffWalk(t *testing.T, dir string) *Graph {
	t.Helper()
	ref, err := ImportGraphWith(t.Context(), dir, GraphOptions{EsbuildGraph: true, scan: true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := ImportGraphWith(t.Context(), dir, GraphOptions{scan: true})
	if err != nil {
		t.Fatal(err)
	}
	if msg := graphDiff(got, ref, dir); msg != "" {
		t.Errorf("walker and esbuild differ on %s (walker gave way: %q):\n%s", dir, got.fallback, msg)
	}
	return got
}

// graphDiff describes how graph a differs from graph b, or returns "".
func graphDiff(a, b *Graph, dir string) string {
	var out []string
	af, ae := graphFacts(a, dir)
	bf, be := graphFacts(b, dir)
	if !slices.Equal(af, bf) {
		out = append(out, "findings: walker only "+strings.Join(minus(af, bf), "; ")+"; esbuild only "+strings.Join(minus(bf, af), "; "))
	}
	if !slices.Equal(ae, be) {
		out = append(out, "edges: walker only "+strings.Join(minus(ae, be), "; ")+"; esbuild only "+strings.Join(minus(be, ae), "; "))
	}
	if !slices.Equal(a.Files, b.Files) || !slices.Equal(a.Entries, b.Entries) {
		out = append(out, "files: walker "+strings.Join(a.Files, " ")+"; esbuild "+strings.Join(b.Files, " "))
	}
	if a.Stubbed != b.Stubbed || a.Parsed != b.Parsed {
		out = append(out, fmt.Sprintf("counts: walker stubbed %d, parsed %d; esbuild stubbed %d, parsed %d", a.Stubbed, a.Parsed, b.Stubbed, b.Parsed))
	}
	if !slices.Equal(a.Aliases, b.Aliases) || a.AliasMethod != b.AliasMethod {
		out = append(out, "aliases differ")
	}
	if !reflect.DeepEqual(a.scans, b.scans) {
		out = append(out, "scans differ")
	}
	return strings.Join(out, "\n")
}

// TestWalkGenerated compares the walker with esbuild on the benchmark's
// 5,000-file project, and the alias variant of it.
func TestWalkGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 11,000 files twice; skipped with -short")
	}
	for name, gen := range map[string]func(testing.TB, string){"plain": genProject, "alias": genAliasProject} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			gen(t, dir)
			g := diffWalk(t, dir)
			if g.fallback != "" {
				t.Errorf("walker gave way on the generated project: %s", g.fallback)
			}
			if len(g.Files) != 5001 || g.Parsed != 1 {
				t.Errorf("%d files reached, %d parsed in full; want 5,001 and only the entry", len(g.Files), g.Parsed)
			}
		})
	}
}

// TestWalkGivesWay: where the walker cannot be sure to match esbuild, it
// says why and esbuild walks the graph; the result is the same.
func TestWalkGivesWay(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		why   string // in Graph.fallback
	}{
		{"no loader", map[string]string{
			"src/main.ts":   "import { a } from './a'\nconsole.log(a)\n",
			"src/a.ts":      "import data from './data.yaml'\nexport const a = data\n",
			"src/data.yaml": "a: 1\n",
		}, "no loader for"},
		{"invalid JSON", map[string]string{
			"src/main.ts":   "import { a } from './a'\nconsole.log(a)\n",
			"src/a.ts":      "import data from './data.json'\nexport const a = data\n",
			"src/data.json": "{a: 1,}\n",
		}, "not valid JSON"},
		{"glob import in a file esbuild parses", map[string]string{
			"src/main.ts":      "const lang = 'en'\nimport('./locale/' + lang + '.ts').then(console.log)\n",
			"src/locale/en.ts": "import 'crypto'\nexport default {}\n",
		}, "glob import"},
		{"CSS entry", map[string]string{
			"index.html":    `<script type="module" src="/src/style.css"></script>`,
			"src/main.ts":   "",
			"src/style.css": "body { color: red }\n",
		}, "not JavaScript"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := diffWalk(t, writeTree(t, tc.files))
			if !strings.Contains(g.fallback, tc.why) {
				t.Errorf("walker gave way because %q; want %q", g.fallback, tc.why)
			}
		})
	}
}

// TestWalkSymlinkedEntry: an entry that is a symlink gives way too.
func TestWalkSymlinkedEntry(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"index.html":  `<script type="module" src="/src/main.ts"></script>`,
		"src/real.ts": "import 'crypto'\n",
	})
	if err := os.Symlink("real.ts", filepath.Join(dir, "src", "main.ts")); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	if g := diffWalk(t, dir); !strings.Contains(g.fallback, "symlink") {
		t.Errorf("walker gave way because %q; want the symlinked entry", g.fallback)
	}
}
