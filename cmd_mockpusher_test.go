package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the command's goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestMockPusherCommand(t *testing.T) {
	t.Setenv("PUSHER_APP_ID", "")
	t.Setenv("PUSHER_APP_KEY", "")
	t.Setenv("PUSHER_APP_SECRET", "")
	t.Setenv("VITE_PUSHER_KEY", "vitekey")
	var out, errOut syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- newApp(&out, &errOut).RunContext(ctx, []string{"devproxy", "mock-pusher", "--listen", "127.0.0.1:0", "--app-id", "77", "--secret", "topsecret"})
	}()
	port := regexp.MustCompile(`wsPort: (\d+)`)
	var m []string
	for deadline := time.Now().Add(20 * time.Second); m == nil; {
		if m = port.FindStringSubmatch(out.String()); m == nil {
			select {
			case err := <-done:
				t.Fatalf("mock-pusher exited early: %v\n%s%s", err, out.String(), errOut.String())
			case <-time.After(20 * time.Millisecond):
			}
			if time.Now().After(deadline) {
				t.Fatalf("no banner:\n%s", out.String())
			}
		}
	}
	banner := out.String()
	for _, want := range []string{"new Pusher('vitekey'", "appId: '77', key: 'vitekey', secret: 'topsecret'", "forceTLS: false", "useTLS: false"} {
		if !strings.Contains(banner, want) {
			t.Errorf("banner lacks %q:\n%s", want, banner)
		}
	}
	resp, err := http.Get("http://127.0.0.1:" + m[1] + "/__devproxy/pusher/state")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `"app_id":"77"`) {
		t.Errorf("state = %s; want app 77", body)
	}

	// A second server on the same port says so.
	var out2, err2 syncBuffer
	err = newApp(&out2, &err2).RunContext(context.Background(), []string{"devproxy", "mock-pusher", "--listen", "127.0.0.1:" + m[1]})
	if err == nil || !strings.Contains(err.Error(), "already in use") {
		t.Errorf("second server on port %s: %v; want 'already in use'", m[1], err)
	}
	if strings.Contains(errOut.String(), "topsecret") || strings.Contains(err2.String(), "topsecret") {
		t.Errorf("the secret reached the logs")
	}

	cancel()
	if err := <-done; err != nil {
		t.Fatalf("mock-pusher after Ctrl-C: %v", err)
	}
}

func TestMockPusherCommandUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--listen", "0.0.0.0:6001"}, "not a loopback address: add --host"},
		{[]string{"--listen", "6001"}, "want HOST:PORT"},
		{[]string{"--webhook", "nope"}, `webhook URL "nope"`},
		{[]string{"extra"}, "takes no arguments"},
	} {
		var out, errOut syncBuffer
		err := newApp(&out, &errOut).RunContext(context.Background(), append([]string{"devproxy", "mock-pusher"}, tc.args...))
		if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(io.Discard, err) != 2 {
			t.Errorf("mock-pusher %v = %v; want a usage error containing %q", tc.args, err, tc.want)
		}
	}
}
