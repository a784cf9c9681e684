package mockpusher

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

type receivedHook struct {
	header http.Header
	body   []byte
}

// hookReceiver is an httptest webhook endpoint that fails the first
// failFirst deliveries with 500.
func hookReceiver(t *testing.T, failFirst int) (*httptest.Server, <-chan receivedHook) {
	t.Helper()
	ch := make(chan receivedHook, 100)
	var mu sync.Mutex
	calls := 0
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		calls++
		fail := calls <= failFirst
		mu.Unlock()
		if fail {
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		ch <- receivedHook{header: r.Header.Clone(), body: b}
	}))
	t.Cleanup(hs.Close)
	return hs, ch
}

func nextHookEvents(t *testing.T, ch <-chan receivedHook) []hookEvent {
	t.Helper()
	select {
	case h := <-ch:
		if ct := h.header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("Content-Type = %q; want exactly application/json", ct)
		}
		if k := h.header.Get("X-Pusher-Key"); k != docKey {
			t.Errorf("X-Pusher-Key = %q; want %q", k, docKey)
		}
		if sig, want := h.header.Get("X-Pusher-Signature"), sign(docSecret, string(h.body)); sig != want {
			t.Errorf("X-Pusher-Signature = %q; want HMAC of the body %q", sig, want)
		}
		var b struct {
			TimeMS int64       `json:"time_ms"`
			Events []hookEvent `json:"events"`
		}
		if err := json.Unmarshal(h.body, &b); err != nil {
			t.Fatalf("webhook body %s: %v", h.body, err)
		}
		if age := time.Since(time.UnixMilli(b.TimeMS)); age < -time.Minute || age > time.Hour {
			t.Errorf("time_ms = %d is not unix milliseconds of now", b.TimeMS)
		}
		return b.Events
	case <-time.After(ioDeadline):
		t.Fatal("no webhook arrived")
		return nil
	}
}

// collectHooks reads webhooks until it has n events.
func collectHooks(t *testing.T, ch <-chan receivedHook, n int) []hookEvent {
	t.Helper()
	var all []hookEvent
	for len(all) < n {
		all = append(all, nextHookEvents(t, ch)...)
	}
	return all
}

func TestWebhooks(t *testing.T) {
	rx, hooks := hookReceiver(t, 0)
	_, hs := newTestServer(t, Config{WebhookURLs: []string{rx.URL}})
	a, b := dial(t, hs), dial(t, hs)
	a.subscribePresence("presence-cache-room", "u1", "a")
	a.expect("pusher:cache_miss", "presence-cache-room")
	b.subscribePresence("presence-cache-room", "u2", "b")
	b.expect("pusher:cache_miss", "presence-cache-room")
	a.expect("pusher_internal:member_added", "presence-cache-room")
	a.send("client-hi", "presence-cache-room", map[string]string{"x": "y"})
	b.expect("client-hi", "presence-cache-room")
	a.ws.Close()
	b.expect("pusher_internal:member_removed", "presence-cache-room")
	b.send("pusher:unsubscribe", "", map[string]string{"channel": "presence-cache-room"})

	got := collectHooks(t, hooks, 8)
	want := []hookEvent{
		{Name: "cache_miss", Channel: "presence-cache-room"},
		{Name: "channel_occupied", Channel: "presence-cache-room"},
		{Name: "member_added", Channel: "presence-cache-room", UserID: "u1"},
		{Name: "member_added", Channel: "presence-cache-room", UserID: "u2"},
		{Name: "client_event", Channel: "presence-cache-room", Event: "client-hi", Data: `{"x":"y"}`, SocketID: a.socketID, UserID: "u1"},
		{Name: "member_removed", Channel: "presence-cache-room", UserID: "u1"},
		{Name: "member_removed", Channel: "presence-cache-room", UserID: "u2"},
		{Name: "channel_vacated", Channel: "presence-cache-room"},
	}
	// b's own cache_miss comes in between; drop it for the comparison.
	var filtered []hookEvent
	seenMiss := false
	for _, e := range got {
		if e.Name == "cache_miss" {
			if seenMiss {
				continue
			}
			seenMiss = true
		}
		filtered = append(filtered, e)
	}
	if len(filtered) < len(want) {
		filtered = append(filtered, collectHooks(t, hooks, len(want)-len(filtered))...)
	}
	for i := range want {
		if filtered[i] != want[i] {
			t.Errorf("webhook event %d = %+v; want %+v", i, filtered[i], want[i])
		}
	}
}

func TestWebhookRetries(t *testing.T) {
	rx, hooks := hookReceiver(t, 2)
	_, hs := newTestServer(t, Config{WebhookURLs: []string{rx.URL}, WebhookBackoff: time.Millisecond})
	a := dial(t, hs)
	a.subscribe("room", "", "")
	a.expect("pusher_internal:subscription_succeeded", "room")
	// Two 500s, then delivered on the third attempt.
	if got := nextHookEvents(t, hooks); len(got) != 1 || got[0].Name != "channel_occupied" {
		t.Fatalf("events = %+v; want channel_occupied", got)
	}
}
