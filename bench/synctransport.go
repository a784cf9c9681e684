package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"sync"
	"time"
)

// syncTransport is an experiment for FINDINGS.md, not part of devproxy: an
// HTTP/1.1 RoundTripper that writes the request and reads the response on
// the caller's goroutine over a pooled keep-alive connection. http.Transport
// hands every request to a per-connection writeLoop goroutine and the
// response back from a readLoop goroutine; on a busy 2-core machine each of
// those hand-offs can cost a thread wake-up. Requests with a body, upgrades
// and non-http schemes go to Fallback.
type syncTransport struct {
	Fallback http.RoundTripper
	MaxIdle  int // per host; default 512

	mu   sync.Mutex
	idle map[string][]*syncConn
}

type syncConn struct {
	c  net.Conn
	br *bufio.Reader
	bw *bufio.Writer
}

var errStaleConn = errors.New("stale keep-alive connection")

func (t *syncTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Scheme != "http" || req.Header.Get("Upgrade") != "" || (req.Body != nil && req.Body != http.NoBody) || req.Method == "CONNECT" {
		return t.Fallback.RoundTrip(req)
	}
	for attempt := 0; ; attempt++ {
		pc, reused, err := t.get(req.Context(), req.URL.Host)
		if err != nil {
			return nil, err
		}
		resp, err := t.exchange(req, pc)
		if err == nil {
			return resp, nil
		}
		pc.c.Close()
		if !reused || attempt > 0 || req.Context().Err() != nil {
			return nil, err
		}
		// A reused connection the server closed while idle: retry once on a new one.
	}
}

func (t *syncTransport) exchange(req *http.Request, pc *syncConn) (*http.Response, error) {
	stop := context.AfterFunc(req.Context(), func() { pc.c.SetDeadline(time.Unix(1, 0)) })
	if err := req.Write(pc.bw); err != nil {
		stop()
		return nil, err
	}
	if err := pc.bw.Flush(); err != nil {
		stop()
		return nil, err
	}
	resp, err := http.ReadResponse(pc.br, req)
	if err != nil {
		stop()
		return nil, err
	}
	if resp.StatusCode < 200 {
		stop()
		resp.Body.Close()
		return nil, errors.New("syncTransport: 1xx responses are not supported")
	}
	resp.Body = &syncBody{rc: resp.Body, t: t, pc: pc, host: req.URL.Host, reuse: !resp.Close, stop: stop}
	return resp, nil
}

func (t *syncTransport) get(ctx context.Context, host string) (*syncConn, bool, error) {
	t.mu.Lock()
	if l := t.idle[host]; len(l) > 0 {
		pc := l[len(l)-1]
		t.idle[host] = l[:len(l)-1]
		t.mu.Unlock()
		return pc, true, nil
	}
	t.mu.Unlock()
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", host)
	if err != nil {
		return nil, false, err
	}
	return &syncConn{c: c, br: bufio.NewReaderSize(c, 32<<10), bw: bufio.NewWriterSize(c, 4<<10)}, false, nil
}

func (t *syncTransport) put(host string, pc *syncConn) {
	max := t.MaxIdle
	if max == 0 {
		max = 512
	}
	t.mu.Lock()
	if t.idle == nil {
		t.idle = map[string][]*syncConn{}
	}
	if len(t.idle[host]) < max {
		t.idle[host] = append(t.idle[host], pc)
		t.mu.Unlock()
		return
	}
	t.mu.Unlock()
	pc.c.Close()
}

// syncBody returns the connection to the pool once the body was read to EOF.
type syncBody struct {
	rc    io.ReadCloser
	t     *syncTransport
	pc    *syncConn
	host  string
	reuse bool
	stop  func() bool
	eof   bool
	done  bool
}

func (b *syncBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	if err == io.EOF {
		b.eof = true
	}
	return n, err
}

func (b *syncBody) Close() error {
	if b.done {
		return nil
	}
	b.done = true
	err := b.rc.Close()
	if b.stop() && b.eof && b.reuse && err == nil && b.pc.br.Buffered() == 0 {
		b.t.put(b.host, b.pc)
	} else {
		b.pc.c.Close()
	}
	return nil
}
