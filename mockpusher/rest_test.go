package mockpusher

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestRESTLimitsAndErrors(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	many := make([]string, 101)
	for i := range many {
		many[i] = fmt.Sprintf("ch-%d", i)
	}
	batch := func(n int) map[string]any {
		b := make([]map[string]any, n)
		for i := range b {
			b[i] = map[string]any{"name": "e", "channel": "c", "data": "x"}
		}
		return map[string]any{"batch": b}
	}
	for _, tc := range []struct {
		name, method, path string
		body               any
		params             url.Values
		status             int
		want               string
	}{
		{"ok", "POST", "/events", map[string]any{"name": "e", "channel": "c", "data": "x"}, nil, 200, "{}"},
		{"data at the limit", "POST", "/events", map[string]any{"name": "e", "channel": "c", "data": strings.Repeat("x", 10240)}, nil, 200, "{}"},
		{"data over the limit", "POST", "/events", map[string]any{"name": "e", "channel": "c", "data": strings.Repeat("x", 10241)}, nil, 413, "data is 10241 bytes, Pusher allows 10240"},
		{"100 channels", "POST", "/events", map[string]any{"name": "e", "channels": many[:100], "data": "x"}, nil, 200, "{}"},
		{"101 channels", "POST", "/events", map[string]any{"name": "e", "channels": many, "data": "x"}, nil, 400, "Too many channels: 101"},
		{"no name", "POST", "/events", map[string]any{"channel": "c", "data": "x"}, nil, 400, "Event name missing"},
		{"long name", "POST", "/events", map[string]any{"name": strings.Repeat("e", 201), "channel": "c", "data": "x"}, nil, 400, "Event name is 201 characters"},
		{"no channels", "POST", "/events", map[string]any{"name": "e", "data": "x"}, nil, 400, "No channels"},
		{"bad channel", "POST", "/events", map[string]any{"name": "e", "channel": "a b", "data": "x"}, nil, 400, "Invalid channel"},
		{"bad socket_id", "POST", "/events", map[string]any{"name": "e", "channel": "c", "data": "x", "socket_id": "abc"}, nil, 400, "socket_id must look like 123.456"},
		{"encrypted with others", "POST", "/events", map[string]any{"name": "e", "channels": []string{"private-encrypted-a", "b"}, "data": "x"}, nil, 400, "encrypted channels take one channel"},
		{"user_count on public", "POST", "/events", map[string]any{"name": "e", "channel": "c", "data": "x", "info": "user_count"}, nil, 400, "only available for presence"},
		{"unknown info", "POST", "/events", map[string]any{"name": "e", "channel": "c", "data": "x", "info": "bogus"}, nil, 400, `Unknown info attribute "bogus"`},
		{"not json", "POST", "/events", "nope", nil, 400, "wrong shape"},
		{"wrong method", "GET", "/events", nil, nil, 405, "use POST"},
		{"batch of 10", "POST", "/batch_events", batch(10), nil, 200, "{}"},
		{"batch of 11", "POST", "/batch_events", batch(11), nil, 400, "Batch too large: 11 events, Pusher allows 10"},
		{"empty batch", "POST", "/batch_events", batch(0), nil, 400, "Batch is empty"},
		{"channels user_count needs presence prefix", "GET", "/channels", nil, url.Values{"info": {"user_count"}}, 400, "filter_by_prefix=presence-"},
		{"channel user_count on public", "GET", "/channels/c", nil, url.Values{"info": {"user_count"}}, 400, "only available for presence"},
		{"channel cache on non-cache", "GET", "/channels/c", nil, url.Values{"info": {"cache"}}, 400, "only available for cache channels"},
		{"users of public", "GET", "/channels/c/users", nil, nil, 400, "only available for presence"},
		{"unknown endpoint", "GET", "/nope", nil, nil, 404, "No REST endpoint"},
		{"vacant channel", "GET", "/channels/presence-x", nil, url.Values{"info": {"user_count"}}, 200, `{"occupied":false,"user_count":0}`},
	} {
		code, out := rest(t, hs, tc.method, tc.path, tc.body, tc.params)
		if code != tc.status || !strings.Contains(out, tc.want) {
			t.Errorf("%s: %s %s = %d %s; want %d %q", tc.name, tc.method, tc.path, code, out, tc.status, tc.want)
		}
	}
}

func TestRESTUnknownAppAndUnsigned(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	resp, err := http.Post(hs.URL+"/apps/999/events", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 404 || !strings.Contains(string(b), `serves app id "3"`) {
		t.Errorf("unknown app = %d %s; want 404 naming the right app id", resp.StatusCode, b)
	}
	resp, err = http.Post(hs.URL+"/apps/3/events", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 401 || !strings.Contains(string(b), "Missing auth_key") {
		t.Errorf("unsigned = %d %s; want 401 Missing auth_key", resp.StatusCode, b)
	}
	// An expired timestamp, correctly signed otherwise.
	body := []byte(`{"name":"e","channel":"c","data":"x"}`)
	u := signedURL(hs.URL, "POST", "/apps/3/events", body, nil, time.Now().Add(-11*time.Minute))
	resp, err = http.Post(u, "application/json", strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 401 || !strings.Contains(string(b), "Timestamp expired") {
		t.Errorf("expired = %d %s; want 401 Timestamp expired", resp.StatusCode, b)
	}
}

func TestRESTQueries(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	a, b := dial(t, hs), dial(t, hs)
	a.subscribePresence("presence-one", "1", "a")
	b.subscribePresence("presence-one", "1", "a")
	b.subscribePresence("presence-two", "2", "b")
	a.subscribe("public-x", "", "")
	a.expect("pusher_internal:subscription_succeeded", "public-x")

	for _, tc := range []struct {
		path   string
		params url.Values
		want   string
	}{
		{"/channels", nil, `{"channels":{"presence-one":{},"presence-two":{},"public-x":{}}}`},
		{"/channels", url.Values{"filter_by_prefix": {"presence-"}, "info": {"user_count"}}, `{"channels":{"presence-one":{"user_count":1},"presence-two":{"user_count":1}}}`},
		{"/channels/presence-one", url.Values{"info": {"user_count,subscription_count"}}, `{"occupied":true,"subscription_count":2,"user_count":1}`},
		{"/channels/public-x", nil, `{"occupied":true}`},
		{"/channels/presence-one/users", nil, `{"users":[{"id":"1"}]}`},
	} {
		if got := mustREST(t, hs, "GET", tc.path, nil, tc.params); got != tc.want {
			t.Errorf("GET %s?%s = %s; want %s", tc.path, tc.params.Encode(), got, tc.want)
		}
	}
	// batch_events with info answers per event.
	got := mustREST(t, hs, "POST", "/batch_events", map[string]any{"batch": []map[string]any{
		{"name": "e", "channel": "presence-one", "data": "x", "info": "subscription_count,user_count"},
		{"name": "e", "channel": "public-x", "data": "x"},
	}}, nil)
	if want := `{"batch":[{"subscription_count":2,"user_count":1},{}]}`; got != want {
		t.Errorf("batch with info = %s; want %s", got, want)
	}
}
