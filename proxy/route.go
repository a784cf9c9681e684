package proxy

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

// Route sends HTTP and WebSocket traffic under Prefix to Target instead of
// Vite (e.g. /api to the backend). Matching is by path segment: "/api"
// matches /api and /api/x but not /apis. Path and query go to Target
// unchanged, so Target has no path of its own.
type Route struct {
	Prefix string   // "/api"; a trailing slash is ignored; "/" matches everything
	Target *url.URL // "http://127.0.0.1:8080"
}

// Mount is an in-process handler devproxy serves on its own port, such as the
// mock Pusher server or devproxy's own pages. Mounts that are not AfterRoutes
// are asked before the --route prefixes; AfterRoutes ones after them but
// before Vite. The first Match wins.
type Mount struct {
	Name  string                   // for logs, e.g. "mock-pusher"
	Match func(*http.Request) bool // required; called on every request: keep it cheap
	// MatchPath is an optional prefilter for the fast path: it must return
	// true for every URL path (decoded, as in r.URL.Path) for which Match
	// could be true on a GET or HEAD without a body or Upgrade header.
	// Such requests are then served by net/http, which asks Match. The
	// path is valid only during the call. Default nil: the fast path asks
	// Match with a full *http.Request, which costs what net/http's parsing
	// costs.
	MatchPath   func(path string) bool
	Handler     http.Handler // required
	AfterRoutes bool         // default false: checked before routes
}

// ParseRoute reads a --route value "PREFIX=URL", e.g. "/api=http://127.0.0.1:8080".
func ParseRoute(s string) (Route, error) {
	prefix, target, ok := strings.Cut(s, "=")
	if !ok {
		return Route{}, fmt.Errorf("route %q has no '=': write it as /prefix=http://host:port, e.g. /api=http://127.0.0.1:8080", s)
	}
	if !strings.HasPrefix(prefix, "/") {
		return Route{}, fmt.Errorf("route %q: prefix %q must start with /, e.g. /api=%s", s, prefix, target)
	}
	u, err := ParseUpstream(target)
	if err != nil {
		return Route{}, fmt.Errorf("route %q: %w", s, err)
	}
	if u.Path != "" && u.Path != "/" {
		return Route{}, fmt.Errorf("route %q: target %q has a path; devproxy forwards %s/... with its path unchanged, so give only scheme://host:port", s, target, strings.TrimSuffix(prefix, "/"))
	}
	return Route{Prefix: prefix, Target: u}, nil
}

// ParseUpstream reads an upstream URL such as "http://127.0.0.1:5174" or
// "localhost:5174" (http assumed) and says what is wrong with a bad one.
func ParseUpstream(s string) (*url.URL, error) {
	if s == "" {
		return nil, fmt.Errorf("empty URL: give one like http://127.0.0.1:5174")
	}
	raw := s
	if !strings.Contains(s, "://") {
		raw = "http://" + s
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("cannot parse URL %q: give one like http://127.0.0.1:5174", s)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("URL %q: scheme %q is not http or https", s, u.Scheme)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("URL %q has no host: give one like http://127.0.0.1:5174", s)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("URL %q: only scheme://host:port is allowed, without query, fragment or user", s)
	}
	return u, nil
}

// routeTable matches request paths to routes, longest prefix first.
type routeTable []compiledRoute

type compiledRoute struct {
	prefix string // without trailing slash; "" for "/"
	target *url.URL
	proxy  http.Handler
	fast   *fastUpstream // nil for https targets
}

func sortRoutes(rs []compiledRoute) routeTable {
	sort.SliceStable(rs, func(i, j int) bool { return len(rs[i].prefix) > len(rs[j].prefix) })
	return rs
}

// normalPrefix drops trailing slashes: "/api/" and "/api" are the same route.
func normalPrefix(p string) string { return strings.TrimRight(p, "/") }

// match returns the route for path, or nil.
func (t routeTable) match(path string) *compiledRoute {
	for i := range t {
		p := t[i].prefix
		if p == "" || path == p || (strings.HasPrefix(path, p) && path[len(p)] == '/') {
			return &t[i]
		}
	}
	return nil
}
