package envcheck

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"
)

// genProject writes a Vite-shaped project: index.html → src/main.ts → 50
// feature modules → 99 leaves each (5,000 source files in src/), an .env
// with 60 variables, and node_modules with 300 packages of 20 files each
// (6,000 files) of which the code imports 50.
func genProject(tb testing.TB, dir string) {
	tb.Helper()
	write := func(name, body string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	write("index.html", `<!doctype html><title>%VITE_TITLE%</title><div id="app"></div><script type="module" src="/src/main.ts"></script>`)
	var env strings.Builder
	env.WriteString("VITE_TITLE=bench\n")
	for i := 0; i < 59; i++ {
		fmt.Fprintf(&env, "VITE_FEATURE_%d_URL=/api/f%d\n", i, i)
	}
	write(".env", env.String())
	var main strings.Builder
	for f := 0; f < 50; f++ {
		fmt.Fprintf(&main, "import { feature%d } from './features/f%d'\n", f, f)
		var idx strings.Builder
		for l := 0; l < 99; l++ {
			fmt.Fprintf(&idx, "import { leaf%d } from './leaf%d'\n", l, l)
			var leaf strings.Builder
			fmt.Fprintf(&leaf, "import { helper } from 'pkg%d'\n// Leaf %d of feature %d: import.meta.env.VITE_IN_COMMENT is not a read.\n", (f*99+l)%50, l, f)
			fmt.Fprintf(&leaf, "const base = import.meta.env.VITE_FEATURE_%d_URL\n", f)
			fmt.Fprintf(&leaf, "export function leaf%d(x: number): string {\n  const label = `leaf ${x} of ${base}`\n", l)
			for k := 0; k < 20; k++ {
				fmt.Fprintf(&leaf, "  if (x > %d && /\\d+/.test(label)) { x = helper(x) / 2 + %d } // step %d\n", k, k, k)
			}
			leaf.WriteString("  return label + (import.meta.env.DEV ? ' (dev)' : '')\n}\n")
			write(fmt.Sprintf("src/features/f%d/leaf%d.ts", f, l), leaf.String())
		}
		fmt.Fprintf(&idx, "export function feature%d() {\n  return [", f)
		for l := 0; l < 99; l++ {
			fmt.Fprintf(&idx, "leaf%d(%d), ", l, l)
		}
		idx.WriteString("]\n}\n")
		write(fmt.Sprintf("src/features/f%d/index.ts", f), idx.String())
	}
	main.WriteString("console.log(")
	for f := 0; f < 50; f++ {
		fmt.Fprintf(&main, "feature%d(), ", f)
	}
	main.WriteString(")\n")
	write("src/main.ts", main.String())
	write("node_modules/pkg-shared/package.json", `{"name":"pkg-shared","main":"index.js"}`)
	write("node_modules/pkg-shared/index.js", "module.exports = function (x) { return x }\n")
	for p := 0; p < 300; p++ {
		write(fmt.Sprintf("node_modules/pkg%d/package.json", p), fmt.Sprintf(`{"name":"pkg%d","main":"index.js"}`, p))
		var idx strings.Builder
		for m := 0; m < 19; m++ {
			fmt.Fprintf(&idx, "const m%d = require('./lib/m%d')\n", m, m)
			write(fmt.Sprintf("node_modules/pkg%d/lib/m%d.js", p, m), fmt.Sprintf("module.exports = function (x) { return x * %d + %d }\n", m+1, p))
		}
		idx.WriteString("const shared = require('pkg-shared')\nexports.helper = function (x) { return shared(m0(m1(x))) }\n")
		write(fmt.Sprintf("node_modules/pkg%d/index.js", p), idx.String())
	}
}

// measure runs op in the benchmark loop and reports, besides wall time:
// CPU time per op (user+system of the whole process, steadier than wall
// time on a shared machine), MiB allocated per op, and the heap still held
// after the loop while the last op's result is kept (what `up` holds
// between checks). esbuild keeps a finished build's state for 250 ms
// (api_impl.go, "Clear the recent build after it goes stale"), so held is
// read after that.
func measure(b *testing.B, op func() any) {
	var ru0, ru1 syscall.Rusage
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	var keep any
	for b.Loop() {
		keep = op()
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano()
	b.StopTimer()
	time.Sleep(300 * time.Millisecond)
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	n := float64(b.N)
	b.ReportMetric(float64(cpu)/1e6/n, "cpu-ms/op")
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/(1<<20)/n, "alloc-MiB/op")
	b.ReportMetric(float64(int64(ms1.HeapAlloc)-int64(ms0.HeapAlloc))/(1<<20), "held-MiB")
	runtime.KeepAlive(keep)
}

// BenchmarkCheck times a whole check of the generated 5,000-file project
// and reports where the time goes (ms per phase: resolve runs alongside
// the import graph, which scans the files it loads; the scan of what it
// did not reach follows). full-gogc200 is the check as devproxy check runs
// it (GOGC 200, envcheck's walker); esbuild-gogc200 the same check with
// esbuild walking the whole graph (GraphOptions.EsbuildGraph), the previous
// default; full-parse has esbuild parse every file (FullParse). Run with
// -count N to interleave them.
func BenchmarkCheck(b *testing.B) {
	dir := b.TempDir()
	genProject(b, dir)
	for _, bc := range []struct {
		name string
		o    CheckOptions
		gc   int // GOGC for the run; devproxy check sets 200
	}{
		{"full", CheckOptions{}, 100},
		{"full-gogc200", CheckOptions{}, 200},
		{"esbuild-gogc200", CheckOptions{EsbuildGraph: true}, 200},
		{"full-parse", CheckOptions{FullParse: true}, 100},
		{"no-imports", CheckOptions{NoImports: true}, 100},
	} {
		b.Run(bc.name, func(b *testing.B) {
			defer debug.SetGCPercent(debug.SetGCPercent(bc.gc))
			o := bc.o
			o.Dir, o.Environ, o.Dialect = dir, []string{}, DialectNode
			var took Timings
			var files int
			measure(b, func() any {
				r, err := Check(b.Context(), o)
				if err != nil {
					b.Fatal(err)
				}
				if e, _, _ := r.Counts(); e != 0 {
					b.Fatalf("generated project has errors: %+v", r.Findings)
				}
				took.Resolve += r.Took.Resolve
				took.Imports += r.Took.Imports
				took.Scan += r.Took.Scan
				took.Analyze += r.Took.Analyze
				files = r.Scan.Files
				return r
			})
			n := float64(b.N)
			b.ReportMetric(float64(files), "files")
			b.ReportMetric(float64(took.Resolve.Milliseconds())/n, "resolve-ms")
			b.ReportMetric(float64(took.Imports.Milliseconds())/n, "imports-ms")
			b.ReportMetric(float64(took.Scan.Milliseconds())/n, "scan-ms")
			b.ReportMetric(float64(took.Analyze.Milliseconds())/n, "analyze-ms")
		})
	}
}

// BenchmarkCheckBaseline measures, on the same generated project and in the
// same run, what the check is built on: the esbuild CLI (same version as the
// Go module, from testdata/node) bundling it for the browser, and reading
// every source file. Compare ns/op with BenchmarkCheck to see the ratio on
// a machine whose absolute speed is unknown:
//
//	go test ./envcheck -run X -bench 'Check' -benchtime 5x
func BenchmarkCheckBaseline(b *testing.B) {
	dir := b.TempDir()
	genProject(b, dir)
	b.Run("esbuild-cli-bundle", func(b *testing.B) {
		bin, _ := filepath.Abs(filepath.Join("..", "testdata", "node", "node_modules", "esbuild", "bin", "esbuild"))
		if _, err := os.Stat(bin); err != nil {
			b.Skipf("esbuild CLI not installed (npm ci in testdata/node): %v", err)
		}
		out := b.TempDir()
		var ru0, ru1 syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru0)
		for b.Loop() {
			cmd := exec.Command(bin, "src/main.ts", "--bundle", "--platform=browser", "--format=esm", "--minify",
				"--outdir="+out, "--log-level=error")
			cmd.Dir = dir
			if msg, err := cmd.CombinedOutput(); err != nil {
				b.Fatalf("esbuild: %v\n%s", err, msg)
			}
		}
		syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru1)
		cpu := ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano()
		b.ReportMetric(float64(cpu)/1e6/float64(b.N), "cpu-ms/op")
	})
	b.Run("read-sources", func(b *testing.B) {
		files, err := SourceFiles(b.Context(), dir)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			for _, f := range files {
				if _, err := os.ReadFile(filepath.Join(dir, f)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// TestGeneratedProjectIsChecked makes sure the benchmark measures a real
// check: every file scanned, every import followed, nothing failing.
func TestGeneratedProjectIsChecked(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 11,000 files; skipped with -short")
	}
	dir := t.TempDir()
	genProject(t, dir)
	r, err := Check(t.Context(), CheckOptions{Options: Options{Dir: dir, Environ: []string{}, Dialect: DialectNode}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Scan.Files != 5002 {
		t.Errorf("scanned %d files; want 5,002 (index.html and 5,001 in src)", r.Scan.Files)
	}
	if len(r.Graph.Files) != 5001 {
		t.Errorf("graph reached %d project files; want 5,001", len(r.Graph.Files))
	}
	pkgs := 0
	for from := range r.Graph.Edges {
		if strings.HasPrefix(from, "node_modules/pkg") {
			pkgs++
		}
	}
	if pkgs != 50 {
		t.Errorf("graph entered %d packages; want 50", pkgs)
	}
	if e, w, _ := r.Counts(); e+w != 0 {
		t.Errorf("%d errors, %d warnings: %+v", e, w, r.Findings[:min(5, len(r.Findings))])
	}
}

// BenchmarkImportGraph times the import graph alone on the generated
// project: envcheck's walker (the default), esbuild walking it with
// import-only stubs (EsbuildGraph), esbuild's full parse, and the same
// project importing every project file through a vite.config '@' alias, in
// the same run.
func BenchmarkImportGraph(b *testing.B) {
	dir, aliased := b.TempDir(), b.TempDir()
	genProject(b, dir)
	genAliasProject(b, aliased)
	for _, bc := range []struct {
		name, dir string
		o         GraphOptions
	}{
		{"walk", dir, GraphOptions{}}, {"esbuild", dir, GraphOptions{EsbuildGraph: true}}, {"full-parse", dir, GraphOptions{FullParse: true}},
		{"walk-alias", aliased, GraphOptions{}}, {"esbuild-alias", aliased, GraphOptions{EsbuildGraph: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			measure(b, func() any {
				g, err := ImportGraphWith(b.Context(), bc.dir, bc.o)
				if err != nil {
					b.Fatal(err)
				}
				if len(g.Files) < 5000 {
					b.Fatalf("graph reached %d files; want the whole project", len(g.Files))
				}
				return g
			})
		})
	}
}

// genAliasProject is genProject with every project import written through
// vite.config's '@' alias ('@/features/f1/leaf2' for './leaf2').
func genAliasProject(tb testing.TB, dir string) {
	tb.Helper()
	genProject(tb, dir)
	config := "import { fileURLToPath, URL } from 'node:url'\nexport default { resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } } }\n"
	if err := os.WriteFile(filepath.Join(dir, "vite.config.ts"), []byte(config), 0o644); err != nil {
		tb.Fatal(err)
	}
	rewrite := func(name, from, to string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		src, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(strings.ReplaceAll(string(src), from, to)), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	rewrite("src/main.ts", "from './features/", "from '@/features/")
	for f := 0; f < 50; f++ {
		rewrite(fmt.Sprintf("src/features/f%d/index.ts", f), "from './leaf", fmt.Sprintf("from '@/features/f%d/leaf", f))
	}
}
