package proxy

import (
	"net"
	"net/netip"
	"strings"
)

// reservedTLDs never resolve on the public internet (RFC 2606, RFC 6761,
// RFC 6762, RFC 8375, ICANN's .internal), so a page served under them cannot
// be a DNS-rebinding attack from a public site.
var reservedTLDs = []string{".test", ".local", ".internal", ".home.arpa", ".example", ".invalid", ".localhost"}

// HostPolicy decides which Host headers devproxy answers. It protects the
// developer from DNS rebinding: a public name that suddenly resolves to
// 127.0.0.1 must not reach the dev server.
//
// Allowed: IP addresses, localhost and *.localhost, single-label names
// (compose service names such as "web"), names under reserved TLDs (.test,
// .local, .internal, .home.arpa, .example, .invalid), and Allow. An Allow entry
// starting with a dot (".example.com") allows that domain and its subdomains,
// as in Vite's server.allowedHosts. An empty Host (HTTP/1.0) is allowed.
type HostPolicy struct {
	Allow []string // extra names (--allow-host); default none
}

// Allowed reports whether host (a Host header, with or without port) passes.
func (p HostPolicy) Allowed(host string) bool {
	name := hostname(host)
	if name == "" {
		return true
	}
	if _, err := netip.ParseAddr(name); err == nil {
		return true
	}
	name = strings.TrimSuffix(strings.ToLower(name), ".")
	if name == "localhost" || !strings.Contains(name, ".") {
		return true
	}
	for _, tld := range reservedTLDs {
		if strings.HasSuffix(name, tld) {
			return true
		}
	}
	for _, a := range p.Allow {
		if strings.EqualFold(a, name) {
			return true
		}
		if len(a) > 1 && a[0] == '.' && (strings.EqualFold(name, a[1:]) ||
			len(name) > len(a) && strings.EqualFold(name[len(name)-len(a):], a)) {
			return true
		}
	}
	return false
}

// hostname strips the port and IPv6 brackets from a Host header value.
func hostname(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
}
