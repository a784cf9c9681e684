package proxy

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
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
					found = found || unsolicited(pc.c.(*evUpConn).p.fd)
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

// onlyLoopConn returns s's loops' only client connection and its loop,
// once it is there.
func onlyLoopConn(t *testing.T, s *Server) (*evLoop, *evConn) {
	t.Helper()
	var l *evLoop
	var ec *evConn
	waitFor(t, func() bool {
		for _, ll := range s.fast.loops {
			onLoop(t, ll, func() {
				for e := range ll.conns {
					l, ec = ll, e
				}
			})
		}
		return ec != nil
	}, "the client's connection to reach a loop")
	return l, ec
}

// dialSmallWindow connects with a small receive buffer, so that a client
// that does not read soon makes the proxy wait to write to it.
func dialSmallWindow(t *testing.T, addr string) (net.Conn, *bufio.Reader) {
	t.Helper()
	d := net.Dialer{Control: func(_, _ string, rc syscall.RawConn) error {
		return rc.Control(func(fd uintptr) { syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 2048) })
	}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetDeadline(time.Now().Add(hangGuard))
	return c, bufio.NewReader(c)
}

// Bytes an upstream sends after its response while the loop waits to write
// that response to a slow client must not be read as the next response: the
// event for them comes while the connection is still in use, so the idle
// check (checkIdle) never sees it. Before the fix the connection was pooled
// as clean and the next request got the unsolicited response.
func TestLoopUnsolicitedBytesWhileWritingClient(t *testing.T) {
	t.Setenv("DEVPROXY_LOOPS", "1")
	body := strings.Repeat("b", 30000) // more than the small socket buffers take, less than the upstream reader holds
	smuggle, smuggled := make(chan struct{}), make(chan struct{})
	upURL := rawUpstreamFunc(t, func(c net.Conn) {
		eachRequest(c, func(req *http.Request) bool {
			if req.URL.Path == "/first" {
				io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 30000\r\n\r\n"+body)
				<-smuggle
				io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 8\r\n\r\nsmuggled")
				close(smuggled)
				return true
			}
			_, err := io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nreal")
			return err == nil
		})
	})
	s, _ := start(t, Config{Upstream: mustURL(t, upURL)})
	c, br := dialSmallWindow(t, s.Addr().String())
	l, ec := onlyLoopConn(t, s)
	onLoop(t, l, func() { syscall.SetsockoptInt(ec.client.fd, syscall.SOL_SOCKET, syscall.SO_SNDBUF, 4096) })
	io.WriteString(c, "GET /first HTTP/1.1\r\nHost: localhost\r\n\r\n")
	// The whole response is read from the upstream; its end waits for room
	// in the client's socket.
	var up *evPoll
	waitFor(t, func() bool {
		blocked := false
		onLoop(t, l, func() {
			pc := ec.fc.up.Load()
			if pc == nil || !ec.waiting || ec.waitOn != ec.client || !ec.waitW {
				return
			}
			up = pc.c.(*evUpConn).p
			blocked = socketUnread(up.fd) == 0
		})
		return blocked
	}, "the loop to read the whole response and wait to write it to the client")
	close(smuggle)
	<-smuggled
	waitFor(t, func() bool {
		ready := false
		onLoop(t, l, func() { ready = up.rReady && socketUnread(up.fd) > 0 })
		return ready
	}, "the loop to see the unsolicited bytes arrive")
	if resp, got, err := readResp(t, br, "GET"); err != nil || resp.StatusCode != 200 || got != body {
		t.Fatalf("first response: %v, %d bytes; want 200 with %d", err, len(got), len(body))
	}
	if _, got := rawGet(t, c, br, "/second"); got != "real" {
		t.Fatalf("second request got %q; want the upstream's real answer %q", got, "real")
	}
}

// socketUnread is how many bytes wait in a socket's receive queue.
func socketUnread(fd int) int {
	var n int32
	_, _, e := syscall.RawSyscall(syscall.SYS_IOCTL, uintptr(fd), 0x541B /* SIOCINQ */, uintptr(unsafe.Pointer(&n)))
	if e != 0 {
		return -1
	}
	return int(n)
}

// A response that ends exactly where a read filled the upstream reader's
// buffer may have more behind it in the socket, which no new event will
// announce (edge-triggered): the loop must look before pooling the
// connection. Before the fix the next request got the unsolicited bytes.
func TestLoopUnsolicitedBytesAfterAFullRead(t *testing.T) {
	t.Setenv("DEVPROXY_LOOPS", "1")
	head := "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: NNNNN\r\n\r\n"
	body := strings.Repeat("b", 32<<10-len(head)) // head and body fill the reader (evConn.getConn)
	head = strings.Replace(head, "NNNNN", strconv.Itoa(len(body)), 1)
	upURL := rawUpstreamFunc(t, func(c net.Conn) {
		eachRequest(c, func(req *http.Request) bool {
			resp := "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nreal"
			if req.URL.Path == "/first" {
				resp = head + body + "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 8\r\n\r\nsmuggled"
			}
			_, err := io.WriteString(c, resp)
			return err == nil
		})
	})
	_, addr := start(t, Config{Upstream: mustURL(t, upURL)})
	c, br := dialRaw(t, strings.TrimPrefix(addr, "http://"))
	if _, got := rawGet(t, c, br, "/first"); got != body {
		t.Fatalf("first response: %d bytes; want %d", len(got), len(body))
	}
	if _, got := rawGet(t, c, br, "/second"); got != "real" {
		t.Fatalf("second request got %q; want the upstream's real answer %q", got, "real")
	}
}

// A client that sends its request and at once closes its side (nc -N, a
// script) gets its response and then the connection closed, as net/http
// does. When the request and the close arrive together, the read that takes
// the request leaves the close behind, and no further event will announce
// it (edge-triggered). Before the fix the connection stayed open until
// the idle timeout.
func TestLoopClientCloseWithRequest(t *testing.T) {
	t.Setenv("DEVPROXY_LOOPS", "1")
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	s, _ := start(t, Config{Upstream: mustURL(t, up.URL)})
	c, br := dialRaw(t, s.Addr().String())
	l, _ := onlyLoopConn(t, s)
	// Hold the loop so that the request and the close arrive before it reads.
	hold, held := make(chan struct{}), make(chan struct{})
	go l.do(func() { close(held); <-hold })
	<-held
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
	c.(*net.TCPConn).CloseWrite()
	time.Sleep(10 * time.Millisecond) // let them arrive (either way the test holds)
	close(hold)
	if resp, body, err := readResp(t, br, "GET"); err != nil || resp.StatusCode != 200 || body != "ok" {
		t.Fatalf("response: %v, %q; want 200 ok", err, body)
	}
	expectClosed(t, c, "the connection after the client closed its side")
}

// stressBody is the body the stress upstream sends for request id: size
// bytes that name it, so a byte from another response shows.
func stressBody(id, size int) []byte {
	return bytes.Repeat([]byte("<"+strconv.Itoa(id)+">"), size/(len(strconv.Itoa(id))+2)+1)[:size]
}

// Many clients at once on two loops, each doing keep-alive GETs (some
// pipelined, some HEAD) of mixed sizes and now and then a POST, which is
// handed off to net/http; the upstream closes keep-alive connections right
// after a response now and then, as Node does when its keep-alive timeout
// ends. Every response must be the one asked for, byte for byte.
func TestLoopStress(t *testing.T) {
	t.Setenv("DEVPROXY_LOOPS", "2")
	const clients, requests = 64, 150
	sizes := []int{5, 2 << 10, 300 << 10}
	upURL := rawUpstreamFunc(t, func(c net.Conn) {
		rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0))
		bw := bufio.NewWriterSize(c, 64<<10)
		eachRequest(c, func(req *http.Request) bool {
			var body []byte
			if req.Method == http.MethodPost {
				b, _ := io.ReadAll(req.Body)
				body = append([]byte("posted "), b...)
			} else {
				id, _ := strconv.Atoi(req.URL.Query().Get("id"))
				size, _ := strconv.Atoi(req.URL.Query().Get("size"))
				body = stressBody(id, size)
			}
			fmt.Fprintf(bw, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", len(body))
			if req.Method != http.MethodHead {
				bw.Write(body)
			}
			if bw.Flush() != nil {
				return false
			}
			// Close now and then, between requests; not after a POST, which
			// net/http's Transport would not send again on a fresh connection.
			return req.Method == http.MethodPost || rng.IntN(10) != 0
		})
	})
	s, _ := start(t, Config{Upstream: mustURL(t, upURL)})
	addr := s.Addr().String()
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for ci := range clients {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(ci), 1))
			var c net.Conn
			var br *bufio.Reader
			defer func() {
				if c != nil {
					c.Close()
				}
			}()
			fail := func(format string, args ...any) {
				errs <- fmt.Errorf("client %d: "+format, append([]any{ci}, args...)...)
			}
			for i := 0; i < requests; {
				if c == nil {
					var err error
					if c, err = net.Dial("tcp", addr); err != nil {
						fail("%v", err)
						return
					}
					c.SetDeadline(time.Now().Add(hangGuard))
					br = bufio.NewReader(c)
				}
				type sent struct {
					method string
					want   []byte
				}
				var batch []sent
				var out []byte
				n := 1
				if rng.IntN(8) == 0 {
					n = 2 // pipelined
				}
				handOff := false
				for range n {
					id := ci*requests + i
					i++
					switch r := rng.IntN(40); {
					case r == 0 && n == 1:
						p := fmt.Sprintf("body %d", id)
						out = fmt.Appendf(out, "POST /p HTTP/1.1\r\nHost: localhost\r\nContent-Length: %d\r\n\r\n%s", len(p), p)
						batch = append(batch, sent{"POST", []byte("posted " + p)})
						handOff = true
					default:
						method := "GET"
						if r < 3 {
							method = "HEAD"
						}
						size := sizes[0]
						if r := rng.IntN(20); r == 0 {
							size = sizes[2]
						} else if r < 10 {
							size = sizes[1]
						}
						out = fmt.Appendf(out, "%s /g?id=%d&size=%d HTTP/1.1\r\nHost: localhost\r\n\r\n", method, id, size)
						want := stressBody(id, size)
						if method == "HEAD" {
							want = nil
						}
						batch = append(batch, sent{method, want})
					}
				}
				if _, err := c.Write(out); err != nil {
					fail("write: %v", err)
					return
				}
				for _, r := range batch {
					resp, body, err := readResp(t, br, r.method)
					if err != nil {
						fail("%s: %v", r.method, err)
						return
					}
					if resp.StatusCode != 200 || !bytes.Equal([]byte(body), r.want) {
						fail("%s: %s, %d bytes (%.40q); want 200 with %d bytes (%.40q)", r.method, resp.Status, len(body), body, len(r.want), r.want)
						return
					}
				}
				if handOff && rng.IntN(2) == 0 {
					c.Close() // else go on with net/http
					c = nil
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if s.fast.handedOff.Load() == 0 || s.fast.served.Load() == 0 {
		t.Fatalf("served %d, handed off %d; want both", s.fast.served.Load(), s.fast.handedOff.Load())
	}
}

// Connections are spread evenly over the loops, however the kernel wakes
// them to accept: a loop holding more than its share would bound
// throughput while another loop's CPU idles.
func TestLoopBalance(t *testing.T) {
	t.Setenv("DEVPROXY_LOOPS", "2")
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	s, addr := start(t, Config{Upstream: mustURL(t, up.URL)})
	addr = strings.TrimPrefix(addr, "http://")
	const n = 32
	conns := make([]net.Conn, n)
	for i := range conns { // a burst, as wrk or a browser opens them
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		conns[i] = c
	}
	for _, c := range conns {
		if resp, body := rawGet(t, c, bufio.NewReader(c), "/"); resp.StatusCode != 200 || body != "ok" {
			t.Fatalf("GET /: %s %q", resp.Status, body)
		}
	}
	var counts []int
	for _, l := range s.fast.loops {
		onLoop(t, l, func() { counts = append(counts, len(l.conns)) })
	}
	if len(counts) != 2 || counts[0]+counts[1] != n || max(counts[0]-counts[1], counts[1]-counts[0]) > 2 {
		t.Fatalf("connections per loop %v; want %d split evenly", counts, n)
	}
}

func TestLoopWaitsTheUsualWayWhenIdle(t *testing.T) {
	// A loop keeps its P, waiting unseen by Go's scheduler, only for a
	// while after its last events (waitEvents); idle, it waits in a
	// system call Go knows of, so that Go can park the P and sysmon sleep.
	t.Setenv("DEVPROXY_LOOPS", "1")
	up, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	s, addr := start(t, Config{Upstream: mustURL(t, up.URL)})
	l := s.fast.loops[0]
	c, err := net.Dial("tcp", strings.TrimPrefix(addr, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var before, after int
	onLoop(t, l, func() { before = l.coldWaits })
	if resp, body := rawGet(t, c, bufio.NewReader(c), "/"); resp.StatusCode != 200 || body != "ok" {
		t.Fatalf("GET /: %s %q", resp.Status, body)
	}
	// Each look at the loop is an event that makes it hot again; between
	// looks it has time to go cold. hangGuard only bounds a failure.
	for deadline := time.Now().Add(hangGuard); after <= before; {
		if time.Now().After(deadline) {
			t.Fatalf("the loop made no wait Go knows of in %v after its last request", hangGuard)
		}
		time.Sleep(2 * evHotWait)
		onLoop(t, l, func() { after = l.coldWaits })
	}
}
