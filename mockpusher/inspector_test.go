package mockpusher

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestInspector(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	a := dial(t, hs)
	a.subscribePresence("presence-room", "7", "seven")

	resp, err := http.Get(hs.URL + "/__devproxy/pusher")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), "Pusher inspector") || !strings.Contains(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("inspector page = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}

	resp, err = http.Get(hs.URL + "/__devproxy/pusher/state")
	if err != nil {
		t.Fatal(err)
	}
	var st serverState
	json.NewDecoder(resp.Body).Decode(&st)
	resp.Body.Close()
	if len(st.Connections) != 1 || st.Connections[0].SocketID != a.socketID || strings.Join(st.Connections[0].Channels, ",") != "presence-room" {
		t.Fatalf("state connections = %+v; want %s on presence-room", st.Connections, a.socketID)
	}
	if len(st.Channels) != 1 || len(st.Channels[0].Members) != 1 || st.Channels[0].Members[0].ID != "7" {
		t.Fatalf("state channels = %+v; want presence-room with member 7", st.Channels)
	}

	// The live log streams history, then new entries.
	req, _ := http.NewRequest("GET", hs.URL+"/__devproxy/pusher/events", nil)
	sse, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer sse.Body.Close()
	if ct := sse.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events Content-Type = %q", ct)
	}
	lines := make(chan logEntry, 100)
	go func() {
		sc := bufio.NewScanner(sse.Body)
		for sc.Scan() {
			if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var e logEntry
				json.Unmarshal([]byte(d), &e)
				lines <- e
			}
		}
		close(lines)
	}()
	waitFor := func(kind, detail string) logEntry {
		t.Helper()
		deadline := time.After(ioDeadline)
		for {
			select {
			case e, ok := <-lines:
				if !ok {
					t.Fatalf("event stream ended before a %s entry", kind)
				}
				if e.Kind == kind && (detail == "" || e.Event == detail) {
					return e
				}
			case <-deadline:
				t.Fatalf("no %s entry in the live log", kind)
			}
		}
	}
	waitFor("subscribe", "")

	// The trigger form: JSON only; it reaches subscribers and the log.
	resp, err = http.Post(hs.URL+"/__devproxy/pusher/trigger", "application/x-www-form-urlencoded", strings.NewReader("channel=presence-room"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 400 {
		t.Fatalf("form-encoded trigger = %d; want 400 (JSON only)", resp.StatusCode)
	}
	resp, err = http.Post(hs.URL+"/__devproxy/pusher/trigger", "application/json", strings.NewReader(`{"channel":"presence-room","event":"hello","data":"{\"x\":1}"}`))
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || strings.TrimSpace(string(out)) != `{"subscribers":1}` {
		t.Fatalf("trigger = %d %s; want 200 {\"subscribers\":1}", resp.StatusCode, out)
	}
	if f := a.expect("hello", "presence-room"); f.Data != `{"x":1}` {
		t.Fatalf("triggered data = %q", f.Data)
	}
	if e := waitFor("trigger", "hello"); e.Channel != "presence-room" {
		t.Fatalf("log entry = %+v", e)
	}
}

func TestBanner(t *testing.T) {
	s, err := New(Config{AppID: "123", Key: "k1", Secret: "s1", EncryptionMasterKey: "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc="})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown(t.Context())
	b := s.Banner("http://127.0.0.1:6001")
	for _, want := range []string{
		"new Pusher('k1', {", "cluster: 'mt1'", "wsHost: '127.0.0.1'", "wsPort: 6001", "forceTLS: false",
		"enabledTransports: ['ws', 'wss']", "channelAuthorization: { endpoint: 'http://127.0.0.1:6001/pusher/auth'",
		"appId: '123', key: 'k1', secret: 's1'", "host: '127.0.0.1', port: '6001', useTLS: false",
		"encryptionMasterKeyBase64: 'BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc='",
		"inspector: http://127.0.0.1:6001/__devproxy/pusher",
	} {
		if !strings.Contains(b, want) {
			t.Errorf("Banner lacks %q:\n%s", want, b)
		}
	}
	if b := s.Banner("https://app.test"); !strings.Contains(b, "wssPort: 443") || !strings.Contains(b, "forceTLS: true") || !strings.Contains(b, "useTLS: true") {
		t.Errorf("https banner:\n%s", b)
	}
}

func TestConfigDefaultsAndErrors(t *testing.T) {
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown(t.Context())
	c := s.Config()
	if len(c.Key) != 20 || len(c.Secret) != 20 || c.AppID == "" || strings.Trim(c.AppID, "0123456789") != "" {
		t.Errorf("generated credentials = app %q key %q (len %d); want a numeric app id and 20-hex key and secret", c.AppID, c.Key, len(c.Key))
	}
	if c.AuthPath != "/pusher/auth" || c.UserAuthPath != "/pusher/user-auth" || c.InspectorPath != "/__devproxy/pusher" ||
		c.MaxPresenceMembers != 100 || c.MaxEventData != 10240 || c.MaxBatchEvents != 10 || c.MaxEventChannels != 100 ||
		c.ActivityTimeout != 120*time.Second || c.ClientEventsPerSecond != 10 {
		t.Errorf("defaults = %+v", c)
	}

	_, err = New(Config{Key: "a/b", WebhookURLs: []string{"ftp://x"}, EncryptionMasterKey: "short", AuthPath: "/apps/x", ActivityTimeout: time.Millisecond})
	if err == nil {
		t.Fatal("New accepted a bad config")
	}
	for _, want := range []string{`app key "a/b"`, `webhook URL "ftp://x"`, "base64 of 32 bytes", `auth path "/apps/x" collides`, "under a second"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("New error %q lacks %q", err, want)
		}
	}
}
