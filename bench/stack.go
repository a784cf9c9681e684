package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// stack is where the parts of a run live: binaries, the scratch directory.
type stack struct {
	repo     string // repository root
	devproxy string // the devproxy binary under test
	node     string
	viteJS   string // testdata/node/node_modules/vite/bin/vite.js
	work     string // scratch directory, removed at the end
}

// startVite runs real Vite in root on a free loopback port and returns its URL.
func (s *stack) startVite(ctx context.Context, root string, extra ...string) (*proc, string, error) {
	port, err := freePort()
	if err != nil {
		return nil, "", err
	}
	argv := append([]string{s.node, s.viteJS, "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--strictPort", "--clearScreen", "false"}, extra...)
	p, url, err := startProc(ctx, "vite", root, []string{"NO_COLOR=1", "FORCE_COLOR=0"}, argv, localURLRE, 60*time.Second)
	if err != nil {
		return nil, "", err
	}
	url = strings.TrimRight(url, "/")
	if want := "http://127.0.0.1:" + strconv.Itoa(port); url != want {
		p.stop()
		return nil, "", fmt.Errorf("vite says it serves %s, want %s (another server on the port?)", url, want)
	}
	return p, url, nil
}

// startDevproxy attaches devproxy to upstream on a free loopback port and
// waits for its "➜ Local:" banner line. It runs in dir, the app's root, as a
// user would run it in their project (devproxy checks and watches the
// project directory it starts in).
func (s *stack) startDevproxy(ctx context.Context, dir, upstream string, extra ...string) (*proc, string, error) {
	return s.startProxyCmd(ctx, "devproxy", dir, []string{s.devproxy}, upstream, extra...)
}

// startProxyCmd runs cmd (argv prefix) with "up --upstream U --listen L" in dir.
func (s *stack) startProxyCmd(ctx context.Context, name, dir string, cmd []string, upstream string, extra ...string) (*proc, string, error) {
	port, err := freePort()
	if err != nil {
		return nil, "", err
	}
	listen := "127.0.0.1:" + strconv.Itoa(port)
	argv := append(append(append([]string{}, cmd...), "up", "--upstream", upstream, "--listen", listen), extra...)
	p, url, err := startProc(ctx, name, dir, nil, argv, localURLRE, 30*time.Second)
	if err != nil {
		return nil, "", fmt.Errorf("%w\n(does `%s up --upstream URL --listen HOST:PORT` work?)", err, strings.Join(cmd, " "))
	}
	url = strings.TrimRight(url, "/")
	if !strings.HasSuffix(url, ":"+strconv.Itoa(port)) {
		p.stop()
		return nil, "", fmt.Errorf("%s says it serves %s, want port %d", name, url, port)
	}
	return p, url, nil
}

// findRepo walks up from the working directory to the directory holding go.mod.
func findRepo() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory; run from the devproxy checkout")
		}
		dir = parent
	}
}
