package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// upSyncBuffer is written by the CLI and read by the test at the same time.
type upSyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *upSyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *upSyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func runUpCLI(ctx context.Context, args ...string) (code int, stdout, stderr string) {
	var out, errb upSyncBuffer
	err := newApp(&out, &errb).RunContext(ctx, append([]string{"devproxy"}, args...))
	code = exitCode(&errb, err)
	return code, out.String(), errb.String()
}

func TestUpUsageErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"unparsable upstream", []string{"up", "--upstream", "http://[::1"}, "--upstream: cannot parse URL"},
		{"upstream scheme", []string{"up", "--upstream", "ftp://x:1"}, `scheme "ftp"`},
		{"route without =", []string{"up", "--upstream", "http://127.0.0.1:1", "--route", "/api"}, "has no '='"},
		{"route target with path", []string{"up", "--upstream", "http://127.0.0.1:1", "--route", "/api=http://x:1/v1"}, "has a path"},
		{"unknown flag", []string{"up", "--frobnicate"}, "flag provided but not defined: -frobnicate"},
		{"bad listen", []string{"up", "--listen", "5173"}, `--listen "5173": want HOST:PORT`},
		{"bad listen port", []string{"up", "--listen", "127.0.0.1:http"}, "is not a number"},
		{"both modes", []string{"up", "--upstream", "http://127.0.0.1:1", "--vite", "vite"}, "not both"},
		{"allow-host with scheme", []string{"up", "--upstream", "http://127.0.0.1:1", "--allow-host", "http://x.com"}, "give a host name"},
		{"argument", []string{"up", "extra"}, "takes no arguments"},
		{"upstream is devproxy", []string{"up", "--upstream", "http://localhost:5173"}, "devproxy's own address"},
		{"route to devproxy", []string{"up", "--listen", "0.0.0.0:8080", "--upstream", "http://127.0.0.1:1", "--route", "/api=http://127.0.0.1:8080"}, "would loop"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runUpCLI(context.Background(), tc.args...)
			if code != 2 {
				t.Errorf("exit code = %d; want 2", code)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr = %q; want it to say %q", stderr, tc.want)
			}
			if strings.Contains(stderr, "goroutine") || strings.Count(strings.TrimSpace(stderr), "\n") > 2 {
				t.Errorf("stderr is not one clear line: %q", stderr)
			}
		})
	}
}

func TestUpPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, stdout, stderr := runUpCLI(context.Background(), "up", "--listen", ln.Addr().String(), "--upstream", "http://127.0.0.1:1")
	if code != 1 || !strings.Contains(stderr, ln.Addr().String()) || !strings.Contains(stderr, "already in use") {
		t.Fatalf("port in use: exit %d, stderr %q; want 1 and a line naming %s", code, stderr, ln.Addr())
	}
	if strings.Contains(stdout, "Local:") {
		t.Fatalf("banner printed although devproxy is not serving:\n%s", stdout)
	}
}

func TestUpMissingVite(t *testing.T) {
	code, _, stderr := runUpCLI(context.Background(), "up", "--listen", "127.0.0.1:0", "--dir", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "node_modules/.bin/vite") || !strings.Contains(stderr, "npm install") {
		t.Fatalf("no vite: exit %d, stderr %q", code, stderr)
	}
}

var localLine = regexp.MustCompile(`(?m)^\s*➜\s+Local:\s+(http://\S+)`)

// Attached to an upstream that is not Vite (yet): the banner still comes,
// with the real port, and the proxy serves.
func TestUpAttachBanner(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "upstream "+r.URL.RequestURI())
	}))
	defer up.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb upSyncBuffer
	done := make(chan int, 1)
	go func() {
		err := newApp(&out, &errb).RunContext(ctx, []string{"devproxy", "up", "--listen", "127.0.0.1:0", "--upstream", up.URL,
			"--route", "/api=" + up.URL})
		done <- exitCode(&errb, err)
	}()
	var local string
	for deadline := time.Now().Add(30 * time.Second); local == ""; {
		if m := localLine.FindStringSubmatch(out.String()); m != nil {
			local = m[1]
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("no Local line:\nstdout:\n%s\nstderr:\n%s", out.String(), errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if strings.HasSuffix(local, ":0/") || !strings.HasPrefix(local, "http://127.0.0.1:") {
		t.Fatalf("Local URL %q is not the real address", local)
	}
	resp, err := http.Get(local + "api/x?y=1")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "upstream /api/x?y=1" {
		t.Fatalf("through devproxy: %q", b)
	}
	for _, want := range []string{"Upstream: " + up.URL, "Route:    /api → " + up.URL, "HMR:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("banner lacks %q:\n%s", want, out.String())
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("exit code after cancel = %d; stderr %s", code, errb.String())
	}
}

var launchedPid = regexp.MustCompile(`launched, pid (\d+)`)

// Launch mode with the real Vite 8: banner once Vite answers, pages through
// devproxy, and after Ctrl-C (ctx cancel) nothing of Vite's group is left.
func TestUpLaunchRealVite(t *testing.T) {
	if testing.Short() {
		t.Skip("real Vite: skipped with -short")
	}
	bin, _ := filepath.Abs("testdata/node/node_modules/vite8/bin/vite.js")
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("needs %s: run npm ci in testdata/node", bin)
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("needs node on PATH")
	}
	t.Setenv("DEVPROXY_CACHE_DIR", t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb upSyncBuffer
	done := make(chan int, 1)
	go func() {
		err := newApp(&out, &errb).RunContext(ctx, []string{"devproxy", "up", "--listen", "127.0.0.1:0",
			"--dir", "hmr/testdata/app", "--vite", "node " + bin})
		done <- exitCode(&errb, err)
	}()
	var local string
	for deadline := time.Now().Add(90 * time.Second); ; {
		if m := localLine.FindStringSubmatch(out.String()); m != nil {
			local = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("devproxy exited %d before serving:\n%s\n%s", code, out.String(), errb.String())
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("no banner:\n%s\n%s", out.String(), errb.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	m := launchedPid.FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("banner does not name the launched pid:\n%s", out.String())
	}
	pid, _ := strconv.Atoi(m[1])
	resp, err := http.Get(local)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "/@vite/client") {
		t.Fatalf("page through devproxy: %s\n%s", resp.Status, body)
	}
	if !strings.Contains(out.String(), "vite │ ") {
		t.Errorf("Vite's output is not streamed with its prefix:\n%s", out.String())
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("exit code after Ctrl-C = %d:\n%s", code, errb.String())
	}
	// devproxy returned only after Stop: the group must be gone now.
	if err := syscall.Kill(-pid, 0); err == nil {
		syscall.Kill(-pid, syscall.SIGKILL)
		t.Fatalf("Vite's process group %d is still alive after devproxy exited", pid)
	}
}
