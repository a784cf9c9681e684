package proxy

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// The differential test: the same raw requests go through a Server with the
// fast path and one without (net/http + ReverseProxy, as before), in front
// of the same scripted upstream. What the upstream received and what the
// client got must be the same, Date aside.

// scriptedUpstream answers /r/NAME... with upstreamScripts[NAME], raw, and
// records every request it reads.
type scriptedUpstream struct {
	ln   net.Listener
	stop func() // closes the listener and waits for every connection to end
	mu   sync.Mutex
	seen []string
}

var upstreamScripts = map[string]string{
	"cl": "HTTP/1.1 200 OK\r\nContent-Type: text/javascript\r\nCache-Control: no-cache\r\nEtag: W/\"5-abc\"\r\n" +
		"Content-Length: 11\r\nDate: Sun, 22 Nov 2026 07:00:00 GMT\r\n\r\nhello world",
	"chunked": "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n" +
		"5;ext=1\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Sum: 42\r\n\r\n",
	"chunkedcl": "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nContent-Length: 99\r\n\r\n" +
		"3\r\nabc\r\n0\r\n\r\n",
	"close": "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nuntil the end",
	"sse": "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n" +
		"8\r\ndata: 1\n\r\n8\r\ndata: 2\n\r\n0\r\n\r\n",
	"early": "HTTP/1.1 103 Early Hints\r\nLink: </a.js>; rel=preload\r\n\r\n" +
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok",
	"304":       "HTTP/1.1 304 Not Modified\r\nEtag: W/\"5-abc\"\r\nContent-Type: text/javascript\r\nContent-Length: 11\r\n\r\n",
	"204":       "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nX-A: b\r\n\r\n",
	"sniff":     "HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n<html><body>x</body>",
	"cl0":       "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n",
	"599":       "HTTP/1.1 599 Whatever\r\nContent-Length: 1\r\nContent-Type: text/plain\r\n\r\nx",
	"418":       "HTTP/1.1 418 Teapot Here\r\nContent-Length: 1\r\nContent-Type: text/plain\r\n\r\nx",
	"closeconn": "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok",
	// With "close" in Connection net/http's client drops the Connection
	// header before ReverseProxy looks at it, so X-Secret would pass: the
	// fast path removes it either way.
	"hop": "HTTP/1.1 200 OK\r\nConnection: X-Secret\r\nX-Secret: 1\r\nKeep-Alive: timeout=5\r\n" +
		"Proxy-Authenticate: Basic\r\nUpgrade: h2c\r\nContent-Type: text/plain\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n" +
		"content-length: 3\r\n\r\nabc",
	"bad":   "HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n",
	"twocl": "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
	"flood": strings.Repeat("HTTP/1.1 103 Early Hints\r\nLink: </a.js>; rel=preload\r\n\r\n", 6) +
		"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok",
	"badchunk": "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\nzz\r\nhello\r\n0\r\n\r\n",
	"big":      "HTTP/1.1 200 OK\r\nContent-Type: application/javascript\r\nContent-Length: 100000\r\n\r\n" + strings.Repeat("0123456789", 10000),
}

func newScriptedUpstream(t testing.TB) *scriptedUpstream {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	u := &scriptedUpstream{ln: ln}
	var wg sync.WaitGroup
	u.stop = sync.OnceFunc(func() { ln.Close(); wg.Wait() })
	t.Cleanup(u.stop)
	wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Go(func() { u.serve(c) })
		}
	})
	return u
}

func (u *scriptedUpstream) serve(c net.Conn) {
	defer c.Close()
	br := bufio.NewReader(c)
	for {
		req, err := http.ReadRequest(br)
		if err != nil {
			return
		}
		io.Copy(io.Discard, req.Body)
		u.mu.Lock()
		u.seen = append(u.seen, describeRequest(req))
		u.mu.Unlock()
		name, _, _ := strings.Cut(strings.TrimPrefix(req.URL.Path, "/r/"), "/")
		resp, ok := upstreamScripts[name]
		if !ok {
			resp = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
		}
		if req.Method == http.MethodHead {
			resp, _, _ = strings.Cut(resp, "\r\n\r\n")
			resp += "\r\n\r\n"
		}
		if _, err := io.WriteString(c, resp); err != nil || name == "close" {
			return
		}
	}
}

func (u *scriptedUpstream) take() []string {
	u.mu.Lock()
	defer u.mu.Unlock()
	s := u.seen
	u.seen = nil
	return s
}

// describeRequest is what the upstream got, header order aside.
func describeRequest(r *http.Request) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s\nHost: %q\n", r.Method, r.RequestURI, r.Proto, r.Host)
	for _, k := range slices.Sorted(mapsKeys(r.Header)) {
		fmt.Fprintf(&b, "%s: %q\n", k, r.Header[k])
	}
	return b.String()
}

func mapsKeys(h http.Header) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range h {
			if !yield(k) {
				return
			}
		}
	}
}

// exchangeRaw writes raw to addr, then reads one response per method in
// methods, then tries one more request to see whether the connection was
// kept. It describes what the client got.
func exchangeRaw(t *testing.T, addr, raw string, methods []string, framingMayDiffer bool) string {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := io.WriteString(c, raw); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(c)
	var b strings.Builder
	closed := false
	for _, m := range methods {
		resp, err := http.ReadResponse(br, &http.Request{Method: m})
		if err != nil {
			fmt.Fprintf(&b, "read error: %v\n", err)
			closed = true
			break
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Fprintf(&b, "%s %d\n", resp.Proto, resp.StatusCode)
		for _, k := range slices.Sorted(mapsKeys(resp.Header)) {
			switch {
			case k == "Date":
				if len(resp.Header[k]) != 1 {
					fmt.Fprintf(&b, "Date count %d\n", len(resp.Header[k]))
				}
			case framingMayDiffer && (k == "Content-Length" || k == "Connection"):
			default:
				fmt.Fprintf(&b, "%s: %q\n", k, resp.Header[k])
			}
		}
		if !framingMayDiffer {
			fmt.Fprintf(&b, "TE %q CL %d close %v\n", resp.TransferEncoding, resp.ContentLength, resp.Close)
		}
		fmt.Fprintf(&b, "body %q err %v trailer %q\n", body, err, resp.Trailer)
		if resp.Close {
			closed = true
			break
		}
	}
	if !closed && !framingMayDiffer {
		// Kept alive? Then a next request is answered.
		io.WriteString(c, "GET /r/cl HTTP/1.1\r\nHost: localhost\r\n\r\n")
		if resp, err := http.ReadResponse(br, nil); err != nil {
			fmt.Fprintf(&b, "not kept alive: %v\n", err)
		} else {
			io.Copy(io.Discard, resp.Body)
			fmt.Fprintf(&b, "kept alive: %d\n", resp.StatusCode)
		}
	}
	return b.String()
}

type diffCase struct {
	name    string
	raw     string
	methods []string // one per expected response; default one GET
	fast    bool     // the fast path must serve it (not hand it off)
	// framingMayDiffer: a close-delimited upstream body, which the fast
	// path relays to the end and closes, and net/http re-frames.
	framingMayDiffer bool
	retried          bool // the fast path asks the upstream, then hands off
}

const chromeHeaders = "Connection: keep-alive\r\nsec-ch-ua-platform: \"Linux\"\r\n" +
	"User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36\r\n" +
	"Accept: */*\r\nSec-Fetch-Site: same-origin\r\nSec-Fetch-Mode: cors\r\nSec-Fetch-Dest: script\r\n" +
	"Referer: http://localhost:5173/\r\nAccept-Encoding: gzip, deflate, br, zstd\r\nAccept-Language: en-US,en;q=0.9\r\n"

func diffCases() []diffCase {
	get := func(target, extra string) string {
		return "GET " + target + " HTTP/1.1\r\nHost: localhost:5173\r\n" + extra + "\r\n"
	}
	return []diffCase{
		{name: "chromium module", raw: get("/r/cl/src/main.ts?t=1700000000000", chromeHeaders), fast: true},
		{name: "odd query", raw: get("/r/cl?a=1;b=2&c=%zz&d=%&e=é&f=a+b#frag", ""), fast: true},
		{name: "escaped path", raw: get("/r/cl/%41%2fb/caf%C3%A9/%7e/@fs/x(1)!$&'*+,;=:@[]", ""), fast: true},
		{name: "path ForceQuery", raw: get("/r/cl/x?", ""), fast: true},
		{name: "double slash", raw: get("//r/cl", ""), fast: true},
		{name: "path with quote", raw: get("/r/cl/a\"b{c}", ""), fast: false},
		{name: "path with raw utf8", raw: get("/r/cl/café", ""), fast: false},
		{name: "bad escape in path", raw: get("/r/cl/%zz", ""), fast: false},
		{name: "repeated headers", raw: get("/r/cl", "Accept: a\r\naccept: b\r\nCookie: x=1\r\nCookie: y=2\r\nX-Empty:\r\nX-Spaces: \t v \t\r\n"), fast: true},
		{name: "hop-by-hop request headers", raw: get("/r/cl", "Connection: keep-alive, X-Drop, User-Agent\r\nX-Drop: 1\r\nKeep-Alive: 300\r\n"+
			"TE: trailers, deflate\r\nProxy-Authorization: Basic eA==\r\nProxy-Connection: keep-alive\r\nForwarded: for=1.2.3.4\r\n"+
			"X-Forwarded-For: 9.9.9.9\r\nX-Forwarded-Host: evil\r\nX-Forwarded-Proto: https\r\nTrailer: X\r\nUser-Agent: ua\r\n"), fast: true},
		{name: "two Connection headers", raw: get("/r/cl", "Connection: keep-alive\r\nConnection: close\r\n"), fast: true},
		{name: "connection close", raw: get("/r/cl", "Connection: Close\r\n"), fast: true},
		{name: "no user agent", raw: get("/r/cl", ""), fast: true},
		{name: "empty user agent", raw: get("/r/cl", "User-Agent:\r\nUser-Agent: second\r\n"), fast: true},
		{name: "two user agents", raw: get("/r/cl", "User-Agent: first\r\nUser-Agent: second\r\n"), fast: true},
		{name: "content-length 0", raw: get("/r/cl", "Content-Length: 0\r\n"), fast: true},
		{name: "if-none-match 304", raw: get("/r/304", "If-None-Match: W/\"5-abc\"\r\n"), fast: true},
		{name: "head", raw: "HEAD /r/cl HTTP/1.1\r\nHost: localhost\r\n\r\n", methods: []string{"HEAD"}, fast: true},
		{name: "head chunked", raw: "HEAD /r/chunked HTTP/1.1\r\nHost: localhost\r\n\r\n", methods: []string{"HEAD"}, fast: true},
		{name: "chunked with trailer", raw: get("/r/chunked", "TE: trailers\r\n"), fast: true},
		{name: "chunked and length", raw: get("/r/chunkedcl", ""), fast: true},
		{name: "close-delimited", raw: get("/r/close", ""), fast: true, framingMayDiffer: true},
		{name: "sse", raw: get("/r/sse", "Accept: text/event-stream\r\n"), fast: true},
		{name: "early hints", raw: get("/r/early", ""), methods: []string{"GET", "GET"}, fast: true},
		{name: "upstream closes", raw: get("/r/closeconn", "") + get("/r/cl", ""), methods: []string{"GET", "GET"}, fast: true},
		{name: "204", raw: get("/r/204", ""), fast: true},
		{name: "sniffed type", raw: get("/r/sniff", ""), fast: true},
		{name: "empty body", raw: get("/r/cl0", ""), fast: true},
		{name: "unknown status", raw: get("/r/599", ""), fast: true},
		{name: "status text", raw: get("/r/418", ""), fast: true},
		{name: "hop-by-hop response headers", raw: get("/r/hop", ""), fast: true},
		{name: "large body", raw: get("/r/big", ""), fast: true},
		{name: "malformed response", raw: get("/r/bad", ""), fast: false, retried: true},
		{name: "two lengths", raw: get("/r/twocl", ""), fast: false, retried: true},
		{name: "pipelined", raw: get("/r/cl?1", "") + "HEAD /r/cl?2 HTTP/1.1\r\nHost: localhost\r\n\r\n" + get("/r/chunked?3", ""),
			methods: []string{"GET", "HEAD", "GET"}, fast: true},
		{name: "pipelined then hand-off", raw: get("/r/cl?1", "") + "GET /r/cl?2 HTTP/1.0\r\n\r\n",
			methods: []string{"GET", "GET"}, fast: true},
		{name: "large head", raw: get("/r/cl", "X-Big: "+strings.Repeat("b", 20<<10)+"\r\n"), fast: false},
		{name: "expect", raw: get("/r/cl", "Expect: 100-continue\r\n"), fast: false},
		{name: "upgrade", raw: get("/r/cl", "Connection: Upgrade\r\nUpgrade: h2c\r\n"), fast: false},
		{name: "body", raw: "GET /r/cl HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nhi", fast: false},
		{name: "post", raw: "POST /r/cl HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nhi", fast: false},
		{name: "http/1.0", raw: "GET /r/cl HTTP/1.0\r\nHost: localhost\r\n\r\n", fast: false},
		{name: "absolute-form", raw: "GET http://localhost/r/cl HTTP/1.1\r\nHost: localhost\r\n\r\n", fast: false},
		{name: "missing host", raw: "GET /r/cl HTTP/1.1\r\n\r\n", fast: false},
		{name: "two hosts", raw: "GET /r/cl HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", fast: false},
		{name: "blocked host", raw: "GET /r/cl HTTP/1.1\r\nHost: evil.example.com\r\n\r\n", fast: false},
		{name: "ipv6 host", raw: "GET /r/cl HTTP/1.1\r\nHost: [::1]:5173\r\n\r\n", fast: true},
		{name: "control byte", raw: get("/r/cl", "X-Bad: a\x01b\r\n"), fast: false},
		{name: "space before colon", raw: get("/r/cl", "X-Bad : a\r\n"), fast: false},
		{name: "folded header", raw: get("/r/cl", "X-Fold: a\r\n b\r\n"), fast: false},
		{name: "bare LF", raw: "GET /r/cl HTTP/1.1\nHost: localhost\n\n", fast: false},
		{name: "lower-case method", raw: "get /r/cl HTTP/1.1\r\nHost: localhost\r\n\r\n", fast: false},
		// From the adversarial review (each must be handed off, or served as net/http would).
		{name: "content-length +0", raw: get("/r/cl", "Content-Length: +0\r\n"), fast: false},
		{name: "content-length 0,0", raw: get("/r/cl", "Content-Length: 0,0\r\n"), fast: false},
		{name: "content-length 0 and 5", raw: get("/r/cl", "Content-Length: 0\r\nContent-Length: 5\r\n") + "hello", fast: false},
		{name: "content-length 0x0", raw: get("/r/cl", "Content-Length: 0x0\r\n"), fast: false},
		{name: "content-length padded 0", raw: get("/r/cl", "Content-Length: \t0 \r\n"), fast: true},
		{name: "transfer-encoding list", raw: get("/r/cl", "Transfer-Encoding: chunked, identity\r\n") + "0\r\n\r\n", fast: false},
		{name: "transfer-encoding casing", raw: get("/r/cl", "transfer-ENCODING: Chunked\r\n") + "0\r\n\r\n", fast: false},
		{name: "transfer-encoding and length", raw: get("/r/cl", "Content-Length: 0\r\nTransfer-Encoding: chunked\r\n") + "0\r\n\r\n", fast: false},
		{name: "NUL in value", raw: get("/r/cl", "X-Bad: a\x00b\r\n"), fast: false},
		{name: "CR in value", raw: get("/r/cl", "X-Bad: a\rGET /evil HTTP/1.1\r\n"), fast: false},
		{name: "tab in request line", raw: "GET\t/r/cl HTTP/1.1\r\nHost: localhost\r\n\r\n", fast: false},
		{name: "two spaces in request line", raw: "GET /r/cl  HTTP/1.1\r\nHost: localhost\r\n\r\n", fast: false},
		{name: "asterisk-form", raw: "GET * HTTP/1.1\r\nHost: localhost\r\n\r\n", fast: false},
		{name: "host with path", raw: "GET /r/cl HTTP/1.1\r\nHost: localhost/evil\r\n\r\n", fast: false},
		{name: "host with userinfo", raw: "GET /r/cl HTTP/1.1\r\nHost: evil@localhost\r\n\r\n", fast: false},
		{name: "host odd case and trailing dot", raw: "GET /r/cl HTTP/1.1\r\nHost: LocalHost.:5173\r\n\r\n", fast: true},
		{name: "blocked host odd case", raw: "GET /r/cl HTTP/1.1\r\nHost: EVIL.example.com.\r\n\r\n", fast: false},
		{name: "http/1.0 keep-alive", raw: "GET /r/cl HTTP/1.0\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n", fast: false},
		{name: "many headers", raw: get("/r/cl", strings.Repeat("X-Many: 1\r\n", 100)), fast: false},
		{name: "leading empty line", raw: "\r\n" + get("/r/cl", ""), fast: false},
	}
}

func TestFastPathMatchesNetHTTP(t *testing.T) {
	up := newScriptedUpstream(t)
	upURL := mustURL(t, "http://"+up.ln.Addr().String())
	fastSrv, _ := start(t, Config{Upstream: upURL})
	slowSrv, _ := start(t, Config{Upstream: upURL, NoFastPath: true})
	if fastSrv.fast == nil || slowSrv.fast != nil {
		t.Fatal("fast path not enabled as configured")
	}
	for _, tc := range diffCases() {
		t.Run(tc.name, func(t *testing.T) {
			methods := tc.methods
			if methods == nil {
				methods = []string{"GET"}
			}
			up.take()
			served0, handed0, back0 := fastSrv.fast.served.Load(), fastSrv.fast.handedOff.Load(), fastSrv.fast.reclaimed.Load()
			gotFast := exchangeRaw(t, fastSrv.Addr().String(), tc.raw, methods, tc.framingMayDiffer)
			sawFast := up.take()
			served, handed := fastSrv.fast.served.Load()-served0, fastSrv.fast.handedOff.Load()-handed0
			// A connection net/http answered comes back to the fast path
			// (reclaim.go), which then serves exchangeRaw's keep-alive probe.
			probes := fastSrv.fast.reclaimed.Load() - back0
			gotSlow := exchangeRaw(t, slowSrv.Addr().String(), tc.raw, methods, tc.framingMayDiffer)
			sawSlow := up.take()
			if gotFast != gotSlow {
				t.Errorf("client got, fast path:\n%s\nnet/http:\n%s", gotFast, gotSlow)
			}
			if tc.retried {
				// Asked by the fast path, then by net/http, whose Transport
				// may retry once more on a fresh connection.
				sawFast, sawSlow = slices.Compact(sawFast), slices.Compact(sawSlow)
			}
			if !slices.Equal(sawFast, sawSlow) {
				t.Errorf("upstream got, fast path:\n%s\nnet/http:\n%s", strings.Join(sawFast, "--\n"), strings.Join(sawSlow, "--\n"))
			}
			if tc.fast && (served == 0 || handed > 0 && !strings.Contains(tc.name, "hand-off")) {
				t.Errorf("fast path served %d and handed off %d connections; want it to serve the request", served, handed)
			}
			if !tc.fast && (served > probes || handed == 0) {
				t.Errorf("fast path served %d (%d after net/http gave the connection back) and handed off %d connections; want a hand-off", served, probes, handed)
			}
			if testing.Verbose() {
				t.Logf("served %d, handed off %d\n%s", served, handed, gotFast)
			}
		})
	}
}

func TestFastPathRoutesAndMounts(t *testing.T) {
	up := newScriptedUpstream(t)
	api := newScriptedUpstream(t)
	mounted := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "mount "+r.URL.Path+" "+strconv.Quote(r.Header.Get("X-Probe")))
	})
	cfg := Config{
		Upstream: mustURL(t, "http://"+up.ln.Addr().String()),
		Routes:   []Route{{Prefix: "/r/api", Target: mustURL(t, "http://"+api.ln.Addr().String())}},
		Mounts: []Mount{
			{Name: "by-path", Match: func(r *http.Request) bool { return strings.HasSuffix(r.URL.Path, "/@vite/client") },
				MatchPath: func(p string) bool { return strings.HasSuffix(p, "/@vite/client") }, Handler: mounted},
			{Name: "by-header", Match: func(r *http.Request) bool { return r.Header.Get("X-Probe") != "" }, Handler: mounted, AfterRoutes: true},
		},
	}
	fastSrv, _ := start(t, cfg)
	cfg.NoFastPath = true
	slowSrv, _ := start(t, cfg)
	for _, tc := range []diffCase{
		{name: "mount by path", raw: "GET /r/cl/@vite/client HTTP/1.1\r\nHost: localhost\r\n\r\n"},
		{name: "mount by escaped path", raw: "GET /r/cl/%40vite/client HTTP/1.1\r\nHost: localhost\r\n\r\n"},
		{name: "mount by header", raw: "GET /r/cl HTTP/1.1\r\nHost: localhost\r\nX-Probe: 1\r\n\r\n"},
		{name: "route", raw: "GET /r/api/cl?x=1 HTTP/1.1\r\nHost: localhost\r\nX-Probe: 1\r\n\r\n", fast: true},
		{name: "route by escaped path", raw: "GET /r/%61pi/cl HTTP/1.1\r\nHost: localhost\r\n\r\n", fast: true},
		{name: "vite", raw: "GET /r/cl/main.js HTTP/1.1\r\nHost: localhost\r\n\r\n", fast: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			served0 := fastSrv.fast.served.Load()
			gotFast := exchangeRaw(t, fastSrv.Addr().String(), tc.raw, []string{"GET"}, false)
			served := fastSrv.fast.served.Load() - served0
			sawFast := append(up.take(), api.take()...)
			gotSlow := exchangeRaw(t, slowSrv.Addr().String(), tc.raw, []string{"GET"}, false)
			sawSlow := append(up.take(), api.take()...)
			if gotFast != gotSlow || !slices.Equal(sawFast, sawSlow) {
				t.Errorf("fast path:\n%s\n%s\nnet/http:\n%s\n%s", gotFast, sawFast, gotSlow, sawSlow)
			}
			if tc.fast != (served > 0) {
				t.Errorf("fast path served %d; want fast %v", served, tc.fast)
			}
		})
	}
}
