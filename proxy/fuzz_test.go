package proxy

import (
	"net/netip"
	"strings"
	"testing"
)

// FuzzParseRoute: any --route value is either refused with an error or
// gives a route whose prefix is a path and whose target is scheme://host.
func FuzzParseRoute(f *testing.F) {
	for _, s := range []string{
		"/api=http://127.0.0.1:8080", "/api/=http://backend:8080", "/=localhost:3000",
		"/api", "api=http://x:1", "/api=", "/api=ftp://x:1", "/api=http://", "/api=http://x:1/v1",
		"/api=http://x:1/?a=b", "/api=http://[::1", "/a=b=c", "/ws=https://[::1]:9443/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRoute(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("ParseRoute(%q): empty error", s)
			}
			return
		}
		if !strings.HasPrefix(r.Prefix, "/") || r.Target == nil || r.Target.Hostname() == "" {
			t.Fatalf("ParseRoute(%q) = %+v", s, r)
		}
		if r.Target.Scheme != "http" && r.Target.Scheme != "https" {
			t.Fatalf("ParseRoute(%q) scheme %q", s, r.Target.Scheme)
		}
	})
}

// FuzzHostPolicy: a dotted name that is not an IP is only allowed under
// localhost, a reserved TLD, or an --allow-host entry.
func FuzzHostPolicy(f *testing.F) {
	for _, s := range []string{"localhost:5173", "myapp.test", "evil.com", "[::1]:80", "web", "a.b.c.local.", "x.localhost.evil.com", "EXAMPLE.COM", ""} {
		f.Add(s)
	}
	p := HostPolicy{Allow: []string{"example.com"}}
	f.Fuzz(func(t *testing.T, host string) {
		if !p.Allowed(host) {
			return
		}
		name := strings.TrimSuffix(strings.ToLower(hostname(host)), ".")
		if _, err := netip.ParseAddr(hostname(host)); err == nil || !strings.Contains(name, ".") || name == "example.com" {
			return
		}
		for _, tld := range reservedTLDs {
			if strings.HasSuffix(name, tld) {
				return
			}
		}
		t.Fatalf("Allowed(%q) = true for a public name %q", host, name)
	})
}
