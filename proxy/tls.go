package proxy

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/netip"
	"time"
)

// DialUpstreamTLS opens a TLS connection to an https upstream at addr
// (host:port), speaking HTTP/1.1. Dev servers serve self-signed or
// mkcert certificates (Vite's server.https, @vitejs/plugin-basic-ssl), so a
// dev host — loopback or private address, localhost, a single-label compose
// service name, a reserved TLD such as .test — is not verified, as a browser
// told to trust it would not be either; any other host is verified as usual.
func DialUpstreamTLS(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	d := net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}
	raw, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	c := tls.Client(raw, upstreamTLSConfig(host))
	if err := c.HandshakeContext(ctx); err != nil {
		raw.Close()
		return nil, fmt.Errorf("tls handshake with %s: %w", addr, err)
	}
	return c, nil
}

// upstreamTLSConfig is the client configuration for an upstream named host.
func upstreamTLSConfig(host string) *tls.Config {
	cfg := &tls.Config{NextProtos: []string{"http/1.1"}, InsecureSkipVerify: devTLSHost(host)}
	if _, err := netip.ParseAddr(host); err != nil || !cfg.InsecureSkipVerify {
		cfg.ServerName = host // SNI for names; IPs are verified against IP SANs
	}
	return cfg
}

// devTLSHost reports whether an upstream named host is a dev server whose
// certificate devproxy does not verify: loopback, private and link-local
// addresses, and the names HostPolicy always allows.
func devTLSHost(host string) bool {
	if ip, err := netip.ParseAddr(host); err == nil {
		return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast()
	}
	return HostPolicy{}.Allowed(host)
}
