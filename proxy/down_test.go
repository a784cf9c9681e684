package proxy

import (
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// deadUpstream returns a loopback URL where nothing listens (yet).
func deadUpstream(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr
}

func TestWaitingPageWhileViteIsDown(t *testing.T) {
	up := deadUpstream(t)
	_, front := start(t, Config{Upstream: mustURL(t, up), UpstreamName: "Vite",
		Status: func() string { return "vite is starting (pid 42)" }})
	for _, hdr := range []map[string]string{
		{"Accept": "text/html,application/xhtml+xml,*/*;q=0.8", "Sec-Fetch-Dest": "document"},
		{"Accept": "text/html"}, // no Sec-Fetch-* (curl, old browsers)
	} {
		resp, body := get(t, front+"/some/page?x=1", hdr)
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Cache-Control") != "no-store" ||
			!strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			t.Fatalf("navigation while down: %s, Cache-Control %q, Content-Type %q", resp.Status, resp.Header.Get("Cache-Control"), resp.Header.Get("Content-Type"))
		}
		for _, want := range []string{`http-equiv="refresh"`, up, "connection refused", "vite is starting (pid 42)", "reloads by itself"} {
			if !strings.Contains(body, want) {
				t.Errorf("waiting page does not say %q:\n%s", want, body)
			}
		}
	}
	// A module request gets a short text, not a page.
	resp, body := get(t, front+"/src/main.ts", map[string]string{"Accept": "*/*", "Sec-Fetch-Dest": "script"})
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, up) || strings.Contains(body, "<html") {
		t.Fatalf("script while down: %s %q", resp.Status, body)
	}
	// A socket gets no 101.
	ws := "ws" + strings.TrimPrefix(front, "http") + "/"
	c, resp2, err := (&websocket.Dialer{Subprotocols: []string{"vite-ping"}}).Dial(ws, nil)
	if err == nil {
		c.Close()
		t.Fatal("a vite-ping socket opened while Vite is down: the page would reload onto an error")
	}
	if resp2 == nil || resp2.StatusCode == http.StatusSwitchingProtocols {
		t.Fatalf("vite-ping while down: %v %v; want a refusal", resp2, err)
	}
}

// Vite ≤5's restart probe: any answer means "back", so while Vite is down
// it is never answered by devproxy. With PingHold it waits for Vite and gets
// Vite's own answer once Vite is up.
func TestPingHeldUntilViteAnswers(t *testing.T) {
	up := deadUpstream(t)
	_, front := start(t, Config{Upstream: mustURL(t, up), PingHold: time.Minute})
	var viteUp atomic.Bool
	type result struct {
		status      int
		body        string
		afterViteUp bool
		err         error
	}
	done := make(chan result, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodGet, front+"/", nil)
		req.Header.Set("Accept", "text/x-vite-ping")
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			done <- result{err: err}
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		done <- result{resp.StatusCode, string(b), viteUp.Load(), nil}
	}()
	// Let the probe arrive while Vite is down; the test passes whatever the
	// scheduling, but only this order exercises the hold.
	time.Sleep(300 * time.Millisecond)
	select {
	case r := <-done:
		t.Fatalf("ping answered while Vite was down: %+v", r)
	default:
	}
	ln, err := net.Listen("tcp", strings.TrimPrefix(up, "http://"))
	if err != nil {
		t.Skipf("cannot re-bind the upstream port %s to play Vite: %v", up, err)
	}
	viteUp.Store(true)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "vite here")
	})}
	go srv.Serve(ln)
	defer srv.Close()
	r := <-done
	if r.err != nil || r.status != 200 || r.body != "vite here" || !r.afterViteUp {
		t.Fatalf("held ping = %+v; want Vite's own answer after Vite came up", r)
	}
}

func TestPingDroppedUnanswered(t *testing.T) {
	up := deadUpstream(t)
	for _, hold := range []time.Duration{0, 200 * time.Millisecond} {
		_, front := start(t, Config{Upstream: mustURL(t, up), PingHold: hold})
		req, _ := http.NewRequest(http.MethodGet, front+"/", nil)
		req.Header.Set("Accept", "text/x-vite-ping")
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err == nil {
			resp.Body.Close()
			t.Fatalf("PingHold %v: ping while Vite stays down got %s; want the connection dropped without an answer", hold, resp.Status)
		}
	}
}
