package main

// The parts of `devproxy up` beyond the proxy itself: the mock Pusher server
// on the app's own port (--mock-pusher) and extra supervised processes such
// as an API backend (--run). cmd_up.go calls the upExtras hooks.

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"devproxy/envcheck"
	"devproxy/mockpusher"
	"devproxy/proxy"
)

const (
	// extrasStopGrace bounds how long shutdown waits for Pusher clients to
	// take their 4200 close frames and for --run processes to exit.
	extrasStopGrace = 5 * time.Second
	// envResolveTimeout bounds reading the project's env for the mock's key
	// (a vite.config that needs node to load can be slow, never endless).
	envResolveTimeout = 15 * time.Second
)

func upExtraFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "run", Usage: "also supervise `CMD` (e.g. your API backend) with Vite's lifecycle; it gets PUSHER_* and DEVPROXY_URL in its env; repeatable"},
		&cli.BoolFlag{Name: "mock-pusher", Usage: "serve a local Pusher Channels server on this port (WebSocket /app/KEY, REST /apps/ID, auth endpoints)"},
		&cli.StringFlag{Name: "pusher-app-id", EnvVars: []string{"PUSHER_APP_ID"}, Usage: "mock Pusher app `ID` (default: generated)"},
		&cli.StringFlag{Name: "pusher-key", EnvVars: []string{"PUSHER_APP_KEY"}, Usage: "mock Pusher app `KEY` (default: VITE_PUSHER_KEY as Vite resolves it, else generated)"},
		&cli.StringFlag{Name: "pusher-secret", EnvVars: []string{"PUSHER_APP_SECRET"}, Usage: "mock Pusher app `SECRET` (default: generated)"},
		&cli.StringSliceFlag{Name: "pusher-webhook", Usage: "POST signed Pusher webhooks to `URL`; repeatable"},
		&cli.BoolFlag{Name: "pusher-no-client-events", Usage: "refuse client-* events with Pusher's error, as an app with them off would"},
		&cli.StringFlag{Name: "pusher-user", Usage: "fixed dev identity `NAME` for every auth request (default: one per browser profile)"},
		&cli.StringFlag{Name: "pusher-auth-endpoint", Usage: "channel auth `PATH` (default: VITE_PUSHER_AUTH_ENDPOINT as Vite resolves it, else /pusher/auth)"},
	}
}

// upExtras owns the mock Pusher server and the --run processes.
type upExtras struct {
	pusher *mockpusher.Server // nil without --mock-pusher
	runs   []string
	procs  []*proxy.Process
	dir    string
	stdout io.Writer
	logger *slog.Logger
}

func newUpExtras(c *cli.Context, dir string, logger *slog.Logger) (*upExtras, error) {
	x := &upExtras{runs: c.StringSlice("run"), dir: dir, stdout: c.App.Writer, logger: logger}
	for _, r := range x.runs {
		if strings.TrimSpace(r) == "" {
			return nil, usageErr(`--run needs a command, e.g. --run "node server/index.mjs"`)
		}
	}
	if !c.Bool("mock-pusher") {
		for _, f := range []string{"pusher-app-id", "pusher-key", "pusher-secret", "pusher-webhook", "pusher-no-client-events", "pusher-user", "pusher-auth-endpoint"} {
			if c.IsSet(f) && !isFromEnv(c, f) {
				return nil, usageErr("--%s configures the mock Pusher server: add --mock-pusher", f)
			}
		}
		return x, nil
	}
	key, authPath := c.String("pusher-key"), c.String("pusher-auth-endpoint")
	if key == "" || authPath == "" {
		// Use what the app itself will send: VITE_PUSHER_KEY and
		// VITE_PUSHER_AUTH_ENDPOINT exactly as Vite resolves them.
		ctx, cancel := context.WithTimeout(c.Context, envResolveTimeout)
		env, err := envcheck.Resolve(ctx, envcheck.Options{Dir: dir})
		cancel()
		if err != nil {
			logger.Warn("could not read the project's env for the mock Pusher's key; using generated values", "err", err)
		} else {
			if v, ok := env.Client["VITE_PUSHER_KEY"]; ok && key == "" && v.Value != "" {
				key = v.Value
			}
			if v, ok := env.Client["VITE_PUSHER_AUTH_ENDPOINT"]; ok && authPath == "" && v.Value != "" {
				authPath = v.Value
			}
		}
	}
	srv, err := mockpusher.New(mockpusher.Config{
		AppID:               c.String("pusher-app-id"),
		Key:                 key,
		Secret:              c.String("pusher-secret"),
		WebhookURLs:         c.StringSlice("pusher-webhook"),
		DisableClientEvents: c.Bool("pusher-no-client-events"),
		User:                c.String("pusher-user"),
		AuthPath:            authPath,
		Logger:              logger.With("part", "pusher"),
	})
	if err != nil {
		return nil, usageErr("--mock-pusher: %v", err)
	}
	x.pusher = srv
	return x, nil
}

// isFromEnv reports whether flag name got its value from its env var only
// (PUSHER_APP_KEY exported in a shell is no reason to refuse to start).
func isFromEnv(c *cli.Context, name string) bool {
	env := map[string]string{"pusher-app-id": "PUSHER_APP_ID", "pusher-key": "PUSHER_APP_KEY", "pusher-secret": "PUSHER_APP_SECRET"}[name]
	v, ok := os.LookupEnv(env)
	return env != "" && ok && v == c.String(name)
}

// mounts are the in-process handlers `up` serves on its port. The protocol
// and REST paths come before --route; the auth endpoints after, so an app
// that routes its own auth backend keeps it.
func (x *upExtras) mounts() []proxy.Mount {
	if x.pusher == nil {
		return nil
	}
	// paths is the proxy's fast-path prefilter: every path Match can
	// accept on a GET or HEAD without an Upgrade (a superset is fine).
	cfg := x.pusher.Config()
	paths := func(p string) bool {
		return strings.HasPrefix(p, "/app/") || strings.HasPrefix(p, "/apps/") || p == cfg.AuthPath ||
			p == cfg.UserAuthPath || p == cfg.InspectorPath || strings.HasPrefix(p, cfg.InspectorPath+"/")
	}
	return []proxy.Mount{
		// Match is exact (a WebSocket with ?protocol= or a signed REST query),
		// so a Vite base of /app/ keeps working.
		{Name: "mock-pusher", Handler: x.pusher, MatchPath: paths, Match: func(r *http.Request) bool {
			return x.pusher.Match(r) && !x.pusher.MatchAuth(r)
		}},
		{Name: "mock-pusher-auth", Handler: x.pusher, MatchPath: paths, Match: x.pusher.MatchAuth, AfterRoutes: true},
	}
}

// start runs the --run processes once devproxy listens at addr.
func (x *upExtras) start(ctx context.Context, addr net.Addr) error {
	env := x.childEnv(addr)
	for i, cmd := range x.runs {
		name := runName(cmd, i)
		p, err := proxy.NewProcess(proxy.ProcessConfig{Name: name, Command: cmd, Dir: x.dir, Env: env, Stdout: x.stdout})
		if err != nil {
			return usageErr("--run %q: %v", cmd, err)
		}
		if err := p.Start(ctx); err != nil {
			return &exitError{code: 1, msg: fmt.Sprintf("--run %q: %v", cmd, err)}
		}
		x.procs = append(x.procs, p)
		go x.watchExit(ctx, p, cmd)
	}
	return nil
}

func (x *upExtras) watchExit(ctx context.Context, p *proxy.Process, cmd string) {
	select {
	case <-ctx.Done():
	case <-p.Done():
		if ctx.Err() != nil {
			return
		}
		msg := fmt.Sprintf("%q exited with status %d", cmd, p.ExitCode())
		if lines := p.LastLines(10); len(lines) > 0 {
			msg += "; its last lines:\n    " + strings.Join(lines, "\n    ")
		}
		x.logger.Error(msg + "\n  fix it and restart devproxy; requests routed to it get a 502 until then")
	}
}

// childEnv is what supervised processes get: where devproxy is and, with
// --mock-pusher, the credentials and address the server SDK needs.
func (x *upExtras) childEnv(addr net.Addr) []string {
	host, port := "127.0.0.1", ""
	if tcp, ok := addr.(*net.TCPAddr); ok {
		port = strconv.Itoa(tcp.Port)
		if !tcp.IP.IsUnspecified() {
			host = tcp.IP.String()
		}
	}
	env := []string{"DEVPROXY_URL=http://" + net.JoinHostPort(host, port)}
	if x.pusher != nil {
		cfg := x.pusher.Config()
		env = append(env,
			"PUSHER_APP_ID="+cfg.AppID, "PUSHER_APP_KEY="+cfg.Key, "PUSHER_APP_SECRET="+cfg.Secret,
			"PUSHER_HOST="+host, "PUSHER_PORT="+port, "PUSHER_USE_TLS=false")
	}
	return env
}

// printBanner adds the mock Pusher's client and server options to up's banner.
func (x *upExtras) printBanner(w io.Writer, addr net.Addr) {
	for i, p := range x.procs {
		fmt.Fprintf(w, "  ➜  Run:      %s (pid %d)\n", x.runs[i], p.Pid())
	}
	if x.pusher != nil {
		// The banner names mock-pusher's flags; up's carry a --pusher- prefix.
		banner := strings.ReplaceAll(x.pusher.Banner(localURL(addr)), "(--no-client-events", "(--pusher-no-client-events")
		fmt.Fprintf(w, "\n%s\n", strings.TrimRight(banner, "\n"))
		if len(x.runs) > 0 {
			fmt.Fprintf(w, "  (--run processes already have PUSHER_APP_ID, PUSHER_APP_KEY, PUSHER_APP_SECRET, PUSHER_HOST, PUSHER_PORT)\n")
		}
		fmt.Fprintln(w)
	}
}

// stop closes Pusher sockets with 4200 (browsers reconnect at once when
// devproxy comes back) and stops every --run process group.
func (x *upExtras) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), extrasStopGrace)
	defer cancel()
	if x.pusher != nil {
		if err := x.pusher.Shutdown(ctx); err != nil {
			x.logger.Warn("stopping mock pusher", "err", err)
		}
	}
	for i, p := range x.procs {
		if err := p.Stop(ctx); err != nil {
			x.logger.Warn("stopping --run process", "cmd", x.runs[i], "err", err)
		}
	}
}

// runName is the output prefix of a --run process: its program's name.
func runName(cmd string, i int) string {
	f := strings.Fields(cmd)
	if len(f) == 0 {
		return "run" + strconv.Itoa(i+1)
	}
	name := filepath.Base(f[0])
	if (name == "node" || name == "npm" || name == "npx" || name == "go") && len(f) > 1 {
		name = strings.TrimSuffix(filepath.Base(f[len(f)-1]), filepath.Ext(f[len(f)-1]))
	}
	return name
}
