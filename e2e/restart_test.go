package e2e

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestViteDownAndRestart: with a page open, Vite stops; the page keeps its
// state (the restart probe is not told "back" by devproxy), a navigation in
// another tab gets devproxy's waiting page, and when Vite returns on the same
// port the page reloads by itself and HMR works again. Also: devproxy started
// before Vite serves the waiting page, then the app. Vite 5 probes with an
// HTTP request (Accept: text/x-vite-ping), 6+ with a vite-ping WebSocket
// (7.1+ from a SharedWorker, which the page's DevTools session cannot see).
func TestViteDownAndRestart(t *testing.T) {
	b := newBrowser(t)
	for _, v := range viteVersions {
		t.Run(v+"/restart", func(t *testing.T) {
			t.Parallel()
			acquire(t)
			dir := fixture(t, "default.mjs")
			port := freePort(t)
			vite := startVite(t, v, dir, "default.mjs", port)
			upstream := fmt.Sprintf("127.0.0.1:%d", port)
			_, u := devproxy(t, dir, nil, "--upstream", "http://"+upstream, "--listen", "127.0.0.1:0")

			t0 := time.Now()
			p1 := b.page(t)
			if st := p1.open(u); st != 200 {
				t.Fatalf("GET %s = %d; want 200", u, st)
			}
			p1.waitFor("[vite] connected", map[string]any{"console": "[vite] connected"})
			p1.click("#inc")
			p1.waitFor("the counter to reach 1", map[string]any{"eval": "window.__count && window.__count() === 1"})
			marker := p1.evalString("window.__marker")
			before := p1.state()

			vite.stop(t)
			t.Logf("%v: Vite stopped", time.Since(t0).Round(time.Millisecond))
			p1.waitFor("the client to notice Vite is gone", map[string]any{"console": "server connection lost", "since": len(before.Console)})
			t.Logf("%v: page logged \"server connection lost\"", time.Since(t0).Round(time.Millisecond))

			p2 := b.page(t)
			st := p2.open(u)
			assertWaitingPage(t, p2, u, upstream, st)
			// Let time pass in events, not sleeps: the waiting page refreshes
			// itself at least once, and the page's own restart probe has run.
			t.Logf("%v: second tab shows the waiting page (status %d)", time.Since(t0).Round(time.Millisecond), st)
			p2.waitFor("the waiting page to refresh itself", map[string]any{"navigations": 2})
			t.Logf("%v: waiting page refreshed itself", time.Since(t0).Round(time.Millisecond))
			switch v {
			case "vite5":
				p1.waitFor("an HTTP vite-ping probe", map[string]any{"pings": 1})
			case "vite6":
				p1.waitFor("a vite-ping WebSocket probe", map[string]any{"pingSockets": 1})
			}
			down := p1.state()
			t.Logf("%v: probes seen (%d HTTP pings)", time.Since(t0).Round(time.Millisecond), down.Pings)
			for _, so := range down.Sockets {
				if so.Protocol == "vite-ping" && so.Status == 101 {
					t.Errorf("vite-ping probe %s got 101 while Vite was down: the client is told \"back\" too early", so.URL)
				}
			}
			if len(down.Navigations) != len(before.Navigations) {
				t.Fatalf("page navigated while Vite was down (restart probe told \"back\" too early?): %q", down.Navigations[len(before.Navigations):])
			}
			var count int
			p1.eval("window.__count()", &count)
			if count != 1 || p1.evalString("window.__marker") != marker {
				t.Errorf("page state lost while Vite was down: counter %d (want 1)", count)
			}

			startVite(t, v, dir, "default.mjs", port)
			t.Logf("%v: Vite restarted", time.Since(t0).Round(time.Millisecond))
			p1.waitFor("the page to reload by itself", map[string]any{"eval": fmt.Sprintf("window.__marker !== undefined && window.__marker !== %q", marker)})
			p1.waitFor("[vite] connected after the reload", map[string]any{"console": "[vite] connected", "since": len(down.Console)})
			t.Logf("%v: page reloaded by itself", time.Since(t0).Round(time.Millisecond))
			p2.waitFor("the waiting tab to become the app", map[string]any{"eval": "!!document.getElementById('inc')"})
			t.Logf("%v: waiting tab became the app", time.Since(t0).Round(time.Millisecond))

			s := editKeepsState(t, p1, dir, 1)
			for _, p := range socketProblems(s, mustURL(t, u).Host) {
				t.Error(p)
			}
		})
		t.Run(v+"/start-before-vite", func(t *testing.T) {
			t.Parallel()
			acquire(t)
			dir := fixture(t, "default.mjs")
			port := freePort(t)
			upstream := fmt.Sprintf("127.0.0.1:%d", port)
			_, u := devproxy(t, dir, nil, "--upstream", "http://"+upstream, "--listen", "127.0.0.1:0")

			pg := b.page(t)
			st := pg.open(u)
			assertWaitingPage(t, pg, u, upstream, st)

			startVite(t, v, dir, "default.mjs", port)
			pg.waitFor("the waiting page to become the app", map[string]any{"eval": "!!document.getElementById('inc')"})
			pg.waitFor("[vite] connected", map[string]any{"console": "[vite] connected"})
			s := editKeepsState(t, pg, dir, 2)
			for _, p := range socketProblems(s, mustURL(t, u).Host) {
				t.Error(p)
			}
		})
	}
}

// assertWaitingPage checks the tab shows devproxy's waiting page naming the
// awaited upstream, and that the page is not cacheable.
func assertWaitingPage(t *testing.T, pg *page, u, upstream string, status int) {
	t.Helper()
	text := pg.evalString("document.body ? document.body.innerText : ''")
	if pg.evalString("String(!!document.getElementById('inc'))") == "true" {
		t.Fatalf("GET %s while Vite is down showed the app (status %d); want devproxy's waiting page", u, status)
	}
	if !strings.Contains(text, upstream) {
		t.Errorf("waiting page (status %d) does not name the awaited upstream %s; it says:\n%s", status, upstream, text)
	}
	req, _ := http.NewRequest("GET", u, nil)
	req.Header.Set("Accept", "text/html")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	resp.Body.Close()
	if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "no-store") {
		t.Errorf("waiting page Cache-Control = %q; want no-store", cc)
	}
}
