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
// Everything is made once per connection: a peek allocates nothing.
type idlePeek struct {
	rc  syscall.RawConn
	fn  func(fd uintptr) bool
	buf [1]byte
	err error
}

func newIdlePeek(c net.Conn) *idlePeek {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return nil
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return nil
	}
	p := &idlePeek{rc: rc}
	p.fn = func(fd uintptr) bool {
		_, _, p.err = syscall.Recvfrom(int(fd), p.buf[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
		return true
	}
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
	// Nothing waiting: the connection is as the last response left it.
	// Otherwise data, EOF (0 bytes, no error) or an error.
	return p.err != syscall.EAGAIN && p.err != syscall.EWOULDBLOCK && p.err != syscall.EINTR
}
