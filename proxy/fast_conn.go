package proxy

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// fastConn is one client connection served by the fast path.
type fastConn struct {
	f     *fastServer
	c     net.Conn
	ev    *evConn                  // its coroutine when an event loop serves it (evloop_linux.go)
	state atomic.Int32             // connIdle, connActive, connClosed
	up    atomic.Pointer[poolConn] // the upstream exchange in progress, for Shutdown

	initial  []byte // bytes read ahead before the fast path got the connection (adopt)
	adopted  bool   // net/http served it first (adopt): not a new connection
	buf      []byte // read buffer; unread bytes are buf[r:w]
	r, w     int
	h        reqHead
	resp     respHead
	out      []byte // the head being written (upstream request, client response)
	remoteIP string // for X-Forwarded-For; "" when RemoteAddr has no port
	okHost   []byte // the last Host the policy allowed

	deadline     time.Time // the read deadline last set
	idleDeadline bool      // deadline is an idle one (not a header one)

	first       bool      // no request served yet
	headStarted time.Time // when the head being read began to arrive
	drained     bool      // the last raw read emptied the socket (see headStep)
}

// serve runs the connection's request loop until it closes or is handed off.
func (fc *fastConn) serve() {
	defer fc.f.remove(fc)
	defer fastBuffers.Put(fc.begin())
	defer fc.recover()
	if rc := rawConnOf(fc.c); rc != nil {
		// The whole loop runs inside one RawConn.Read, so that between
		// requests the connection waits for the next one without the
		// read attempt conn.Read makes first (see headStep).
		var act loopAction
		err := rc.Read(func(fd uintptr) bool {
			var done bool
			act, done = fc.loop(func(p []byte) (int, error) { return syscall.Read(int(fd), p) })
			return done
		})
		if err == nil && act == actHandOff {
			fc.handOff()
			return
		}
		fc.c.Close()
		return
	}
	for {
		act, done := fc.loop(fc.c.Read)
		if !done {
			continue // conn.Read waits itself: not reached
		}
		if act == actHandOff {
			fc.handOff()
		} else {
			fc.c.Close()
		}
		return
	}
}

// begin readies a new connection for its request loop (serve, serveEv):
// a read buffer, which the caller returns to fastBuffers at the end, and
// the client's address for X-Forwarded-For.
func (fc *fastConn) begin() *[]byte {
	bp := fastBuffers.Get().(*[]byte)
	fc.buf = *bp
	fc.r, fc.w = 0, copy(fc.buf, fc.initial)
	fc.initial = nil
	if ip, _, err := net.SplitHostPort(fc.c.RemoteAddr().String()); err == nil {
		fc.remoteIP = ip
	}
	fc.first = !fc.adopted // an adopted one is between requests: IdleTimeout, as net/http had it
	return bp
}

// loopAction is how the request loop ended.
type loopAction uint8

const (
	actClose   loopAction = iota // close the connection
	actHandOff                   // give it to net/http
)

// loop serves requests until the connection ends (done) or, reading with a
// raw read, until it has to wait for the client (not done: call it again
// once the connection is readable).
func (fc *fastConn) loop(read func([]byte) (int, error)) (act loopAction, done bool) {
	for {
		res, st := fc.headStep(read)
		switch st {
		case headWait:
			return 0, false
		case headClose:
			return actClose, true
		}
		fc.first = false
		var up *fastUpstream
		if res == parseFast {
			up = fc.route()
		}
		if up == nil {
			return actHandOff, true
		}
		if !fc.state.CompareAndSwap(connIdle, connActive) {
			return actClose, true // Shutdown closed it while the head arrived
		}
		keep, handOff := fc.forward(up)
		if handOff {
			return actHandOff, true
		}
		fc.state.Store(connIdle)
		if !keep || fc.f.closing.Load() {
			return actClose, true
		}
		fc.r += fc.h.n
	}
}

// rawConnOf returns c's RawConn, or nil for a connection that is not a
// socket of this process (a test's fake).
func rawConnOf(c net.Conn) syscall.RawConn {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return nil
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return nil
	}
	return rc
}

// recover ends the connection after a panic while serving it (a Mount's
// Match, say), as net/http's server does, instead of ending the process.
func (fc *fastConn) recover() {
	v := recover()
	if v == nil {
		return
	}
	fc.c.Close()
	if pc := fc.up.Swap(nil); pc != nil {
		pc.c.Close()
	}
	if v != http.ErrAbortHandler {
		buf := make([]byte, 64<<10)
		fc.f.s.cfg.Logger.Error("panic serving a request; its connection was closed",
			"remote", fc.c.RemoteAddr().String(), "panic", fmt.Sprint(v), "stack", string(buf[:runtime.Stack(buf, false)]))
	}
}

// headState is where headStep left off.
type headState uint8

const (
	headDone  headState = iota // buf[r:w] starts with a head, parsed into fc.h
	headWait                   // nothing to parse: wait until readable, then call again
	headClose                  // the client left, timed out, or cut the head off
)

// readHead reads until buf[r:w] starts with a complete request head, and
// parses it; ok is false when the connection should just close. (The
// request loop uses headStep; this is its blocking form.)
func (fc *fastConn) readHead(first bool) (parseResult, bool) {
	fc.first = first
	for {
		res, st := fc.headStep(fc.c.Read)
		if st != headWait {
			return res, st == headDone
		}
	}
}

// headStep parses the head at buf[r:w], reading as needed with read. A raw
// read (a system call on the non-blocking socket) reports EAGAIN when
// there is nothing yet; then headStep returns headWait. It also returns
// headWait without reading when, in an event loop (evloop_linux.go), its
// last read found the socket drained (it returned less than it could
// take): anything the client sends since raises an event, and a close that
// came with the last bytes is remembered (rHup). A read that would only
// say EAGAIN is saved: the way nginx uses its "ready" flag. Not in the
// goroutine path: there a close that arrives with a request raises no
// second wake-up, and the connection would stay open until its idle
// timeout (TestFastPathCloseWithRequest).
func (fc *fastConn) headStep(read func([]byte) (int, error)) (parseResult, headState) {
	if fc.r == fc.w {
		fc.r, fc.w = 0, 0
	}
	for {
		if fc.w > fc.r {
			if res := parseHead(fc.buf[fc.r:fc.w], &fc.h); res != parseMore {
				fc.headStarted = time.Time{}
				return res, headDone
			}
			if fc.w == len(fc.buf) {
				if fc.r == 0 {
					return parseHandOff, headDone // a head too large for us: net/http decides
				}
				fc.w = copy(fc.buf, fc.buf[fc.r:fc.w])
				fc.r = 0
			}
		}
		now := time.Now()
		switch {
		case fc.w > fc.r || fc.first:
			// A head under way (or a new connection's first): ReadHeaderTimeout.
			if fc.headStarted.IsZero() {
				fc.headStarted = now
				fc.setReadDeadline(now.Add(fc.f.headerTimeout), false)
			}
		case !fc.idleDeadline || now.Add(fc.f.idleTimeout).Sub(fc.deadline) > time.Second:
			// Between requests: IdleTimeout, moved at most once a second.
			fc.setReadDeadline(now.Add(fc.f.idleTimeout), true)
		}
		if fc.drained {
			fc.drained = false
			return 0, headWait
		}
		n, err := read(fc.buf[fc.w:])
		switch {
		case err == syscall.EINTR:
			continue
		case err == syscall.EAGAIN:
			return 0, headWait
		case n > 0:
			fc.w += n
			fc.drained = fc.ev != nil && fc.w < len(fc.buf)
		case err != nil || n == 0:
			return 0, headClose
		}
	}
}

func (fc *fastConn) setReadDeadline(t time.Time, idle bool) {
	fc.c.SetReadDeadline(t)
	fc.deadline, fc.idleDeadline = t, idle
}

// handOff gives the connection, with what was read of it, to net/http.
func (fc *fastConn) handOff() {
	fc.f.handedOff.Add(1)
	pending := bytes.Clone(fc.buf[fc.r:fc.w])
	if fc.ev != nil {
		c, err := fc.ev.detach()
		if err != nil {
			fc.f.s.cfg.Logger.Warn("could not hand a connection to net/http; closed it", "err", err)
			return
		}
		go fc.f.handoff.give(&replayConn{Conn: c, pending: pending})
		return
	}
	fc.c.SetReadDeadline(time.Time{})
	fc.f.handoff.give(&replayConn{Conn: fc.c, pending: pending})
}

// route decides where the parsed request goes: the upstream the fast path
// sends it to, or nil to hand it off (blocked host, a mount, an https or
// unusual upstream). It asks in ServeHTTP's order.
func (fc *fastConn) route() *fastUpstream {
	s := fc.f.s
	if !fc.hostAllowed() {
		return nil
	}
	path, ok := fc.decodedPath()
	if !ok {
		return nil
	}
	for i := range s.before {
		if fc.mayMatch(&s.before[i], path) {
			return nil
		}
	}
	if rt := s.routes.match(path); rt != nil {
		return rt.fast // nil for https targets
	}
	for i := range s.after {
		if fc.mayMatch(&s.after[i], path) {
			return nil
		}
	}
	return fc.f.vite
}

func (fc *fastConn) hostAllowed() bool {
	if fc.okHost != nil && bytes.Equal(fc.okHost, fc.h.host) {
		return true
	}
	if !fc.f.s.hosts.Allowed(string(fc.h.host)) {
		return false
	}
	fc.okHost = append(fc.okHost[:0], fc.h.host...)
	return true
}

// decodedPath is the request's URL.Path as net/http would have it. Without
// escapes it aliases the read buffer: valid only until the next read.
func (fc *fastConn) decodedPath() (string, bool) { return decodePath(fc.h.path) }

func decodePath(p []byte) (string, bool) {
	if bytes.IndexByte(p, '%') < 0 {
		return unsafe.String(unsafe.SliceData(p), len(p)), true
	}
	s, err := url.PathUnescape(string(p))
	return s, err == nil
}

// mayMatch reports whether mount m could want the request: by its
// MatchPath prefilter, or by asking Match with the request net/http would
// build.
func (fc *fastConn) mayMatch(m *Mount, path string) bool {
	if m.MatchPath != nil {
		return m.MatchPath(path)
	}
	req, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(fc.buf[fc.r : fc.r+fc.h.n])))
	if err != nil {
		return true
	}
	req.RemoteAddr = fc.c.RemoteAddr().String()
	return m.Match(req)
}
