package proxy

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// start runs a Server for cfg on a free loopback port and stops it at cleanup.
func start(t *testing.T, cfg Config) (*Server, string) {
	t.Helper()
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:0"
	}
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	startServer(t, s)
	return s, "http://" + s.Addr().String()
}

// startServer starts s and shuts it down when the test ends.
func startServer(t *testing.T, s *Server) {
	t.Helper()
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
	})
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func get(t *testing.T, u string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

func TestTransparent(t *testing.T) {
	var seen *http.Request
	var seenURI string
	vite := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen, seenURI = r.Clone(context.Background()), r.RequestURI
		switch r.URL.Path {
		case "/src/main.ts":
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("Etag", `W/"12-abc"`)
			if r.Header.Get("If-None-Match") == `W/"12-abc"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "text/javascript")
			io.WriteString(w, "export default 1\n")
		case "/broken.ts":
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusInternalServerError)
			io.WriteString(w, "<vite-error-overlay>Transform failed</vite-error-overlay>")
		case "/node_modules/.vite/deps/react.js":
			w.Header().Set("Cache-Control", "max-age=31536000,immutable")
			w.WriteHeader(http.StatusGatewayTimeout)
			io.WriteString(w, "Outdated Optimize Dep")
		default:
			io.WriteString(w, "ok")
		}
	}))
	defer vite.Close()
	_, front := start(t, Config{Upstream: mustURL(t, vite.URL)})

	t.Run("path and query byte for byte", func(t *testing.T) {
		for _, uri := range []string{
			"/src/App.vue?vue&type=style&index=0&lang.css",
			"/node_modules/.vite/deps/react.js?v=9f8e7d6c",
			"/@fs/work/a%20b/x.ts?import&t=1700000000000",
			"/src/x.ts?a=%2F&b=%zz&&c=;d",
			"/%40id/__x00__virtual:module",
		} {
			get(t, front+uri, nil)
			if seenURI != uri {
				t.Errorf("upstream saw %q; want %q", seenURI, uri)
			}
		}
	})
	t.Run("headers kept, Host is the upstream's", func(t *testing.T) {
		get(t, front+"/x", map[string]string{
			"Host": "myapp.test:5173", "Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style",
			"Sec-Fetch-Mode": "no-cors", "Origin": "http://myapp.test:5173", "Accept-Encoding": "gzip, br"})
		vu := mustURL(t, vite.URL)
		checks := map[string][2]string{
			"Host":             {seen.Host, vu.Host},
			"X-Forwarded-Host": {seen.Header.Get("X-Forwarded-Host"), "myapp.test:5173"},
			"Accept":           {seen.Header.Get("Accept"), "text/css,*/*;q=0.1"},
			"Sec-Fetch-Dest":   {seen.Header.Get("Sec-Fetch-Dest"), "style"},
			"Sec-Fetch-Mode":   {seen.Header.Get("Sec-Fetch-Mode"), "no-cors"},
			"Origin":           {seen.Header.Get("Origin"), "http://myapp.test:5173"},
			"Accept-Encoding":  {seen.Header.Get("Accept-Encoding"), "gzip, br"},
		}
		for k, v := range checks {
			if v[0] != v[1] {
				t.Errorf("upstream saw %s %q; want %q", k, v[0], v[1])
			}
		}
	})
	t.Run("If-None-Match gives Vite's 304", func(t *testing.T) {
		resp, body := get(t, front+"/src/main.ts", nil)
		if resp.StatusCode != 200 || body != "export default 1\n" || resp.Header.Get("Cache-Control") != "no-cache" {
			t.Fatalf("first GET: %s %q cache-control %q", resp.Status, body, resp.Header.Get("Cache-Control"))
		}
		resp, _ = get(t, front+"/src/main.ts", map[string]string{"If-None-Match": resp.Header.Get("Etag")})
		if resp.StatusCode != http.StatusNotModified {
			t.Fatalf("GET with If-None-Match = %s; want 304", resp.Status)
		}
	})
	t.Run("Vite's 500 and 504 bodies pass", func(t *testing.T) {
		resp, body := get(t, front+"/broken.ts", nil)
		if resp.StatusCode != 500 || !strings.Contains(body, "Transform failed") {
			t.Errorf("500 through devproxy = %s %q", resp.Status, body)
		}
		resp, body = get(t, front+"/node_modules/.vite/deps/react.js", nil)
		if resp.StatusCode != 504 || body != "Outdated Optimize Dep" || resp.Header.Get("Cache-Control") != "max-age=31536000,immutable" {
			t.Errorf("504 through devproxy = %s %q %q", resp.Status, body, resp.Header.Get("Cache-Control"))
		}
	})
}

// SSE events arrive as they are sent: the second event is only sent after
// the test read the first through devproxy, so buffering would hang (the
// test's own deadline then fails it, not a timer of ours).
func TestSSEFlushedAtOnce(t *testing.T) {
	next := make(chan struct{})
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, "data: one\n\n")
		w.(http.Flusher).Flush()
		<-next
		fmt.Fprint(w, "data: two\n\n")
	}))
	defer up.Close()
	defer close(next)
	_, front := start(t, Config{Upstream: mustURL(t, up.URL)})
	resp, err := http.Get(front + "/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	line, err := bufio.NewReader(resp.Body).ReadString('\n')
	if err != nil || line != "data: one\n" {
		t.Fatalf("first SSE line = %q, %v", line, err)
	}
}

func TestMountsAndRoutesOrder(t *testing.T) {
	backend := func(name string) *httptest.Server {
		s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "%s %s", name, r.URL.RequestURI())
		}))
		t.Cleanup(s.Close)
		return s
	}
	vite, api := backend("vite"), backend("api")
	mount := func(name, prefix string, after bool) Mount {
		return Mount{Name: name, AfterRoutes: after,
			Match: func(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, prefix) },
			Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				fmt.Fprintf(w, "%s %s", name, r.URL.RequestURI())
			})}
	}
	_, front := start(t, Config{
		Upstream: mustURL(t, vite.URL),
		Routes:   []Route{{Prefix: "/api", Target: mustURL(t, api.URL)}},
		Mounts: []Mount{
			mount("pusher", "/app/", false),
			mount("before", "/api/pusher", false),
			mount("after", "/api/", true), // shadowed by the route
			mount("pages", "/__devproxy", true),
		},
	})
	cases := []struct{ path, want string }{
		{"/app/key?protocol=7", "pusher /app/key?protocol=7"},
		{"/api/pusher/auth", "before /api/pusher/auth"},
		{"/api/messages?x=1", "api /api/messages?x=1"},
		{"/api", "api /api"},
		{"/apis", "vite /apis"},
		{"/__devproxy/env", "pages /__devproxy/env"},
		{"/src/main.ts", "vite /src/main.ts"},
	}
	for _, tc := range cases {
		if _, body := get(t, front+tc.path, nil); body != tc.want {
			t.Errorf("GET %s answered %q; want %q", tc.path, body, tc.want)
		}
	}
}

func TestBlockedHost(t *testing.T) {
	hit := false
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hit = true }))
	defer up.Close()
	_, front := start(t, Config{Upstream: mustURL(t, up.URL), AllowHosts: []string{"dev.mycorp.com"}})
	resp, body := get(t, front+"/", map[string]string{"Host": "rebind.attacker.com:5173"})
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, `"rebind.attacker.com"`) ||
		!strings.Contains(body, "devproxy up --allow-host rebind.attacker.com") {
		t.Fatalf("blocked host: %s %q", resp.Status, body)
	}
	if hit {
		t.Fatal("a blocked request reached the upstream")
	}
	if resp, _ := get(t, front+"/", map[string]string{"Host": "dev.mycorp.com"}); resp.StatusCode != 200 || !hit {
		t.Fatalf("--allow-host name: %s, reached upstream %v", resp.Status, hit)
	}
}

func TestPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	s, err := New(Config{Listen: ln.Addr().String(), Upstream: mustURL(t, "http://127.0.0.1:1")})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Start()
	if err == nil {
		t.Fatal("Start on a used port succeeded")
	}
	if msg := err.Error(); !strings.Contains(msg, ln.Addr().String()) || !strings.Contains(msg, "already in use") || !strings.Contains(msg, "--listen") {
		t.Fatalf("Start error = %q; want the address, 'already in use' and the fix", msg)
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	up := mustURL(t, "http://127.0.0.1:1")
	cases := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no upstream", Config{}, "no upstream"},
		{"bad listen", Config{Upstream: up, Listen: "5173"}, "want HOST:PORT"},
		{"mount without handler", Config{Upstream: up, Mounts: []Mount{{Name: "x", Match: func(*http.Request) bool { return true }}}}, `mount 0 ("x")`},
		{"duplicate route", Config{Upstream: up, Routes: []Route{{"/api", up}, {"/api/", up}}}, "given twice"},
	}
	for _, tc := range cases {
		if _, err := New(tc.cfg); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%s) error = %v; want %q", tc.name, err, tc.want)
		}
	}
}

// WebSockets under a route are proxied, and Shutdown closes them with 1001.
func TestRouteWebSocketAndShutdown(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		for {
			typ, msg, err := c.ReadMessage()
			if err != nil {
				return
			}
			c.WriteMessage(typ, append([]byte(r.URL.RequestURI()+" "), msg...))
		}
	}))
	defer up.Close()
	vite := httptest.NewServer(http.NotFoundHandler())
	defer vite.Close()
	s, front := start(t, Config{Upstream: mustURL(t, vite.URL), Routes: []Route{{"/api", mustURL(t, up.URL)}}})
	c, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(front, "http")+"/api/socket?room=1", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.WriteMessage(websocket.TextMessage, []byte("hi"))
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, msg, err := c.ReadMessage()
	if err != nil || string(msg) != "/api/socket?room=1 hi" {
		t.Fatalf("echo through route = %q, %v", msg, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.Shutdown(ctx)
	_, _, err = c.ReadMessage()
	if !websocket.IsCloseError(err, websocket.CloseGoingAway) {
		t.Fatalf("after Shutdown the socket ended with %v; want close 1001", err)
	}
}
