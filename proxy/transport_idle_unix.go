//go:build linux || darwin || freebsd || netbsd || openbsd

package proxy

import (
	"net"
	"syscall"
)

// idlePeek looks, without blocking, for something to read on an idle
// pooled connection: bytes the upstream sent after a response ended (a
// body to a HEAD, 204 or 304, more than Content-Length) or its close.
// Either way the next response read from it would not be the next
// request's, so it must not be reused. http.Transport learns the same from
// its idle connections' background reads; this is one non-blocking peek.
// Everything is made once per connection: a peek or a send allocates nothing.
type idlePeek struct {
	rc  syscall.RawConn
	fn  func(fd uintptr) bool
	buf [1]byte
	err error

	// send's state (see send).
	sendFn       func(fd uintptr) bool
	req          []byte
	check, dirty bool
	started      bool
	n            int
	werr         error
}

func newIdlePeek(c net.Conn) *idlePeek {
	rc := rawConnOf(c)
	if rc == nil {
		return nil
	}
	p := &idlePeek{rc: rc}
	p.fn = func(fd uintptr) bool {
		_, _, p.err = syscall.Recvfrom(int(fd), p.buf[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
		return true
	}
	p.sendFn = p.sendStep
	return p
}

// unsolicited reports whether the connection has bytes waiting, was closed
// by the upstream, or failed.
func (p *idlePeek) unsolicited() bool {
	if p == nil {
		return false
	}
	if err := p.rc.Read(p.fn); err != nil {
		return true
	}
	return p.found()
}

// found reports what the last peek saw: nothing waiting means the connection
// is as the last response left it; anything else is data, EOF (0 bytes, no
// error) or an error.
func (p *idlePeek) found() bool {
	return p.err != syscall.EAGAIN && p.err != syscall.EWOULDBLOCK && p.err != syscall.EINTR
}

// send writes req and returns once the connection has something to read
// (the response, normally), all inside one RawConn.Read: with check (a
// pooled connection) it first peeks as unsolicited does and reports dirty,
// writing nothing, when the connection must not be reused. Waiting there
// instead of in conn.Read saves the read attempt conn.Read makes before it
// waits, which on a request just sent always finds nothing: one system call
// per request of the fast path's ~6. The wait is armed before the request
// is written, so a response however quick cannot be missed. n < len(req)
// with no error means the socket took only part: the caller writes the rest
// the ordinary way.
func (p *idlePeek) send(req []byte, check bool) (n int, dirty bool, err error) {
	p.req, p.check, p.dirty, p.started, p.n, p.werr = req, check, false, false, 0, nil
	err = p.rc.Read(p.sendFn)
	n, dirty = p.n, p.dirty
	if err == nil {
		err = p.werr
	}
	p.req = nil
	return n, dirty, err
}

func (p *idlePeek) sendStep(fd uintptr) bool {
	if p.started {
		return true // readable: the caller's conn.Read takes it from here
	}
	p.started = true
	if p.check {
		_, _, p.err = syscall.Recvfrom(int(fd), p.buf[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
		if p.found() {
			p.dirty = true
			return true
		}
	}
	n, err := syscall.Write(int(fd), p.req)
	p.n = max(n, 0)
	switch {
	case err == syscall.EAGAIN || err == syscall.EINTR:
		return true // the caller writes what is left, waiting as it must
	case err != nil:
		p.werr = err
		return true
	}
	return p.n < len(p.req) // all sent: wait for the response
}
