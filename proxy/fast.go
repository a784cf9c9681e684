package proxy

import (
	"context"
	"errors"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// The fast path: devproxy reads every connection itself and serves the
// plain requests that make up almost all of a dev server's traffic (GET and
// HEAD of modules and assets, bound for an http upstream) in one loop per
// connection: one read per request, no per-request goroutines, headers as
// bytes. Everything else is handed, with the bytes read so far, to the
// net/http server behind it, which serves it exactly as before. See
// fast_parse.go for what "plain" means and fast_forward.go for the exchange.

// Limits the fast path shares with the net/http server (New sets both).
const (
	readHeaderTimeout = 10 * time.Second
	idleTimeout       = 120 * time.Second
	// fastBufSize is the read buffer of a connection; a request head that
	// does not fit is handed off (net/http allows up to 1 MB).
	fastBufSize = 8 << 10
)

// Connection states for Shutdown.
const (
	connIdle   int32 = iota // waiting for a request: may be closed at once
	connActive              // serving one
	connClosed              // closed by Shutdown
)

// fastUpstream is where the fast path sends a request: an http upstream.
type fastUpstream struct {
	addr      string       // host:port to dial (the Transport's pool key)
	host      string       // the Host header it gets
	downUntil atomic.Int64 // unix ns: until then, hand requests off without dialling
}

// fastServer is the fast path's state inside a Server.
type fastServer struct {
	s       *Server
	t       *Transport
	handoff *handoffListener
	vite    *fastUpstream

	// Timeouts, as the net/http server's (tests shorten them).
	headerTimeout, idleTimeout time.Duration

	closing   atomic.Bool
	served    atomic.Int64 // final responses the fast path relayed (for tests)
	handedOff atomic.Int64 // connections it gave to net/http (for tests)
	reclaimed atomic.Int64 // connections net/http gave back (reclaim.go; for tests)
	dateCache atomic.Pointer[dateText]
	wg        sync.WaitGroup
	mu        sync.Mutex
	conns     map[*fastConn]struct{}

	loops    []*evLoop // the event loops serving it, if any (evloop_linux.go)
	hotWaits bool      // busy loops keep their P while they wait (waitEvents)
	loopWG   sync.WaitGroup
}

// newFastServer returns nil when the fast path cannot serve: disabled, a
// Transport that is not devproxy's own (its pool is shared), or no http
// upstream (https ones go through net/http).
func newFastServer(s *Server) *fastServer {
	t, ok := s.cfg.Transport.(*Transport)
	if s.cfg.NoFastPath || !ok {
		return nil
	}
	f := &fastServer{s: s, t: t, conns: map[*fastConn]struct{}{},
		headerTimeout: s.srv.ReadHeaderTimeout, idleTimeout: s.srv.IdleTimeout}
	if s.cfg.Upstream.Scheme == "http" {
		f.vite = &fastUpstream{addr: hostPort(s.cfg.Upstream), host: viteHostHeader(s.cfg.Upstream)}
	}
	plain := f.vite != nil
	for _, r := range s.routes {
		plain = plain || r.fast != nil
	}
	if !plain {
		return nil
	}
	t.init()
	return f
}

// serve accepts connections on ln until it is closed; the net/http server
// gets its connections from f.handoff.
func (f *fastServer) serve(ln net.Listener) error {
	if f.loops != nil { // Start started them (startLoops)
		f.loopWG.Wait()
		return nil
	}
	var delay time.Duration
	for {
		c, err := ln.Accept()
		if err != nil {
			if f.closing.Load() {
				return nil
			}
			if errors.Is(err, net.ErrClosed) {
				return err
			}
			// Out of file descriptors and the like: back off as net/http does.
			delay = min(max(2*delay, 5*time.Millisecond), time.Second)
			f.s.cfg.Logger.Warn("accepting a connection failed, retrying", "err", err, "retry_in", delay)
			time.Sleep(delay)
			continue
		}
		delay = 0
		fc := &fastConn{f: f, c: c}
		if !f.add(fc) {
			c.Close()
			continue
		}
		go fc.serve()
	}
}

func (f *fastServer) add(fc *fastConn) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closing.Load() {
		return false
	}
	f.conns[fc] = struct{}{}
	f.wg.Add(1)
	return true
}

func (f *fastServer) remove(fc *fastConn) {
	f.mu.Lock()
	delete(f.conns, fc)
	f.mu.Unlock()
	f.wg.Done()
}

// closeIdle marks the fast path closing and closes every connection that is
// between requests; busy ones close after their response.
func (f *fastServer) closeIdle() {
	f.mu.Lock()
	f.closing.Store(true)
	for fc := range f.conns {
		if fc.state.CompareAndSwap(connIdle, connClosed) && fc.ev == nil {
			go fc.c.Close() // see closeAll
		}
	}
	f.mu.Unlock()
	for _, l := range f.loops {
		l.command(false) // its loop closes it
	}
}

// closeAll ends every connection, busy or not, and its upstream exchange.
// A connection's request loop runs inside RawConn.Read (fastConn.serve),
// and Close waits for that to return: so the upstream exchange is ended
// first, and the client connection closed without waiting.
func (f *fastServer) closeAll() {
	f.mu.Lock()
	for fc := range f.conns {
		fc.state.Store(connClosed)
		if fc.ev != nil {
			continue // its loop ends it
		}
		if pc := fc.up.Load(); pc != nil {
			pc.c.Close()
		}
		go fc.c.Close()
	}
	f.mu.Unlock()
	for _, l := range f.loops {
		l.command(true)
	}
}

// wait returns once every connection has ended; if ctx ends first, it
// closes them all, waits for that, and returns ctx's error.
func (f *fastServer) wait(ctx context.Context) error {
	all := make(chan struct{})
	go func() { f.wg.Wait(); close(all) }()
	select {
	case <-all:
		return nil
	case <-ctx.Done():
		select {
		case <-all:
			return nil
		default:
		}
		f.closeAll()
		<-all
		return ctx.Err()
	}
}

// handoffListener gives the net/http server the connections the fast path
// hands over.
type handoffListener struct {
	addr net.Addr
	ch   chan net.Conn
	done chan struct{}
	once sync.Once
}

func newHandoffListener(addr net.Addr) *handoffListener {
	return &handoffListener{addr: addr, ch: make(chan net.Conn), done: make(chan struct{})}
}

func (l *handoffListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.ch:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

func (l *handoffListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *handoffListener) Addr() net.Addr { return l.addr }

// give hands c to the net/http server, or closes it when that has stopped.
func (l *handoffListener) give(c net.Conn) {
	select {
	case l.ch <- c:
	case <-l.done:
		c.Close()
	}
}

// replayConn is a connection whose first reads return bytes the fast path
// already read from it.
type replayConn struct {
	net.Conn
	pending []byte
}

func (c *replayConn) Read(p []byte) (int, error) {
	if len(c.pending) > 0 {
		n := copy(p, c.pending)
		c.pending = c.pending[n:]
		return n, nil
	}
	return c.Conn.Read(p)
}

// fastBuffers are connections' read buffers, returned when a connection ends.
var fastBuffers = sync.Pool{New: func() any { b := make([]byte, fastBufSize); return &b }}
