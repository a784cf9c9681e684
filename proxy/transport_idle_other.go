//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package proxy

import "net"

// idlePeek cannot peek on this platform: an upstream that sends bytes after
// a response ends is not noticed before the connection is reused.
type idlePeek struct{}

func newIdlePeek(net.Conn) *idlePeek { return nil }

func (*idlePeek) unsolicited() bool { return false }

func (*idlePeek) send([]byte, bool) (int, bool, error) { return 0, false, nil }
