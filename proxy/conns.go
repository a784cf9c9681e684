package proxy

import (
	"bufio"
	"encoding/binary"
	"errors"
	"net"
	"net/http"
	"sync"
	"syscall"
	"time"
)

// NewHTTPTransport returns the http.Transport behind Transport's fast path
// (upgrades, bodies, https): many idle keep-alive connections per host (a
// page load asks for hundreds of modules at once), no added compression,
// short dial timeout (upstreams are local).
func NewHTTPTransport() *http.Transport {
	return &http.Transport{
		Proxy:                 nil, // never send dev traffic through HTTP_PROXY
		DialContext:           (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		DialTLSContext:        DialUpstreamTLS, // dev servers' self-signed certificates
		MaxIdleConns:          1024,
		MaxIdleConnsPerHost:   512,
		IdleConnTimeout:       90 * time.Second,
		DisableCompression:    true,
		ExpectContinueTimeout: time.Second,
		ForceAttemptHTTP2:     false,
		WriteBufferSize:       32 << 10,
		ReadBufferSize:        32 << 10,
	}
}

func isAddrInUse(err error) bool { return errors.Is(err, syscall.EADDRINUSE) }

// bufferPool lends ReverseProxy its copy buffers so a response does not
// allocate 32 KB each time.
type bufferPool struct{}

var buffers = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

func (bufferPool) Get() []byte  { return *(buffers.Get().(*[]byte)) }
func (bufferPool) Put(b []byte) { buffers.Put(&b) }

// connRegistry remembers the client side of every hijacked (upgraded)
// connection, because http.Server.Shutdown forgets them. On shutdown each
// gets a WebSocket close frame 1001 (going away) and is closed, so browsers
// reconnect at once instead of waiting for a timeout.
type connRegistry struct {
	mu     sync.Mutex
	conns  map[net.Conn]struct{}
	closed bool
}

func newConnRegistry() *connRegistry { return &connRegistry{conns: map[net.Conn]struct{}{}} }

// track wraps w so a Hijack registers the connection.
func (c *connRegistry) track(w http.ResponseWriter) http.ResponseWriter {
	return &trackingWriter{ResponseWriter: w, reg: c}
}

func (c *connRegistry) add(conn net.Conn) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false
	}
	c.conns[conn] = struct{}{}
	return true
}

func (c *connRegistry) remove(conn net.Conn) {
	c.mu.Lock()
	delete(c.conns, conn)
	c.mu.Unlock()
}

// closeAll sends 1001 to every tracked connection and closes it. A frame
// being copied at that moment may be cut: the connection ends either way.
func (c *connRegistry) closeAll() {
	c.mu.Lock()
	c.closed = true
	conns := c.conns
	c.conns = map[net.Conn]struct{}{}
	c.mu.Unlock()
	frame := closeFrame(1001, "devproxy is shutting down")
	for conn := range conns {
		conn.SetWriteDeadline(time.Now().Add(time.Second))
		conn.Write(frame)
		conn.Close()
	}
}

// closeFrame is an unmasked (server to client) WebSocket close frame.
func closeFrame(code uint16, reason string) []byte {
	if len(reason) > 123 {
		reason = reason[:123]
	}
	b := make([]byte, 4, 4+len(reason))
	b[0] = 0x88 // FIN + close
	b[1] = byte(2 + len(reason))
	binary.BigEndian.PutUint16(b[2:], code)
	return append(b, reason...)
}

type trackingWriter struct {
	http.ResponseWriter
	reg *connRegistry
}

func (t *trackingWriter) Unwrap() http.ResponseWriter { return t.ResponseWriter }

func (t *trackingWriter) Flush() {
	if f, ok := t.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (t *trackingWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, brw, err := http.NewResponseController(t.ResponseWriter).Hijack()
	if err != nil {
		return nil, nil, err
	}
	tc := &trackedConn{Conn: conn, reg: t.reg}
	if !t.reg.add(tc) {
		conn.Close()
		return nil, nil, errors.New("server is shutting down")
	}
	return tc, brw, nil
}

type trackedConn struct {
	net.Conn
	reg  *connRegistry
	once sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(func() { c.reg.remove(c) })
	return c.Conn.Close()
}
