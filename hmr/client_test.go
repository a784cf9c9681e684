package hmr

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/rewrite/*.golden from the current rewriter")

// The clients in testdata/client were served by real Vite 5.4, 6.4, 7.3 and
// 8.3 (capture.sh), for the cases of testdata/app: a default, b hmr.port,
// c hmr.clientPort, d middleware mode, e base '/app/', h hmr host, protocol
// and clientPort. Ports are normalised:
// 5173 is Vite's HTTP port, 24690 the configured HMR port.

func readClient(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "client", name))
	if err != nil {
		t.Fatalf("reading golden input: %v (regenerate with sh hmr/testdata/capture.sh)", err)
	}
	return b
}

func TestParseClientPerVersion(t *testing.T) {
	type want struct {
		port     int
		base     string
		direct   string
		sepPort  int
		certain  bool
		hostname string
		protocol string
	}
	perCase := map[string]want{
		"a": {0, "/", "127.0.0.1:5173/", 0, true, "", ""},
		"b": {24690, "/", "127.0.0.1:24690/", 24690, true, "", ""},
		"c": {24690, "/", "127.0.0.1:5173/", 24690, false, "", ""},
		"e": {0, "/app/", "127.0.0.1:5173/app/", 0, true, "", ""},
		"h": {24690, "/", "localhost:5173/", 24690, false, "localhost", "ws"},
	}
	for _, v := range []string{"vite5", "vite6", "vite7", "vite8"} {
		for _, c := range []string{"a", "b", "c", "d", "e", "h"} {
			name := v + "-" + c + ".js"
			t.Run(name, func(t *testing.T) {
				w, ok := perCase[c]
				if c == "d" {
					// Middleware mode: 24678 baked in; the direct target names
					// server.port (5173), or "undefined" in Vite 5.
					w = want{24678, "/", "localhost:5173/", 24678, false, "", ""}
					if v == "vite5" {
						w.direct, w.certain = "localhost:undefined/", true
					}
					ok = true
				}
				if !ok {
					t.Fatal("no expectation")
				}
				got, err := ParseClient(readClient(t, name))
				if err != nil {
					t.Fatalf("ParseClient(%s) error: %v", name, err)
				}
				if got.Port != w.port || got.HMRBase != w.base || got.DirectTarget != w.direct || got.Hostname != w.hostname || got.Protocol != w.protocol {
					t.Errorf("ParseClient(%s) = %+v; want port %d base %q direct %q", name, got, w.port, w.base, w.direct)
				}
				if len(got.Token) < 8 {
					t.Errorf("ParseClient(%s) token = %q; want Vite's", name, got.Token)
				}
				if got.Base != w.base {
					t.Errorf("ParseClient(%s) base = %q; want %q", name, got.Base, w.base)
				}
				sp, certain := got.SeparatePort()
				if sp != w.sepPort || certain != w.certain {
					t.Errorf("SeparatePort(%s) = %d, %v; want %d, %v", name, sp, certain, w.sepPort, w.certain)
				}
			})
		}
	}
}

// TestRewriteClientGolden checks the rewrite of every captured client: only
// the four baked values change, the rest is byte for byte, and the changed
// lines match testdata/rewrite/<name>.golden (-update rewrites them).
func TestRewriteClientGolden(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("testdata", "client", "*.js"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no captured clients in testdata/client (%v): run sh hmr/testdata/capture.sh", err)
	}
	for _, path := range names {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			src := readClient(t, name)
			out, cfg, err := RewriteClient(src, "myapp.test:8443")
			if err != nil {
				t.Fatalf("RewriteClient(%s): %v", name, err)
			}
			srcLines := strings.Split(string(src), "\n")
			outLines := strings.Split(string(out), "\n")
			if len(srcLines) != len(outLines) {
				t.Fatalf("RewriteClient(%s) changed the line count: %d → %d", name, len(srcLines), len(outLines))
			}
			var diff bytes.Buffer
			for i := range srcLines {
				if srcLines[i] != outLines[i] {
					fmt.Fprintf(&diff, "- %s\n+ %s\n", srcLines[i], outLines[i])
				}
			}
			golden := filepath.Join("testdata", "rewrite", strings.TrimSuffix(name, ".js")+".golden")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, diff.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./hmr -run Golden -update)", err)
			}
			if !bytes.Equal(diff.Bytes(), want) {
				t.Errorf("rewrite of %s:\n%s\nwant:\n%s", name, diff.Bytes(), want)
			}
			re, err := ParseClient(out)
			if err != nil {
				t.Fatalf("rewritten %s no longer parses: %v", name, err)
			}
			if re.Port != 0 || re.Hostname != "" || re.Protocol != "" || re.DirectTarget != "myapp.test:8443"+cfg.HMRBase {
				t.Errorf("rewritten %s = %+v; want nothing baked and direct target myapp.test:8443%s", name, re, cfg.HMRBase)
			}
		})
	}
}

func TestParseClientErrors(t *testing.T) {
	a := string(readClient(t, "vite8-a.js"))
	cases := []struct {
		name, src, want string
	}{
		{"empty", "", "not a Vite client"},
		{"html", "<!doctype html><p>hello</p>", "not a Vite client"},
		{"no hmrPort", strings.Replace(a, "const hmrPort = null;", "let hmrPort = null;", 1), "could not find hmrPort"},
		{"no direct target", strings.Replace(a, "const directSocketHost =", "const directSocketHostX =", 1), "could not find directSocketHost"},
		{"port out of range", strings.Replace(a, "const hmrPort = null;", "const hmrPort = 99999;", 1), "could not read hmrPort 99999"},
		{"bad base", strings.Replace(a, `${hmrPort || importMetaUrl.port}${"/"}`, `${hmrPort || importMetaUrl.port}${"app"}`, 1), "does not start with /"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseClient([]byte(tc.src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("ParseClient(%s) error = %v; want it to say %q", tc.name, err, tc.want)
			}
			if _, _, err := RewriteClient([]byte(tc.src), "h:1"); err == nil {
				t.Fatalf("RewriteClient(%s) succeeded on a client it cannot read", tc.name)
			}
		})
	}
}

// FuzzRewriteClient: any input either fails cleanly or comes out as a
// client that parses, hard-wires nothing, and keeps its HMR base.
func FuzzRewriteClient(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "client", "*.js"))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		// The socket settings sit in a few lines; seed with that window so
		// the fuzzer mutates what matters.
		i := bytes.Index(b, []byte("const serverHost"))
		j := bytes.Index(b, []byte("const wsToken"))
		if i >= 0 && j > i {
			f.Add(b[i:j+40], "localhost:5173")
		}
	}
	f.Add([]byte("const socketProtocol = \"wss\" || x\nconst hmrPort = 1;\nconst socketHost = `${\"h\" || importMetaUrl.hostname}:${hmrPort || importMetaUrl.port}${\"/\"}`;\nconst directSocketHost = \"h:1/\";"), "[::1]:80")
	f.Fuzz(func(t *testing.T, src []byte, host string) {
		out, cfg, err := RewriteClient(src, host)
		if err != nil {
			return
		}
		re, err := ParseClient(out)
		if err != nil {
			t.Fatalf("rewritten client does not parse: %v", err)
		}
		if re.Port != 0 || re.Hostname != "" || re.Protocol != "" {
			t.Fatalf("rewritten client still hard-wires %+v", re)
		}
		if re.HMRBase != cfg.HMRBase || re.DirectTarget != host+cfg.HMRBase {
			t.Fatalf("rewritten client: base %q direct %q; want %q and %q", re.HMRBase, re.DirectTarget, cfg.HMRBase, host+cfg.HMRBase)
		}
	})
}

func BenchmarkRewriteClient(b *testing.B) {
	src := readClient(b, "vite8-a.js")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := RewriteClient(src, "127.0.0.1:5173"); err != nil {
			b.Fatal(err)
		}
	}
}
