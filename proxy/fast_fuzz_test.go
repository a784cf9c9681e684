package proxy

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// seedHeads adds the request heads under testdata/heads and the
// differential test's requests to f's corpus.
func seedHeads(f *testing.F) {
	files, err := filepath.Glob("testdata/heads/*.http")
	if err != nil || len(files) == 0 {
		f.Fatalf("no seeds in testdata/heads: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, tc := range diffCases() {
		f.Add([]byte(tc.raw))
	}
}

// FuzzParseHead: the fast path's request parser never panics, never waits
// for more on a complete head, and whatever it accepts, net/http reads the
// same way: method, target (forwarded unchanged), Host, headers in order,
// no body, Connection: close.
func FuzzParseHead(f *testing.F) {
	seedHeads(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		var h reqHead
		switch parseHead(b, &h) {
		case parseMore:
			if bytes.Contains(b, []byte("\r\n\r\n")) || bytes.Contains(b, []byte("\n\n")) {
				t.Fatalf("parseHead(%q) wants more of a complete head", b)
			}
			return
		case parseHandOff:
			return
		}
		r := bytes.NewReader(b)
		br := bufio.NewReader(r)
		req, err := http.ReadRequest(br)
		if err != nil {
			t.Fatalf("parseHead(%q) accepted what net/http refuses: %v", b, err)
		}
		if consumed := len(b) - r.Len() - br.Buffered(); consumed != h.n {
			t.Fatalf("parseHead(%q) head is %d bytes; net/http read %d", b, h.n, consumed)
		}
		method := "GET"
		if h.head {
			method = "HEAD"
		}
		if req.Method != method || req.RequestURI != string(h.target) || req.URL.RequestURI() != string(h.target) ||
			req.Host != string(h.host) || req.ProtoMajor != 1 || req.ProtoMinor != 1 {
			t.Fatalf("parseHead(%q): %s %q host %q; net/http: %s %q (forwarded as %q) host %q %s",
				b, method, h.target, h.host, req.Method, req.RequestURI, req.URL.RequestURI(), req.Host, req.Proto)
		}
		if path, ok := decodePath(h.path); !ok || path != req.URL.Path {
			t.Fatalf("parseHead(%q) path %q; net/http %q", b, path, req.URL.Path)
		}
		if req.ContentLength != 0 || len(req.TransferEncoding) > 0 || req.Close != h.wantsClose {
			t.Fatalf("parseHead(%q): close %v; net/http: length %d, encoding %q, close %v",
				b, h.wantsClose, req.ContentLength, req.TransferEncoding, req.Close)
		}
		got := http.Header{}
		for _, fl := range h.fields {
			if fl.kind != hdrHost {
				got.Add(string(fl.name), string(fl.value))
			}
		}
		for k, v := range req.Header {
			if !slices.Equal(got[k], v) {
				t.Fatalf("parseHead(%q) header %s = %q; net/http %q", b, k, got[k], v)
			}
		}
		if len(got) != len(req.Header) {
			t.Fatalf("parseHead(%q) headers %q; net/http %q", b, got, req.Header)
		}
	})
}

// FuzzParseRespHead: whatever upstream response head the fast path
// accepts, net/http's client reads with the same status, framing and
// connection reuse.
func FuzzParseRespHead(f *testing.F) {
	for _, s := range upstreamScripts {
		f.Add([]byte(s), false)
	}
	f.Add([]byte("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"), true)
	f.Add([]byte("HTTP/1.1 200\r\nTransfer-Encoding: gzip\r\n\r\n"), false)
	f.Fuzz(func(t *testing.T, b []byte, head bool) {
		hb, err := peekHead(bufio.NewReader(bytes.NewReader(b)))
		if err != nil {
			return
		}
		var rh respHead
		if !parseRespHead(hb, &rh) {
			return
		}
		method := http.MethodGet
		if head {
			method = http.MethodHead
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(b)), &http.Request{Method: method})
		if err != nil {
			t.Fatalf("parseRespHead(%q) accepted what net/http refuses: %v", b, err)
		}
		defer resp.Body.Close()
		if rh.code < 200 {
			return // informational: relayed head only, as net/http's client skips them
		}
		fr := rh.framing(head)
		chunked := slices.Equal(resp.TransferEncoding, []string{"chunked"})
		ok := resp.StatusCode == rh.code && resp.Close == (rh.close || fr == closeBody)
		switch fr {
		case noBody:
			n, err := io.Copy(io.Discard, resp.Body)
			ok = ok && n == 0 && err == nil
		case chunkedBody:
			ok = ok && chunked
		case lengthBody:
			ok = ok && !chunked && resp.ContentLength == rh.length
		case closeBody:
			ok = ok && !chunked && resp.ContentLength == -1
		}
		if !ok {
			t.Fatalf("parseRespHead(%q): %d framing %d length %d close %v; net/http: %d %q length %d close %v",
				b, rh.code, fr, rh.length, rh.close, resp.StatusCode, resp.TransferEncoding, resp.ContentLength, resp.Close)
		}
	})
}

// FuzzChunkScanner: where the scanner says a chunked body ends, net/http's
// reader reads it without error, and feeding it byte by byte finds the
// same end.
func FuzzChunkScanner(f *testing.F) {
	for _, s := range []string{"5;ext=1\r\nhello\r\n0\r\nX-Sum: 42\r\n\r\n", "0\r\n\r\n", "a\r\n0123456789\r\n0\r\n\r\nnext",
		"1x\r\n", "0\n\n", "fffffffffffffffff\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		var all chunkScanner
		n, done, err := all.scan(p)
		var one chunkScanner
		n1, done1, err1 := 0, false, error(nil)
		for i := 0; i < len(p) && !done1 && err1 == nil; i++ {
			var k int
			k, done1, err1 = one.scan(p[i : i+1])
			n1 += k
		}
		if (err == nil) != (err1 == nil) || err == nil && (done != done1 || done && n != n1) {
			t.Fatalf("scan(%q) = %d, %v, %v; byte by byte %d, %v, %v", p, n, done, err, n1, done1, err1)
		}
		if err != nil || !done {
			return
		}
		resp, rerr := http.ReadResponse(bufio.NewReader(strings.NewReader(
			"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"+string(p[:n]))), nil)
		if rerr != nil {
			t.Fatal(rerr)
		}
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			t.Fatalf("scan(%q) ends at %d; net/http reading that: %v", p, n, err)
		}
	})
}
