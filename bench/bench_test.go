package main

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestParseWrk(t *testing.T) {
	real, err := os.ReadFile("testdata/wrk-output.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		in      string
		want    wrkResult
		wantErr string
	}{
		{"real wrk output", string(real), wrkResult{Requests: 642, Duration: 1035758 * time.Microsecond, P50: 2667 * time.Microsecond, P99: 25781 * time.Microsecond}, ""},
		{"errors counted", "wrk-result requests=10 duration_us=1000000 errors=2 non2xx=3 p50_us=1 p99_us=2\n", wrkResult{Requests: 10, Duration: time.Second, Errors: 2, Non2xx: 3, P50: time.Microsecond, P99: 2 * time.Microsecond}, ""},
		{"no result line", "Running 1s test\n", wrkResult{}, "no wrk-result line"},
		{"missing field", "wrk-result requests=10 duration_us=5 errors=0 non2xx=0 p50_us=1\n", wrkResult{}, "lacks p99_us"},
		{"negative", "wrk-result requests=-1 duration_us=5 errors=0 non2xx=0 p50_us=1 p99_us=1\n", wrkResult{}, "non-negative"},
		{"zero duration", "wrk-result requests=1 duration_us=0 errors=0 non2xx=0 p50_us=1 p99_us=1\n", wrkResult{}, "duration is zero"},
		{"not key=value", "wrk-result requests\n", wrkResult{}, "key=value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseWrk(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("parseWrk(%q) error = %v; want one containing %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("parseWrk(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseLocalURL(t *testing.T) {
	banner, err := os.ReadFile("testdata/banner.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(string(banner), "\n") {
		if u, ok := parseLocalURL(l); ok {
			got = append(got, u)
		}
	}
	if len(got) != 1 || got[0] != "http://127.0.0.1:45123" {
		t.Fatalf("parseLocalURL over testdata/banner.txt = %q; want [http://127.0.0.1:45123]", got)
	}
	for _, tt := range []struct{ in, want string }{
		{"  ➜  Local:   http://127.0.0.1:5173/", "http://127.0.0.1:5173"},
		{"➜ Local: http://localhost:1/app/", "http://localhost:1/app"},
		{"  ➜  Network: http://10.0.0.1:5173/", ""},
		{"Local: http://x/", ""},
	} {
		if u, _ := parseLocalURL(tt.in); u != tt.want {
			t.Errorf("parseLocalURL(%q) = %q; want %q", tt.in, u, tt.want)
		}
	}
}

func TestParseStatusKB(t *testing.T) {
	status, err := os.ReadFile("testdata/proc-status.txt")
	if err != nil {
		t.Fatal(err)
	}
	if kb, err := parseStatusKB(string(status), "VmRSS"); err != nil || kb <= 0 {
		t.Fatalf("parseStatusKB(testdata/proc-status.txt, VmRSS) = %d, %v; want > 0", kb, err)
	}
	for _, tt := range []struct{ name, in string }{
		{"missing", "Name:\tx\n"},
		{"no unit", "VmRSS:\t12\n"},
		{"not a number", "VmRSS:\tx kB\n"},
	} {
		if kb, err := parseStatusKB(tt.in, "VmRSS"); err == nil {
			t.Errorf("%s: parseStatusKB(%q) = %d, nil; want an error", tt.name, tt.in, kb)
		}
	}
	if kb, err := rssKB(os.Getpid(), "VmRSS"); err != nil || kb <= 0 {
		t.Fatalf("rssKB(self) = %d, %v; want > 0", kb, err)
	}
}

func TestStats(t *testing.T) {
	for _, tt := range []struct {
		name     string
		xs       []float64
		med, p99 float64
	}{
		{"odd", []float64{3, 1, 2}, 2, 3},
		{"even", []float64{4, 1, 3, 2}, 2.5, 4},
		{"empty", nil, 0, 0},
		{"hundred", seq(100), 50.5, 99},
	} {
		if got := median(tt.xs); got != tt.med {
			t.Errorf("%s: median(%v) = %v; want %v", tt.name, tt.xs, got, tt.med)
		}
		if got := percentile(tt.xs, 99); got != tt.p99 {
			t.Errorf("%s: percentile(%v, 99) = %v; want %v", tt.name, tt.xs, got, tt.p99)
		}
	}
}

func seq(n int) []float64 {
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = float64(i + 1)
	}
	return xs
}

func TestModuleSizes(t *testing.T) {
	for _, n := range []int{64, 2048, 5000} {
		if got := len(smallModule(n)); got != n {
			t.Errorf("len(smallModule(%d)) = %d; want %d", n, got, n)
		}
	}
}

var importRE = regexp.MustCompile(`import (c\d+) from '([^']+)'`)

// TestGenerateApp checks the tree: every import resolves to a generated
// file, every module but the entry is imported exactly once, and the entry
// sums its subtree counts (so the page's count proves all modules ran).
func TestGenerateApp(t *testing.T) {
	root := t.TempDir()
	cfg := appConfig{Modules: 50, Branching: 3, Dirs: 4}
	if err := generateApp(root, cfg); err != nil {
		t.Fatal(err)
	}
	imported := map[string]int{}
	var count func(rel string) int
	count = func(rel string) int {
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatalf("module %s: %v", rel, err)
		}
		n := 1
		for _, m := range importRE.FindAllStringSubmatch(string(b), -1) {
			child := filepath.ToSlash(filepath.Join(filepath.Dir(rel), m[2]))
			imported[child]++
			n += count(child)
		}
		return n
	}
	if got := count("src/main.js"); got != cfg.Modules {
		t.Fatalf("modules reachable from src/main.js = %d; want %d", got, cfg.Modules)
	}
	for p, n := range imported {
		if n != 1 {
			t.Errorf("%s imported %d times; want 1", p, n)
		}
	}
	for _, f := range []string{"index.html", "hmr-a.html", "hmr-b.html", "hmr/a.js", "hmr/b.js", "hmr/shared.js"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			t.Errorf("generated app lacks %s: %v", f, err)
		}
	}
	main, _ := os.ReadFile(filepath.Join(root, "src/main.js"))
	if !strings.Contains(string(main), "const total = 1 + c1 + c2 + c3;") || !strings.Contains(string(main), "window.__benchDone") {
		t.Errorf("src/main.js does not sum its children and set the marker:\n%s", main)
	}
	if err := generateApp(root, appConfig{Modules: -1}); err == nil {
		t.Error("generateApp with -1 modules: want an error")
	}
}

func FuzzParseWrk(f *testing.F) {
	seed, err := os.ReadFile("testdata/wrk-output.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add("wrk-result requests=1 duration_us=1 errors=0 non2xx=0 p50_us=1 p99_us=1 extra=9")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := parseWrk(s)
		if err == nil && (r.Duration <= 0 || r.rps() < 0) {
			t.Fatalf("parseWrk(%q) = %+v with no error; want a positive duration", s, r)
		}
	})
}

func FuzzParseLocalURL(f *testing.F) {
	seed, err := os.ReadFile("testdata/banner.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, l := range strings.Split(string(seed), "\n") {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if u, ok := parseLocalURL(s); ok && !strings.HasPrefix(u, "http://") {
			t.Fatalf("parseLocalURL(%q) = %q; want an http:// URL", s, u)
		}
	})
}

func FuzzParseStatusKB(f *testing.F) {
	seed, err := os.ReadFile("testdata/proc-status.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Fuzz(func(t *testing.T, s string) {
		if kb, err := parseStatusKB(s, "VmRSS"); err == nil && kb < 0 {
			t.Fatalf("parseStatusKB(%q) = %d; want >= 0", s, kb)
		}
	})
}

func TestParseStat(t *testing.T) {
	real, err := os.ReadFile("testdata/proc-stat.txt")
	if err != nil {
		t.Fatal(err)
	}
	if s, err := parseStat(string(real)); err != nil || s.pgrp <= 0 {
		t.Fatalf("parseStat(testdata/proc-stat.txt) = %+v, %v; want a pgrp", s, err)
	}
	odd := "42 (a) b (c) S 1 7 7 0 -1 4194560 100 0 0 0 12 34 0 0 20 0 1 0 5 0 0"
	if s, err := parseStat(odd); err != nil || s != (statCPU{pgrp: 7, utime: 12, stime: 34}) {
		t.Fatalf("parseStat(%q) = %+v, %v; want pgrp 7, utime 12, stime 34", odd, s, err)
	}
	for _, bad := range []string{"", "1 (x) S 1", "1 x S 1 2 3 4 5 6 7 8 9 10 11 12 13", "1 (x) S 1 z 3 4 5 6 7 8 9 10 11 12 13"} {
		if s, err := parseStat(bad); err == nil {
			t.Errorf("parseStat(%q) = %+v, nil; want an error", bad, s)
		}
	}
	if cpu := groupCPU(os.Getpid()); cpu < 0 {
		t.Errorf("groupCPU(self) = %v; want >= 0", cpu)
	}
}

func FuzzParseStat(f *testing.F) {
	seed, err := os.ReadFile("testdata/proc-stat.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Fuzz(func(t *testing.T, s string) {
		if st, err := parseStat(s); err == nil && (st.utime < 0 || st.stime < 0) {
			t.Fatalf("parseStat(%q) = %+v; want non-negative times", s, st)
		}
	})
}

func TestParseWSToken(t *testing.T) {
	client, err := os.ReadFile("testdata/vite-client-excerpt.js")
	if err != nil {
		t.Fatal(err)
	}
	if tok, err := parseWSToken(string(client)); err != nil || tok != "aWq4JJE_T9S3" {
		t.Fatalf("parseWSToken(testdata/vite-client-excerpt.js) = %q, %v; want aWq4JJE_T9S3", tok, err)
	}
	if tok, err := parseWSToken("const hmrPort = null;"); err == nil {
		t.Fatalf("parseWSToken(no token) = %q, nil; want an error", tok)
	}
}

func FuzzParseWSToken(f *testing.F) {
	seed, err := os.ReadFile("testdata/vite-client-excerpt.js")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Fuzz(func(t *testing.T, s string) {
		if tok, err := parseWSToken(s); err == nil && strings.Contains(tok, `"`) {
			t.Fatalf("parseWSToken(%q) = %q; a token never contains a quote", s, tok)
		}
	})
}

// TestNginxConf checks the generated config with nginx itself (nginx -t).
func TestNginxConf(t *testing.T) {
	bin, err := exec.LookPath("nginx")
	if err != nil {
		if _, serr := os.Stat("/usr/sbin/nginx"); serr != nil {
			t.Skip("nginx is not installed (apt-get install nginx); scripts/bench.sh installs it")
		}
		bin = "/usr/sbin/nginx"
	}
	for _, forward := range []bool{false, true} {
		dir := filepath.Join(t.TempDir(), "nginx")
		conf, err := writeNginxConf(dir, "127.0.0.1:1", 1, forward)
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(bin, "-t", "-p", dir, "-c", conf, "-e", filepath.Join(dir, "error.log")).CombinedOutput()
		if err != nil {
			t.Fatalf("nginx -t rejects the generated config (forward %v): %v\n%s", forward, err, out)
		}
		if b, _ := os.ReadFile(conf); strings.Contains(string(b), "X-Forwarded-Proto") != forward {
			t.Fatalf("config with forward %v:\n%s", forward, b)
		}
	}
}

func TestRoundRatios(t *testing.T) {
	res := func(n int64) wrkResult { return wrkResult{Requests: n, Duration: time.Second} }
	a := []wrkResult{res(110), res(90), res(100)}
	b := []wrkResult{res(100), res(100), {}} // a failed round (no duration) is left out
	got := roundRatios(a, b)
	if len(got) != 2 || got[0] != 1.1 || got[1] != 0.9 {
		t.Fatalf("roundRatios = %v; want [1.1 0.9]", got)
	}
}

func TestRatioInterval(t *testing.T) {
	near := func(a, b float64) bool { return math.Abs(a-b) < 5e-4 }
	for _, tc := range []struct {
		rs           []float64
		mean, lo, hi float64
	}{
		// Values worked out by hand (t = 4.303 for 2 degrees of freedom,
		// 2.776 for 4).
		{[]float64{1.1, 0.9, 1.0}, 0.9967, 0.7767, 1.2789},
		{[]float64{1.05, 1.03, 1.04, 1.06, 1.02}, 1.0399, 1.0204, 1.0598},
		{[]float64{1.2, 1.2, 1.2}, 1.2, 1.2, 1.2},
		{[]float64{0.95}, 0.95, 0.95, 0.95},
	} {
		m, lo, hi := ratioInterval(tc.rs)
		if !near(m, tc.mean) || !near(lo, tc.lo) || !near(hi, tc.hi) {
			t.Errorf("ratioInterval(%v) = %.4f [%.4f, %.4f]; want %.4f [%.4f, %.4f]", tc.rs, m, lo, hi, tc.mean, tc.lo, tc.hi)
		}
	}
	if got := fmtInterval([]float64{1.05, 1.03, 1.04, 1.06, 1.02}); got != "1.040 (95 % CI 1.020–1.060, 5 rounds, above 1 in 5)" {
		t.Errorf("fmtInterval = %q", got)
	}
}

func TestSoloAdded(t *testing.T) {
	res := func(p50 time.Duration) wrkResult { return wrkResult{P50: p50} }
	got := soloAdded([]wrkResult{res(120 * time.Microsecond), res(130 * time.Microsecond), res(1)},
		[]wrkResult{res(80 * time.Microsecond), res(70 * time.Microsecond)})
	if len(got) != 2 || got[0] != 40e3 || got[1] != 60e3 {
		t.Fatalf("soloAdded = %v; want [40000 60000] (ns, rounds paired; the unpaired third left out)", got)
	}
}
