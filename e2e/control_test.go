package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestHarnessControls shows the HMR assertions can fail: against Vite
// directly (no devproxy), a default config hot-updates over the page's own
// port and passes; with server.hmr.port the socket goes straight to Vite's
// HMR port, and socketProblems must report that bypass. If this test fails,
// the HMR matrix proves nothing.
func TestHarnessControls(t *testing.T) {
	b := newBrowser(t)
	for _, v := range viteVersions {
		t.Run(v+"/direct-default-passes", func(t *testing.T) {
			t.Parallel()
			acquire(t)
			dir := fixture(t, "default.mjs")
			port := freePort(t)
			startVite(t, v, dir, "default.mjs", port)
			pageURL := fmt.Sprintf("http://127.0.0.1:%d/", port)
			s := hotEdit(t, b.page(t), pageURL, dir)
			if p := socketProblems(s, mustURL(t, pageURL).Host); len(p) != 0 {
				t.Errorf("direct Vite with no HMR options: socketProblems = %q; want none", p)
			}
		})
		t.Run(v+"/direct-hmr-port-is-a-bypass", func(t *testing.T) {
			t.Parallel()
			acquire(t)
			dir := fixture(t, "hmr-port.mjs")
			port, hmrPort := freePort(t), freePort(t)
			startVite(t, v, dir, "hmr-port.mjs", port, "E2E_HMR_PORT="+strconv.Itoa(hmrPort))
			pageURL := fmt.Sprintf("http://127.0.0.1:%d/", port)
			s := hotEdit(t, b.page(t), pageURL, dir)
			p := socketProblems(s, mustURL(t, pageURL).Host)
			if len(p) == 0 {
				t.Errorf("socket to Vite's own HMR port %d was not reported as bypassing %s; sockets: %s", hmrPort, pageURL, socketSummary(s))
			}
		})
	}
}

// TestHarnessDetectsFallback: a broken proxy of our own making (HTTP
// forwarded, WebSocket upgrades refused) in front of Vite. The page still
// hot-updates, over Vite's silent direct fallback, and the harness must say
// so: that is exactly how a broken devproxy would otherwise pass.
func TestHarnessDetectsFallback(t *testing.T) {
	b := newBrowser(t)
	for _, v := range viteVersions {
		t.Run(v, func(t *testing.T) {
			t.Parallel()
			acquire(t)
			dir := fixture(t, "default.mjs")
			port := freePort(t)
			startVite(t, v, dir, "default.mjs", port)
			target, _ := url.Parse(fmt.Sprintf("http://127.0.0.1:%d", port))
			rp := httputil.NewSingleHostReverseProxy(target)
			broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.Header.Get("Upgrade") != "" {
					http.Error(w, "no websockets here", http.StatusBadGateway)
					return
				}
				rp.ServeHTTP(w, r)
			}))
			t.Cleanup(broken.Close)
			pg := b.page(t)
			s := hotEdit(t, pg, broken.URL+"/", dir)
			if p := socketProblems(s, mustURL(t, broken.URL).Host); len(p) == 0 {
				t.Errorf("HMR over Vite's direct fallback was not reported; sockets: %s", socketSummary(s))
			}
			fallback := false
			for _, l := range s.Console {
				fallback = fallback || strings.Contains(l, "Direct websocket connection fallback")
			}
			if !fallback {
				t.Errorf("expected Vite's \"Direct websocket connection fallback\" in the console; got %q", s.Console)
			}
		})
	}
}

// TestOrphanDetector: checkNoOrphans's scan finds a process left running in
// a fixture dir (so "no orphaned node processes" is a real assertion).
func TestOrphanDetector(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("sleep", "600")
	cmd.Dir = dir
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	found := false
	for _, pid := range orphans(dir) {
		found = found || pid == cmd.Process.Pid
	}
	if !found {
		t.Errorf("orphans(%s) = %v; want it to include pid %d", dir, orphans(dir), cmd.Process.Pid)
	}
	if left := orphans(t.TempDir()); len(left) != 0 {
		t.Errorf("orphans(empty dir) = %v; want none", left)
	}
}
