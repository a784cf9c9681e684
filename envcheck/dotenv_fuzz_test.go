package envcheck

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// Fuzzing the parsers. Plain `go test` runs the seed corpus (every parity
// case). With DEVPROXY_FUZZ_DIFF=1, each input is also resolved by real Vite
// through one long-running node process, and any disagreement fails:
//
//	DEVPROXY_FUZZ_DIFF=1 go test ./envcheck -run '^$' -fuzz FuzzParseNode -fuzztime 2m
//
// Add what it finds to testdata/parity/<NN_name>/.env.

var (
	diffOnce sync.Once
	diffVite *realVite
)

// fuzzDiff starts (once per fuzz process, before any input, so loading the
// Vite packages does not count against an input's time) the node helper
// when DEVPROXY_FUZZ_DIFF is set.
func fuzzDiff(f *testing.F) *realVite {
	if os.Getenv("DEVPROXY_FUZZ_DIFF") == "" {
		return nil
	}
	diffOnce.Do(func() {
		// The node process outlives f on purpose: one per fuzz worker, and
		// it dies with the worker (Pdeathsig).
		diffVite = startRealViteNoCleanup(f)
		// Go's fuzzer gives up on an input after about 10s, so a hang has
		// to be called sooner than in the parity test.
		diffVite.hang = 2500 * time.Millisecond
	})
	return diffVite
}

// skipSlow skips inputs on which our model says Vite hangs or builds a
// value past 1 MiB: confirming that takes real Vite seconds (it stops at
// "Invalid string length" near 512 MiB), longer than the fuzzer allows an
// input. TestExpandBreaksVite, TestExpandGrowthBounded and parity cases
// 51 and 59 check those answers against real Vite instead.
func skipSlow(t *testing.T, got viteAnswer) {
	if got.Hang || got.TooLarge {
		t.Skip("model: Vite hangs or grows a value past 1 MiB; too slow to confirm while fuzzing")
	}
}

func seedParsers(f *testing.F) {
	for _, c := range readParityCases(f) {
		for _, b := range c.files {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"A=1\r\nB='x'\r\n", "A=\"x\ny\"\nB=$A", "export =1", "A=${B:-${C}}", "A=$$B", "A=\\${B}${B}\nB=x",
		"A=${B:?err}", "A=${nullB}", "A=`a'b`", "=x\nB=1", "A\n=1", "\ufeffA=1\nA2=$A", "A=x\u2028B=1",
		"1=a\n0=b\nA=$1$0",
	} {
		f.Add(s)
	}
}

func checkEntries(t *testing.T, src string, entries []Entry) {
	t.Helper()
	lines := strings.Count(src, "\n") + strings.Count(src, "\r") + 1
	for _, e := range entries {
		if e.Line < 1 || e.Line > lines {
			t.Fatalf("entry %q at line %d; input has %d lines", e.Key, e.Line, lines)
		}
	}
}

// fuzzAgainstVite resolves src as the only .env file with our model and
// with real Vite, prefixes "" is not allowed so everything is made visible
// with a prefix list covering every first character that occurs.
func fuzzAgainstVite(t *testing.T, v *realVite, pkg string, d Dialect, parse ParseFunc, src []byte) {
	prefixes := []string{"T", "t", "A", "B", "_", "1", "0"}
	files := map[string][]byte{".env": src}
	got := modelAnswer(d, parse, "development", prefixes, parityEnv(), files)
	skipSlow(t, got)
	want := v.loadEnv(pkg, "development", prefixes, parityEnv(), files)
	if diff := diffAnswers(want, got); diff != "" {
		t.Fatalf("%s and devproxy disagree on %q:\n%s", pkg, src, diff)
	}
}

func FuzzParseNode(f *testing.F) {
	seedParsers(f)
	v := fuzzDiff(f)
	f.Fuzz(func(t *testing.T, src string) {
		for _, parse := range []ParseFunc{ParseNode, ParseNode20} {
			entries := parse(src)
			checkEntries(t, src, entries)
		}
		if v != nil {
			v.t = t
			parse := ParseNode
			if v.nodeMajor < 22 {
				parse = ParseNode20
			}
			fuzzAgainstVite(t, v, "vite8", DialectNode, parse, []byte(src))
		}
	})
}

func FuzzParseDotenv(f *testing.F) {
	seedParsers(f)
	v := fuzzDiff(f)
	f.Fuzz(func(t *testing.T, src string) {
		entries := ParseDotenv(src)
		checkEntries(t, src, entries)
		for _, e := range entries {
			if e.Key == "" || !utf8.ValidString(e.Key) && utf8.ValidString(src) {
				t.Fatalf("ParseDotenv(%q) gave key %q", src, e.Key)
			}
		}
		if v != nil {
			v.t = t
			fuzzAgainstVite(t, v, "vite7", DialectDotenv, ParseDotenv, []byte(src))
		}
	})
}

// FuzzExpand checks the expansion model never panics or runs away, and
// under DEVPROXY_FUZZ_DIFF agrees with real Vite 8, 7 and 5 on a two-file
// project.
func FuzzExpand(f *testing.F) {
	for _, c := range readParityCases(f) {
		f.Add(string(c.files[".env"]), string(c.files[".env.local"]))
	}
	f.Add("A=${B:-x}\nB=$A", "B=${PROC_VAR}y")
	f.Add("A=$B$B$B\nB=$A$A", "")
	f.Add("A=\\$B ${C:+c} ${D+d} ${E-e}\nC=1\nD=", "E=${A}")
	v := fuzzDiff(f)
	f.Fuzz(func(t *testing.T, env, local string) {
		files := map[string][]byte{".env": []byte(env), ".env.local": []byte(local)}
		modelAnswer(DialectNode, ParseNode, "development", parityPrefixes, parityEnv(), files)
		if v != nil {
			v.t = t
			prefixes := []string{"A", "B", "C", "D", "E", "T", "t"}
			parse := ParseNode
			if v.nodeMajor < 22 {
				parse = ParseNode20
			}
			for _, dl := range []struct {
				pkg   string
				d     Dialect
				parse ParseFunc
			}{{"vite8", DialectNode, parse}, {"vite7", DialectDotenv, ParseDotenv}, {"vite5", DialectDotenvVite5, ParseDotenv}} {
				got := modelAnswer(dl.d, dl.parse, "development", prefixes, parityEnv(), files)
				skipSlow(t, got)
				want := v.loadEnv(dl.pkg, "development", prefixes, parityEnv(), files)
				if diff := diffAnswers(want, got); diff != "" {
					t.Fatalf("%s and devproxy disagree on .env=%q .env.local=%q:\n%s", dl.pkg, env, local, diff)
				}
			}
		}
	})
}
