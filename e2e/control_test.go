package e2e

import (
	"fmt"
	"strconv"
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
