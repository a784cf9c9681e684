package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"time"

	"devproxy/mockpusher"

	"github.com/urfave/cli/v2"
)

const (
	mockPusherDefaultListen = "127.0.0.1:6001"
	// mockPusherStopGrace bounds how long Ctrl-C waits for clients to take
	// their 4200 close frames.
	mockPusherStopGrace = 5 * time.Second
	// mockPusherReadHeaderTimeout guards the listener against slow clients.
	mockPusherReadHeaderTimeout = 10 * time.Second
)

func mockPusherCommand() *cli.Command {
	return &cli.Command{
		Name:  "mock-pusher",
		Usage: "run a local Pusher Channels server (pusher-js and the server SDKs work against it unchanged)",
		Description: `Serves the Pusher protocol (WebSocket /app/{key}), the REST API (/apps/{id}/...),
channel and user auth endpoints with a stable per-browser dev identity, signed
webhooks, and an inspector page. It prints the exact pusher-js and server-SDK
options to use. For the app's own port, use 'devproxy up --mock-pusher' instead.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "listen", Value: mockPusherDefaultListen, Usage: "`HOST:PORT` to listen on (loopback unless --host)"},
			&cli.BoolFlag{Name: "host", Usage: "listen on all interfaces (for a container or another machine), keeping --listen's port"},
			&cli.StringFlag{Name: "app-id", EnvVars: []string{"PUSHER_APP_ID"}, Usage: "app id server SDKs use (default: generated)"},
			&cli.StringFlag{Name: "key", EnvVars: []string{"PUSHER_APP_KEY", "VITE_PUSHER_KEY"}, Usage: "app key pusher-js uses (default: generated)"},
			&cli.StringFlag{Name: "secret", EnvVars: []string{"PUSHER_APP_SECRET"}, Usage: "app secret (default: generated)"},
			&cli.StringFlag{Name: "encryption-master-key", EnvVars: []string{"PUSHER_ENCRYPTION_MASTER_KEY_BASE64"}, Usage: "base64 32-byte master key for private-encrypted- channels (default: generated)"},
			&cli.StringSliceFlag{Name: "webhook", Usage: "`URL` to POST signed webhooks to (repeatable)"},
			&cli.BoolFlag{Name: "no-client-events", Usage: "refuse client-* events with Pusher's error, as an app with them off would"},
			&cli.StringFlag{Name: "user", Usage: "fixed dev identity (user id and name) for every auth request (default: one per browser)"},
			&cli.StringFlag{Name: "auth-endpoint", EnvVars: []string{"VITE_PUSHER_AUTH_ENDPOINT"}, Usage: "channel auth `PATH` (or URL) the app uses", Value: "/pusher/auth"},
			&cli.BoolFlag{Name: "debug", Usage: "log every connection, subscription and auth"},
		},
		Action: runMockPusher,
	}
}

// firstNonEmpty treats an empty variable (compose files often set them
// empty) as unset, so PUSHER_APP_KEY= still falls back to VITE_PUSHER_KEY.
func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func runMockPusher(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageErr("mock-pusher takes no arguments, got %q\nRun 'devproxy mock-pusher --help' for usage.", c.Args().Slice())
	}
	listen := c.String("listen")
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return usageErr("--listen %q: want HOST:PORT, e.g. %s", listen, mockPusherDefaultListen)
	}
	if c.Bool("host") {
		host = "0.0.0.0"
	} else if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return usageErr("--listen %q is not a loopback address: add --host to listen on all interfaces on purpose", listen)
	}
	level := slog.LevelInfo
	if c.Bool("debug") {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: level}))

	srv, err := mockpusher.New(mockpusher.Config{
		AppID:               c.String("app-id"),
		Key:                 firstNonEmpty(c.String("key"), os.Getenv("VITE_PUSHER_KEY")),
		Secret:              c.String("secret"),
		EncryptionMasterKey: c.String("encryption-master-key"),
		WebhookURLs:         c.StringSlice("webhook"),
		DisableClientEvents: c.Bool("no-client-events"),
		User:                c.String("user"),
		AuthPath:            c.String("auth-endpoint"),
		Logger:              logger,
	})
	if err != nil {
		return usageErr("%v", err)
	}

	ln, err := net.Listen("tcp", net.JoinHostPort(host, port))
	if err != nil {
		stopCtx, cancel := context.WithTimeout(context.Background(), mockPusherStopGrace)
		defer cancel()
		srv.Shutdown(stopCtx)
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("listening on %s: port %s is already in use: stop what holds it or pass --listen %s:0 for any free port", net.JoinHostPort(host, port), port, host)
		}
		return fmt.Errorf("listening on %s: %w", net.JoinHostPort(host, port), err)
	}
	bannerHost := ln.Addr().(*net.TCPAddr).IP.String()
	if c.Bool("host") {
		bannerHost = "127.0.0.1" // what a browser on this machine uses
	}
	public := "http://" + net.JoinHostPort(bannerHost, fmt.Sprint(ln.Addr().(*net.TCPAddr).Port))
	// The banner is the one deliberate place the (dev) secret is printed:
	// the developer pastes it into the server SDK's options.
	fmt.Fprintf(c.App.Writer, "\n%s\n", strings.TrimRight(srv.Banner(public), "\n"))
	if c.Bool("host") {
		fmt.Fprintf(c.App.Writer, "  listening on all interfaces, port %d: other machines use this host's address\n", ln.Addr().(*net.TCPAddr).Port)
	}
	fmt.Fprintln(c.App.Writer)

	hs := &http.Server{Handler: srv, ReadHeaderTimeout: mockPusherReadHeaderTimeout, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelDebug)}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()

	select {
	case err = <-served:
	case <-c.Context.Done():
	}
	stopCtx, cancel := context.WithTimeout(context.Background(), mockPusherStopGrace)
	defer cancel()
	shutErr := srv.Shutdown(stopCtx) // closes WebSockets with 4200 first
	hsErr := hs.Shutdown(stopCtx)
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("mock pusher: %w", err)
	}
	return errors.Join(shutErr, hsErr)
}
