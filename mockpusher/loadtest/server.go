package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"devproxy/mockpusher"

	"github.com/gorilla/websocket"
)

// serveEnv makes the load client's own binary act as the server: it re-execs
// itself with this variable set so the server runs in a process of its own
// whose CPU and memory /proc reports separately from the load client's.
const serveEnv = "DEVPROXY_LOADTEST_SERVE"

// server is the mock under test: a child process (ours or devproxy) or a
// server somebody else started (-url), whose PID is then optional.
type server struct {
	base  string // http://127.0.0.1:port
	pid   int    // 0 when unknown: no CPU or RSS figures
	kind  string
	cmd   *exec.Cmd
	pprof bool // serves /debug/pprof/
}

// startServer starts the server the options ask for and waits until it
// accepts connections.
func startServer(ctx context.Context, o *options) (*server, error) {
	if o.url != "" {
		return &server{base: strings.TrimRight(o.url, "/"), pid: o.pid, kind: "external " + o.url}, nil
	}
	var cmd *exec.Cmd
	var srv server
	if o.devproxy != "" {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		addr := fmt.Sprintf("127.0.0.1:%d", port)
		cmd = exec.Command(o.devproxy, "mock-pusher", "--listen", addr,
			"--app-id", o.appID, "--key", o.key, "--secret", o.secret)
		srv = server{base: "http://" + addr, kind: "devproxy mock-pusher (" + o.devproxy + ")"}
	} else {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("finding the load client's binary to run the server: %w", err)
		}
		cmd = exec.Command(exe)
		cmd.Env = append(os.Environ(), serveEnv+"="+o.impl,
			"PUSHER_APP_ID="+o.appID, "PUSHER_APP_KEY="+o.key, "PUSHER_APP_SECRET="+o.secret)
		srv = server{kind: "mockpusher in a child process", pprof: true}
		if o.impl == "floor" {
			srv.kind = "floor (one write(2) per delivery) in a child process"
		}
	}
	cmd.Stderr = os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("starting the server: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", cmd.Path, err)
	}
	srv.cmd, srv.pid = cmd, cmd.Process.Pid
	lines := bufio.NewScanner(out)
	if srv.base == "" {
		// Our child prints "listening http://ADDR" once it is bound.
		if !lines.Scan() {
			srv.stop()
			return nil, fmt.Errorf("server child exited before saying where it listens")
		}
		srv.base = strings.TrimPrefix(strings.TrimSpace(lines.Text()), "listening ")
	}
	go io.Copy(io.Discard, out) // keep the child's stdout drained
	if err := waitListening(ctx, strings.TrimPrefix(srv.base, "http://"), 20*time.Second); err != nil {
		srv.stop()
		return nil, err
	}
	return &srv, nil
}

// stop ends the child's whole process group: SIGTERM, then SIGKILL.
func (s *server) stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-s.pid, syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(-s.pid, syscall.SIGKILL)
		<-done
	}
	s.cmd = nil
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port for the server: %w", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func waitListening(ctx context.Context, addr string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("server did not accept connections on %s within %s: %w", addr, limit, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// serveChild runs the server in this process (the re-exec'd child): mockpusher
// on 127.0.0.1:0 with /debug/pprof/ beside it, until SIGTERM.
func serveChild(impl string) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if impl == "floor" {
		return serveFloor(ctx)
	}
	s, err := mockpusher.New(mockpusher.Config{
		AppID:  os.Getenv("PUSHER_APP_ID"),
		Key:    os.Getenv("PUSHER_APP_KEY"),
		Secret: os.Getenv("PUSHER_APP_SECRET"),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		return fmt.Errorf("starting mockpusher: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.Handle("/", s)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listening for the server: %w", err)
	}
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("listening http://%s\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	_ = s.Shutdown(sctx)
	if err := hs.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

func serveFloor(ctx context.Context) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listening for the floor server: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.Handle("/", &floorServer{up: websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}})
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("listening http://%s\n", ln.Addr())
	go func() { <-ctx.Done(); hs.Close() }()
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
