package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"runtime/pprof"
	"time"

	"devproxy/proxy"
)

// runInproc serves package proxy in this process, shaped like `devproxy up
// --upstream URL --listen ADDR` (so the part 1 harness can run it as a
// -variant), with an optional CPU profile and an experimental transport. It
// lacks the hmr mounts cmd_up.go adds; the small-module path does not use them.
//
// -nofast serves with net/http + ReverseProxy only (proxy.Config.NoFastPath).
//
//	bench inproc [-nofast] [-cpuprofile FILE] up --upstream URL --listen ADDR
func runInproc(ctx context.Context, args []string, w io.Writer) error {
	fs := flag.NewFlagSet("inproc", flag.ContinueOnError)
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to FILE")
	noFast := fs.Bool("nofast", false, "serve everything with net/http + ReverseProxy (proxy.Config.NoFastPath)")
	upstream := fs.String("upstream", "", "upstream URL")
	listen := fs.String("listen", "127.0.0.1:0", "listen address")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if rest := fs.Args(); len(rest) > 0 && rest[0] == "up" {
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
	}
	u, err := url.Parse(*upstream)
	if err != nil || u.Host == "" {
		return fmt.Errorf("inproc: --upstream %q: want http://HOST:PORT", *upstream)
	}
	cfg := proxy.Config{Listen: *listen, Upstream: u, NoFastPath: *noFast, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	srv, err := proxy.New(cfg)
	if err != nil {
		return err
	}
	if err := srv.Start(); err != nil {
		return err
	}
	fmt.Fprintf(w, "  ➜  Local:   http://%s/\n", srv.Addr())
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}
