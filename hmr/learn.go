package hmr

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"time"
)

// clientScript finds the client's URL in Vite's index.html.
var clientScript = regexp.MustCompile(`<script[^>]+src="([^"]*@vite/client)"`)

// UnreachableError says that Vite's HMR server listens on a port devproxy
// cannot reach, what to publish, and where else devproxy could run.
type UnreachableError struct {
	Target Target
	Err    error
}

func (e *UnreachableError) Error() string {
	port := portOf(e.Target.Addr)
	return fmt.Sprintf("Vite's HMR socket listens on its own port %d (server.hmr.port, or 24678 in middleware mode), "+
		"which devproxy cannot reach at %s (%s): publish port %d of the Vite container to where devproxy runs "+
		"(compose: ports: [\"%d:%d\"]), or run devproxy next to Vite and publish devproxy's port instead",
		port, e.Target.Addr, describe(e.Err), port, port, port)
}

func (e *UnreachableError) Unwrap() error { return e.Err }

func describe(err error) string {
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Err.Error()
	}
	return err.Error()
}

// Learn asks the upstream for its page and its client (GET / as a browser
// would, following the @vite/client script, else /@vite/client), so devproxy
// knows the HMR path and target before any browser comes, and checks that
// devproxy can reach Vite's HMR socket. An *UnreachableError says what to do
// when it cannot; the Target is returned even then.
func (h *Handler) Learn(ctx context.Context) (Target, error) {
	hc := &http.Client{Transport: h.cfg.Transport, Timeout: 10 * time.Second}
	get := func(path, accept string) (*http.Response, []byte, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, h.cfg.Upstream.Scheme+"://"+h.cfg.Upstream.Host+path, nil)
		if err != nil {
			return nil, nil, err
		}
		req.Host = h.hostHeader
		req.Header.Set("Accept", accept)
		resp, err := hc.Do(req)
		if err != nil {
			return nil, nil, err
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
		return resp, body, err
	}
	clientPath := "/@vite/client"
	resp, page, err := get("/", "text/html,application/xhtml+xml,*/*;q=0.8")
	if err != nil {
		return h.Target(), fmt.Errorf("asking Vite at %s for its page: %w", h.cfg.Upstream, err)
	}
	if m := clientScript.FindSubmatch(page); m != nil && len(m[1]) > 0 && m[1][0] == '/' {
		clientPath = string(m[1])
	} else if resp.Request != nil && resp.Request.URL.Path != "/" {
		// Redirected to the base (Vite does this for base: '/app/').
		clientPath = resp.Request.URL.Path + "@vite/client"
	}
	resp, src, err := get(clientPath, "*/*")
	if err != nil {
		return h.Target(), fmt.Errorf("asking Vite at %s for %s: %w", h.cfg.Upstream, clientPath, err)
	}
	if resp.StatusCode != http.StatusOK {
		return h.Target(), fmt.Errorf("Vite at %s answered %s for %s: is it a Vite dev server?", h.cfg.Upstream, resp.Status, clientPath)
	}
	cfg, err := ParseClient(src)
	if err != nil {
		return h.Target(), fmt.Errorf("reading %s from %s: %w", clientPath, h.cfg.Upstream, err)
	}
	t := h.resolve(ctx, cfg)
	h.mu.Lock()
	h.target = t
	h.mu.Unlock()
	if t.Separate {
		var d net.Dialer
		dctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		defer cancel()
		c, err := d.DialContext(dctx, "tcp", t.Addr)
		if err != nil {
			return t, &UnreachableError{Target: t, Err: err}
		}
		c.Close()
	}
	return t, nil
}

// SocketPath is the path browsers open the HMR socket on (the HMR base).
func (t Target) SocketPath() string {
	if t.Client.HMRBase == "" {
		return "/"
	}
	return t.Client.HMRBase
}

// String says where HMR sockets go, for the banner.
func (t Target) String() string {
	if t.Separate {
		return t.Scheme + "://" + t.Addr + " (Vite's own HMR port " + strconv.Itoa(portOf(t.Addr)) + ")"
	}
	return t.Scheme + "://" + t.Addr + t.SocketPath()
}

func portOf(addr string) int {
	_, p, _ := net.SplitHostPort(addr)
	n, _ := strconv.Atoi(p)
	return n
}
