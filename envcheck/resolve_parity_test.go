package envcheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

var parityPrefixes = []string{"T", "t"}

func parityEnv() map[string]string { return map[string]string{"PROC_VAR": "fromprocess"} }

// parityCase is one folder of testdata/parity: env files by name.
type parityCase struct {
	name  string
	files map[string][]byte
}

func readParityCases(t testing.TB) []parityCase {
	t.Helper()
	dirs, err := os.ReadDir(filepath.Join("testdata", "parity"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []parityCase
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		c := parityCase{name: d.Name(), files: map[string][]byte{}}
		for _, n := range envFileNames("development") {
			b, err := os.ReadFile(filepath.Join("testdata", "parity", d.Name(), n))
			if err == nil {
				c.files[n] = b
			} else if !os.IsNotExist(err) {
				t.Fatal(err)
			}
		}
		if len(c.files) == 0 {
			t.Fatalf("testdata/parity/%s has no env file", d.Name())
		}
		cases = append(cases, c)
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	return cases
}

// TestParityExpected checks the Node 22+ model against what real Vite 8.3.8
// resolved on Node 22+ (testdata/parity/expected-vite-8.3.8.json). It needs
// no node: the recorded answers are the oracle.
func TestParityExpected(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "parity", "expected-vite-8.3.8.json"))
	if err != nil {
		t.Fatal(err)
	}
	var expected map[string]map[string]string
	if err := json.Unmarshal(b, &expected); err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, c := range readParityCases(t) {
		want, ok := expected[c.name]
		if !ok {
			continue // a case added later (fuzzer finds), checked against live Vite only
		}
		seen++
		got := modelAnswer(DialectNode, ParseNode, "development", parityPrefixes, parityEnv(), c.files)
		if d := diffAnswers(viteAnswer{Env: want}, got); d != "" {
			t.Errorf("%s: Vite 8.3.8 on Node 22+ and devproxy disagree:\n%s", c.name, d)
		}
	}
	if seen != len(expected) {
		t.Errorf("checked %d cases; expected JSON has %d", seen, len(expected))
	}
}

// TestParityRealVite resolves every case with real Vite 8 (Node's parseEnv
// of the node on PATH) and real Vite 7 (npm dotenv) and with devproxy, and
// fails on any disagreement.
func TestParityRealVite(t *testing.T) {
	v := startRealVite(t)
	node := ParseNode
	if v.nodeMajor < 22 {
		node = ParseNode20
		t.Logf("node is v%d: Vite 8 reads env files with Node 20's parseEnv here", v.nodeMajor)
	}
	dialects := []struct {
		pkg   string
		d     Dialect
		parse ParseFunc
	}{
		{"vite8", DialectNode, node},
		{"vite7", DialectDotenv, ParseDotenv},
		{"vite6", DialectDotenv, ParseDotenv},
		{"vite5", DialectDotenvVite5, ParseDotenv},
	}
	for _, c := range readParityCases(t) {
		for _, dl := range dialects {
			want := v.loadEnv(dl.pkg, "development", parityPrefixes, parityEnv(), c.files)
			got := modelAnswer(dl.d, dl.parse, "development", parityPrefixes, parityEnv(), c.files)
			if d := diffAnswers(want, got); d != "" {
				t.Errorf("%s with %s: real Vite and devproxy disagree:\n%s", c.name, dl.pkg, d)
			}
		}
	}
}
