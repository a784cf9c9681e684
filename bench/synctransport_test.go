package main

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// TestSyncTransport: bodies arrive intact, a keep-alive connection is
// reused once a body was read to EOF, and a reused connection the server
// closed while idle is retried on a new one.
func TestSyncTransport(t *testing.T) {
	var conns atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "hello "+r.URL.Path)
	}))
	srv.Config.ConnState = func(c net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()
	tr := &syncTransport{Fallback: http.DefaultTransport}
	c := &http.Client{Transport: tr}
	get := func(path string) string {
		t.Helper()
		resp, err := c.Get(srv.URL + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatalf("GET %s: reading body: %v", path, err)
		}
		return string(b)
	}
	for i, p := range []string{"/a", "/b", "/c"} {
		if got := get(p); got != "hello "+p {
			t.Fatalf("GET %s = %q; want %q", p, got, "hello "+p)
		}
		if n := conns.Load(); n != 1 {
			t.Fatalf("after %d requests the server saw %d connections; want 1 (keep-alive reuse)", i+1, n)
		}
	}
	srv.CloseClientConnections() // the pooled connection goes stale
	if got := get("/d"); got != "hello /d" {
		t.Fatalf("GET /d after the server closed the idle connection = %q; want a retry on a new one", got)
	}
}
