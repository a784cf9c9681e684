package proxy

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// The request loop waits for the next request without a read attempt when
// its last read emptied the socket (headStep). A request pipelined behind
// one still being served, arriving while the upstream works on the first,
// must still be read: the loop was armed before that arrived.
func TestFastPathPipelinedRequestArrivingMidExchange(t *testing.T) {
	release := make(chan struct{})
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-release
		}
		io.WriteString(w, "answer to "+r.URL.Path)
	})
	srv, _ := start(t, Config{Upstream: mustURL(t, up.URL)})
	c, br := dialRaw(t, srv.Addr().String())
	io.WriteString(c, "GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n")
	waitFor(t, func() bool { return srv.fast.conns != nil && busyConns(srv) == 1 }, "the first request to reach the upstream")
	time.Sleep(20 * time.Millisecond) // the proxy is waiting for the upstream
	io.WriteString(c, "GET /second HTTP/1.1\r\nHost: localhost\r\n\r\n")
	time.Sleep(20 * time.Millisecond) // the second head is in the socket, unread
	close(release)
	c.SetReadDeadline(time.Now().Add(hangGuard))
	for _, want := range []string{"answer to /slow", "answer to /second"} {
		_, body, err := readResp(t, br, "GET")
		if err != nil || body != want {
			t.Fatalf("got %q, %v; want %q", body, err, want)
		}
	}
	if n := srv.fast.served.Load(); n != 2 {
		t.Fatalf("the fast path served %d responses; want both", n)
	}
}

// busyConns counts the fast path's connections serving a request.
func busyConns(s *Server) int {
	s.fast.mu.Lock()
	defer s.fast.mu.Unlock()
	n := 0
	for fc := range s.fast.conns {
		if fc.state.Load() == connActive {
			n++
		}
	}
	return n
}

// Requests a client sends in pieces, each after the proxy has read the
// last and gone back to waiting, are served as a whole.
func TestFastPathHeadInPiecesOverTime(t *testing.T) {
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok "+r.URL.Path) })
	srv, _ := start(t, Config{Upstream: mustURL(t, up.URL)})
	c, br := dialRaw(t, srv.Addr().String())
	c.SetReadDeadline(time.Now().Add(hangGuard))
	for i := range 3 {
		head := "GET /piece" + strings.Repeat("x", i) + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n"
		for _, part := range []string{head[:5], head[5:30], head[30:]} {
			io.WriteString(c, part)
			time.Sleep(5 * time.Millisecond)
		}
		_, body, err := readResp(t, br, "GET")
		if want := "ok /piece" + strings.Repeat("x", i); err != nil || body != want {
			t.Fatalf("request %d: got %q, %v; want %q", i, body, err, want)
		}
	}
}
