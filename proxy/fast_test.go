package proxy

import (
	"bufio"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// Lifetimes of the fast path: Shutdown, client disconnects, goroutines.
// Waits below are guards against a hang (the test fails instead), never
// measurements: nothing here fails because the machine is slow.

const hangGuard = 20 * time.Second

// rawGet sends a GET on c and reads its response through br.
func rawGet(t *testing.T, c net.Conn, br *bufio.Reader, path string) (*http.Response, string) {
	t.Helper()
	c.SetDeadline(time.Now().Add(hangGuard))
	if _, err := io.WriteString(c, "GET "+path+" HTTP/1.1\r\nHost: localhost\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s body: %v", path, err)
	}
	return resp, string(b)
}

// expectClosed reads c until it is closed by the other side.
func expectClosed(t *testing.T, c net.Conn, what string) {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(hangGuard))
	if n, err := io.Copy(io.Discard, c); err != nil {
		t.Fatalf("%s: read %d bytes, then %v; want the connection closed", what, n, err)
	}
}

// goroutinesBack waits until the goroutine count is back to base.
func goroutinesBack(t *testing.T, base int) {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for runtime.NumGoroutine() > base {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines left, %d before:\n%s", runtime.NumGoroutine(), base, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestFastPathShutdown(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{})
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			close(started)
			<-release
		}
		io.WriteString(w, "done "+r.URL.Path)
	})
	base := runtime.NumGoroutine()
	s, err := New(Config{Listen: "127.0.0.1:0", Upstream: mustURL(t, up.URL), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	idle, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()
	if _, body := rawGet(t, idle, bufio.NewReader(idle), "/ok"); body != "done /ok" {
		t.Fatalf("GET /ok = %q", body)
	}
	busy, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	busyDone := make(chan string, 1)
	go func() {
		_, body := rawGet(t, busy, bufio.NewReader(busy), "/slow")
		busyDone <- body
	}()
	<-started
	shut := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
		defer cancel()
		shut <- s.Shutdown(ctx)
	}()
	expectClosed(t, idle, "idle keep-alive connection after Shutdown")
	select {
	case err := <-shut:
		t.Fatalf("Shutdown returned %v while a request was in flight", err)
	default:
	}
	close(release)
	if body := <-busyDone; body != "done /slow" {
		t.Fatalf("in-flight GET /slow = %q", body)
	}
	expectClosed(t, busy, "busy connection after its response")
	if err := <-shut; err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if _, err := net.Dial("tcp", s.Addr().String()); err == nil {
		t.Fatal("still accepting after Shutdown")
	}
	up.CloseClientConnections()
	goroutinesBack(t, base)
}

func TestFastPathShutdownDeadlineEndsBusy(t *testing.T) {
	started := make(chan struct{})
	upstreamGone := make(chan struct{})
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-r.Context().Done() // devproxy closed the upstream connection
		close(upstreamGone)
	})
	s, err := New(Config{Listen: "127.0.0.1:0", Upstream: mustURL(t, up.URL)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	c, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET /hang HTTP/1.1\r\nHost: localhost\r\n\r\n")
	<-started
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // no grace at all: in-flight requests are cut
	if err := s.Shutdown(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Shutdown = %v; want context.Canceled", err)
	}
	expectClosed(t, c, "busy connection after Shutdown's deadline")
	select {
	case <-upstreamGone:
	case <-time.After(hangGuard):
		t.Fatal("the upstream exchange was not ended")
	}
}

func TestFastPathClientGoneMidResponse(t *testing.T) {
	gone := make(chan struct{})
	up, conns := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/big" {
			io.WriteString(w, "small")
			return
		}
		w.Header().Set("Content-Length", "100000000")
		chunk := []byte(strings.Repeat("x", 32<<10))
		for {
			if _, err := w.Write(chunk); err != nil {
				close(gone)
				return
			}
		}
	})
	s, _ := start(t, Config{Upstream: mustURL(t, up.URL)})
	c, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(c, "GET /big HTTP/1.1\r\nHost: localhost\r\n\r\n")
	if _, err := io.ReadFull(c, make([]byte, 64<<10)); err != nil {
		t.Fatal(err)
	}
	c.Close()
	select {
	case <-gone:
	case <-time.After(hangGuard):
		t.Fatal("the upstream kept sending after the client left")
	}
	// The half-read upstream connection is not reused: the next request
	// gets a fresh one and a whole answer.
	c2, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if _, body := rawGet(t, c2, bufio.NewReader(c2), "/small"); body != "small" {
		t.Fatalf("GET /small after an abandoned download = %q", body)
	}
	if n := conns.Load(); n != 2 {
		t.Fatalf("upstream saw %d connections; want 2 (the abandoned one not reused)", n)
	}
}

func TestFastPathUpstreamRestartRetried(t *testing.T) {
	// A pooled upstream connection closed while idle (Vite restarted) is
	// retried on a fresh one, invisibly to the client.
	up, conns := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	s, _ := start(t, Config{Upstream: mustURL(t, up.URL)})
	c, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	br := bufio.NewReader(c)
	rawGet(t, c, br, "/a")
	up.CloseClientConnections()
	if resp, body := rawGet(t, c, br, "/b"); resp.StatusCode != 200 || body != "ok" {
		t.Fatalf("GET /b after the upstream dropped its connections = %d %q", resp.StatusCode, body)
	}
	if n := conns.Load(); n != 2 {
		t.Fatalf("upstream saw %d connections; want 2", n)
	}
	if s.fast.served.Load() != 2 || s.fast.handedOff.Load() != 0 {
		t.Fatalf("fast path served %d, handed off %d; want 2 and 0", s.fast.served.Load(), s.fast.handedOff.Load())
	}
}

func TestFastPathEnvOptOut(t *testing.T) {
	t.Setenv("DEVPROXY_NO_FAST_PATH", "1")
	s, err := New(Config{Upstream: mustURL(t, "http://127.0.0.1:1")})
	if err != nil {
		t.Fatal(err)
	}
	if s.fast != nil {
		t.Fatal("DEVPROXY_NO_FAST_PATH=1 left the fast path on")
	}
}

func TestFastPathTimeouts(t *testing.T) {
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	s, err := New(Config{Listen: "127.0.0.1:0", Upstream: mustURL(t, up.URL)})
	if err != nil {
		t.Fatal(err)
	}
	// Shortened from net/http's 10 s and 120 s; the guard still only
	// catches a connection that is never closed.
	s.fast.headerTimeout, s.fast.idleTimeout = 50*time.Millisecond, 100*time.Millisecond
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Shutdown(context.Background()) })
	dial := func() net.Conn {
		c, err := net.Dial("tcp", s.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	expectClosed(t, dial(), "a connection that never sends a request")
	slow := dial()
	io.WriteString(slow, "GET / HTTP/1.1\r\nHost: localhost\r\n")
	expectClosed(t, slow, "a request head never finished")
	idle := dial()
	rawGet(t, idle, bufio.NewReader(idle), "/")
	expectClosed(t, idle, "an idle keep-alive connection")
	if n := s.fast.handedOff.Load(); n != 0 {
		t.Fatalf("%d connections handed off; want the fast path to time them out itself", n)
	}
}

func TestShutdownBeforeStart(t *testing.T) {
	s, err := New(Config{Upstream: mustURL(t, "http://127.0.0.1:1")})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Shutdown(context.Background()); err != nil {
		t.Fatalf("Shutdown before Start = %v", err)
	}
}

// A client that sends its request and its close at once (a script, `nc
// -N`) gets its response and then the close, on either fast path: the
// close came with the request, so nothing wakes the connection again for
// it; a connection that skips its next read would stay open until the idle
// timeout (120 s, past the hang guard).
func TestFastPathCloseWithRequest(t *testing.T) {
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	_, addr := start(t, Config{Upstream: mustURL(t, up.URL)})
	addr = strings.TrimPrefix(addr, "http://")
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Go(func() {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			io.WriteString(c, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
			c.(*net.TCPConn).CloseWrite()
			c.SetReadDeadline(time.Now().Add(hangGuard))
			b, err := io.ReadAll(c)
			if err != nil || !strings.HasSuffix(string(b), "\r\n\r\nok") {
				t.Errorf("client %d: read %q, then %v; want the response, then the connection closed", i, b, err)
			}
		})
	}
	wg.Wait()
}
