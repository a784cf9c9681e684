package proxy

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// What devproxy answers while an upstream is down or restarting:
//   - page navigations: a waiting page (503, no-store) that reloads itself;
//   - Vite's restart probe (Accept: text/x-vite-ping, Vite 3 to 5): dropped
//     unanswered (after PingHold, if set, proxied if Vite came back by then),
//     because any answer at all tells the page "Vite is back" and makes it
//     reload early onto this error;
//   - everything else: a short 503 (refused) or 502 text naming the upstream.

// heldKey marks a ping request that already waited, so it is not held twice.
type heldKey struct{}

func (s *Server) errorHandler(rp *httputil.ReverseProxy, target *url.URL, name string, isVite bool) func(http.ResponseWriter, *http.Request, error) {
	return func(w http.ResponseWriter, r *http.Request, err error) {
		if r.Context().Err() != nil {
			// The browser left, or devproxy is shutting down: nobody to
			// answer, and returning would send an empty 200.
			panic(http.ErrAbortHandler)
		}
		if isVite && r.Header.Get("Accept") == "text/x-vite-ping" && r.Context().Value(heldKey{}) == nil && s.cfg.PingHold > 0 {
			if s.waitUpstream(r.Context(), target) {
				rp.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), heldKey{}, true)))
				return
			}
			panic(http.ErrAbortHandler) // drop the connection without a response
		}
		if isVite && r.Header.Get("Accept") == "text/x-vite-ping" {
			panic(http.ErrAbortHandler)
		}
		why := describe(err)
		s.cfg.Logger.Warn("upstream not answering", "upstream", target.String(), "method", r.Method, "path", r.URL.Path, "err", why)
		status := http.StatusBadGateway
		if refused(err) {
			status = http.StatusServiceUnavailable
		}
		h := w.Header()
		h.Set("Cache-Control", "no-store")
		if isNavigation(r) {
			h.Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusServiceUnavailable)
			s.writeWaitingPage(w, name, why)
			return
		}
		h.Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(status)
		fmt.Fprintf(w, "devproxy: %s is not answering (%s); this request will work once it is back.\n", name, why)
	}
}

// waitUpstream polls a TCP connection to target until it opens (true), or
// PingHold passes or ctx ends (false).
func (s *Server) waitUpstream(ctx context.Context, target *url.URL) bool {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.PingHold)
	defer cancel()
	addr := hostPort(target)
	var d net.Dialer
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		dctx, dcancel := context.WithTimeout(ctx, time.Second)
		c, err := d.DialContext(dctx, "tcp", addr)
		dcancel()
		if err == nil {
			c.Close()
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-t.C:
		}
	}
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

// isNavigation reports whether the browser is loading a page (so a human
// reads the answer), rather than a script, style, fetch or socket.
func isNavigation(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" {
		return false
	}
	if d := r.Header.Get("Sec-Fetch-Dest"); d != "" {
		return d == "document" || d == "iframe"
	}
	return strings.Contains(r.Header.Get("Accept"), "text/html")
}

func refused(err error) bool {
	return errors.Is(err, syscall.ECONNREFUSED)
}

// describe turns a transport error into a few words a person reads.
func describe(err error) string {
	var dnsErr *net.DNSError
	switch {
	case refused(err):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset"
	case errors.As(err, &dnsErr):
		return fmt.Sprintf("cannot resolve %q", dnsErr.Name)
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return "timed out"
	}
	return err.Error()
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func (s *Server) writeWaitingPage(w http.ResponseWriter, name, why string) {
	status := ""
	if s.cfg.Status != nil {
		if st := s.cfg.Status(); st != "" {
			status = "<p class=status>" + html.EscapeString(st) + "</p>\n"
		}
	}
	fmt.Fprintf(w, waitingPage, html.EscapeString(name), html.EscapeString(name), html.EscapeString(why), status)
}

const waitingPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="1">
<title>Waiting for %s</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:15vh auto;max-width:40em;padding:0 1em;color:#222}
code{background:#f3f3f3;padding:.1em .3em;border-radius:3px}
.status{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:13px;background:#f7f7f7;padding:.8em;border-radius:4px}
@media (prefers-color-scheme:dark){body{background:#1b1b1f;color:#ddd}code,.status{background:#2a2a30}}
</style>
</head>
<body>
<h1>Waiting for the dev server…</h1>
<p>devproxy is running, but <code>%s</code> is not answering yet (%s).
It is probably starting or restarting.</p>
%s<p>This page reloads by itself every second and shows your app as soon as it answers.</p>
</body>
</html>
`
