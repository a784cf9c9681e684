package e2e

import (
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

// hmrCase starts devproxy (and Vite) one way and returns the page URL the
// browser opens and the fixture dir whose src/label.js the test edits.
type hmrCase struct {
	name     string
	start    func(t *testing.T, version string) (pageURL, dir string)
	versions []string // the Vite lines the case applies to; nil: all
}

var hmrCases = []hmrCase{
	{"a-default-launch", func(t *testing.T, v string) (string, string) {
		dir := fixture(t, "default.mjs")
		return launchDevproxy(t, dir, nil, viteCmd(v, "default.mjs")), dir
	}, nil},
	{"a-default-attach", func(t *testing.T, v string) (string, string) {
		dir := fixture(t, "default.mjs")
		port := freePort(t)
		startVite(t, v, dir, "default.mjs", port)
		_, u := devproxy(t, dir, nil, "--upstream", fmt.Sprintf("http://127.0.0.1:%d", port), "--listen", "127.0.0.1:0")
		return u, dir
	}, nil},
	{"b-hmr-port", func(t *testing.T, v string) (string, string) {
		dir := fixture(t, "hmr-port.mjs")
		env := []string{"E2E_HMR_PORT=" + strconv.Itoa(freePort(t))}
		return launchDevproxy(t, dir, env, viteCmd(v, "hmr-port.mjs")), dir
	}, nil},
	{"b-ws-port", func(t *testing.T, v string) (string, string) {
		dir := fixture(t, "ws-port.mjs")
		env := []string{"E2E_HMR_PORT=" + strconv.Itoa(freePort(t))}
		return launchDevproxy(t, dir, env, viteCmd(v, "ws-port.mjs")), dir
	}, []string{"vite8"}}, // server.hmr.* became server.ws.* in Vite 8.1
	{"c-wrong-client-port", func(t *testing.T, v string) (string, string) {
		dir := fixture(t, "client-port.mjs")
		env := []string{"E2E_HMR_CLIENT_PORT=" + strconv.Itoa(freePort(t))}
		return launchDevproxy(t, dir, env, viteCmd(v, "client-port.mjs")), dir
	}, nil},
	{"d-middleware-mode", func(t *testing.T, v string) (string, string) {
		dir := fixture(t, "")
		cmd := fmt.Sprintf("node %s --vite %s --hmr-port %d",
			filepath.Join(repoRoot, "testdata", "hmr", "middleware-server.mjs"), vitePkg(v), freePort(t))
		return launchDevproxy(t, dir, nil, cmd), dir
	}, nil},
	{"f-https-attach", func(t *testing.T, v string) (string, string) {
		dir := fixture(t, "https.mjs")
		port := freePort(t)
		startViteTLS(t, v, dir, "https.mjs", port)
		_, u := devproxy(t, dir, nil, "--upstream", fmt.Sprintf("https://127.0.0.1:%d", port), "--listen", "127.0.0.1:0")
		return u, dir
	}, nil},
	{"e-base-app", func(t *testing.T, v string) (string, string) {
		dir := fixture(t, "base.mjs")
		u := launchDevproxy(t, dir, nil, viteCmd(v, "base.mjs"))
		return origin(t, u) + "/app/", dir
	}, nil},
}

// TestHMR proves, for every case and Vite line, that an edit is hot-applied
// in Chromium through devproxy's port with module state kept.
func TestHMR(t *testing.T) {
	b := newBrowser(t)
	for _, v := range viteVersions {
		for _, c := range hmrCases {
			if c.versions != nil && !slices.Contains(c.versions, v) {
				continue
			}
			t.Run(v+"/"+c.name, func(t *testing.T) {
				t.Parallel()
				acquire(t)
				pageURL, dir := c.start(t, v)
				pg := b.page(t)
				hmrRoundTrip(t, pg, pageURL, dir)
			})
		}
	}
}

// TestHMRHostNames browses through devproxy with names Vite itself would
// block: a custom domain and a single-label (compose service) name.
func TestHMRHostNames(t *testing.T) {
	hosts := []string{"myapp.test", "web"}
	b := newBrowser(t, hosts...)
	for _, v := range viteVersions {
		t.Run(v, func(t *testing.T) {
			t.Parallel()
			acquire(t)
			dir := fixture(t, "default.mjs")
			u := launchDevproxy(t, dir, nil, viteCmd(v, "default.mjs"), "--allow-host", hosts[0], "--allow-host", hosts[1])
			port := mustURL(t, u).Port()
			for _, h := range hosts {
				t.Run(h, func(t *testing.T) {
					hmrRoundTrip(t, b.page(t), fmt.Sprintf("http://%s:%s/", h, port), dir)
				})
			}
		})
	}
}

func viteCmd(version, config string) string {
	return fmt.Sprintf("node %s --config %s", viteBin(version), config)
}

// launchDevproxy runs devproxy in launch mode on a free loopback port.
func launchDevproxy(t *testing.T, dir string, env []string, viteCommand string, extra ...string) string {
	t.Helper()
	_, u := launchDevproxyProc(t, dir, env, viteCommand, extra...)
	return u
}

// launchDevproxyProc is launchDevproxy returning the devproxy process too.
// Processes left in dir after devproxy stops fail the test (orphans).
func launchDevproxyProc(t *testing.T, dir string, env []string, viteCommand string, extra ...string) (*proc, string) {
	t.Helper()
	checkNoOrphans(t, dir)
	args := append([]string{"--vite", viteCommand, "--dir", dir, "--listen", "127.0.0.1:0"}, extra...)
	return devproxy(t, dir, env, args...)
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatalf("devproxy printed an unparsable URL %q: %v", s, err)
	}
	return u
}

func origin(t *testing.T, s string) string {
	u := mustURL(t, s)
	return u.Scheme + "://" + u.Host
}

var editSeq atomic.Int64

// hmrRoundTrip opens pageURL, changes module state, edits src/label.js and
// asserts the edit was hot-applied without a reload, over a socket that went
// through the page's own host:port (devproxy), not Vite's direct fallback.
func hmrRoundTrip(t *testing.T, pg *page, pageURL, dir string) {
	t.Helper()
	s := hotEdit(t, pg, pageURL, dir)
	for _, p := range socketProblems(s, mustURL(t, pageURL).Host) {
		t.Error(p)
	}
	t.Logf("page %s; sockets: %s", pageURL, socketSummary(s))
}

// hotEdit loads the page, bumps the counter, edits label.js and checks the
// edit arrived as a hot update with module state kept. It returns what the
// page recorded, for the caller's socket assertions.
func hotEdit(t *testing.T, pg *page, pageURL, dir string) pageState {
	t.Helper()
	if status := pg.open(pageURL); status != 200 {
		t.Fatalf("GET %s = %d; want 200", pageURL, status)
	}
	pg.waitFor("[vite] connected", map[string]any{"console": "[vite] connected"})
	pg.waitFor("the app to render", map[string]any{"eval": "(document.getElementById('label')?.textContent || '').startsWith('label v')"})
	return editKeepsState(t, pg, dir, 2)
}

// editKeepsState clicks the counter up to want, edits label.js and asserts
// the hot update kept the counter and window.__marker and did not navigate.
func editKeepsState(t *testing.T, pg *page, dir string, want int) pageState {
	t.Helper()
	for i := 0; i < want; i++ {
		pg.click("#inc")
	}
	pg.waitFor(fmt.Sprintf("the counter to reach %d", want), map[string]any{"eval": fmt.Sprintf("window.__count && window.__count() === %d", want)})
	marker := pg.evalString("window.__marker")
	before := pg.state()

	label := fmt.Sprintf("label v%d", editSeq.Add(1))
	writeLabel(t, dir, label)
	pg.waitFor("[vite] hot updated", map[string]any{"console": "[vite] hot updated", "since": len(before.Console)})
	pg.waitFor("the new label", map[string]any{"eval": fmt.Sprintf("document.getElementById('label').textContent === %q", label)})

	after := pg.state()
	var count int
	pg.eval("window.__count()", &count)
	if count != want {
		t.Errorf("counter after the hot update = %d; want %d (module state lost)", count, want)
	}
	if m := pg.evalString("window.__marker"); m != marker {
		t.Errorf("window.__marker changed from %q to %q: the page reloaded instead of hot-updating", marker, m)
	}
	if len(after.Navigations) != len(before.Navigations) {
		t.Errorf("page navigated during the hot update: %q", after.Navigations[len(before.Navigations):])
	}
	return after
}

// socketProblems checks that the console shows no failed or fallback HMR
// socket, that every socket that received Vite's
// {"type":"connected"} was opened to wantHost (devproxy as the browser sees
// it), that there was at least one, and that the update arrived on it.
func socketProblems(s pageState, wantHost string) []string {
	var problems []string
	for _, l := range s.Console {
		if strings.Contains(l, "Direct websocket connection fallback") || strings.Contains(l, "failed to connect to websocket") {
			problems = append(problems, "console: "+l)
		}
	}
	connected := 0
	updated := false
	for _, k := range sortedKeys(s.Sockets) {
		so := s.Sockets[k]
		if !hasFrame(so.Frames, "connected") {
			continue
		}
		connected++
		u, err := url.Parse(so.URL)
		if err != nil || u.Host != wantHost {
			problems = append(problems, fmt.Sprintf("HMR socket %s received {\"type\":\"connected\"} but bypassed devproxy (want host %s)", so.URL, wantHost))
			continue
		}
		if hasFrame(so.Frames, "update") {
			updated = true
		}
	}
	if connected == 0 {
		problems = append(problems, "no WebSocket received {\"type\":\"connected\"}; sockets: "+socketSummary(s))
	} else if !updated && len(problems) == 0 {
		problems = append(problems, fmt.Sprintf("the hot update did not arrive on the socket through %s; sockets: %s", wantHost, socketSummary(s)))
	}
	return problems
}

// hasFrame reports whether any frame is a JSON object with "type": typ.
func hasFrame(frames []string, typ string) bool {
	for _, f := range frames {
		var m struct{ Type string }
		if json.Unmarshal([]byte(f), &m) == nil && m.Type == typ {
			return true
		}
	}
	return false
}

func socketSummary(s pageState) string {
	var parts []string
	for _, k := range sortedKeys(s.Sockets) {
		so := s.Sockets[k]
		parts = append(parts, fmt.Sprintf("%s (status %d, %d frames)", so.URL, so.Status, len(so.Frames)))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
