package proxy

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/textproto"
	"sync"
	"time"
)

// Transport carries devproxy's requests to its upstreams. GET and HEAD
// requests without a body to plain-HTTP upstreams, which is almost all of a
// dev server's traffic, are written and read on the caller's goroutine over a
// pooled keep-alive connection. http.Transport instead hands each request to
// a per-connection writer goroutine and the response back from a reader
// goroutine; on a busy machine those hand-offs cost more CPU than the proxying
// itself (bench/FINDINGS.md measured -30 % CPU per request, +50 % requests/s).
// Everything else (bodies, upgrades, https, other methods) goes to Fallback.
//
// The zero value is ready to use; NewTransport returns one with the defaults
// filled in.
type Transport struct {
	// Fallback carries what the fast path does not. Default NewHTTPTransport().
	Fallback http.RoundTripper
	// MaxIdlePerHost bounds pooled idle connections per upstream. Default 512.
	MaxIdlePerHost int
	// IdleTimeout drops pooled connections idle this long. Default 3s, below
	// Node's 5s keep-alive timeout, so Vite rarely closes one under us.
	IdleTimeout time.Duration
	// DialTimeout bounds connecting to an upstream. Default 5s.
	DialTimeout time.Duration

	once sync.Once
	mu   sync.Mutex
	idle map[string][]*poolConn // per host:port, most recently used last
}

// NewTransport returns devproxy's default Transport.
func NewTransport() *Transport {
	t := &Transport{}
	t.init()
	return t
}

func (t *Transport) init() {
	t.once.Do(func() {
		if t.Fallback == nil {
			t.Fallback = NewHTTPTransport()
		}
		if t.MaxIdlePerHost == 0 {
			t.MaxIdlePerHost = 512
		}
		if t.IdleTimeout == 0 {
			t.IdleTimeout = 3 * time.Second
		}
		if t.DialTimeout == 0 {
			t.DialTimeout = 5 * time.Second
		}
	})
}

type poolConn struct {
	c        net.Conn
	br       *bufio.Reader
	bw       *bufio.Writer
	lastUsed time.Time
	peek     *idlePeek // nil where the platform cannot peek
}

// fastPath reports whether req can take the synchronous path.
func fastPath(req *http.Request) bool {
	return req.URL.Scheme == "http" &&
		(req.Method == http.MethodGet || req.Method == http.MethodHead) &&
		(req.Body == nil || req.Body == http.NoBody) &&
		req.Header.Get("Upgrade") == "" && len(req.TransferEncoding) == 0
}

// RoundTrip implements http.RoundTripper.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	t.init()
	if !fastPath(req) {
		return t.Fallback.RoundTrip(req)
	}
	host := hostPort(req.URL)
	for attempt := 0; ; attempt++ {
		pc, reused, err := t.get(req.Context(), host)
		if err != nil {
			return nil, err
		}
		resp, err := t.exchange(req, pc, host)
		if err == nil {
			return resp, nil
		}
		pc.c.Close()
		// A pooled connection the upstream closed while idle fails at once;
		// GET and HEAD are safe to send again, once, on a fresh one.
		if !reused || attempt > 0 || req.Context().Err() != nil {
			return nil, err
		}
	}
}

func (t *Transport) exchange(req *http.Request, pc *poolConn, host string) (*http.Response, error) {
	stop := context.AfterFunc(req.Context(), func() { pc.c.SetDeadline(time.Unix(1, 0)) })
	if err := req.Write(pc.bw); err != nil {
		stop()
		return nil, err
	}
	if err := pc.bw.Flush(); err != nil {
		stop()
		return nil, err
	}
	for n1xx := 0; ; {
		resp, err := http.ReadResponse(pc.br, req)
		if err != nil {
			stop()
			return nil, err
		}
		if resp.StatusCode >= 200 || resp.StatusCode == http.StatusSwitchingProtocols {
			if resp.StatusCode == http.StatusSwitchingProtocols {
				// Not asked for (no Upgrade header): the connection is no
				// longer HTTP.
				stop()
				resp.Body.Close()
				return nil, errors.New("upstream switched protocols without an upgrade request")
			}
			// HEAD, 204, 304 and Content-Length: 0 come with http.NoBody:
			// nothing to read, the connection is reusable at once.
			resp.Body = &pooledBody{rc: resp.Body, t: t, pc: pc, host: host, reuse: !resp.Close, stop: stop,
				eof: resp.Body == http.NoBody}
			return resp, nil
		}
		// 100 Continue, 103 Early Hints: informational; passed to a
		// ClientTrace that asks (ReverseProxy relays them), then on to
		// the final response.
		resp.Body.Close()
		if n1xx++; n1xx > 5 {
			stop()
			return nil, errors.New("upstream sent too many informational (1xx) responses")
		}
		if trace := httptrace.ContextClientTrace(req.Context()); trace != nil && trace.Got1xxResponse != nil {
			if err := trace.Got1xxResponse(resp.StatusCode, textproto.MIMEHeader(resp.Header)); err != nil {
				stop()
				return nil, err
			}
		}
	}
}

func (t *Transport) get(ctx context.Context, host string) (*poolConn, bool, error) {
	return t.getConn(ctx, host, true)
}

// getConn is get; without peek, a pooled connection is returned unchecked:
// the caller checks it as it sends (idlePeek.send).
func (t *Transport) getConn(ctx context.Context, host string, peek bool) (*poolConn, bool, error) {
	for {
		t.mu.Lock()
		l := t.idle[host]
		n := len(l)
		if n == 0 {
			t.mu.Unlock()
			break
		}
		pc := l[n-1]
		if time.Since(pc.lastUsed) >= t.IdleTimeout {
			// The most recently used is too old, so all are: drop the lot.
			t.idle[host] = nil
			t.mu.Unlock()
			for _, s := range l {
				s.c.Close()
			}
			break
		}
		t.idle[host] = l[:n-1]
		t.mu.Unlock()
		if peek && pc.peek.unsolicited() {
			pc.c.Close() // closed by the upstream, or holding bytes no request asked for
			continue
		}
		return pc, true, nil
	}
	d := net.Dialer{Timeout: t.DialTimeout, KeepAlive: 30 * time.Second}
	c, err := d.DialContext(ctx, "tcp", host)
	if err != nil {
		return nil, false, err
	}
	return &poolConn{c: c, br: bufio.NewReaderSize(c, 32<<10), bw: bufio.NewWriterSize(c, 8<<10), peek: newIdlePeek(c)}, false, nil
}

func (t *Transport) put(host string, pc *poolConn) {
	pc.lastUsed = time.Now()
	t.mu.Lock()
	if t.idle == nil {
		t.idle = map[string][]*poolConn{}
	}
	if len(t.idle[host]) < t.MaxIdlePerHost {
		t.idle[host] = append(t.idle[host], pc)
		t.mu.Unlock()
		return
	}
	t.mu.Unlock()
	pc.c.Close()
}

// CloseIdleConnections closes pooled connections (and the Fallback's).
func (t *Transport) CloseIdleConnections() {
	t.init()
	t.mu.Lock()
	idle := t.idle
	t.idle = nil
	t.mu.Unlock()
	for _, l := range idle {
		for _, pc := range l {
			pc.c.Close()
		}
	}
	if c, ok := t.Fallback.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// pooledBody returns the connection to the pool once the body was read to
// the end with nothing after it, and the upstream did not ask to close.
type pooledBody struct {
	rc    io.ReadCloser
	t     *Transport
	pc    *poolConn
	host  string
	reuse bool
	stop  func() bool
	eof   bool
	done  bool
}

func (b *pooledBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	if err == io.EOF {
		b.eof = true
	}
	return n, err
}

func (b *pooledBody) Close() error {
	if b.done {
		return nil
	}
	b.done = true
	err := b.rc.Close()
	// A body closed before its end (the browser left mid-download) leaves
	// unread bytes on the connection: close it rather than reuse it.
	if b.stop() && b.eof && b.reuse && err == nil && b.pc.br.Buffered() == 0 {
		b.t.put(b.host, b.pc)
	} else {
		b.pc.c.Close()
	}
	return nil
}
