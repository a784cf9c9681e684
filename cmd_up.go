package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/sync/errgroup"

	"devproxy/hmr"
	"devproxy/proxy"
)

func upCommand() *cli.Command {
	return &cli.Command{
		Name:      "up",
		Usage:     "serve the app, its HMR socket and your API through one port",
		UsageText: "devproxy up [--listen HOST:PORT | --host] [--upstream URL | --vite CMD --dir DIR] [--route /prefix=URL]...",
		Description: `Starts Vite (or attaches to a running one with --upstream) and serves it on one
port. Hot reload works through that port whatever Vite baked into its client
(server.hmr.port, clientPort, middleware mode, base), and names Vite would
block (myapp.test, compose service names) work too.

Launch mode (the default) runs --vite in --dir with these arguments appended,
and PORT=<port> in its environment:

   --port <free loopback port> --strictPort --host 127.0.0.1

so Vite listens on an internal port and devproxy owns the public one. Vite's
output is shown prefixed with "vite │". When devproxy stops (Ctrl-C, SIGTERM)
it stops Vite's whole process group. If Vite exits before it ever answers,
devproxy exits 1 with its last lines; if it exits later, devproxy says so and
keeps serving the waiting page until you stop it.

Examples:
   devproxy up                                   # ./node_modules/.bin/vite on 127.0.0.1:5173
   devproxy up --vite "npm run dev --" --dir web
   devproxy up --upstream http://127.0.0.1:5174 --route /api=http://127.0.0.1:8080
   devproxy up --host --allow-host myapp.example.com   # in a container`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "listen", Value: "127.0.0.1:5173", Usage: "public `HOST:PORT` (127.0.0.1:0 picks a free port)"},
			&cli.BoolFlag{Name: "host", Usage: "listen on all interfaces (0.0.0.0), needed inside a container"},
			&cli.StringFlag{Name: "upstream", Usage: "attach to a running Vite at `URL` instead of launching one"},
			&cli.StringFlag{Name: "vite", Usage: "launch Vite with `CMD` (default: <dir>/node_modules/.bin/vite)"},
			&cli.StringFlag{Name: "dir", Value: ".", Usage: "project `DIR`: Vite's working directory"},
			&cli.StringSliceFlag{Name: "route", Usage: "send `/prefix=URL` (HTTP and WebSocket) to another server; repeatable"},
			&cli.StringSliceFlag{Name: "allow-host", Usage: "also answer Host `NAME` (IPs, localhost, single-label names and .test/.local/.internal are always allowed); repeatable"},
			&cli.BoolFlag{Name: "verbose", Usage: "log every proxied socket and probe"},
		}, append(upExtraFlags(), upCheckFlags()...)...),
		Action:       runUp,
		OnUsageError: onUsageError,
	}
}

// upOptions are the parsed flags of devproxy up.
type upOptions struct {
	listen     string
	upstream   *url.URL // nil: launch
	viteCmd    string
	dir        string
	routes     []proxy.Route
	allowHosts []string
	verbose    bool
}

func parseUpOptions(c *cli.Context) (upOptions, error) {
	if c.Args().Len() > 0 {
		return upOptions{}, usageErr("up takes no arguments, got %q\nRun 'devproxy up --help' for usage.", c.Args().First())
	}
	o := upOptions{listen: c.String("listen"), dir: c.String("dir"), allowHosts: c.StringSlice("allow-host"), verbose: c.Bool("verbose")}
	if _, port, err := net.SplitHostPort(o.listen); err != nil {
		return o, usageErr("--listen %q: want HOST:PORT, e.g. 127.0.0.1:5173", o.listen)
	} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return o, usageErr("--listen %q: port %q is not a number from 0 to 65535", o.listen, port)
	}
	if c.Bool("host") {
		_, port, _ := net.SplitHostPort(o.listen)
		o.listen = net.JoinHostPort("0.0.0.0", port)
	}
	if s := c.String("upstream"); s != "" {
		if c.IsSet("vite") {
			return o, usageErr("--upstream and --vite both given: attach to a running Vite or launch one, not both")
		}
		u, err := proxy.ParseUpstream(s)
		if err != nil {
			return o, usageErr("--upstream: %s", err)
		}
		o.upstream = u
	}
	if o.upstream != nil && pointsAtSelf(o.upstream, o.listen) {
		return o, usageErr("--upstream %s is devproxy's own address (--listen %s): give Vite's address, or move devproxy with --listen", o.upstream, o.listen)
	}
	o.viteCmd = c.String("vite")
	for _, r := range c.StringSlice("route") {
		rt, err := proxy.ParseRoute(r)
		if err != nil {
			return o, usageErr("--route: %s", err)
		}
		if pointsAtSelf(rt.Target, o.listen) {
			return o, usageErr("--route %s: %s is devproxy's own address (--listen %s): requests would loop", r, rt.Target, o.listen)
		}
		o.routes = append(o.routes, rt)
	}
	for _, h := range o.allowHosts {
		if h == "" || strings.ContainsAny(h, "/: ") {
			return o, usageErr("--allow-host %q: give a host name such as myapp.example.com (no scheme, port or path)", h)
		}
	}
	return o, nil
}

// upParts are the pieces runUp wires; proxyConfig turns them into the
// proxy's configuration.
type upParts struct {
	opts      upOptions
	upstream  *url.URL
	hmr       *hmr.Handler
	transport http.RoundTripper // shared by the proxy and the HMR client fetch
	vite      *proxy.Process    // nil when attached
	status    func() string
	logger    *slog.Logger
	extras    *upExtras // mock Pusher, --run processes
	check     *upCheck  // env check and watcher; nil with --no-check
}

// proxyConfig builds the front door's configuration. Mounts for more
// in-process services (mock Pusher, env check pages) are added here.
func proxyConfig(p *upParts) proxy.Config {
	return proxy.Config{
		Listen:       p.opts.listen,
		Upstream:     p.upstream,
		UpstreamName: "Vite",
		Routes:       p.opts.routes,
		AllowHosts:   p.opts.allowHosts,
		Status:       p.status,
		Logger:       p.logger,
		Mounts: append([]proxy.Mount{
			// After --route: a second Vite behind a route keeps its own
			// client and socket, carried by the route's plain proxy.
			// MatchPath: without an Upgrade header only /@vite/client matches.
			{Name: "vite-hmr", Match: p.hmr.Match, MatchPath: hmr.IsClientPath, Handler: p.hmr, AfterRoutes: true},
		}, p.extras.mounts()...),
		Transport: p.transport,
	}
}

func runUp(c *cli.Context) error {
	opts, err := parseUpOptions(c)
	if err != nil {
		return err
	}
	stdout, stderr := c.App.Writer, c.App.ErrWriter
	level := slog.LevelInfo
	if opts.verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(newLogHandler(stderr, level))
	ctx := c.Context
	started := time.Now()

	p := &upParts{opts: opts, logger: logger, upstream: opts.upstream, transport: proxy.NewTransport()}
	if p.extras, err = newUpExtras(c, opts.dir, logger); err != nil {
		return err
	}
	if p.check, err = newUpCheck(c, opts.dir, p.servedAuthPaths(), logger); err != nil {
		return err
	}
	var greet func() [][]byte
	if p.check != nil {
		greet = p.check.greet
	}
	if p.upstream == nil {
		if err := prepareLaunch(p, stdout); err != nil {
			return err
		}
	}
	p.hmr, err = hmr.New(hmr.Config{Upstream: p.upstream, Transport: p.transport, DialTLS: proxy.DialUpstreamTLS, Logger: logger, Greet: greet})
	if err != nil {
		return err
	}
	srv, err := proxy.New(proxyConfig(p))
	if err != nil {
		return err
	}
	if err := srv.Start(); err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		p.hmr.Close()
		srv.Shutdown(sctx)
	}()
	defer p.extras.stop()
	if err := p.extras.start(ctx, srv.Addr()); err != nil {
		return err
	}
	if p.vite != nil {
		if err := p.vite.Start(ctx); err != nil {
			return &exitError{code: 1, msg: err.Error()}
		}
		defer func() {
			sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := p.vite.Stop(sctx); err != nil {
				logger.Error("stopping vite", "err", err)
			}
		}()
	}
	if isLoopback(opts.listen) && (fileExists("/.dockerenv") || fileExists("/run/.containerenv")) {
		logger.Warn("listening on loopback inside a container: a published port cannot reach devproxy; pass --host to listen on all interfaces",
			"listen", srv.Addr().String())
	}

	// Wait for Vite: in launch mode until it answers (or exits); attached,
	// briefly, so a Vite started later still works.
	target, learnErr := waitForVite(ctx, p)
	if ctx.Err() != nil {
		return nil
	}
	if p.vite != nil && learnErr != nil && isDone(p.vite.Done()) {
		return &exitError{code: 1, msg: viteExitMessage(p.vite, "before it answered")}
	}
	printBanner(stdout, srv.Addr(), p, target, learnErr, time.Since(started))
	p.extras.printBanner(stdout, srv.Addr())
	var ue *hmr.UnreachableError
	if errors.As(learnErr, &ue) {
		logger.Error(ue.Error())
	}

	g, gctx := errgroup.WithContext(ctx)
	if p.check != nil {
		p.check.broadcast = p.hmr.Broadcast
		g.Go(func() error { p.check.run(gctx); return nil })
	}
	switch {
	case learnErr == nil, errors.As(learnErr, &ue):
	case retryable(learnErr):
		g.Go(func() error { keepLearning(gctx, p); return nil })
	default:
		logger.Warn("cannot learn Vite's HMR settings; sockets go to the upstream as sent", "err", learnErr.Error())
	}
	if p.vite != nil {
		g.Go(func() error {
			select {
			case <-p.vite.Done():
				logger.Error(viteExitMessage(p.vite, "") + "\n  devproxy keeps serving the waiting page: fix the problem and restart devproxy")
				<-gctx.Done()
			case <-gctx.Done():
			}
			return nil
		})
	}
	<-ctx.Done()
	g.Wait()
	fmt.Fprintln(stdout, "\n  devproxy stopping")
	return nil
}

// prepareLaunch picks Vite's internal port and builds its Process.
func prepareLaunch(p *upParts, stdout io.Writer) error {
	cmd := p.opts.viteCmd
	if cmd == "" {
		bin := filepath.Join(p.opts.dir, "node_modules", ".bin", "vite")
		if !fileExists(bin) {
			return &exitError{code: 1, msg: fmt.Sprintf("no Vite at %s: run npm install in %s, or pass --vite \"CMD\" to launch it yourself, or --upstream URL to attach to a running one", bin, p.opts.dir)}
		}
		cmd = "./node_modules/.bin/vite"
	}
	port, err := freePort()
	if err != nil {
		return &exitError{code: 1, msg: fmt.Sprintf("finding a free port for Vite: %v", err)}
	}
	p.upstream = &url.URL{Scheme: "http", Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(port))}
	internal := ":" + strconv.Itoa(port) + "/"
	var servesTLS atomic.Bool // Vite printed an https:// URL
	p.vite, err = proxy.NewProcess(proxy.ProcessConfig{
		Name:    "vite",
		Command: fmt.Sprintf("%s --port %d --strictPort --host 127.0.0.1", cmd, port),
		Dir:     p.opts.dir,
		Env:     []string{"PORT=" + strconv.Itoa(port)},
		Stdout:  stdout,
		Annotate: func(line string) string {
			// Vite prints its own, internal, URL: say which one to open.
			// It colours the port when it thinks it may (a TTY, or CI set).
			plain := ansiEscape.ReplaceAllString(line, "")
			if strings.Contains(plain, internal) && (strings.Contains(plain, "Local:") || strings.Contains(plain, "Network:")) {
				if strings.Contains(plain, "https://") && servesTLS.CompareAndSwap(false, true) {
					p.logger.Error(viteTLSMessage())
				}
				return line + "  (internal: open devproxy's URL below)"
			}
			return line
		},
	})
	if err != nil {
		return usageErr("--vite: %s", err)
	}
	vite := p.vite
	p.status = func() string {
		select {
		case <-vite.Done():
			return viteExitMessage(vite, "")
		default:
			if servesTLS.Load() {
				return viteTLSMessage()
			}
			return fmt.Sprintf("devproxy started Vite (pid %d) with: %s", vite.Pid(), cmd)
		}
	}
	return nil
}

// ansiEscape matches the colour codes in Vite's output.
var ansiEscape = regexp.MustCompile(`\x1b\[[0-9;]*[A-Za-z]`)

// viteTLSMessage says what to do when a launched Vite serves HTTPS, which
// devproxy cannot know before Vite prints its URL.
func viteTLSMessage() string {
	return "vite serves HTTPS (server.https in its config) but devproxy launched it expecting HTTP: " +
		"drop server.https (the browser talks to devproxy, and http://localhost is already a secure context), " +
		"or run Vite yourself on another port and attach: devproxy up --upstream https://127.0.0.1:PORT"
}

func viteExitMessage(v *proxy.Process, when string) string {
	msg := fmt.Sprintf("vite exited with status %d", v.ExitCode())
	if when != "" {
		msg += " " + when
	}
	if lines := v.LastLines(10); len(lines) > 0 {
		msg += "; its last lines:\n    " + strings.Join(lines, "\n    ")
	}
	return msg
}

// waitForVite learns Vite's HMR setup, retrying while Vite starts. Launched,
// it waits until Vite answers or exits; attached, at most 3 seconds.
func waitForVite(ctx context.Context, p *upParts) (hmr.Target, error) {
	limit := 3 * time.Second
	var exited <-chan struct{}
	if p.vite != nil {
		limit = 5 * time.Minute
		exited = p.vite.Done()
	}
	deadline := time.Now().Add(limit)
	for {
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		t, err := p.hmr.Learn(lctx)
		cancel()
		if err == nil || !retryable(err) || ctx.Err() != nil || time.Now().After(deadline) {
			return t, err
		}
		select {
		case <-ctx.Done():
			return t, err
		case <-exited:
			return t, err
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// keepLearning retries Learn until Vite answers, then says what it found.
func keepLearning(ctx context.Context, p *upParts) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		t, err := p.hmr.Learn(lctx)
		cancel()
		var ue *hmr.UnreachableError
		switch {
		case err == nil:
			p.logger.Info("vite is up", "upstream", p.upstream.String(), "hmr", t.SocketPath(), "hmr_target", t.String())
			return
		case errors.As(err, &ue):
			p.logger.Error(ue.Error())
			return
		case !retryable(err):
			p.logger.Warn("cannot learn Vite's HMR settings; sockets go to the upstream as sent", "err", err.Error())
			return
		}
	}
}

// retryable reports whether Learn failed only because Vite is not answering
// yet (so asking again later makes sense).
func retryable(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) || errors.Is(err, context.DeadlineExceeded)
}

func printBanner(w io.Writer, addr net.Addr, p *upParts, t hmr.Target, learnErr error, took time.Duration) {
	var b strings.Builder
	local := localURL(addr)
	base := "/"
	if t.Learned && t.Client.Base != "" {
		base = t.Client.Base
	}
	fmt.Fprintf(&b, "\n  devproxy %s  ready in %d ms\n\n", version, took.Milliseconds())
	fmt.Fprintf(&b, "  ➜  Local:    %s%s\n", local, base)
	if tcp, ok := addr.(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		for _, ip := range interfaceIPs() {
			fmt.Fprintf(&b, "  ➜  Network:  http://%s%s\n", net.JoinHostPort(ip, strconv.Itoa(tcp.Port)), base)
		}
	} else {
		fmt.Fprintf(&b, "  ➜  Network:  use --host to expose\n")
	}
	how := "attached"
	if p.vite != nil {
		how = "launched, pid " + strconv.Itoa(p.vite.Pid())
	}
	fmt.Fprintf(&b, "  ➜  Upstream: %s (%s)\n", p.upstream, how)
	switch {
	case t.Learned:
		fmt.Fprintf(&b, "  ➜  HMR:      %s%s → %s\n", strings.Replace(local, "http", "ws", 1), t.SocketPath(), t.String())
	case learnErr != nil && retryable(learnErr):
		fmt.Fprintf(&b, "  ➜  HMR:      %s (learned when Vite answers; until then pages show a waiting page)\n", t.SocketPath())
	case learnErr != nil:
		fmt.Fprintf(&b, "  ➜  HMR:      %s (Vite's client not recognised: sockets pass through as sent)\n", t.SocketPath())
	}
	for _, r := range p.opts.routes {
		fmt.Fprintf(&b, "  ➜  Route:    %s → %s\n", r.Prefix, r.Target)
	}
	b.WriteString("\n")
	io.WriteString(w, b.String())
}

func localURL(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return "http://" + addr.String()
	}
	ip := tcp.IP
	if ip.IsUnspecified() {
		ip = net.IPv4(127, 0, 0, 1)
	}
	return "http://" + net.JoinHostPort(ip.String(), strconv.Itoa(tcp.Port))
}

func interfaceIPs() []string {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	var ips []string
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() {
			ips = append(ips, n.IP.String())
		}
	}
	return ips
}

// pointsAtSelf reports whether u would reach devproxy itself listening on
// listen (same port on a loopback name, or on any address when listening on
// all interfaces).
func pointsAtSelf(u *url.URL, listen string) bool {
	lhost, lport, err := net.SplitHostPort(listen)
	if err != nil || lport == "0" {
		return false
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	if port != lport {
		return false
	}
	h := u.Hostname()
	if h == lhost {
		return true
	}
	ip := net.ParseIP(h)
	local := h == "localhost" || (ip != nil && ip.IsLoopback())
	return local && (isLoopback(listen) || net.ParseIP(lhost).IsUnspecified())
}

func isLoopback(listen string) bool {
	host, _, _ := net.SplitHostPort(listen)
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func isDone(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// logHandler prints logs the way Vite does: "12:04:05 [devproxy] message
// key=value", one line each.
type logHandler struct {
	mu    *sync.Mutex
	w     io.Writer
	level slog.Level
	attrs []slog.Attr
}

func newLogHandler(w io.Writer, level slog.Level) *logHandler {
	return &logHandler{mu: &sync.Mutex{}, w: w, level: level}
}

func (h *logHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *logHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Time.Format("15:04:05"))
	b.WriteString(" [devproxy] ")
	switch {
	case r.Level >= slog.LevelError:
		b.WriteString("error: ")
	case r.Level >= slog.LevelWarn:
		b.WriteString("warning: ")
	}
	b.WriteString(r.Message)
	add := func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%s", a.Key, quoteIfNeeded(a.Value.String()))
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	b.WriteByte('\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := io.WriteString(h.w, b.String())
	return err
}

func quoteIfNeeded(s string) string {
	if s == "" || strings.ContainsAny(s, " \t\n\"=") {
		return strconv.Quote(s)
	}
	return s
}

func (h *logHandler) WithAttrs(as []slog.Attr) slog.Handler {
	n := *h
	n.attrs = append(append([]slog.Attr(nil), h.attrs...), as...)
	return &n
}

func (h *logHandler) WithGroup(string) slog.Handler { return h }
