package proxy

import (
	"syscall"
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
