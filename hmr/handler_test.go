package hmr

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// fakeVite plays Vite's side for unit tests: it serves a real captured
// client (with its HMR settings replaced to point at itself) and an HMR
// socket that checks subprotocol and token like Vite, then does what the
// test sends on ends: "drop" the TCP connection or "close" with 1000.
type fakeVite struct {
	srv      *httptest.Server
	ends     chan string
	sawInm   chan string
	hmrPort  int // non-zero: the client names this separate port
	etag     string
	clientJS []byte
}

func newFakeVite(t *testing.T, hmrPort int) *fakeVite {
	t.Helper()
	f := &fakeVite{ends: make(chan string, 4), sawInm: make(chan string, 16), hmrPort: hmrPort, etag: `W/"abc-123"`}
	src := readClient(t, "vite8-a.js")
	f.srv = httptest.NewUnstartedServer(nil)
	f.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/@vite/client" {
			f.sawInm <- r.Header.Get("If-None-Match")
			w.Header().Set("Etag", f.etag)
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("Content-Type", "text/javascript")
			w.Write(f.clientJS)
			return
		}
		if r.URL.Path == "/" && r.Header.Get("Upgrade") == "" {
			io.WriteString(w, `<script type="module" src="/@vite/client"></script>`)
			return
		}
		proto := r.Header.Get("Sec-WebSocket-Protocol")
		if proto != "vite-hmr" && proto != "vite-ping" {
			http.Error(w, "no subprotocol", http.StatusBadRequest)
			return
		}
		if r.Header.Get("Origin") != "" && r.URL.Query().Get("token") != "tok" {
			http.Error(w, "invalid token", http.StatusBadRequest)
			return
		}
		up := websocket.Upgrader{Subprotocols: []string{proto}, CheckOrigin: func(*http.Request) bool { return true }}
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		c.WriteMessage(websocket.TextMessage, []byte(`{"type":"connected"}`))
		switch <-f.ends {
		case "drop":
			c.UnderlyingConn().Close()
		case "close":
			c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(1000, "bye"), time.Now().Add(time.Second))
			c.ReadMessage()
			c.Close()
		}
	})
	f.srv.Start()
	t.Cleanup(func() { close(f.ends); f.srv.Close() })
	host := strings.TrimPrefix(f.srv.URL, "http://")
	port := "null"
	direct := host + "/"
	if hmrPort != 0 {
		port = strconv.Itoa(hmrPort)
		direct = "127.0.0.1:" + port + "/"
	}
	js := strings.Replace(string(src), "const hmrPort = null;", "const hmrPort = "+port+";", 1)
	js = strings.Replace(js, `const directSocketHost = "127.0.0.1:5173/";`, `const directSocketHost = "`+direct+`";`, 1)
	f.clientJS = []byte(js)
	return f
}

func (f *fakeVite) url(t *testing.T) *url.URL {
	u, err := url.Parse(f.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func serveHandler(t *testing.T, h *Handler) string {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(func() { h.Close(); s.Close() })
	return s.URL
}

func TestClientServedRewrittenAndUncached(t *testing.T) {
	f := newFakeVite(t, 0)
	h, err := New(Config{Upstream: f.url(t)})
	if err != nil {
		t.Fatal(err)
	}
	front := serveHandler(t, h)
	req, _ := http.NewRequest(http.MethodGet, front+"/@vite/client", nil)
	req.Header.Set("If-None-Match", f.etag)
	req.Host = "myapp.test:8443"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if inm := <-f.sawInm; inm != "" {
		t.Errorf("Vite saw If-None-Match %q; the client must always be fetched whole", inm)
	}
	if resp.StatusCode != 200 || resp.Header.Get("Cache-Control") != "no-store" {
		t.Fatalf("client through devproxy: %s, Cache-Control %q; want 200 no-store", resp.Status, resp.Header.Get("Cache-Control"))
	}
	if cl := resp.Header.Get("Content-Length"); cl != strconv.Itoa(len(body)) {
		t.Errorf("Content-Length %s for a %d-byte body", cl, len(body))
	}
	if et := resp.Header.Get("Etag"); et == "" || et == f.etag {
		t.Errorf("ETag %q: want a new one for the rewritten body", et)
	}
	if !strings.Contains(string(body), `const directSocketHost = "myapp.test:8443/";`) {
		t.Errorf("direct fallback not pointed at the page's host")
	}
}

func dialThrough(t *testing.T, front, proto, query string, origin bool) (*websocket.Conn, *http.Response, error) {
	t.Helper()
	hdr := http.Header{}
	if origin {
		hdr.Set("Origin", front)
	}
	d := websocket.Dialer{Subprotocols: []string{proto}, HandshakeTimeout: 10 * time.Second}
	return d.Dial("ws"+strings.TrimPrefix(front, "http")+"/"+query, hdr)
}

func readConnected(t *testing.T, c *websocket.Conn) {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, msg, err := c.ReadMessage()
	if err != nil || string(msg) != `{"type":"connected"}` {
		t.Fatalf("first message = %q, %v", msg, err)
	}
}

// How Vite's side ends is how the browser's ends: Vite ≤5's client polls for
// a restart only after an unclean close.
func TestSocketEndsAsViteEnds(t *testing.T) {
	f := newFakeVite(t, 0)
	h, _ := New(Config{Upstream: f.url(t)})
	front := serveHandler(t, h)

	c, resp, err := dialThrough(t, front, "vite-hmr", "?token=tok", true)
	if err != nil {
		b := []byte{}
		if resp != nil {
			b, _ = io.ReadAll(resp.Body)
		}
		t.Fatal(err, resp, string(b))
	}
	readConnected(t, c)
	f.ends <- "drop"
	_, _, err = c.ReadMessage()
	if !websocket.IsCloseError(err, websocket.CloseAbnormalClosure) {
		t.Fatalf("Vite dropped its socket; browser saw %v, want an unclean end (1006)", err)
	}

	c, _, err = dialThrough(t, front, "vite-hmr", "?token=tok", true)
	if err != nil {
		t.Fatal(err)
	}
	readConnected(t, c)
	f.ends <- "close"
	_, _, err = c.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != 1000 || ce.Text != "bye" {
		t.Fatalf("Vite closed with 1000 bye; browser saw %v", err)
	}

	c, _, err = dialThrough(t, front, "vite-hmr", "?token=tok", true)
	if err != nil {
		t.Fatal(err)
	}
	readConnected(t, c)
	h.Close()
	_, _, err = c.ReadMessage()
	if !websocket.IsCloseError(err, websocket.CloseAbnormalClosure) {
		t.Fatalf("after Close the browser saw %v; want an unclean end, as when Vite stops", err)
	}
}

func TestRefusalsPassedOn(t *testing.T) {
	f := newFakeVite(t, 0)
	h, _ := New(Config{Upstream: f.url(t)})
	front := serveHandler(t, h)
	_, resp, err := dialThrough(t, front, "vite-hmr", "?token=wrong", true)
	if err == nil || resp == nil || resp.StatusCode != 400 {
		t.Fatalf("wrong token: %v %v; want Vite's 400", resp, err)
	}
	body, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(body), "invalid token") {
		t.Fatalf("Vite's refusal body not passed on: %q", body)
	}
}

func TestNo101WhileViteIsDown(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	h, _ := New(Config{Upstream: &url.URL{Scheme: "http", Host: addr}})
	front := serveHandler(t, h)
	for _, proto := range []string{"vite-ping", "vite-hmr"} {
		c, resp, err := dialThrough(t, front, proto, "", false)
		if err == nil {
			c.Close()
			t.Fatalf("%s socket opened while Vite is down", proto)
		}
		if resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("%s while down: %v %v; want 503", proto, resp, err)
		}
	}
}

func TestLearnSaysWhenHMRPortIsUnreachable(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	f := newFakeVite(t, port)
	h, _ := New(Config{Upstream: f.url(t)})
	target, err := h.Learn(context.Background())
	var ue *UnreachableError
	if !errors.As(err, &ue) {
		t.Fatalf("Learn = %+v, %v; want an UnreachableError", target, err)
	}
	msg := err.Error()
	for _, want := range []string{"port " + strconv.Itoa(port), "127.0.0.1:" + strconv.Itoa(port), "connection refused", "publish", "run devproxy next to Vite"} {
		if !strings.Contains(msg, want) {
			t.Errorf("Learn's error does not say %q:\n%s", want, msg)
		}
	}
	if !target.Separate || !target.Learned {
		t.Errorf("Learn target = %+v; want the separate port, learned", target)
	}
}

func TestHostHeader(t *testing.T) {
	cases := map[string]string{
		"http://127.0.0.1:5174": "127.0.0.1:5174",
		"http://localhost:5174": "localhost:5174",
		"http://app.localhost":  "app.localhost",
		"http://[::1]:5174":     "[::1]:5174",
		"http://web:5173":       "localhost:5173", // compose service name: Vite 6+ blocks it
		"http://vite.internal":  "localhost",
	}
	for in, want := range cases {
		u, _ := url.Parse(in)
		if got := HostHeader(u); got != want {
			t.Errorf("HostHeader(%s) = %q; want %q", in, got, want)
		}
	}
}

// server.hmr.clientPort set to devproxy's own port (a common compose
// setting): the probe of that port reaches devproxy itself, which must not
// be taken for Vite's HMR server, or every socket would loop.
func TestClientPortIsDevproxyItself(t *testing.T) {
	f := newFakeVite(t, 0)
	h, _ := New(Config{Upstream: f.url(t)})
	front := serveHandler(t, h)
	_, frontPort, _ := net.SplitHostPort(strings.TrimPrefix(front, "http://"))
	f.clientJS = []byte(strings.Replace(string(f.clientJS), "const hmrPort = null;", "const hmrPort = "+frontPort+";", 1))
	target, err := h.Learn(context.Background())
	if err != nil {
		t.Fatalf("Learn: %v", err)
	}
	if target.Separate || target.Addr != f.url(t).Host {
		t.Fatalf("Learn = %+v; want Vite's shared port %s, not devproxy's own", target, f.url(t).Host)
	}
	c, _, err := dialThrough(t, front, "vite-hmr", "?token=tok", true)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	readConnected(t, c)
}

// Greet's messages follow Vite's "connected" on every new HMR socket, and
// never reach vite-ping probes.
func TestGreetAfterConnected(t *testing.T) {
	f := newFakeVite(t, 0)
	h, _ := New(Config{Upstream: f.url(t), Greet: func() [][]byte {
		return [][]byte{ErrorPayload("VITE_PUSHER_SECRET is exposed", ".env")}
	}})
	front := serveHandler(t, h)
	c, _, err := dialThrough(t, front, "vite-hmr", "?token=tok", true)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	readConnected(t, c)
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, msg, err := c.ReadMessage()
	if err != nil || !strings.Contains(string(msg), `"VITE_PUSHER_SECRET is exposed"`) || !strings.Contains(string(msg), `"type":"error"`) {
		t.Fatalf("second message = %q, %v; want the greeting", msg, err)
	}
	p, _, err := dialThrough(t, front, "vite-ping", "", false)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	readConnected(t, p) // the fake answers pings like sockets; the greeting must not follow
	f.ends <- "close"   // one for each fake socket, in either order
	f.ends <- "close"
	p.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, msg, err := p.ReadMessage(); !websocket.IsCloseError(err, 1000) {
		t.Fatalf("vite-ping socket got %q, %v after connected; want only Vite's close", msg, err)
	}
}
