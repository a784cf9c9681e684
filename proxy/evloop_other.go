//go:build !linux

package proxy

import "net"

// Event loops are Linux-only (epoll); elsewhere the fast path runs a
// goroutine per connection (fast_conn.go's serve).

type evLoop struct{}

type evConn struct{ l *evLoop }

type evUpConn struct{ net.Conn }

func (f *fastServer) startLoops(net.Listener) bool  { return false }
func (f *fastServer) adoptEv(net.Conn, []byte) bool { return false }

func (l *evLoop) command(bool)                                {}
func (l *evLoop) put(string, *poolConn)                       {}
func (ec *evConn) detach() (net.Conn, error)                  { return nil, net.ErrClosed }
func (ec *evConn) getConn(string) (*poolConn, bool, error)    { return nil, false, net.ErrClosed }
func (u *evUpConn) send([]byte, bool) (dirty bool, err error) { return false, net.ErrClosed }
