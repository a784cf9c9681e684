package mockpusher_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"devproxy/mockpusher"
)

// The real-client tests run the real pusher-js (Node build) and the real
// `pusher` server SDK from testdata/node against a mock started here on
// httptest.NewServer. Each scenario is a script in testdata/js that prints
// "ok" or says what went wrong; this file starts the mock, mounts the few
// test-only endpoints a scenario needs beside it, and runs the script.

const (
	testAppID  = "1234567"
	testKey    = "278d425bdf160c739803"
	testSecret = "7ad3773142a6692b25b8"
)

// nodeModules is the fixture install every real-client test needs.
var nodeModules = filepath.Join("..", "testdata", "node", "node_modules")

// needNode skips when node or the fixture packages are missing (CI has both).
func needNode(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("skipping real-client test: node is not on PATH (install Node.js 20+)")
	}
	for _, pkg := range []string{"pusher-js", "pusher"} {
		if _, err := os.Stat(filepath.Join(nodeModules, pkg, "package.json")); err != nil {
			t.Skipf("skipping real-client test: %s is not installed in testdata/node (run npm ci there)", pkg)
		}
	}
	return node
}

// testMock is a mock server on its own httptest server, with test endpoints
// under /__test/ beside it.
type testMock struct {
	*mockpusher.Server
	URL   string
	hooks *hookRecorder
}

// startMock starts a mock with cfg (credentials filled in when empty) and
// mounts extra test handlers from routes at their patterns.
func startMock(t *testing.T, cfg mockpusher.Config, routes map[string]http.Handler) *testMock {
	t.Helper()
	if cfg.AppID == "" {
		cfg.AppID, cfg.Key, cfg.Secret = testAppID, testKey, testSecret
	}
	if cfg.Logger == nil {
		cfg.Logger = testLogger(t)
	}
	mux := http.NewServeMux()
	var handler http.Handler = mux
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { handler.ServeHTTP(w, r) }))
	t.Cleanup(ts.Close)
	hooks := &hookRecorder{}
	mux.Handle("/__test/hook", hooks)
	mux.HandleFunc("/__test/hooks", hooks.serveList)
	for pattern, h := range routes {
		mux.Handle(pattern, h)
	}
	if cfg.WebhookURLs == nil {
		cfg.WebhookURLs = []string{ts.URL + "/__test/hook"}
	}
	s, err := mockpusher.New(cfg)
	if err != nil {
		t.Fatalf("mockpusher.New: %v", err)
	}
	mux.Handle("/", s)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
	return &testMock{Server: s, URL: ts.URL, hooks: hooks}
}

// testLogger sends the server's logs to the test log (shown on failure).
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	defer func() { _ = recover() }() // a log line after the test ended
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// runNode runs testdata/js/<script> against m and fails with its output
// unless it prints "ok" last.
func runNode(t *testing.T, m *testMock, script string, env ...string) {
	t.Helper()
	node := needNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // hang guard, not a speed limit
	defer cancel()
	cfg := m.Config()
	cmd := exec.CommandContext(ctx, node, filepath.Join("testdata", "js", script))
	cmd.Env = append(os.Environ(),
		"MOCK_URL="+m.URL, "PUSHER_APP_ID="+cfg.AppID, "PUSHER_KEY="+cfg.Key, "PUSHER_SECRET="+cfg.Secret,
		"PUSHER_ENCRYPTION_MASTER_KEY="+cfg.EncryptionMasterKey)
	cmd.Env = append(cmd.Env, env...)
	cmd.WaitDelay = 5 * time.Second
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	text := strings.TrimSpace(out.String())
	if err != nil || !strings.HasSuffix(text, "ok") {
		t.Fatalf("node %s failed (%v):\n%s", script, err, text)
	}
}

// hookRecorder receives webhooks and lists them (raw body and the headers a
// validator needs) at /__test/hooks for a scenario to check with the SDK.
type hookRecorder struct {
	mu   sync.Mutex
	list []recordedHook
}

type recordedHook struct {
	Headers map[string]string `json:"headers"`
	RawBody string            `json:"rawBody"`
}

func (h *hookRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	hdr := map[string]string{}
	for _, k := range []string{"X-Pusher-Key", "X-Pusher-Signature", "Content-Type"} {
		hdr[strings.ToLower(k)] = r.Header.Get(k)
	}
	h.mu.Lock()
	h.list = append(h.list, recordedHook{Headers: hdr, RawBody: string(body)})
	h.mu.Unlock()
}

func (h *hookRecorder) serveList(w http.ResponseWriter, _ *http.Request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(h.list)
}

// wrongSecretAuth is an app auth endpoint that signs with the wrong secret,
// as an app with a stale PUSHER_APP_SECRET would.
func wrongSecretAuth(key string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, []byte("not-the-app-secret"))
		fmt.Fprintf(mac, "%s:%s", r.PostForm.Get("socket_id"), r.PostForm.Get("channel_name"))
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"auth": key + ":" + hex.EncodeToString(mac.Sum(nil))})
	})
}

// denyAuth is an app auth endpoint that refuses, as one would for a user
// without access to the channel.
func denyAuth() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "forbidden: not a member of this channel", http.StatusForbidden)
	})
}

func TestRealClients(t *testing.T) {
	needNode(t)
	for _, tc := range []struct {
		name   string
		script string
		cfg    mockpusher.Config
		routes map[string]http.Handler
	}{
		{name: "private channel auth through /pusher/auth", script: "auth_private.mjs"},
		{name: "presence channel auth through /pusher/auth", script: "auth_presence.mjs"},
		{name: "trigger, multi-channel trigger, batch and unsubscribe", script: "trigger.mjs"},
		{name: "socket_id excludes the sender", script: "exclusion.mjs"},
		{name: "client events never echoed, user_id on presence", script: "client_events.mjs"},
		{name: "client event before subscribing, and over 10 per second", script: "client_event_rules.mjs"},
		{name: "presence two users on three connections", script: "presence.mjs"},
		{name: "signin and sendToUser", script: "signin.mjs"},
		{name: "terminate_connections", script: "terminate.mjs"},
		{name: "channels, channel and users queries", script: "queries.mjs"},
		{name: "webhooks valid for the SDK", script: "webhooks.mjs"},
		{name: "wrong key is 4001", script: "wrong_key.mjs"},
		{
			name: "bad auth signature is quoted back", script: "bad_signature.mjs",
			routes: map[string]http.Handler{"/__test/wrong-secret-auth": wrongSecretAuth(testKey), "/__test/deny-auth": denyAuth()},
		},
		{name: "private-encrypted channel decrypts", script: "encrypted.mjs"},
		{name: "cache channel replays the last event", script: "cache.mjs"},
		{name: "client events disabled", script: "client_events_disabled.mjs", cfg: mockpusher.Config{DisableClientEvents: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := startMock(t, tc.cfg, tc.routes)
			runNode(t, m, tc.script)
		})
	}
}
