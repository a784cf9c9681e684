package hmr

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Config configures a Handler. The zero value of every field but Upstream is
// its default.
type Config struct {
	// Upstream is Vite's HTTP address as devproxy reaches it. Required.
	Upstream *url.URL
	// Transport fetches /@vite/client. Default: http.DefaultTransport.
	Transport http.RoundTripper
	// HandshakeTimeout bounds dialling Vite's HMR socket. Default 10s.
	HandshakeTimeout time.Duration
	// DialTLS opens TLS connections to an https Vite's socket (wss). Default:
	// crypto/tls with the system's roots (a self-signed certificate fails).
	DialTLS func(ctx context.Context, network, addr string) (net.Conn, error)
	// Logger receives the handler's logs. Default: discard.
	Logger *slog.Logger
	// Greet, when set, returns messages for each browser whose HMR socket
	// connects, sent right after Vite's first message (its "connected").
	// devproxy uses it so a page that reloads after a Vite restart still
	// shows the env check's errors in Vite's overlay. Default: nothing.
	Greet func() [][]byte
}

// Target is where Vite's HMR socket really listens, as devproxy reaches it.
type Target struct {
	Client   ClientConfig // what the served client said
	Addr     string       // host:port devproxy dials
	Scheme   string       // "ws" or "wss"
	Separate bool         // Vite's own HMR port (server.hmr.port, middleware mode), not the HTTP port
	Learned  bool         // false until a client was seen: then Addr is the upstream's
}

// Handler serves /@vite/client (rewritten) and the HMR WebSockets (bridged
// to Vite's real socket). Mount it in front of the Vite proxy; Match says
// which requests are its.
type Handler struct {
	cfg        Config
	client     *httputil.ReverseProxy
	hostHeader string
	hub        *hub
	dialer     *websocket.Dialer

	bridges sync.WaitGroup // one per carried socket
	hop     string         // sent in hopHeader on our own dials, to detect loops

	mu     sync.RWMutex
	target Target
	probed map[string]bool // "port direct" → separate (cached vite-ping probes)
}

// New validates cfg and builds a Handler.
func New(cfg Config) (*Handler, error) {
	if cfg.Upstream == nil || cfg.Upstream.Host == "" {
		return nil, fmt.Errorf("hmr: no upstream: give Vite's URL, e.g. http://127.0.0.1:5174")
	}
	if cfg.Transport == nil {
		cfg.Transport = http.DefaultTransport
	}
	if cfg.HandshakeTimeout == 0 {
		cfg.HandshakeTimeout = 10 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	var nonce [12]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, fmt.Errorf("hmr: %w", err)
	}
	h := &Handler{
		hop:        hex.EncodeToString(nonce[:]),
		cfg:        cfg,
		hostHeader: HostHeader(cfg.Upstream),
		hub:        newHub(cfg.Logger),
		probed:     map[string]bool{},
		dialer: &websocket.Dialer{
			Proxy:             nil,
			HandshakeTimeout:  cfg.HandshakeTimeout,
			NetDialTLSContext: cfg.DialTLS,
			ReadBufferSize:    16 << 10,
			WriteBufferSize:   16 << 10,
		},
	}
	h.target = h.sharedTarget(ClientConfig{}, false)
	h.client = &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme = cfg.Upstream.Scheme
			pr.Out.URL.Host = cfg.Upstream.Host
			pr.Out.Host = h.hostHeader
			pr.SetXForwarded()
			// Always fetch the whole file: the rewrite depends on the Host
			// the browser used, and the token changes on each Vite restart.
			pr.Out.Header.Del("If-None-Match")
			pr.Out.Header.Del("If-Modified-Since")
			pr.Out.Header.Del("Accept-Encoding")
		},
		Transport:      cfg.Transport,
		ModifyResponse: h.rewriteResponse,
		ErrorHandler:   h.clientError,
		ErrorLog:       slog.NewLogLogger(cfg.Logger.Handler(), slog.LevelDebug),
	}
	return h, nil
}

// hopHeader carries a Handler's nonce on the sockets it dials, so a dial
// that reaches devproxy itself is recognised and refused instead of looping.
const hopHeader = "X-Devproxy-Hop"

// HostHeader is the Host devproxy sends Vite: the upstream's own when Vite 6+
// accepts it (an IP address, localhost, *.localhost), else localhost with the
// upstream's port, because Vite blocks other names (compose service names)
// unless they are in server.allowedHosts.
func HostHeader(u *url.URL) string {
	name := strings.ToLower(u.Hostname())
	if _, err := netip.ParseAddr(name); err == nil || name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return u.Host
	}
	if p := u.Port(); p != "" {
		return "localhost:" + p
	}
	return "localhost"
}

// IsClientPath reports whether path is Vite's client module under any base.
func IsClientPath(path string) bool { return strings.HasSuffix(path, "/@vite/client") }

// IsHMRUpgrade reports whether r opens one of Vite's sockets: subprotocol
// vite-hmr (the HMR channel) or vite-ping (the restart probe of Vite 6+).
func IsHMRUpgrade(r *http.Request) bool {
	if r.Method != http.MethodGet || !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		return false
	}
	p := r.Header.Get("Sec-WebSocket-Protocol")
	return strings.Contains(p, "vite-hmr") || strings.Contains(p, "vite-ping")
}

// Match reports whether r is for this Handler.
func (h *Handler) Match(r *http.Request) bool {
	return IsClientPath(r.URL.Path) || IsHMRUpgrade(r)
}

// ServeHTTP serves one request that Match accepted.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get(hopHeader) == h.hop {
		// Our own dial came back to us: the HMR target is devproxy itself
		// (e.g. server.hmr.clientPort set to devproxy's port).
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusLoopDetected)
		io.WriteString(w, "devproxy: loop: this HMR socket would be sent back to devproxy itself\n")
		return
	}
	if IsHMRUpgrade(r) {
		h.serveSocket(w, r)
		return
	}
	h.client.ServeHTTP(w, r)
}

// Target returns where HMR sockets go now.
func (h *Handler) Target() Target {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return h.target
}

func (h *Handler) upstreamScheme() string {
	if h.cfg.Upstream.Scheme == "https" {
		return "wss"
	}
	return "ws"
}

func (h *Handler) sharedTarget(c ClientConfig, learned bool) Target {
	return Target{Client: c, Addr: hostPort(h.cfg.Upstream), Scheme: h.upstreamScheme(), Learned: learned}
}

// resolve decides where the socket of client c really listens, probing the
// baked port when the client alone cannot tell (see SeparatePort).
func (h *Handler) resolve(ctx context.Context, c ClientConfig) Target {
	port, certain := c.SeparatePort()
	if port == 0 {
		return h.sharedTarget(c, true)
	}
	sep := Target{Client: c, Addr: net.JoinHostPort(h.cfg.Upstream.Hostname(), strconv.Itoa(port)),
		Scheme: h.upstreamScheme(), Separate: true, Learned: true}
	if c.Protocol == "wss" {
		sep.Scheme = "wss"
	}
	if certain {
		return sep
	}
	key := strconv.Itoa(port) + " " + c.DirectTarget
	h.mu.RLock()
	separate, seen := h.probed[key]
	h.mu.RUnlock()
	if !seen {
		separate = h.probePing(ctx, sep)
		h.mu.Lock()
		h.probed[key] = separate
		h.mu.Unlock()
	}
	if separate {
		return sep
	}
	return h.sharedTarget(c, true)
}

// probePing asks t for a vite-ping handshake: only Vite's HMR server says 101.
func (h *Handler) probePing(ctx context.Context, t Target) bool {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	u := t.Scheme + "://" + t.Addr + t.Client.HMRBase
	hdr := http.Header{"Host": {hostOnlyHeader(t.Addr)}, hopHeader: {h.hop}}
	c, resp, err := h.dialer.DialContext(ctx, u, withProtocol(hdr, "vite-ping"))
	if resp != nil && resp.Body != nil {
		resp.Body.Close()
	}
	if err != nil {
		return false
	}
	c.Close()
	return true
}

func withProtocol(h http.Header, p string) http.Header {
	h.Set("Sec-WebSocket-Protocol", p)
	return h
}

// hostOnlyHeader is the Host for a dial to addr, by the same rule as HostHeader.
func hostOnlyHeader(addr string) string {
	return HostHeader(&url.URL{Host: addr})
}

func (h *Handler) rewriteResponse(resp *http.Response) error {
	hdr := resp.Header
	hdr.Set("Cache-Control", "no-store")
	if resp.StatusCode != http.StatusOK || resp.Request.Method != http.MethodGet {
		return nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	resp.Body.Close()
	if err != nil {
		return fmt.Errorf("reading %s from %s: %w", resp.Request.URL.Path, h.cfg.Upstream, err)
	}
	pageHost := resp.Request.Header.Get("X-Forwarded-Host")
	if pageHost == "" {
		pageHost = resp.Request.Host
	}
	out, cfg, err := RewriteClient(body, pageHost)
	if err != nil {
		h.cfg.Logger.Warn("cannot rewrite Vite's client: HMR may bypass devproxy", "path", resp.Request.URL.Path, "err", err)
		out = body
	} else {
		t := h.resolve(resp.Request.Context(), cfg)
		h.mu.Lock()
		changed := t != h.target
		h.target = t
		h.mu.Unlock()
		if changed {
			h.cfg.Logger.Debug("hmr target", "addr", t.Addr, "separate", t.Separate, "base", cfg.HMRBase)
		}
	}
	resp.Body = io.NopCloser(bytes.NewReader(out))
	resp.ContentLength = int64(len(out))
	hdr.Set("Content-Length", strconv.Itoa(len(out)))
	hdr.Del("Last-Modified")
	if hdr.Get("ETag") != "" {
		f := fnv.New64a()
		f.Write(out)
		hdr.Set("ETag", fmt.Sprintf(`W/"devproxy-%x"`, f.Sum64()))
	}
	return nil
}

func (h *Handler) clientError(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() != nil {
		return
	}
	h.cfg.Logger.Warn("cannot fetch Vite's client", "upstream", h.cfg.Upstream.String(), "err", err)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusBadGateway)
	fmt.Fprintf(w, "devproxy: cannot fetch %s from Vite at %s: %v\n", r.URL.Path, h.cfg.Upstream, err)
}

// hostPort is u's host:port with the scheme's default port filled in.
func hostPort(u *url.URL) string {
	if u.Port() != "" {
		return u.Host
	}
	if u.Scheme == "https" {
		return net.JoinHostPort(u.Hostname(), "443")
	}
	return net.JoinHostPort(u.Hostname(), "80")
}
