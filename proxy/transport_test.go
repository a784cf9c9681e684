package proxy

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// countingServer is an httptest server that counts the TCP connections it
// accepted.
func countingServer(t *testing.T, h http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var conns atomic.Int32
	s := httptest.NewUnstartedServer(h)
	s.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			conns.Add(1)
		}
	}
	s.Start()
	t.Cleanup(s.Close)
	return s, &conns
}

func do(t *testing.T, rt http.RoundTripper, method, u string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(method, u, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := rt.RoundTrip(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, u, err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

func TestTransportReusesOneConnection(t *testing.T) {
	s, conns := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == "x" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprintf(w, "%s %s", r.Method, r.URL.RequestURI())
	})
	tr := NewTransport()
	defer tr.CloseIdleConnections()
	for i := 0; i < 10; i++ {
		uri := fmt.Sprintf("/src/m%d.ts?v=%d&t", i, i)
		if _, body := do(t, tr, "GET", s.URL+uri, nil); body != "GET "+uri {
			t.Fatalf("GET %s = %q", uri, body)
		}
		if resp, body := do(t, tr, "HEAD", s.URL+uri, nil); resp.StatusCode != 200 || body != "" {
			t.Fatalf("HEAD %s = %s %q", uri, resp.Status, body)
		}
		if resp, _ := do(t, tr, "GET", s.URL+uri, map[string]string{"If-None-Match": "x"}); resp.StatusCode != 304 {
			t.Fatalf("conditional GET = %s", resp.Status)
		}
	}
	if n := conns.Load(); n != 1 {
		t.Fatalf("30 sequential requests used %d connections; want 1", n)
	}
}

// An upstream that closes each connection after one response, without
// saying so: the pooled connection fails and the request is sent again.
func TestTransportRetriesStaleConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				req, err := http.ReadRequest(bufio.NewReader(c))
				if err != nil {
					return
				}
				fmt.Fprintf(c, "HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s", len(req.URL.Path), req.URL.Path)
			}()
		}
	}()
	tr := NewTransport()
	defer tr.CloseIdleConnections()
	for i := 0; i < 5; i++ {
		path := fmt.Sprintf("/r%d", i)
		if _, body := do(t, tr, "GET", "http://"+ln.Addr().String()+path, nil); body != path {
			t.Fatalf("GET %s = %q", path, body)
		}
	}
}

func TestTransportInformationalResponsesSkipped(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		http.ReadRequest(bufio.NewReader(c))
		io.WriteString(c, "HTTP/1.1 103 Early Hints\r\nLink: </a.js>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
	}()
	if resp, body := do(t, NewTransport(), "GET", "http://"+ln.Addr().String()+"/", nil); resp.StatusCode != 200 || body != "ok" {
		t.Fatalf("after 103: %s %q", resp.Status, body)
	}
}

// A body closed before its end leaves bytes on the wire: that connection
// must not serve the next request.
func TestTransportEarlyCloseNotReused(t *testing.T) {
	big := strings.Repeat("x", 1<<20)
	s, conns := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, big)
	})
	tr := NewTransport()
	defer tr.CloseIdleConnections()
	req, _ := http.NewRequest("GET", s.URL+"/big", nil)
	resp, err := tr.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	io.ReadFull(resp.Body, make([]byte, 10))
	resp.Body.Close()
	if _, body := do(t, tr, "GET", s.URL+"/big", nil); body != big {
		t.Fatalf("second response corrupted (%d bytes)", len(body))
	}
	if n := conns.Load(); n != 2 {
		t.Fatalf("connections = %d; want 2 (the half-read one dropped)", n)
	}
}

func TestTransportContextCancelEndsStream(t *testing.T) {
	s, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, "data: one\n\n")
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", s.URL+"/events", nil)
	resp, err := NewTransport().RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(resp.Body)
	if line, _ := br.ReadString('\n'); line != "data: one\n" {
		t.Fatalf("first line %q", line)
	}
	cancel()
	if _, err := io.ReadAll(br); err == nil {
		t.Fatal("reading a cancelled stream ended without an error")
	}
	resp.Body.Close()
}

type recordingRT struct{ calls atomic.Int32 }

func (r *recordingRT) RoundTrip(req *http.Request) (*http.Response, error) {
	r.calls.Add(1)
	return nil, errors.New("fallback")
}

func TestTransportFallback(t *testing.T) {
	fb := &recordingRT{}
	tr := &Transport{Fallback: fb}
	cases := []struct {
		name string
		req  func() *http.Request
	}{
		{"POST", func() *http.Request {
			r, _ := http.NewRequest("POST", "http://127.0.0.1:1/", strings.NewReader("x"))
			return r
		}},
		{"DELETE", func() *http.Request { r, _ := http.NewRequest("DELETE", "http://127.0.0.1:1/", nil); return r }},
		{"https", func() *http.Request { r, _ := http.NewRequest("GET", "https://127.0.0.1:1/", nil); return r }},
		{"upgrade", func() *http.Request {
			r, _ := http.NewRequest("GET", "http://127.0.0.1:1/", nil)
			r.Header.Set("Upgrade", "websocket")
			return r
		}},
	}
	for i, tc := range cases {
		tr.RoundTrip(tc.req())
		if got := fb.calls.Load(); got != int32(i+1) {
			t.Errorf("%s did not go to Fallback", tc.name)
		}
	}
}
