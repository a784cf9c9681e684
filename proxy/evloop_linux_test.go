package proxy

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// loopPooledHasBytes reports whether an upstream connection pooled by one
// of s's event loops has bytes to read (or was closed), looking on the loop.
func loopPooledHasBytes(s *Server) bool {
	if s.fast == nil {
		return false
	}
	found := false
	for _, l := range s.fast.loops {
		l.do(func() {
			for _, idle := range l.pool {
				for _, pc := range idle {
					var b [1]byte
					_, _, e := syscall.RawSyscall6(syscall.SYS_RECVFROM, uintptr(pc.c.(*evUpConn).p.fd),
						uintptr(unsafe.Pointer(&b[0])), 1, syscall.MSG_PEEK|syscall.MSG_DONTWAIT, 0, 0)
					found = found || e != syscall.EAGAIN
				}
			}
		})
	}
	return found
}

// blackhole returns an address whose connects hang: a listener with a
// backlog of 0 whose queue is full, so the kernel drops further SYNs
// (loopback only).
func blackhole(t *testing.T) string {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Listen(fd, 0); err != nil {
		t.Fatal(err)
	}
	sa, _ := syscall.Getsockname(fd)
	addr := fmt.Sprintf("127.0.0.1:%d", sa.(*syscall.SockaddrInet4).Port)
	for i := 0; ; i++ {
		c, err := net.DialTimeout("tcp", addr, 300*time.Millisecond)
		if err != nil {
			return addr // this connect hung: the queue is full
		}
		t.Cleanup(func() { c.Close() })
		if i == 16 {
			t.Skip("could not fill a listen queue here; the kernel accepts past its backlog")
		}
	}
}

// A dial that hangs (an upstream whose SYNs are dropped) runs beside the
// loop: the other connections of the same single loop are served
// meanwhile. A loop that dialled itself would answer nobody until the dial
// timed out (a minute here).
func TestLoopDialDoesNotStall(t *testing.T) {
	t.Setenv("DEVPROXY_LOOPS", "1")
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	hole := blackhole(t)
	tr := &Transport{DialTimeout: time.Minute}
	s, addr := start(t, Config{Upstream: mustURL(t, up.URL), Transport: tr,
		Routes: []Route{{Prefix: "/slow", Target: mustURL(t, "http://"+hole)}}})
	if len(s.fast.loops) != 1 {
		t.Fatalf("%d loops; want 1", len(s.fast.loops))
	}
	hung, _ := dialRaw(t, strings.TrimPrefix(addr, "http://"))
	io.WriteString(hung, "GET /slow/x HTTP/1.1\r\nHost: localhost\r\n\r\n")
	waitFor(t, func() bool { return loopDialling(t, s) }, "the loop's connection to start dialling the blackhole")
	for i := range 3 {
		c, br := dialRaw(t, strings.TrimPrefix(addr, "http://"))
		if resp, body := rawGet(t, c, br, "/"); resp.StatusCode != 200 || body != "ok" {
			t.Fatalf("request %d while a dial hangs: %s %q; want 200 ok", i, resp.Status, body)
		}
	}
}

// onLoop runs fn on l (evLoop.do), failing the test if the loop does not
// get to it: a loop stuck in a blocking call.
func onLoop(t *testing.T, l *evLoop, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { l.do(fn); close(done) }()
	select {
	case <-done:
	case <-time.After(hangGuard):
		t.Fatalf("the event loop did not respond in %v: stuck in a blocking call", hangGuard)
	}
}

// loopDialling reports whether a connection of s's loops waits for a dial.
func loopDialling(t *testing.T, s *Server) bool {
	found := false
	for _, l := range s.fast.loops {
		onLoop(t, l, func() {
			for ec := range l.conns {
				found = found || ec.waiting && ec.waitOn == nil
			}
		})
	}
	return found
}

// A client that does not read a large response fills its socket; the
// loop waits for room without holding up its other connections, and the
// whole body arrives once the client reads.
func TestLoopSlowReaderDoesNotStall(t *testing.T) {
	t.Setenv("DEVPROXY_LOOPS", "1")
	big := strings.Repeat("0123456789abcdef", 1<<19) // 8 MiB
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/big" {
			io.WriteString(w, big)
			return
		}
		io.WriteString(w, "ok")
	})
	_, addr := start(t, Config{Upstream: mustURL(t, up.URL)})
	addr = strings.TrimPrefix(addr, "http://")
	slow, slowBr := dialRaw(t, addr)
	io.WriteString(slow, "GET /big HTTP/1.1\r\nHost: localhost\r\n\r\n")
	time.Sleep(50 * time.Millisecond) // let the response fill the socket (either way the test holds)
	for i := range 3 {
		c, br := dialRaw(t, addr)
		if resp, body := rawGet(t, c, br, "/"); resp.StatusCode != 200 || body != "ok" {
			t.Fatalf("request %d beside a stalled reader: %s %q; want 200 ok", i, resp.Status, body)
		}
	}
	resp, body, err := readResp(t, slowBr, "GET")
	if err != nil || resp.StatusCode != 200 || body != big {
		t.Fatalf("the large response: %v, %d bytes, %v; want 200 with all %d bytes", resp, len(body), err, len(big))
	}
}

// openFds counts this process's open file descriptors.
func openFds(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("cannot count open files here: %v", err)
	}
	return len(ents)
}

// Shutdown leaves no socket of the loops open: their epoll sets, eventfds,
// listener copies, client connections (idle and busy) and pooled upstream
// connections are all closed, and the loops' goroutines end.
func TestLoopShutdownClosesEverything(t *testing.T) {
	t.Setenv("DEVPROXY_LOOPS", "2")
	release := make(chan struct{})
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/wait" {
			select {
			case <-release:
			case <-r.Context().Done():
			}
		}
		io.WriteString(w, "ok")
	})
	defer close(release)
	// Warm up what the process keeps open anyway (Go's own poller).
	c0, _ := net.Dial("tcp", up.Listener.Addr().String())
	c0.Close()
	fds, goroutines := openFds(t), runtime.NumGoroutine()

	s, err := New(Config{Listen: "127.0.0.1:0", Upstream: mustURL(t, up.URL),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	if len(s.fast.loops) == 0 {
		t.Fatal("no event loops started")
	}
	addr := s.Addr().String()
	idle, idleBr := dialRaw(t, addr)
	rawGet(t, idle, idleBr, "/") // leaves a pooled upstream connection
	busy, _ := dialRaw(t, addr)
	io.WriteString(busy, "GET /wait HTTP/1.1\r\nHost: localhost\r\n\r\n")
	waitFor(t, func() bool { return loopBusy(t, s) }, "the busy request to reach the upstream")
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := s.Shutdown(ctx); err != context.DeadlineExceeded {
		t.Fatalf("Shutdown = %v; want the deadline to end the busy connection", err)
	}
	expectClosed(t, idle, "the idle connection")
	expectClosed(t, busy, "the busy connection")
	idle.Close()
	busy.Close()
	goroutinesBack(t, goroutines)
	if n := openFds(t); n > fds {
		out, _ := os.ReadDir("/proc/self/fd")
		var names []string
		for _, e := range out {
			l, _ := os.Readlink("/proc/self/fd/" + e.Name())
			names = append(names, e.Name()+"→"+l)
		}
		t.Fatalf("%d files open after Shutdown, %d before: %v", n, fds, names)
	}
}

// loopBusy reports whether a connection of s's loops waits on an upstream.
func loopBusy(t *testing.T, s *Server) bool {
	found := false
	for _, l := range s.fast.loops {
		onLoop(t, l, func() {
			for ec := range l.conns {
				found = found || ec.waiting && ec.waitOn != nil && ec.waitOn != ec.client
			}
		})
	}
	return found
}
