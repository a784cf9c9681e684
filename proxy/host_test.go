package proxy

import (
	"net/url"
	"testing"
)

func TestHostPolicy(t *testing.T) {
	p := HostPolicy{Allow: []string{"myapp.example.com", ".dev.example.org"}}
	cases := []struct {
		host string
		want bool
	}{
		{"", true},
		{"127.0.0.1", true},
		{"127.0.0.1:5173", true},
		{"10.0.0.7:80", true},
		{"[::1]:5173", true},
		{"[fe80::1]", true},
		{"localhost", true},
		{"LOCALHOST:5173", true},
		{"app.localhost:5173", true},
		{"web", true},      // compose service name
		{"web:5173", true}, // with port
		{"vite-dev:5173", true},
		{"myapp.test", true},
		{"myapp.test:8443", true},
		{"printer.local", true},
		{"host.docker.internal", true},
		{"nas.home.arpa", true},
		{"x.example", true},
		{"x.invalid", true},
		{"myapp.example.com", true},   // --allow-host
		{"MyApp.Example.com:1", true}, // case-insensitive
		{"dev.example.org", true},     // .dev.example.org allows the domain
		{"a.dev.example.org", true},   // and its subdomains
		{"evil.com", false},
		{"evil.com:5173", false},
		{"localhost.evil.com", false},
		{"myapp.test.evil.com", false},
		{"example.com", false},
		{"xdev.example.org", false},
		{"attacker.example.com", false},
	}
	for _, tc := range cases {
		if got := p.Allowed(tc.host); got != tc.want {
			t.Errorf("Allowed(%q) = %v; want %v", tc.host, got, tc.want)
		}
	}
}

func TestViteHostHeader(t *testing.T) {
	cases := map[string]string{
		"http://127.0.0.1:5174": "127.0.0.1:5174",
		"http://localhost:5174": "localhost:5174",
		"http://app.localhost":  "app.localhost",
		"http://[::1]:5174":     "[::1]:5174",
		"http://web:5173":       "localhost:5173", // compose service name: Vite 6+ would answer 403
		"http://vite.internal":  "localhost",
	}
	for in, want := range cases {
		u, err := url.Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := viteHostHeader(u); got != want {
			t.Errorf("viteHostHeader(%s) = %q; want %q", in, got, want)
		}
	}
}
