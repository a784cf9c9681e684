package proxy

import (
	"bufio"
	"context"
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

// Regression tests from the adversarial review of the fast path: each
// failed before its fix.

// rawUpstreamFunc runs serve on every connection the upstream accepts.
func rawUpstreamFunc(t testing.TB, serve func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var conns []net.Conn
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Go(func() { defer c.Close(); serve(c) })
		}
	})
	return "http://" + ln.Addr().String()
}

// eachRequest reads requests from c and answers each with answer, until
// the connection ends or answer returns false.
func eachRequest(c net.Conn, answer func(*http.Request) bool) {
	br := bufio.NewReader(c)
	for {
		req, err := http.ReadRequest(br)
		if err != nil || !answer(req) {
			return
		}
	}
}

// dialRaw connects to a test server; hangGuard bounds every read so a bug
// fails the test instead of hanging it (not a timing assertion).
func dialRaw(t *testing.T, addr string) (net.Conn, *bufio.Reader) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetDeadline(time.Now().Add(hangGuard))
	return c, bufio.NewReader(c)
}

func readResp(t *testing.T, br *bufio.Reader, method string) (*http.Response, string, error) {
	t.Helper()
	resp, err := http.ReadResponse(br, &http.Request{Method: method})
	if err != nil {
		return nil, "", err
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b), err
}

// A panic while routing a request (here a Mount's Match, which the fast
// path calls itself when the mount has no MatchPath) must cost that
// connection only, as net/http's recover does; before the fix it killed
// the whole process.
func TestFastPathRecoversFromPanic(t *testing.T) {
	up := newScriptedUpstream(t)
	for _, noFast := range []bool{false, true} {
		name := "fast"
		if noFast {
			name = "net/http"
		}
		t.Run(name, func(t *testing.T) {
			srv, _ := start(t, Config{
				Upstream:   mustURL(t, "http://"+up.ln.Addr().String()),
				NoFastPath: noFast,
				Mounts: []Mount{{Name: "fragile", Handler: http.NotFoundHandler(), Match: func(r *http.Request) bool {
					if r.Header.Get("X-Boom") != "" {
						panic("mount matcher bug")
					}
					return false
				}}},
			})
			c, br := dialRaw(t, srv.Addr().String())
			io.WriteString(c, "GET /r/cl HTTP/1.1\r\nHost: localhost\r\nX-Boom: 1\r\n\r\n")
			if resp, _, err := readResp(t, br, "GET"); err == nil {
				t.Fatalf("panicking matcher: got %s; want the connection closed", resp.Status)
			}
			c2, br2 := dialRaw(t, srv.Addr().String())
			io.WriteString(c2, "GET /r/cl HTTP/1.1\r\nHost: localhost\r\n\r\n")
			resp, body, err := readResp(t, br2, "GET")
			if err != nil || resp.StatusCode != 200 || body != "hello world" {
				t.Fatalf("after a panic: %v %q %v; want 200 hello world", resp, body, err)
			}
		})
	}
}

// An upstream that sends bytes after a response that has no body (a HEAD
// answered with one, more than Content-Length) must not have them read as
// the next request's response: the pooled connection is dropped, as
// http.Transport's idle read does. Before the fix the second client got
// the smuggled response.
func TestUnsolicitedUpstreamBytesAreNotAResponse(t *testing.T) {
	for _, tc := range []struct{ name, method, first string }{
		{"HEAD with a body", "HEAD", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n"},
		{"304 with a body", "GET", "HTTP/1.1 304 Not Modified\r\nEtag: x\r\n\r\n"},
		{"body past Content-Length", "GET", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"},
	} {
		for _, noFast := range []bool{false, true} {
			name := tc.name + "/fast"
			if noFast {
				name = tc.name + "/net-http"
			}
			t.Run(name, func(t *testing.T) {
				smuggled := make(chan struct{})
				sent := make(chan struct{})
				upURL := rawUpstreamFunc(t, func(c net.Conn) {
					eachRequest(c, func(req *http.Request) bool {
						if req.URL.Path == "/first" {
							io.WriteString(c, tc.first)
							<-smuggled
							io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 8\r\n\r\nsmuggled")
							close(sent)
							return true
						}
						_, err := io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nreal")
						return err == nil
					})
				})
				srv, _ := start(t, Config{Upstream: mustURL(t, upURL), NoFastPath: noFast})
				c, br := dialRaw(t, srv.Addr().String())
				io.WriteString(c, tc.method+" /first HTTP/1.1\r\nHost: localhost\r\n\r\n")
				if _, _, err := readResp(t, br, tc.method); err != nil {
					t.Fatal(err)
				}
				close(smuggled)
				<-sent
				waitFor(t, func() bool { return pooledHasBytes(srv) }, "the unsolicited bytes to reach the proxy's pooled connection")
				// The proxy's pooled upstream connection now holds a response
				// nobody asked for; a second client's request must not get it.
				c2, br2 := dialRaw(t, srv.Addr().String())
				io.WriteString(c2, "GET /second HTTP/1.1\r\nHost: localhost\r\n\r\n")
				_, body, err := readResp(t, br2, "GET")
				if err != nil || body != "real" {
					t.Fatalf("second request got %q, %v; want the upstream's real answer %q", body, err, "real")
				}
			})
		}
	}
}

// pooledHasBytes reports whether one of s's pooled upstream connections
// has bytes to read.
func pooledHasBytes(s *Server) bool {
	if loopPooledHasBytes(s) {
		return true
	}
	tr := s.cfg.Transport.(*Transport)
	tr.mu.Lock()
	defer tr.mu.Unlock()
	for _, l := range tr.idle {
		for _, pc := range l {
			if pc.peek.unsolicited() {
				return true
			}
		}
	}
	return false
}

// An upstream that breaks HTTP after the fast path committed to relaying
// its response (a sixth 1xx, a bad chunk size): the client's connection
// is closed, the upstream's is not reused, and the next request works.
// A known difference: net/http answers the flood with a 502 page and
// relays the chunks before the bad one; the browser sees a network error
// from the fast path either way.
func TestFastPathUpstreamProtocolErrors(t *testing.T) {
	up := newScriptedUpstream(t)
	srv, _ := start(t, Config{Upstream: mustURL(t, "http://"+up.ln.Addr().String())})
	for _, script := range []string{"flood", "badchunk"} {
		c, br := dialRaw(t, srv.Addr().String())
		io.WriteString(c, "GET /r/"+script+" HTTP/1.1\r\nHost: localhost\r\n\r\n")
		for {
			resp, _, err := readResp(t, br, "GET")
			if err != nil {
				if ne, ok := err.(net.Error); ok && ne.Timeout() {
					t.Fatalf("%s: the client was left waiting: %v", script, err)
				}
				break
			}
			if resp.StatusCode >= 200 {
				t.Fatalf("%s: got a final %s; want the connection closed", script, resp.Status)
			}
		}
		if saw := up.take(); len(saw) != 1 {
			t.Fatalf("%s: upstream got %d requests; want 1 (no retry after bytes reached the client)", script, len(saw))
		}
		c2, br2 := dialRaw(t, srv.Addr().String())
		io.WriteString(c2, "GET /r/cl HTTP/1.1\r\nHost: localhost\r\n\r\n")
		if _, body, err := readResp(t, br2, "GET"); err != nil || body != "hello world" {
			t.Fatalf("after %s: %q, %v; want hello world", script, body, err)
		}
		up.take()
	}
}

// An upstream that closes before the end of its body: the client sees its
// connection closed (not a wait for bytes that never come).
func TestFastPathShortUpstreamBody(t *testing.T) {
	upURL := rawUpstreamFunc(t, func(c net.Conn) {
		if _, err := http.ReadRequest(bufio.NewReader(c)); err == nil {
			io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nabc")
		}
	})
	srv, _ := start(t, Config{Upstream: mustURL(t, upURL)})
	c, br := dialRaw(t, srv.Addr().String())
	io.WriteString(c, "GET /short HTTP/1.1\r\nHost: localhost\r\n\r\n")
	_, body, err := readResp(t, br, "GET")
	if err == nil || body != "abc" {
		t.Fatalf("short body: got %q, %v; want %q and an unexpected EOF", body, err, "abc")
	}
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("short body: the client was left waiting: %v", err)
	}
}

// Shutdown with idle connections, half-sent heads (slowloris), a client
// that never reads a large response and a request whose upstream never
// answers: it returns once ctx ends, and leaves no goroutine behind.
func TestFastPathShutdownLeavesNothingRunning(t *testing.T) {
	big := strings.Repeat("x", 8<<20)
	upURL := rawUpstreamFunc(t, func(c net.Conn) {
		eachRequest(c, func(req *http.Request) bool {
			var err error
			switch req.URL.Path {
			case "/big":
				_, err = io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 8388608\r\n\r\n"+big)
			case "/never":
				io.Copy(io.Discard, c) // until the proxy closes it
				return false
			default:
				_, err = io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok")
			}
			return err == nil
		})
	})
	before := runtime.NumGoroutine()
	s, err := New(Config{Listen: "127.0.0.1:0", Upstream: mustURL(t, upURL), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	addr := s.Addr().String()
	var clients []net.Conn
	dial := func(first string) net.Conn {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		clients = append(clients, c)
		io.WriteString(c, first)
		return c
	}
	defer func() {
		for _, c := range clients {
			c.Close()
		}
	}()
	for range 50 {
		dial("")
		dial("GET /a HTTP/1.1\r\nHost: local")
	}
	kept := dial("GET /a HTTP/1.1\r\nHost: localhost\r\n\r\n")
	if _, _, err := readResp(t, bufio.NewReader(kept), "GET"); err != nil {
		t.Fatal(err)
	}
	dial("GET /big HTTP/1.1\r\nHost: localhost\r\n\r\n") // never read
	dial("GET /never HTTP/1.1\r\nHost: localhost\r\n\r\n")
	waitFor(t, func() bool { return s.fast.served.Load() >= 2 }, "the proxy to start relaying /big")

	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.Shutdown(ctx) }()
	select {
	case <-done:
	case <-time.After(hangGuard):
		t.Fatal("Shutdown did not return after its context ended")
	}
	for _, c := range clients {
		c.Close()
	}
	goroutinesBack(t, before)
}

// waitFor polls cond until it holds (a hang guard, not a timing assertion).
func waitFor(t *testing.T, cond func() bool, what string) {
	t.Helper()
	for end := time.Now().Add(hangGuard); !cond(); {
		if time.Now().After(end) {
			t.Fatalf("waited %v for %s", hangGuard, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// oneByteConn returns its input one byte per Read.
type oneByteConn struct {
	net.Conn // nil: only Read and SetReadDeadline are called
	r        *strings.Reader
}

func (c *oneByteConn) Read(p []byte) (int, error) { return c.r.Read(p[:min(len(p), 1)]) }

func (c *oneByteConn) SetReadDeadline(time.Time) error { return nil }

// A head that arrives one byte per read is parsed as the whole of it is,
// and the pipelined request after it too.
func TestFastPathHeadOneByteAtATime(t *testing.T) {
	first := "GET /r/cl/src/main.ts?t=1 HTTP/1.1\r\nHost: localhost:5173\r\n" + chromeHeaders + "\r\n"
	second := "HEAD /r/cl HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
	fc := &fastConn{f: &fastServer{headerTimeout: time.Hour, idleTimeout: time.Hour},
		c: &oneByteConn{r: strings.NewReader(first + second)}, buf: make([]byte, fastBufSize)}
	for i, want := range []string{first, second} {
		res, ok := fc.readHead(i == 0)
		var whole reqHead
		if !ok || res != parseFast || parseHead([]byte(want), &whole) != parseFast {
			t.Fatalf("head %d one byte at a time: result %v, ok %v; want parseFast", i, res, ok)
		}
		if fc.h.n != len(want) || string(fc.h.target) != string(whole.target) || fc.h.head != whole.head ||
			len(fc.h.fields) != len(whole.fields) || fc.h.wantsClose != whole.wantsClose {
			t.Fatalf("head %d one byte at a time: %d bytes, %q, %d fields; whole: %d bytes, %q, %d fields",
				i, fc.h.n, fc.h.target, len(fc.h.fields), whole.n, whole.target, len(whole.fields))
		}
		fc.r += fc.h.n
	}
	if _, ok := fc.readHead(false); ok {
		t.Fatal("readHead at EOF: ok; want the connection to close")
	}
}

// BenchmarkIdlePeek is what checking a pooled connection before reuse
// costs (one non-blocking recvfrom with MSG_PEEK):
//
//	go test ./proxy -run XXX -bench IdlePeek -benchmem
func BenchmarkIdlePeek(b *testing.B) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	s, err := ln.Accept()
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	p := newIdlePeek(c)
	b.ReportAllocs()
	for b.Loop() {
		if p.unsolicited() {
			b.Fatal("an idle connection with nothing sent reads as unsolicited")
		}
	}
}
