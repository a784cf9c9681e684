package main

import (
	"bytes"
	"encoding/json"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"devproxy/envcheck"
	"devproxy/mockpusher"
	"devproxy/proxy"
)

func TestFindingLine(t *testing.T) {
	tests := []struct {
		name string
		f    envcheck.Finding
		want string
	}{
		{"file and line",
			envcheck.Finding{Code: "env-secret-exposed", Severity: envcheck.SeverityError, File: ".env", Line: 2, Message: "VITE_PUSHER_SECRET looks like a secret"},
			"error .env:2  VITE_PUSHER_SECRET looks like a secret [env-secret-exposed]"},
		{"file only",
			envcheck.Finding{Code: "c", Severity: envcheck.SeverityWarning, File: "vite.config.ts", Message: "m"},
			"warning vite.config.ts  m [c]"},
		{"no file",
			envcheck.Finding{Code: "vite-not-installed", Severity: envcheck.SeverityInfo, Message: "vite is not installed"},
			"info vite is not installed [vite-not-installed]"},
		{"first line of a long message",
			envcheck.Finding{Code: "c", Severity: envcheck.SeverityError, File: "src/main.ts", Line: 7, Message: "pusher reached from browser code\nsrc/main.ts → pusher → crypto"},
			"error src/main.ts:7  pusher reached from browser code [c]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findingLine(tt.f); got != tt.want {
				t.Errorf("findingLine(%+v) = %q; want %q", tt.f, got, tt.want)
			}
		})
	}
}

func TestOverlayText(t *testing.T) {
	tests := []struct {
		name string
		f    envcheck.Finding
		want string
	}{
		{"with fix", envcheck.Finding{Message: "VITE_X looks like a secret", Fix: "drop the prefix"},
			"devproxy check: VITE_X looks like a secret\n\nfix: drop the prefix"},
		{"without fix", envcheck.Finding{Message: "line one\nline two"},
			"devproxy check: line one\nline two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := overlayText(tt.f); got != tt.want {
				t.Errorf("overlayText(%+v) = %q; want %q", tt.f, got, tt.want)
			}
		})
	}
}

func TestServedAuthPaths(t *testing.T) {
	mock, err := mockpusher.New(mockpusher.Config{AuthPath: "/api/pusher/auth"})
	if err != nil {
		t.Fatal(err)
	}
	route := func(prefix string) proxy.Route {
		return proxy.Route{Prefix: prefix, Target: &url.URL{Scheme: "http", Host: "127.0.0.1:8080"}}
	}
	tests := []struct {
		name string
		p    upParts
		want []string
	}{
		{"nothing configured", upParts{}, nil},
		{"mock pusher", upParts{extras: &upExtras{pusher: mock}}, []string{"/api/pusher/auth", "/pusher/user-auth"}},
		{"routes", upParts{opts: upOptions{routes: []proxy.Route{route("/api"), route("/auth/"), route("/")}}}, []string{"/api/", "/auth/", "/"}},
		{"extras without mock", upParts{extras: &upExtras{}, opts: upOptions{routes: []proxy.Route{route("/api")}}}, []string{"/api/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.servedAuthPaths(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("servedAuthPaths() = %q; want %q", got, tt.want)
			}
		})
	}
}

// TestUpCheckOnChange drives onChange as the Watcher does: the first
// result prints the summary; a later one prints what changed (info findings
// left out of the counts, so one secret added and removed reads "1 new
// error" then "1 fixed"), broadcasts new errors and updates what greet
// hands a page that connects.
func TestUpCheckOnChange(t *testing.T) {
	secret := envcheck.Finding{Code: "env-secret-exposed", Severity: envcheck.SeverityError, File: ".env", Line: 2, Message: "VITE_PUSHER_SECRET looks like a secret", Fix: "drop the prefix"}
	unread := envcheck.Finding{Code: "env-unread", Severity: envcheck.SeverityInfo, File: ".env", Line: 2, Message: "VITE_PUSHER_SECRET is set but no browser code reads it"}
	clean := &envcheck.Result{Env: &envcheck.Env{}}
	broken := &envcheck.Result{Env: &envcheck.Env{}, Findings: []envcheck.Finding{secret, unread}}

	var out bytes.Buffer
	var sent [][]byte
	u := &upCheck{dir: ".", out: &out, broadcast: func(b []byte) int { sent = append(sent, b); return 1 }}

	u.onChange(nil, clean, envcheck.Diff(nil, clean, nil))
	if got := out.String(); !strings.Contains(got, "➜  Env:      checked, no problems (0 client variables)") {
		t.Errorf("first result printed %q; want the clean summary", got)
	}
	if g := u.greet(); len(g) != 0 {
		t.Errorf("greet() after a clean check = %q; want nothing", g)
	}

	out.Reset()
	u.onChange(clean, broken, envcheck.Diff(clean, broken, []string{".env"}))
	got := out.String()
	for _, want := range []string{"env │ .env changed: 1 new error", "env │   error .env:2  VITE_PUSHER_SECRET looks like a secret [env-secret-exposed]"} {
		if !strings.Contains(got, want) {
			t.Errorf("change printed:\n%s\nwant a line with %q", got, want)
		}
	}
	if strings.Contains(got, "env-unread") {
		t.Errorf("change printed an info finding without --verbose:\n%s", got)
	}
	if len(sent) != 1 || len(u.greet()) != 1 {
		t.Fatalf("broadcast %d and greet holds %d payloads; want 1 and 1 (the error)", len(sent), len(u.greet()))
	}
	var msg struct {
		Type string
		Err  struct{ Message, Plugin, ID string }
	}
	if err := json.Unmarshal(u.greet()[0], &msg); err != nil {
		t.Fatalf("greet payload %s: %v", u.greet()[0], err)
	}
	if msg.Type != "error" || msg.Err.Plugin != "devproxy" || msg.Err.ID != ".env" || msg.Err.Message != overlayText(secret) {
		t.Errorf("greet payload = %+v; want Vite's error message for %s", msg, secret.Code)
	}

	// A second error while the first stands: the page is sent both, in
	// one message, since each overlay message replaces the last.
	token := envcheck.Finding{Code: "env-secret-exposed", Severity: envcheck.SeverityError, File: ".env", Line: 3, Message: "VITE_API_TOKEN looks like a secret"}
	worse := &envcheck.Result{Env: &envcheck.Env{}, Findings: []envcheck.Finding{secret, unread, token}}
	u.onChange(broken, worse, envcheck.Diff(broken, worse, []string{".env"}))
	if len(sent) != 2 || !bytes.Contains(sent[1], []byte("2 errors")) || !bytes.Contains(sent[1], []byte("VITE_PUSHER_SECRET")) || !bytes.Contains(sent[1], []byte("VITE_API_TOKEN")) {
		t.Errorf("after a second error, broadcast %q; want one more message naming both", sent)
	}

	out.Reset()
	u.onChange(worse, clean, envcheck.Diff(worse, clean, []string{".env"}))
	if got := out.String(); !strings.Contains(got, "env │ .env changed: 2 fixed") {
		t.Errorf("fix printed %q; want \".env changed: 2 fixed\" (info not counted)", got)
	}
	if g := u.greet(); len(g) != 0 {
		t.Errorf("greet() after the fix = %q; want nothing", g)
	}
}

// TestOverlayPayload: Vite's overlay shows one error message at a time, so
// several errors go out as one message listing them all.
func TestOverlayPayload(t *testing.T) {
	a := envcheck.Finding{Code: "env-secret-exposed", Severity: envcheck.SeverityError, File: ".env", Line: 2, Message: "VITE_PUSHER_SECRET looks like a secret", Fix: "drop the prefix"}
	b := envcheck.Finding{Code: "env-secret-exposed", Severity: envcheck.SeverityError, File: ".env", Line: 3, Message: "VITE_API_TOKEN looks like a secret"}
	c := envcheck.Finding{Code: "pusher-server-in-browser", Severity: envcheck.SeverityError, File: "src/main.js", Line: 1, Message: "pusher is reached from browser code"}
	type err struct{ Message, Plugin, ID string }
	tests := []struct {
		name string
		in   []envcheck.Finding
		want *err
	}{
		{"none", nil, nil},
		{"one", []envcheck.Finding{a}, &err{overlayText(a), "devproxy", ".env"}},
		{"three", []envcheck.Finding{a, b, c}, &err{
			"devproxy check: 3 errors\n\n" +
				"1. .env:2  VITE_PUSHER_SECRET looks like a secret\n   fix: drop the prefix\n\n" +
				"2. .env:3  VITE_API_TOKEN looks like a secret\n\n" +
				"3. src/main.js:1  pusher is reached from browser code",
			"devproxy", ".env, src/main.js"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := overlayPayload(tt.in)
			if tt.want == nil {
				if got != nil {
					t.Errorf("overlayPayload(%d findings) = %s; want nil", len(tt.in), got)
				}
				return
			}
			var msg struct {
				Type string
				Err  err
			}
			if e := json.Unmarshal(got, &msg); e != nil {
				t.Fatalf("overlayPayload: %s: %v", got, e)
			}
			if msg.Type != "error" || msg.Err != *tt.want {
				t.Errorf("overlayPayload(%d findings) = %+v; want type error, %+v", len(tt.in), msg, *tt.want)
			}
		})
	}
}

// TestUpCheckGreetWhilePending: a page that connects while a re-check is
// pending (Vite restarted on the env edit before devproxy re-checked) gets
// no stale errors, and the current ones once the re-check settles.
func TestUpCheckGreetWhilePending(t *testing.T) {
	var sent [][]byte
	u := &upCheck{broadcast: func(p []byte) int { sent = append(sent, p); return 1 }}
	stale := []byte(`{"type":"error","stale":true}`)
	u.errors = [][]byte{stale}
	if g := u.greet(); len(g) != 1 {
		t.Fatalf("greet before any change = %q; want the current error", g)
	}
	u.onPending()
	if g := u.greet(); g != nil {
		t.Fatalf("greet while pending = %q; want nothing (the errors may be stale)", g)
	}
	fresh := []byte(`{"type":"error","fresh":true}`)
	u.mu.Lock()
	u.errors = [][]byte{fresh} // what onChange leaves after the re-check
	u.mu.Unlock()
	u.onSettled()
	if len(sent) != 1 || string(sent[0]) != string(fresh) {
		t.Fatalf("broadcast after settling = %q; want the fresh error once", sent)
	}
	if g := u.greet(); len(g) != 1 || string(g[0]) != string(fresh) {
		t.Fatalf("greet after settling = %q; want the fresh error", g)
	}
	u.onPending()
	u.onSettled()
	if len(sent) != 1 {
		t.Fatalf("a settle nobody was owed broadcast again: %q", sent)
	}
}
