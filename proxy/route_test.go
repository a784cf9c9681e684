package proxy

import (
	"strings"
	"testing"
)

func TestParseRoute(t *testing.T) {
	good := []struct{ in, prefix, target string }{
		{"/api=http://127.0.0.1:8080", "/api", "http://127.0.0.1:8080"},
		{"/api/=http://backend:8080", "/api/", "http://backend:8080"},
		{"/=localhost:3000", "/", "http://localhost:3000"},
		{"/ws=https://127.0.0.1:9443/", "/ws", "https://127.0.0.1:9443/"},
	}
	for _, tc := range good {
		r, err := ParseRoute(tc.in)
		if err != nil {
			t.Errorf("ParseRoute(%q) error: %v", tc.in, err)
			continue
		}
		if r.Prefix != tc.prefix || r.Target.String() != tc.target {
			t.Errorf("ParseRoute(%q) = %s → %s; want %s → %s", tc.in, r.Prefix, r.Target, tc.prefix, tc.target)
		}
	}
	bad := []struct{ in, want string }{
		{"/api", "has no '='"},
		{"api=http://x:1", "must start with /"},
		{"/api=", "empty URL"},
		{"/api=ftp://x:1", `scheme "ftp"`},
		{"/api=http://", "has no host"},
		{"/api=http://x:1/v1", "has a path"},
		{"/api=http://x:1/?a=b", "without query"},
		{"/api=http://[::1", "cannot parse"},
	}
	for _, tc := range bad {
		_, err := ParseRoute(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseRoute(%q) error = %v; want it to say %q", tc.in, err, tc.want)
		}
	}
}

func TestRouteMatchBySegment(t *testing.T) {
	table := sortRoutes([]compiledRoute{
		{prefix: normalPrefix("/api")},
		{prefix: normalPrefix("/api/v2/")},
		{prefix: normalPrefix("/socket")},
	})
	cases := []struct{ path, want string }{
		{"/api", "/api"},
		{"/api/", "/api"},
		{"/api/x", "/api"},
		{"/api/v2", "/api/v2"},
		{"/api/v2/users", "/api/v2"},
		{"/api/v20", "/api"},
		{"/apis", ""},
		{"/apps", ""},
		{"/ap", ""},
		{"/", ""},
		{"/socket/io", "/socket"},
		{"/src/api/x.js", ""},
	}
	for _, tc := range cases {
		got := ""
		if r := table.match(tc.path); r != nil {
			got = r.prefix
		}
		if got != tc.want {
			t.Errorf("match(%q) = %q; want %q", tc.path, got, tc.want)
		}
	}
	all := sortRoutes([]compiledRoute{{prefix: normalPrefix("/")}})
	if all.match("/anything") == nil {
		t.Errorf("route / does not match /anything")
	}
}
