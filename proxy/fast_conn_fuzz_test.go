package proxy

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// FuzzFastConnMatchesNetHTTP is the connection-level differential test:
// a random byte stream (pipelined requests, odd framing, half heads) goes
// once through the fast path and once through net/http (NoFastPath), in
// front of the same recording upstream. The requests the upstream receives
// (method, target, Host, every header) and the bytes the client gets back
// (Date aside) must be the same: whatever the fast path does not serve
// exactly as net/http would, it must hand to net/http.
//
// A request that closes the connection is appended to every stream so a
// well-formed one ends at once; anything else ends at the (shortened)
// header or idle timeout of both servers.
func FuzzFastConnMatchesNetHTTP(f *testing.F) {
	seedHeads(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 32<<10 {
			return
		}
		stream := string(b) + "GET /r/cl?end HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
		gotFast, resetFast, sawFast := runStream(t, stream, false)
		gotSlow, resetSlow, sawSlow := runStream(t, stream, true)
		// A response the fast path could not relay (malformed, two
		// lengths) is asked for again by net/http: the upstream sees a
		// request twice in a row.
		sawFast, sawSlow = slices.Compact(sawFast), slices.Compact(sawSlow)
		// Known differences (endsDifferently): the streams are compared
		// up to there.
		cut := false
		for _, saw := range []*[]string{&sawFast, &sawSlow} {
			if i := slices.IndexFunc(*saw, endsDifferently); i >= 0 {
				*saw, cut = (*saw)[:i+1], true
			}
		}
		if !slices.Equal(sawFast, sawSlow) {
			t.Fatalf("stream %q: upstream got, fast path:\n%s\nnet/http:\n%s",
				stream, strings.Join(sawFast, "--\n"), strings.Join(sawSlow, "--\n"))
		}
		// A connection reset loses what was in flight.
		if resetFast || resetSlow || cut {
			return
		}
		methods := requestMethods(stream)
		if df, ds := describeResponses(gotFast, methods), describeResponses(gotSlow, methods); df != ds {
			t.Fatalf("stream %q: client got, fast path:\n%s\nnet/http:\n%s", stream, df, ds)
		}
	})
}

// endsDifferently reports whether req asked for a response after which
// the fast path closes the client's connection and net/http does not: a
// close-delimited body (net/http re-frames it), a 1xx flood or a bad chunk
// (net/http answers 502 or relays part of the body; see
// TestFastPathUpstreamProtocolErrors).
func endsDifferently(req string) bool {
	return strings.Contains(req, " /r/close") || strings.Contains(req, " /r/flood") || strings.Contains(req, " /r/badchunk")
}

// runStream sends stream through a new Server (with or without the fast
// path) in front of a new recording upstream, and returns what the client
// got, whether its connection was reset, and, once the Server has shut
// down and the upstream has closed every connection, every request the
// upstream read (none from another run can slip in).
func runStream(t *testing.T, stream string, noFast bool) (string, bool, []string) {
	up := newScriptedUpstream(t)
	upURL, err := url.Parse("http://" + up.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	s := startShortTimeouts(t, Config{Upstream: upURL, NoFastPath: noFast})
	got, reset := exchangeStream(t, s, stream)
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatalf("stream %q: shutting down: %v", stream, err)
	}
	up.stop()
	// Each run has its own upstream port: named alike in both.
	addr := up.ln.Addr().String()
	saw := up.take()
	for i := range saw {
		saw[i] = strings.ReplaceAll(saw[i], addr, "upstream")
	}
	return strings.ReplaceAll(got, addr, "upstream"), reset, saw
}

// startShortTimeouts starts a Server whose header and idle timeouts (fast
// path and net/http alike) are short, so a fuzzed stream that leaves a
// head unfinished ends quickly. Only liveness depends on them: both
// servers close such a connection without a response.
func startShortTimeouts(tb testing.TB, cfg Config) *Server {
	tb.Helper()
	cfg.Listen = "127.0.0.1:0"
	cfg.Logger = slog.New(slog.DiscardHandler)
	s, err := New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	const header, idle = 150 * time.Millisecond, 150 * time.Millisecond
	s.srv.ReadHeaderTimeout, s.srv.IdleTimeout = header, idle
	if s.fast != nil {
		s.fast.headerTimeout, s.fast.idleTimeout = header, idle
	}
	if err := s.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Shutdown(tb.Context()) })
	return s
}

// exchangeStream writes stream to s and reads until s closes the
// connection; it returns what came back, and whether the connection was reset (some of the reply may then be lost).
func exchangeStream(t *testing.T, s *Server, stream string) (string, bool) {
	t.Helper()
	c, err := net.Dial("tcp", s.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(hangGuard))
	_, werr := io.WriteString(c, stream)
	got, rerr := io.ReadAll(c)
	if ne, ok := rerr.(net.Error); ok && ne.Timeout() {
		t.Fatalf("stream %q: the connection was still open after %v (read %q)", stream, hangGuard, got)
	}
	reset := werr != nil || errors.Is(rerr, syscall.ECONNRESET)
	if rerr != nil && !reset {
		t.Fatalf("stream %q: reading the reply: %v", stream, rerr)
	}
	return string(got), reset
}

// requestMethods are the methods of the requests net/http reads from
// stream, for reading their responses (a HEAD's has no body).
func requestMethods(stream string) []string {
	var methods []string
	br := bufio.NewReader(strings.NewReader(stream))
	for {
		req, err := http.ReadRequest(br)
		if err != nil {
			return methods
		}
		methods = append(methods, req.Method)
		if _, err := io.Copy(io.Discard, req.Body); err != nil {
			return methods
		}
	}
}

// describeResponses describes the responses in raw as a client reads
// them: status, headers (sorted; Date's value aside), framing, body and
// trailers, then whatever follows that is not a response.
func describeResponses(raw string, methods []string) string {
	var b strings.Builder
	br := bufio.NewReader(strings.NewReader(raw))
	for i := 0; ; i++ {
		if _, err := br.Peek(1); err != nil {
			return b.String()
		}
		method := "GET"
		if i < len(methods) {
			method = methods[i]
		}
		resp, err := http.ReadResponse(br, &http.Request{Method: method})
		if err != nil {
			rest, _ := io.ReadAll(br)
			fmt.Fprintf(&b, "not a response (%v): %.200q\n", err, rest)
			return b.String()
		}
		body, err := io.ReadAll(resp.Body)
		fmt.Fprintf(&b, "%s %d\n", resp.Proto, resp.StatusCode)
		for _, k := range slices.Sorted(maps.Keys(resp.Header)) {
			if k == "Date" {
				fmt.Fprintf(&b, "Date ×%d\n", len(resp.Header[k]))
			} else {
				fmt.Fprintf(&b, "%s: %q\n", k, resp.Header[k])
			}
		}
		fmt.Fprintf(&b, "TE %q CL %d close %v\nbody %d %.100q err %v trailer %q\n",
			resp.TransferEncoding, resp.ContentLength, resp.Close, len(body), body, err, resp.Trailer)
		if err != nil {
			return b.String()
		}
	}
}
