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
	"time"
	"unsafe"
)

// fastConn is one client connection served by the fast path.
type fastConn struct {
	f     *fastServer
	c     net.Conn
	state atomic.Int32             // connIdle, connActive, connClosed
	up    atomic.Pointer[poolConn] // the upstream exchange in progress, for Shutdown

	buf      []byte // read buffer; unread bytes are buf[r:w]
	r, w     int
	h        reqHead
	resp     respHead
	out      []byte // the head being written (upstream request, client response)
	remoteIP string // for X-Forwarded-For; "" when RemoteAddr has no port
	okHost   []byte // the last Host the policy allowed

	deadline     time.Time // the read deadline last set
	idleDeadline bool      // deadline is an idle one (not a header one)
}

// serve runs the connection's request loop until it closes or is handed off.
func (fc *fastConn) serve() {
	defer fc.f.remove(fc)
	bp := fastBuffers.Get().(*[]byte)
	fc.buf = *bp
	defer fastBuffers.Put(bp)
	defer fc.recover()
	if ip, _, err := net.SplitHostPort(fc.c.RemoteAddr().String()); err == nil {
		fc.remoteIP = ip
	}
	first := true
	for {
		res, ok := fc.readHead(first)
		if !ok {
			fc.c.Close()
			return
		}
		first = false
		var up *fastUpstream
		if res == parseFast {
			up = fc.route()
		}
		if up == nil {
			fc.handOff()
			return
		}
		if !fc.state.CompareAndSwap(connIdle, connActive) {
			fc.c.Close() // Shutdown closed it while the head arrived
			return
		}
		keep, handOff := fc.forward(up)
		if handOff {
			fc.handOff()
			return
		}
		fc.state.Store(connIdle)
		if !keep || fc.f.closing.Load() {
			fc.c.Close()
			return
		}
		fc.r += fc.h.n
	}
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

// readHead reads until buf[r:w] starts with a complete request head, and
// parses it. ok is false when the connection should just close (the client
// left, timed out, or the head is cut off).
func (fc *fastConn) readHead(first bool) (parseResult, bool) {
	if fc.r == fc.w {
		fc.r, fc.w = 0, 0
	}
	var started time.Time
	for {
		if fc.w > fc.r {
			if res := parseHead(fc.buf[fc.r:fc.w], &fc.h); res != parseMore {
				return res, true
			}
			if fc.w == len(fc.buf) {
				if fc.r == 0 {
					return parseHandOff, true // a head too large for us: net/http decides
				}
				fc.w = copy(fc.buf, fc.buf[fc.r:fc.w])
				fc.r = 0
			}
		}
		now := time.Now()
		switch {
		case fc.w > fc.r || first:
			// A head under way (or a new connection's first): ReadHeaderTimeout.
			if started.IsZero() {
				started = now
				fc.setReadDeadline(now.Add(fc.f.headerTimeout), false)
			}
		case !fc.idleDeadline || now.Add(fc.f.idleTimeout).Sub(fc.deadline) > time.Second:
			// Between requests: IdleTimeout, moved at most once a second.
			fc.setReadDeadline(now.Add(fc.f.idleTimeout), true)
		}
		n, err := fc.c.Read(fc.buf[fc.w:])
		fc.w += n
		if err != nil && n == 0 {
			return 0, false
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
	fc.c.SetReadDeadline(time.Time{})
	fc.f.handoff.give(&replayConn{Conn: fc.c, pending: bytes.Clone(fc.buf[fc.r:fc.w])})
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
