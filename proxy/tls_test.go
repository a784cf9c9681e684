package proxy

import (
	"crypto/tls"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestDevTLSHost(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1": true, "::1": true, "10.1.2.3": true, "192.168.0.9": true, "fe80::1": true,
		"localhost": true, "app.localhost": true, "web": true, "myapp.test": true,
		"8.8.8.8": false, "example.com": false, "api.github.com": false,
	} {
		if got := devTLSHost(host); got != want {
			t.Errorf("devTLSHost(%q) = %v, want %v", host, got, want)
		}
	}
}

// An https upstream on loopback with a self-signed certificate (httptest's)
// is reached through NewHTTPTransport; a verifying client is refused.
func TestHTTPSUpstreamSelfSigned(t *testing.T) {
	up := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "hello over tls "+r.Proto)
	}))
	defer up.Close()
	if _, err := (&http.Client{Transport: &http.Transport{}}).Get(up.URL); err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("a verifying client got %v; the control must fail on the certificate", err)
	}
	resp, err := (&http.Client{Transport: NewHTTPTransport()}).Get(up.URL + "/x")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "hello over tls HTTP/1.1" {
		t.Fatalf("body %q", b)
	}
	// Verification stays on for names that are not dev hosts.
	if c := upstreamTLSConfig("example.com"); c.InsecureSkipVerify || c.ServerName != "example.com" {
		t.Fatalf("example.com: InsecureSkipVerify %v, ServerName %q", c.InsecureSkipVerify, c.ServerName)
	}
	if c := upstreamTLSConfig("web"); !c.InsecureSkipVerify || c.ServerName != "web" {
		t.Fatalf("web: InsecureSkipVerify %v, ServerName %q", c.InsecureSkipVerify, c.ServerName)
	}
	// A verifying handshake against the same self-signed server fails.
	conn, err := tls.Dial("tcp", strings.TrimPrefix(up.URL, "https://"), &tls.Config{ServerName: "example.com"})
	if err == nil {
		conn.Close()
		t.Fatal("verifying handshake with a self-signed certificate succeeded")
	}
}
