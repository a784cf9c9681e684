package proxy

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func reclaimReviewReq(method, path, extra string) string {
	return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n"
}

// Was a bug: complete() looks at the handler's header map after the handler,
// but net/http took the header at WriteHeader. A Content-Length set after
// that is not on the wire; the body went out chunked, and reclaim hijacks
// before net/http writes the last chunk: the response never ends, and the
// next response is read as chunk data. The control (an Upgrade header, so
// not reclaimable) shows net/http alone answers correctly.
func TestReclaimReviewHeaderChangedAfterWriteHeader(t *testing.T) {
	s := reclaimServer(t, nil)
	for _, tc := range []struct{ name, extra string }{
		{"control-not-reclaimable", "Upgrade: x-none\r\n"},
		{"reclaimed", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, br := dialRaw(t, s.Addr().String())
			io.WriteString(c, reclaimReviewReq("GET", "/late", tc.extra)+reclaimReviewReq("GET", "/a.js", ""))
			if _, body, err := readResp(t, br, "GET"); err != nil || body != "late" {
				t.Fatalf("GET /late = %q, %v; want \"late\"", body, err)
			}
			if _, body, err := readResp(t, br, "GET"); err != nil || body != "up /a.js" {
				t.Fatalf("GET /a.js after /late = %q, %v", body, err)
			}
		})
	}
}

// Was a bug: a HEAD is "complete" whatever its headers, and reclaim flushes it
// before the handler is done; net/http adds the Content-Length of what the
// handler wrote only once it is done, so the reclaimed HEAD lacks the
// Content-Length the GET has (and that net/http alone sends).
func TestReclaimReviewHeadKeepsContentLength(t *testing.T) {
	s := reclaimServer(t, nil)
	for _, tc := range []struct{ name, extra string }{
		{"control-not-reclaimable", "Upgrade: x-none\r\n"},
		{"reclaimed", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, br := dialRaw(t, s.Addr().String())
			io.WriteString(c, reclaimReviewReq("GET", "/nolen", tc.extra)+reclaimReviewReq("HEAD", "/nolen", tc.extra))
			get, body, err := readResp(t, br, "GET")
			if err != nil || body != "mounted" {
				t.Fatalf("GET /nolen = %q, %v", body, err)
			}
			head, _, err := readResp(t, br, "HEAD")
			if err != nil {
				t.Fatal(err)
			}
			if g, h := get.Header.Get("Content-Length"), head.Header.Get("Content-Length"); g != h {
				t.Fatalf("Content-Length: GET %q, HEAD %q; want the same", g, h)
			}
		})
	}
}

// Was a bug: a reclaimed connection starts as a new one (fastConn.first), so
// while it waits for its next request it gets ReadHeaderTimeout (10 s),
// not IdleTimeout (120 s) as it had with net/http and as a fast-path
// connection has after its first request: idle keep-alive connections of
// the browser are closed early. (Timeouts shortened: header 50 ms, idle
// past the hang guard; the sleep only has to outlast the header timeout.)
func TestReclaimReviewReclaimedConnIdleTimeout(t *testing.T) {
	s := reclaimServer(t, func(s *Server) {
		s.fast.headerTimeout, s.fast.idleTimeout = 50*time.Millisecond, time.Hour
	})
	for _, first := range []string{"/fast.js", "/m"} {
		t.Run(strings.TrimPrefix(first, "/"), func(t *testing.T) {
			c, br := dialRaw(t, s.Addr().String())
			rawGet(t, c, br, first)
			time.Sleep(300 * time.Millisecond) // idle, past the header timeout
			c.SetDeadline(time.Now().Add(hangGuard))
			io.WriteString(c, reclaimReviewReq("GET", "/b.js", ""))
			if _, body, err := readResp(t, br, "GET"); err != nil || body != "up /b.js" {
				t.Fatalf("GET /b.js on a connection idle since %s: %q, %v; want it kept for IdleTimeout", first, body, err)
			}
		})
	}
}

// Guard: a pipeline longer than net/http's 4 KB read buffer behind a
// handed-off request, so that at the reclaim some of it is in net/http's
// buffer, one byte in its background read (hasByte), and the rest still in
// replayConn.pending: all of it reaches the fast path, in order.
func TestReclaimReviewReclaimLongPipeline(t *testing.T) {
	s := reclaimServer(t, nil)
	c, br := dialRaw(t, s.Addr().String())
	var b strings.Builder
	var paths []string
	b.WriteString(reclaimReviewReq("GET", "/m", ""))
	for i := 0; b.Len() < 7<<10; i++ {
		p := fmt.Sprintf("/p%03d.js", i)
		paths = append(paths, p)
		b.WriteString(reclaimReviewReq("GET", p, "X-Pad: "+strings.Repeat("y", 40)+"\r\n"))
	}
	if _, err := io.WriteString(c, b.String()); err != nil {
		t.Fatal(err)
	}
	if _, body, err := readResp(t, br, "GET"); err != nil || body != "mounted" {
		t.Fatalf("GET /m = %q, %v", body, err)
	}
	for _, p := range paths {
		if _, body, err := readResp(t, br, "GET"); err != nil || body != "up "+p {
			t.Fatalf("GET %s = %q, %v", p, body, err)
		}
	}
	if r := s.fast.reclaimed.Load(); r != 1 {
		t.Fatalf("reclaimed %d; want 1", r)
	}
}

// Guard: 103 Early Hints before a Content-Length response that the handler
// flushes half way; the connection is reclaimed and the next response is
// the fast path's.
func TestReclaimReviewReclaimAfterEarlyHints(t *testing.T) {
	s := reclaimServer(t, nil)
	c, br := dialRaw(t, s.Addr().String())
	io.WriteString(c, reclaimReviewReq("GET", "/hints", "")+reclaimReviewReq("GET", "/a.js", ""))
	resp, body, err := readResp(t, br, "GET")
	if err == nil && resp.StatusCode == http.StatusEarlyHints {
		resp, body, err = readResp(t, br, "GET")
	}
	if err != nil || resp.StatusCode != 200 || body != "hinted-ok!" {
		t.Fatalf("GET /hints = %v %q, %v", resp, body, err)
	}
	if _, body, err := readResp(t, br, "GET"); err != nil || body != "up /a.js" {
		t.Fatalf("GET /a.js = %q, %v", body, err)
	}
	if r := s.fast.reclaimed.Load(); r != 1 {
		t.Fatalf("reclaimed %d; want 1", r)
	}
}

// Guard: Shutdown while clients go back and forth between net/http and the
// fast path. Every response a client gets is whole and its own; Shutdown
// returns; no goroutine or file descriptor is left behind.
func TestReclaimReviewShutdownDuringReclaims(t *testing.T) {
	fds := func() int { e, _ := os.ReadDir("/proc/self/fd"); return len(e) }
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "up "+r.URL.Path) })
	before, fdBefore := runtime.NumGoroutine(), fds()
	s, err := New(Config{Listen: "127.0.0.1:0", Upstream: mustURL(t, up.URL), Logger: slog.New(slog.DiscardHandler),
		Mounts: []Mount{{Name: "m", Match: func(r *http.Request) bool { return r.URL.Path == "/m" },
			Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", "7")
				io.WriteString(w, "mounted")
			})}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	addr := s.Addr().String()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var bad []string
	for range 16 {
		wg.Go(func() {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				return
			}
			defer c.Close()
			c.SetDeadline(time.Now().Add(hangGuard))
			br := bufio.NewReader(c)
			for i := 0; ; i++ {
				p := "/m"
				want := "mounted"
				if i%2 == 1 {
					p = "/x" + strconv.Itoa(i) + ".js"
					want = "up " + p
				}
				// Pipelined pairs, so some arrive while the other is reclaimed.
				if _, err := io.WriteString(c, reclaimReviewReq("GET", p, "")+reclaimReviewReq("GET", "/m", "")); err != nil {
					return
				}
				for _, w := range []string{want, "mounted"} {
					resp, err := http.ReadResponse(br, nil)
					if err != nil {
						return // closed by Shutdown: fine
					}
					b, err := io.ReadAll(resp.Body)
					if err != nil {
						return
					}
					if string(b) != w {
						mu.Lock()
						bad = append(bad, fmt.Sprintf("%q for %q (%s %v)", b, w, resp.Status, resp.Header))
						mu.Unlock()
						return
					}
				}
			}
		})
	}
	waitFor(t, func() bool { return s.fast.reclaimed.Load() > 200 }, "reclaims under way")
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Errorf("Shutdown = %v", err)
	}
	wg.Wait()
	if len(bad) > 0 {
		t.Fatalf("wrong responses: %v", bad)
	}
	up.CloseClientConnections()
	goroutinesBack(t, before)
	for end := time.Now().Add(hangGuard); fds() > fdBefore; {
		if time.Now().After(end) {
			t.Fatalf("%d file descriptors open, %d before", fds(), fdBefore)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Was a bug (older than reclaim; found by the test above): a
// request net/http is proxying when Shutdown cancels the base context gets
// "200 OK, Content-Length: 0": errorHandler returns without writing when
// the request's context is done ("nobody to answer"), and net/http then
// answers 200 for the handler. It should panic(http.ErrAbortHandler) so
// that the connection closes without a response.
func TestReclaimReviewShutdownProxiedRequestNotEmpty200(t *testing.T) {
	got, release := make(chan struct{}, 1), make(chan struct{})
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		got <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done():
		}
		io.WriteString(w, "up "+r.URL.Path)
	})
	defer close(release)
	s, _ := start(t, Config{Upstream: mustURL(t, up.URL)})
	c, br := dialRaw(t, s.Addr().String())
	io.WriteString(c, "POST /api HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\n\r\nx") // handed to net/http
	select {
	case <-got:
	case <-time.After(hangGuard):
		t.Fatal("the upstream never got the request")
	}
	go s.Shutdown(context.Background())
	resp, body, err := readResp(t, br, "POST")
	if err == nil && resp.StatusCode == http.StatusOK && body == "" {
		t.Fatalf("in-flight proxied request answered %s %v with an empty body during Shutdown; want no answer (or an error status)", resp.Status, resp.Header)
	}
}
