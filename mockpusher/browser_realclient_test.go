package mockpusher_test

import (
	"devproxy/mockpusher"
	"net/http"
	"os"
	"path/filepath"
	"testing"
)

// needChromium skips when the browser or playwright-core is missing (CI has
// both: the setup script installs Debian's chromium).
func needChromium(t *testing.T) {
	t.Helper()
	bin := os.Getenv("CHROMIUM")
	if bin == "" {
		bin = "/usr/bin/chromium"
	}
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("skipping browser test: no chromium at %s (apt-get install chromium, or set CHROMIUM)", bin)
	}
	if _, err := os.Stat(filepath.Join(nodeModules, "playwright-core", "package.json")); err != nil {
		t.Skip("skipping browser test: playwright-core is not installed in testdata/node (run npm ci there)")
	}
}

// TestRealBrowserTwoPages: two headless Chromium profiles load a page served
// beside the mock on one origin, load pusher-js's browser build, authorize a
// presence channel through /pusher/auth with their own dev identities, and
// both receive an event the server SDK triggers.
func TestRealBrowserTwoPages(t *testing.T) {
	needNode(t)
	needChromium(t)
	page := filepath.Join("testdata", "js", "web", "index.html")
	pusherJS := filepath.Join(nodeModules, "pusher-js", "dist", "web", "pusher.js")
	m := startMock(t, mockpusher.Config{}, map[string]http.Handler{
		"GET /{$}": http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "no-store")
			http.ServeFile(w, r, page)
		}),
		"GET /pusher.js": http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.ServeFile(w, r, pusherJS)
		}),
	})
	runNode(t, m, "browser_two_pages.mjs")
}
