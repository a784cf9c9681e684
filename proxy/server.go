// Package proxy is devproxy's front door: one listener that checks the Host,
// hands matching requests to in-process mounts and --route upstreams, and
// reverse-proxies the rest to Vite, with a waiting page while Vite is down.
// It also supervises child processes (Process).
package proxy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
)

// Config configures a Server. The zero value of every field but Upstream is
// its default.
type Config struct {
	// Listen is the public address. Default "127.0.0.1:5173"; "127.0.0.1:0"
	// picks a free port (see Server.Addr).
	Listen string
	// Upstream is Vite's HTTP address as devproxy reaches it. Required.
	Upstream *url.URL
	// UpstreamName names Upstream in messages. Default "Vite".
	UpstreamName string
	// Routes send path prefixes elsewhere (--route). Default none.
	Routes []Route
	// Mounts are in-process handlers (mock Pusher, devproxy's pages). Default none.
	Mounts []Mount
	// AllowHosts adds names to the Host policy (--allow-host). Default none.
	AllowHosts []string
	// Transport carries requests to Upstream and Routes. Default
	// NewTransport(): GET/HEAD on the caller's goroutine over pooled
	// keep-alive connections, http.Transport for the rest.
	Transport http.RoundTripper
	// Status, when set, adds a line to the waiting page about what devproxy
	// knows of the upstream (e.g. "vite exited with status 1"). Default none.
	Status func() string
	// PingHold is how long a Vite restart probe (Accept: text/x-vite-ping,
	// Vite ≤5) is held while Vite is down, waiting for it, before the
	// connection is dropped unanswered. Default 0: dropped at once, as a dead
	// Vite would; the client pings again a second later. Holding has a cost:
	// Chromium lets one request per URL fill its cache, so a tab navigating
	// to the pinged URL (the base, usually /) waits behind the held ping.
	PingHold time.Duration
	// Logger receives the server's logs. Default: discard.
	Logger *slog.Logger
	// NoFastPath serves every request with net/http and
	// httputil.ReverseProxy, as before the fast path (fast.go) existed; the
	// environment variable DEVPROXY_NO_FAST_PATH=1 does the same. Default
	// false: plain GET and HEAD requests to http upstreams take the fast
	// path when Transport is a *Transport.
	NoFastPath bool
}

// Server is a running front door. Create it with New, then Start.
type Server struct {
	cfg      Config
	hosts    HostPolicy
	before   []Mount
	after    []Mount
	routes   routeTable
	vite     *httputil.ReverseProxy
	srv      *http.Server
	ln       net.Listener
	conns    *connRegistry
	baseCtx  context.Context
	cancel   context.CancelFunc
	serveWG  sync.WaitGroup
	serveMu  sync.Mutex
	serveErr error
	fast     *fastServer // nil without the fast path
}

// New validates cfg and builds a Server; it does not listen yet.
func New(cfg Config) (*Server, error) {
	if cfg.Upstream == nil {
		return nil, errors.New("proxy: no upstream: give Vite's URL, e.g. http://127.0.0.1:5174")
	}
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:5173"
	}
	if _, _, err := net.SplitHostPort(cfg.Listen); err != nil {
		return nil, fmt.Errorf("listen address %q: want HOST:PORT, e.g. 127.0.0.1:5173", cfg.Listen)
	}
	if cfg.UpstreamName == "" {
		cfg.UpstreamName = "Vite"
	}
	if cfg.Transport == nil {
		cfg.Transport = NewTransport()
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	allow := make([]string, len(cfg.AllowHosts))
	for i, h := range cfg.AllowHosts {
		allow[i] = strings.ToLower(h)
	}
	s := &Server{cfg: cfg, hosts: HostPolicy{Allow: allow}, conns: newConnRegistry()}
	for i, m := range cfg.Mounts {
		if m.Match == nil || m.Handler == nil {
			return nil, fmt.Errorf("proxy: mount %d (%q) needs both Match and Handler", i, m.Name)
		}
		if m.AfterRoutes {
			s.after = append(s.after, m)
		} else {
			s.before = append(s.before, m)
		}
	}
	seen := map[string]bool{}
	var routes []compiledRoute
	for _, r := range cfg.Routes {
		if r.Target == nil || len(r.Prefix) == 0 || r.Prefix[0] != '/' {
			return nil, fmt.Errorf("proxy: route %q: want a prefix starting with / and a target URL", r.Prefix)
		}
		p := normalPrefix(r.Prefix)
		if seen[p] {
			return nil, fmt.Errorf("proxy: route %q is given twice", r.Prefix)
		}
		seen[p] = true
		cr := compiledRoute{prefix: p, target: r.Target, proxy: s.reverseProxy(r.Target, r.Target.String(), false)}
		if r.Target.Scheme == "http" {
			cr.fast = &fastUpstream{addr: hostPort(r.Target), host: r.Target.Host}
		}
		routes = append(routes, cr)
	}
	s.routes = sortRoutes(routes)
	s.vite = s.reverseProxy(cfg.Upstream, cfg.UpstreamName+" at "+cfg.Upstream.String(), true)
	s.baseCtx, s.cancel = context.WithCancel(context.Background())
	s.srv = &http.Server{
		Handler:           s,
		ReadHeaderTimeout: readHeaderTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(cfg.Logger.Handler(), slog.LevelDebug),
		BaseContext:       func(net.Listener) context.Context { return s.baseCtx },
	}
	if os.Getenv("DEVPROXY_NO_FAST_PATH") != "" {
		s.cfg.NoFastPath = true
	}
	s.fast = newFastServer(s)
	if s.fast != nil {
		s.srv.ConnContext = connContext
	}
	return s, nil
}

// Start listens on Config.Listen and serves in a goroutine. A port in use is
// reported here, naming the address and the fix.
func (s *Server) Start() error {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		if isAddrInUse(err) {
			return fmt.Errorf("cannot listen on %s: the port is already in use; stop what uses it or pick another with --listen 127.0.0.1:PORT", s.cfg.Listen)
		}
		return fmt.Errorf("cannot listen on %s: %w", s.cfg.Listen, err)
	}
	s.ln = ln
	httpLn := ln
	if s.fast != nil {
		s.fast.handoff = newHandoffListener(ln.Addr())
		httpLn = s.fast.handoff
		s.fast.startLoops(ln)
		s.serveWG.Add(1)
		go func() {
			defer s.serveWG.Done()
			if err := s.fast.serve(ln); err != nil {
				s.serveFailed(ln, err)
			}
		}()
	}
	s.serveWG.Add(1)
	go func() {
		defer s.serveWG.Done()
		if err := s.srv.Serve(httpLn); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.serveFailed(ln, err)
		}
	}()
	return nil
}

func (s *Server) serveFailed(ln net.Listener, err error) {
	s.serveMu.Lock()
	s.serveErr = err
	s.serveMu.Unlock()
	s.cfg.Logger.Error("serving stopped", "addr", ln.Addr().String(), "err", err)
}

// Addr is the address the server listens on (the real port with :0). It is
// nil before Start.
func (s *Server) Addr() net.Addr {
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Shutdown stops accepting, ends held requests, waits for in-flight ones
// until ctx is done, and closes WebSockets with 1001 (going away).
func (s *Server) Shutdown(ctx context.Context) error {
	// Sockets first: ending the base context below also ends the proxied
	// sockets' copies, and they must get their 1001 before that.
	s.conns.closeAll()
	s.cancel()
	if s.fast != nil {
		// Stop accepting, close idle connections at once; busy ones end
		// after their response, or when ctx is done.
		s.fast.closeIdle()
		if s.ln != nil {
			s.ln.Close()
		}
	}
	err := s.srv.Shutdown(ctx)
	if s.fast != nil {
		if ferr := s.fast.wait(ctx); err == nil {
			err = ferr
		}
	}
	s.serveWG.Wait()
	if c, ok := s.cfg.Transport.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
	s.serveMu.Lock()
	defer s.serveMu.Unlock()
	if s.serveErr != nil {
		return s.serveErr
	}
	return err
}

// ServeHTTP is the net/http server's handler: it serves r (serveHTTP) and
// then, for a connection the fast path handed over, gives the connection
// back to the fast path when it can (reclaim.go).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.fast.reclaimable(r) {
		rw := &reclaimWriter{ResponseWriter: w}
		s.serveHTTP(rw, r)
		s.fast.reclaim(rw, r)
		return
	}
	s.serveHTTP(w, r)
}

// serveHTTP routes one request: Host policy, mounts, routes, mounts after
// routes, then Vite.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hosts.Allowed(r.Host) {
		s.blockedHost(w, r)
		return
	}
	for i := range s.before {
		if s.before[i].Match(r) {
			s.before[i].Handler.ServeHTTP(w, r)
			return
		}
	}
	rt := s.routes.match(r.URL.Path)
	if rt == nil {
		for i := range s.after {
			if s.after[i].Match(r) {
				s.after[i].Handler.ServeHTTP(w, r)
				return
			}
		}
	}
	// Mounts own their sockets; the proxied ones are tracked for Shutdown.
	if r.Header.Get("Upgrade") != "" {
		w = s.conns.track(w)
	}
	if rt != nil {
		rt.proxy.ServeHTTP(w, r)
		return
	}
	s.vite.ServeHTTP(w, r)
}

func (s *Server) blockedHost(w http.ResponseWriter, r *http.Request) {
	name := hostname(r.Host)
	s.cfg.Logger.Warn("blocked request: host not allowed", "host", name, "fix", "--allow-host "+name)
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusForbidden)
	fmt.Fprintf(w, "Blocked request: devproxy does not answer the host %q, to protect this dev server from DNS rebinding.\n"+
		"To allow it, restart devproxy with: devproxy up --allow-host %s\n", name, name)
}

// reverseProxy builds the proxy for one upstream. Host becomes the
// upstream's (Vite 6+ answers only names it knows, see viteHostHeader);
// X-Forwarded-Host/Proto carry the browser's; path, query, Origin and
// everything else pass unchanged.
func (s *Server) reverseProxy(target *url.URL, name string, isVite bool) *httputil.ReverseProxy {
	scheme, host := target.Scheme, target.Host
	hostHeader := ""
	if isVite {
		hostHeader = viteHostHeader(target)
	}
	rp := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme = scheme
			pr.Out.URL.Host = host
			pr.Out.Host = hostHeader
			pr.SetXForwarded()
			// ReverseProxy drops query parameters it cannot parse (";",
			// bad escapes); Vite's URLs must arrive byte for byte.
			pr.Out.URL.RawQuery = pr.In.URL.RawQuery
		},
		Transport:  s.cfg.Transport,
		BufferPool: bufferPool{},
		ErrorLog:   slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelDebug),
	}
	rp.ErrorHandler = s.errorHandler(rp, target, name, isVite)
	return rp
}

// viteHostHeader is the Host sent to Vite: the upstream's own when Vite 6+
// accepts it (an IP address, localhost, *.localhost), else localhost with the
// upstream's port, because Vite blocks other names (a compose service name
// such as http://web:5173) unless they are in server.allowedHosts.
func viteHostHeader(u *url.URL) string {
	name := strings.ToLower(u.Hostname())
	if _, err := netip.ParseAddr(name); err == nil || name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return u.Host
	}
	if p := u.Port(); p != "" {
		return "localhost:" + p
	}
	return "localhost"
}
