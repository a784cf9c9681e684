package proxy

import (
	"bufio"
	"context"
	"net"
	"net/http"
	"strconv"
)

// A connection the fast path handed to net/http (its request was not plain:
// the rewritten /@vite/client, a POST to /api) comes back to the fast path
// after that response, when net/http has nothing left to add to it: the
// request had no body, the response a Content-Length that was written in
// full (or no body at all), and nobody hijacked it. Otherwise net/http keeps
// the connection, as before. Browsers keep a connection for hundreds of
// module requests, so without this the one that fetched /@vite/client
// would send all of its later ones through net/http (measured in a cold
// load of 2,000 modules: a sixth of the requests, 18 % of devproxy's CPU).

// connKey is the request context key for the connection net/http reads.
type connKey struct{}

// connContext is the net/http server's ConnContext: it notes connections
// the fast path handed over, so their requests can be reclaimed.
func connContext(ctx context.Context, c net.Conn) context.Context {
	if rc, ok := c.(*replayConn); ok {
		return context.WithValue(ctx, connKey{}, rc)
	}
	return ctx
}

// reclaimable reports whether r's connection may go back to the fast path
// once r is answered.
func (f *fastServer) reclaimable(r *http.Request) bool {
	if f == nil || f.closing.Load() {
		return false
	}
	if _, ok := r.Context().Value(connKey{}).(*replayConn); !ok {
		return false
	}
	if r.ProtoMajor != 1 || r.ProtoMinor != 1 || r.Close || r.Body != http.NoBody ||
		r.Header.Get("Upgrade") != "" || r.Header.Get("Expect") != "" {
		return false
	}
	// Only where the fast path could serve the requests that follow, which
	// are likely to go where this one went: not to an https upstream.
	if rt := f.s.routes.match(r.URL.Path); rt != nil {
		return rt.fast != nil
	}
	return f.vite != nil
}

// reclaimWriter notes what a handler did with a reclaimable request's
// response.
type reclaimWriter struct {
	http.ResponseWriter
	status   int   // the final status written; 0 before
	written  int64 // body bytes accepted
	hijacked bool
	// The framing headers as they were when net/http sent the head: it
	// frames the body by them, whatever the handler sets afterwards.
	length, te, conn string
}

func (w *reclaimWriter) WriteHeader(code int) {
	if w.status == 0 && code >= 200 {
		w.final(code)
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *reclaimWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.final(http.StatusOK)
	}
	n, err := w.ResponseWriter.Write(p)
	w.written += int64(n)
	return n, err
}

// final notes the final status and the framing headers it goes out with.
func (w *reclaimWriter) final(code int) {
	h := w.Header()
	w.status, w.length, w.te, w.conn = code, h.Get("Content-Length"), h.Get("Transfer-Encoding"), h.Get("Connection")
}

// Flush, Hijack and Unwrap keep what handlers look for on a ResponseWriter.
func (w *reclaimWriter) Flush() {
	if w.status == 0 {
		w.final(http.StatusOK)
	}
	http.NewResponseController(w.ResponseWriter).Flush()
}

func (w *reclaimWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	w.hijacked = true
	return http.NewResponseController(w.ResponseWriter).Hijack()
}

func (w *reclaimWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// complete reports whether the response to r is whole on the wire once
// flushed: nothing net/http would write after the handler returns (a last
// chunk, a default header) and no reason for it to close the connection.
func (w *reclaimWriter) complete(r *http.Request) bool {
	if w.hijacked || w.status == 0 || w.te != "" || w.conn != "" {
		return false
	}
	if w.status == http.StatusNoContent || w.status == http.StatusNotModified {
		return true
	}
	n, err := strconv.ParseInt(w.length, 10, 64)
	if r.Method == http.MethodHead {
		// No body; but the length of what the handler wrote is a header
		// net/http adds only once the handler returns.
		return err == nil || w.written == 0
	}
	return err == nil && n == w.written
}

// reclaim takes r's connection from net/http, after the handler answered
// through w, and gives it to the fast path; it leaves it to net/http when
// the response is not complete or the server is closing.
func (f *fastServer) reclaim(w *reclaimWriter, r *http.Request) {
	if !w.complete(r) || f.closing.Load() {
		return
	}
	rc := http.NewResponseController(w.ResponseWriter)
	if err := rc.Flush(); err != nil {
		return
	}
	c, brw, err := rc.Hijack()
	if err != nil {
		return
	}
	// What net/http read ahead (a pipelined request, or a byte it read to
	// notice the client leaving) comes first, then what the fast path had
	// read and net/http had not, then the socket.
	pending, _ := brw.Reader.Peek(brw.Reader.Buffered())
	pending = append([]byte(nil), pending...)
	if rp, ok := c.(*replayConn); ok {
		pending = append(pending, rp.pending...)
		c = rp.Conn
	}
	f.adopt(c, pending)
}

// adopt serves c, whose first bytes are pending, on the fast path: in an
// event loop, else on a goroutine. A head that would not fit the fast
// path's buffer goes back to net/http.
func (f *fastServer) adopt(c net.Conn, pending []byte) {
	if len(pending) >= fastBufSize {
		f.handoff.give(&replayConn{Conn: c, pending: pending})
		return
	}
	f.reclaimed.Add(1)
	if f.adoptEv(c, pending) {
		return
	}
	fc := &fastConn{f: f, c: c, initial: pending, adopted: true}
	if !f.add(fc) {
		c.Close()
		return
	}
	go fc.serve()
}
