// Package hmr carries Vite's hot-module-replacement traffic through devproxy's
// own port, whatever Vite baked into the client it serves.
//
// Vite's /@vite/client has the socket's protocol, host, port and base written
// into it (server.hmr.*, or 24678 in middleware mode). Handler rewrites those
// values on the way to the browser so the browser always opens its HMR socket
// to the page's own host and port, and forwards that socket to where Vite's
// HMR server really listens (learned from the same file). Handler also keeps
// a list of the sockets it carries so devproxy can push a message into Vite's
// own error overlay (Broadcast).
package hmr

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"regexp"
	"strconv"
	"strings"
)

// ClientConfig is what Vite baked into one /@vite/client it served. The
// formula is the same in Vite 3 to 8:
//
//	socketProtocol   = Protocol || (page is https ? "wss" : "ws")
//	socketHost       = (Hostname || page hostname) : (Port || page port) + HMRBase
//	directSocketHost = DirectTarget
type ClientConfig struct {
	Protocol     string // __HMR_PROTOCOL__: "ws", "wss" or "" (page decides)
	Hostname     string // __HMR_HOSTNAME__: server.hmr.host, or "" (page decides)
	Port         int    // __HMR_PORT__: clientPort, else port, else 24678 in middleware mode; 0 = page port
	HMRBase      string // __HMR_BASE__: base joined with server.hmr.path, e.g. "/" or "/app/"
	DirectTarget string // __HMR_DIRECT_TARGET__: "host:port/base" where Vite says its socket listens
	ServerHost   string // __SERVER_HOST__: "host:port/base" of Vite's HTTP server
	Base         string // __BASE__: Vite's base, e.g. "/"
	Token        string // __WS_TOKEN__: required with an Origin header since Vite 5.4.12/6.0.9
}

// DirectHostPort splits DirectTarget into host and port ("" when absent or
// not a number, e.g. "localhost:undefined/" from Vite 5 in middleware mode).
func (c ClientConfig) DirectHostPort() (host string, port int) {
	hp, _, _ := strings.Cut(c.DirectTarget, "/")
	h, p, err := net.SplitHostPort(hp)
	if err != nil {
		return hp, 0
	}
	n, err := strconv.Atoi(p)
	if err != nil {
		return h, 0
	}
	return h, n
}

// SeparatePort reports the port of Vite's own HMR server when it is not the
// HTTP server's: server.hmr.port set (the direct target names it) or
// middleware mode (24678 or hmr.port). It returns 0 when the socket shares
// the HTTP server's port, which includes a server.hmr.clientPort that only
// changes what the browser was told.
//
// A baked port with a direct target on another port is ambiguous: a
// clientPort on a shared server, or middleware mode (whose direct target names
// server.port, where nothing listens). Then port is the baked one and certain
// is false: the caller asks that port (a vite-ping handshake) to decide.
func (c ClientConfig) SeparatePort() (port int, certain bool) {
	if c.Port == 0 {
		return 0, true
	}
	_, dp := c.DirectHostPort()
	if dp == c.Port || dp == 0 {
		return c.Port, true
	}
	return c.Port, false
}

// clientPatterns find the baked values. Each has exactly one submatch: the
// literal to read and, for the rewritten ones, to replace.
// lit is a JS double-quoted string literal without line breaks.
const lit = `"(?:[^"\\\n]|\\.)*"`

var clientPatterns = struct {
	protocol, hostname, port, hmrBase, direct, serverHost, base, token *regexp.Regexp
}{
	protocol:   regexp.MustCompile(`const socketProtocol = (null|` + lit + `) \|\|`),
	hostname:   regexp.MustCompile(`const socketHost = ` + "`" + `\$\{(null|` + lit + `) \|\| importMetaUrl\.hostname\}`),
	port:       regexp.MustCompile(`const hmrPort = (null|\d+|` + lit + `);`),
	hmrBase:    regexp.MustCompile(`\$\{hmrPort \|\| importMetaUrl\.port\}\$\{(` + lit + `)\}`),
	direct:     regexp.MustCompile(`const directSocketHost = (` + lit + `);`),
	serverHost: regexp.MustCompile(`const serverHost = (` + lit + `);`),
	base:       regexp.MustCompile(`const base = (` + lit + `) \|\|`),
	token:      regexp.MustCompile(`const wsToken = (` + lit + `);`),
}

// ErrNotViteClient means the text does not look like Vite's client at all.
var ErrNotViteClient = errors.New("not a Vite client: none of its HMR settings were found")

type span struct{ start, end int } // byte offsets of one literal

// located is a parsed client plus where each rewritten literal sits.
type located struct {
	cfg                              ClientConfig
	protocol, hostname, port, direct span
}

// ParseClient reads the values Vite baked into a served /@vite/client. It
// fails, naming every value it could not find, when the text is not a client
// devproxy knows how to rewrite (a future Vite, or Vite 8's bundled dev mode).
func ParseClient(src []byte) (ClientConfig, error) {
	l, err := locate(src)
	return l.cfg, err
}

func locate(src []byte) (located, error) {
	var l located
	var missing []string
	var bad []string
	find := func(name string, re *regexp.Regexp) ([]byte, span, bool) {
		m := re.FindSubmatchIndex(src)
		if m == nil {
			missing = append(missing, name)
			return nil, span{}, false
		}
		return src[m[2]:m[3]], span{m[2], m[3]}, true
	}
	str := func(name string, lit []byte) string {
		if string(lit) == "null" {
			return ""
		}
		var s string
		if err := json.Unmarshal(lit, &s); err != nil {
			bad = append(bad, fmt.Sprintf("%s %s", name, lit))
		}
		return s
	}
	if lit, sp, ok := find("socketProtocol", clientPatterns.protocol); ok {
		l.cfg.Protocol, l.protocol = str("socketProtocol", lit), sp
	}
	if lit, sp, ok := find("socketHost hostname", clientPatterns.hostname); ok {
		l.cfg.Hostname, l.hostname = str("socketHost hostname", lit), sp
	}
	if lit, sp, ok := find("hmrPort", clientPatterns.port); ok {
		l.port = sp
		switch s := string(lit); {
		case s == "null":
		case s[0] == '"':
			p, err := strconv.Atoi(str("hmrPort", lit))
			if err != nil || p < 0 || p > 65535 {
				bad = append(bad, "hmrPort "+s)
			}
			l.cfg.Port = p
		default:
			p, err := strconv.Atoi(s)
			if err != nil || p > 65535 {
				bad = append(bad, "hmrPort "+s)
			}
			l.cfg.Port = p
		}
	}
	if lit, _, ok := find("socketHost base", clientPatterns.hmrBase); ok {
		l.cfg.HMRBase = str("socketHost base", lit)
	}
	if lit, sp, ok := find("directSocketHost", clientPatterns.direct); ok {
		l.cfg.DirectTarget, l.direct = str("directSocketHost", lit), sp
	}
	// Informational values: absent in some versions, never rewritten.
	if m := clientPatterns.serverHost.FindSubmatch(src); m != nil {
		l.cfg.ServerHost = str("serverHost", m[1])
	}
	if m := clientPatterns.base.FindSubmatch(src); m != nil {
		l.cfg.Base = str("base", m[1])
	}
	if m := clientPatterns.token.FindSubmatch(src); m != nil {
		l.cfg.Token = str("wsToken", m[1])
	}
	if len(missing) == 5 {
		return l, ErrNotViteClient
	}
	if len(missing) > 0 || len(bad) > 0 {
		var parts []string
		if len(missing) > 0 {
			parts = append(parts, "could not find "+strings.Join(missing, ", "))
		}
		if len(bad) > 0 {
			parts = append(parts, "could not read "+strings.Join(bad, ", "))
		}
		return l, fmt.Errorf("unrecognised Vite client: %s", strings.Join(parts, "; "))
	}
	if l.cfg.HMRBase == "" || l.cfg.HMRBase[0] != '/' {
		return l, fmt.Errorf("unrecognised Vite client: HMR base %q does not start with /", l.cfg.HMRBase)
	}
	return l, nil
}

// RewriteClient returns src with the socket's protocol, hostname and port
// cleared, so the browser connects to the page's own scheme, host and port
// (that is, through devproxy), and with the direct fallback target set to
// pageHost (the Host the browser used, "host" or "host:port") plus the HMR
// base. Everything else stays byte for byte. The config read from src comes
// back too, so the caller knows where Vite's socket really is.
func RewriteClient(src []byte, pageHost string) ([]byte, ClientConfig, error) {
	l, err := locate(src)
	if err != nil {
		return nil, l.cfg, err
	}
	if !validHost(pageHost) {
		return nil, l.cfg, fmt.Errorf("page host %q is not a host[:port]", pageHost)
	}
	direct, err := json.Marshal(pageHost + l.cfg.HMRBase)
	if err != nil {
		return nil, l.cfg, fmt.Errorf("encoding page host %q: %w", pageHost, err)
	}
	edits := []struct {
		at   span
		with []byte
	}{
		{l.protocol, []byte("null")},
		{l.hostname, []byte("null")},
		{l.port, []byte("null")},
		{l.direct, direct},
	}
	// The patterns appear in this order in every Vite since 3, but sort to be
	// safe: a reordered client must not corrupt the output.
	for i := 1; i < len(edits); i++ {
		for j := i; j > 0 && edits[j].at.start < edits[j-1].at.start; j-- {
			edits[j], edits[j-1] = edits[j-1], edits[j]
		}
	}
	out := make([]byte, 0, len(src)+len(direct))
	prev := 0
	for _, e := range edits {
		if e.at.start < prev {
			return nil, l.cfg, errors.New("unrecognised Vite client: HMR settings overlap")
		}
		out = append(out, src[prev:e.at.start]...)
		out = append(out, e.with...)
		prev = e.at.end
	}
	out = append(out, src[prev:]...)
	return out, l.cfg, nil
}

// validHost accepts what a Host header may carry: a name, IPv4 or [IPv6]
// address, and a port.
func validHost(h string) bool {
	if h == "" {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("-._:[]%", c) >= 0:
		default:
			return false
		}
	}
	return true
}
