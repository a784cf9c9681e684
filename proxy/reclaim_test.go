package proxy

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// reclaimServer runs devproxy in front of an upstream answering "up <path>",
// with mounts for the reclaim cases; tune, if not nil, runs before Start.
func reclaimServer(t *testing.T, tune func(*Server)) *Server {
	t.Helper()
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "up "+r.URL.Path) })
	mount := func(path string, h http.HandlerFunc) Mount {
		return Mount{Name: path, Match: func(r *http.Request) bool { return r.URL.Path == path }, Handler: h}
	}
	s, err := New(Config{Listen: "127.0.0.1:0", Upstream: mustURL(t, up.URL), Logger: slog.New(slog.DiscardHandler),
		Mounts: []Mount{
			mount("/m", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", "7")
				io.WriteString(w, "mounted")
			}),
			// A handler that sets Content-Length after the header went out:
			// net/http ignores it (the header was taken at WriteHeader) and
			// sends the body chunked, ending it after the handler returns.
			mount("/late", func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(http.StatusOK)
				w.Header().Set("Content-Length", "4")
				io.WriteString(w, "late")
			}),
			// No Content-Length: for GET net/http adds one after the
			// handler (handlerDone), and for HEAD too, since it wrote bytes.
			mount("/nolen", func(w http.ResponseWriter, r *http.Request) {
				io.WriteString(w, "mounted")
			}),
			// No length, flushed: chunked, ended after the handler returns.
			mount("/stream", func(w http.ResponseWriter, r *http.Request) {
				io.WriteString(w, "part 1;")
				http.NewResponseController(w).Flush()
				io.WriteString(w, "part 2")
			}),
			mount("/empty", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }),
			// 103 Early Hints, then a flushed Content-Length response.
			mount("/hints", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Link", "</a.js>; rel=preload")
				w.WriteHeader(http.StatusEarlyHints)
				w.Header().Set("Content-Length", "10")
				io.WriteString(w, "hint")
				http.NewResponseController(w).Flush()
				io.WriteString(w, "ed-ok!")
			}),
		}})
	if err != nil {
		t.Fatal(err)
	}
	if s.fast == nil {
		t.Fatal("no fast path")
	}
	if tune != nil {
		tune(s)
	}
	startServer(t, s)
	return s
}

func TestReclaimAfterHandOff(t *testing.T) {
	// A connection handed to net/http for a mount's response comes back to
	// the fast path for the requests after it.
	s := reclaimServer(t, nil)
	c, br := dialRaw(t, s.Addr().String())
	if _, body := rawGet(t, c, br, "/m"); body != "mounted" {
		t.Fatalf("GET /m = %q", body)
	}
	for _, p := range []string{"/a.js", "/b.js"} {
		if resp, body := rawGet(t, c, br, p); resp.StatusCode != 200 || body != "up "+p {
			t.Fatalf("GET %s after /m = %d %q", p, resp.StatusCode, body)
		}
	}
	if h, r, f := s.fast.handedOff.Load(), s.fast.reclaimed.Load(), s.fast.served.Load(); h != 1 || r != 1 || f != 2 {
		t.Fatalf("handed off %d, reclaimed %d, fast path served %d; want 1, 1, 2", h, r, f)
	}
	// And it can be handed off and reclaimed again.
	if _, body := rawGet(t, c, br, "/m"); body != "mounted" {
		t.Fatalf("second GET /m = %q", body)
	}
	if _, body := rawGet(t, c, br, "/c.js"); body != "up /c.js" {
		t.Fatalf("GET /c.js = %q", body)
	}
	if h, r, f := s.fast.handedOff.Load(), s.fast.reclaimed.Load(), s.fast.served.Load(); h != 2 || r != 2 || f != 3 {
		t.Fatalf("handed off %d, reclaimed %d, fast path served %d; want 2, 2, 3", h, r, f)
	}
}

func TestReclaimPipelined(t *testing.T) {
	// Requests sent behind the handed-off one, in the same write, reach the
	// fast path in order, whichever of net/http and the fast path read them.
	s := reclaimServer(t, nil)
	c, br := dialRaw(t, s.Addr().String())
	c.SetDeadline(time.Now().Add(hangGuard))
	req := func(m, p string) string { return m + " " + p + " HTTP/1.1\r\nHost: localhost\r\n\r\n" }
	io.WriteString(c, req("GET", "/m")+req("GET", "/1.js")+req("HEAD", "/m")+req("GET", "/empty")+req("GET", "/2.js"))
	want := []struct {
		status int
		body   string
	}{{200, "mounted"}, {200, "up /1.js"}, {200, ""}, {204, ""}, {200, "up /2.js"}}
	methods := []string{"GET", "GET", "HEAD", "GET", "GET"}
	for i, w := range want {
		resp, err := http.ReadResponse(br, &http.Request{Method: methods[i]})
		if err != nil {
			t.Fatalf("response %d: %v", i, err)
		}
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != w.status || string(b) != w.body {
			t.Fatalf("response %d = %d %q; want %d %q", i, resp.StatusCode, b, w.status, w.body)
		}
	}
	if r := s.fast.reclaimed.Load(); r != 3 {
		t.Fatalf("reclaimed %d times; want 3 (after GET /m, HEAD /m, GET /empty)", r)
	}
	if f := s.fast.served.Load(); f != 2 {
		t.Fatalf("fast path served %d; want 2", f)
	}
}

func TestReclaimNotAfterStreamedResponse(t *testing.T) {
	// A response without a length ends when net/http writes its last chunk,
	// after the handler: the connection stays with net/http, and works; the
	// next complete response gives it back.
	s := reclaimServer(t, nil)
	c, br := dialRaw(t, s.Addr().String())
	if _, body := rawGet(t, c, br, "/stream"); body != "part 1;part 2" {
		t.Fatalf("GET /stream = %q", body)
	}
	if r := s.fast.reclaimed.Load(); r != 0 {
		t.Fatalf("reclaimed %d after a chunked response; want 0", r)
	}
	if _, body := rawGet(t, c, br, "/a.js"); body != "up /a.js" {
		t.Fatalf("GET /a.js after /stream = %q", body)
	}
	if _, body := rawGet(t, c, br, "/b.js"); body != "up /b.js" {
		t.Fatalf("GET /b.js = %q", body)
	}
	if r, f := s.fast.reclaimed.Load(), s.fast.served.Load(); r != 1 || f != 1 {
		t.Fatalf("reclaimed %d, fast path served %d; want 1 (after /a.js, which net/http proxied) and 1 (/b.js)", r, f)
	}
}

func TestReclaimNotWithRequestBody(t *testing.T) {
	// A request with a body, or one asking to close, keeps net/http's rules.
	s := reclaimServer(t, nil)
	c, br := dialRaw(t, s.Addr().String())
	c.SetDeadline(time.Now().Add(hangGuard))
	io.WriteString(c, "POST /m HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc")
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	io.WriteString(c, "GET /m HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
	if resp, err = http.ReadResponse(br, nil); err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	expectClosed(t, c, "after Connection: close")
	if r := s.fast.reclaimed.Load(); r != 0 {
		t.Fatalf("reclaimed %d; want 0", r)
	}
}

func TestReclaimNotForHTTPSUpstream(t *testing.T) {
	// Vite over https goes through net/http every time: giving its
	// connection back to the fast path would only bounce it back.
	vite := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "tls "+r.URL.Path) }))
	defer vite.Close()
	api, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "api "+r.URL.Path) })
	s, addr := start(t, Config{Upstream: mustURL(t, vite.URL), Routes: []Route{{Prefix: "/api", Target: mustURL(t, api.URL)}}})
	if s.fast == nil {
		t.Fatal("no fast path for the http route")
	}
	c, br := dialRaw(t, strings.TrimPrefix(addr, "http://"))
	for _, p := range []string{"/a.js", "/b.js", "/api/x", "/c.js"} {
		want := "tls " + p
		if strings.HasPrefix(p, "/api") {
			want = "api " + p
		}
		if resp, body := rawGet(t, c, br, p); resp.StatusCode != 200 || body != want {
			t.Fatalf("GET %s = %d %q; want %q", p, resp.StatusCode, body, want)
		}
	}
	// net/http served all four (the fast path hands the https ones off),
	// and gave the connection back after /api/x only.
	if r := s.fast.reclaimed.Load(); r != 1 {
		t.Fatalf("reclaimed %d times; want 1 (after /api/x: the other requests were for the https upstream)", r)
	}
}
