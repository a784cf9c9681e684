package mockpusher

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func postForm(t *testing.T, hs *httptest.Server, path string, form url.Values, cookies ...*http.Cookie) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", hs.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for _, c := range cookies {
		req.AddCookie(c)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, strings.TrimSpace(string(b))
}

func TestAuthEndpointErrors(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	for _, tc := range []struct {
		name, path string
		form       url.Values
		want       string
	}{
		{"no socket", "/pusher/auth", url.Values{"channel_name": {"private-a"}}, "socket_id missing"},
		{"bad socket", "/pusher/auth", url.Values{"socket_id": {"abc"}, "channel_name": {"private-a"}}, `socket_id must look like 123.456, got "abc"`},
		{"no channel", "/pusher/auth", url.Values{"socket_id": {"1.2"}}, "channel_name missing"},
		{"bad channel", "/pusher/auth", url.Values{"socket_id": {"1.2"}, "channel_name": {"private-a b"}}, "use only A-Z"},
		{"public channel", "/pusher/auth", url.Values{"socket_id": {"1.2"}, "channel_name": {"news"}}, "public channel: it needs no auth"},
		{"user auth no socket", "/pusher/user-auth", url.Values{}, "socket_id missing"},
	} {
		resp, body := postForm(t, hs, tc.path, tc.form)
		if resp.StatusCode != 400 || !strings.Contains(body, tc.want) {
			t.Errorf("%s: POST %s = %d %s; want 400 %q", tc.name, tc.path, resp.StatusCode, body, tc.want)
		}
	}
	resp, err := http.Get(hs.URL + "/pusher/auth")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 {
		t.Errorf("GET /pusher/auth = %d; want 405", resp.StatusCode)
	}
}

// The endpoint's answers are what the protocol accepts, for every kind of
// channel, and presence identities are stable per browser.
func TestAuthEndpointIdentity(t *testing.T) {
	s, hs := newTestServer(t, Config{})
	c := dial(t, hs)

	resp, body := postForm(t, hs, "/pusher/auth", url.Values{"socket_id": {c.socketID}, "channel_name": {"private-a"}})
	var priv map[string]string
	json.Unmarshal([]byte(body), &priv)
	if resp.StatusCode != 200 || priv["auth"] == "" {
		t.Fatalf("private auth = %d %s", resp.StatusCode, body)
	}
	var cookie *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == identityCookie {
			cookie = ck
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode {
		t.Fatalf("identity cookie = %+v; want an HttpOnly SameSite=Lax cookie", cookie)
	}
	c.subscribe("private-a", priv["auth"], "")
	c.expect("pusher_internal:subscription_succeeded", "private-a")

	// A second request for the same socket before the cookie arrived
	// (pusher-js authorizes channels in parallel) gets the same identity.
	_, body = postForm(t, hs, "/pusher/auth", url.Values{"socket_id": {c.socketID}, "channel_name": {"presence-r"}})
	var pres map[string]string
	json.Unmarshal([]byte(body), &pres)
	if !strings.Contains(pres["channel_data"], `"user_id":"`+cookie.Value+`"`) || !strings.Contains(pres["channel_data"], `"name":"dev-`+cookie.Value[:4]+`"`) {
		t.Fatalf("presence channel_data = %s; want user %s named dev-%s", pres["channel_data"], cookie.Value, cookie.Value[:4])
	}
	c.subscribe("presence-r", pres["auth"], pres["channel_data"])
	c.expect("pusher_internal:subscription_succeeded", "presence-r")

	// The cookie carries the identity to another connection (another tab).
	c2 := dial(t, hs)
	_, body = postForm(t, hs, "/pusher/auth", url.Values{"socket_id": {c2.socketID}, "channel_name": {"presence-r"}}, cookie)
	json.Unmarshal([]byte(body), &pres)
	if !strings.Contains(pres["channel_data"], cookie.Value) {
		t.Fatalf("second tab channel_data = %s; want user %s", pres["channel_data"], cookie.Value)
	}
	c2.subscribe("presence-r", pres["auth"], pres["channel_data"])
	f := c2.expect("pusher_internal:subscription_succeeded", "presence-r")
	if !strings.Contains(f.Data, `"count":1`) {
		t.Fatalf("two tabs of one browser = %s; want one member", f.Data)
	}
	c.sync() // and no member_added for the second tab

	// Another browser (no cookie, new socket) is another user.
	c3 := dial(t, hs)
	_, body = postForm(t, hs, "/pusher/auth", url.Values{"socket_id": {c3.socketID}, "channel_name": {"presence-r"}})
	json.Unmarshal([]byte(body), &pres)
	if strings.Contains(pres["channel_data"], cookie.Value) {
		t.Fatalf("another browser got the same identity: %s", pres["channel_data"])
	}

	// Encrypted channels get the shared secret the SDK would derive.
	_, body = postForm(t, hs, "/pusher/auth", url.Values{"socket_id": {c.socketID}, "channel_name": {"private-encrypted-x"}})
	var enc map[string]string
	json.Unmarshal([]byte(body), &enc)
	if enc["shared_secret"] != sharedSecret("private-encrypted-x", s.masterKey) {
		t.Fatalf("encrypted auth = %s; want the channel's shared_secret", body)
	}
	c.subscribe("private-encrypted-x", enc["auth"], "")
	c.expect("pusher_internal:subscription_succeeded", "private-encrypted-x")

	// User auth signs pusher:signin.
	_, body = postForm(t, hs, "/pusher/user-auth", url.Values{"socket_id": {c.socketID}}, cookie)
	var ua map[string]string
	json.Unmarshal([]byte(body), &ua)
	c.send("pusher:signin", "", ua)
	f = c.expect("pusher:signin_success", "")
	if !strings.Contains(f.Data, cookie.Value) {
		t.Fatalf("signin_success = %s; want user %s", f.Data, cookie.Value)
	}
}

func TestAuthFixedUserAndCustomPath(t *testing.T) {
	s, hs := newTestServer(t, Config{User: "alice", AuthPath: "http://localhost:8000/api/broadcasting/auth"})
	if got := s.Config().AuthPath; got != "/api/broadcasting/auth" {
		t.Fatalf("AuthPath = %q; want the URL's path", got)
	}
	r := httptest.NewRequest("POST", "/api/broadcasting/auth", nil)
	if !s.MatchAuth(r) || !s.Match(r) {
		t.Fatal("custom auth path not matched")
	}
	resp, body := postForm(t, hs, "/api/broadcasting/auth", url.Values{"socket_id": {"1.2"}, "channel_name": {"presence-x"}})
	if resp.StatusCode != 200 || !strings.Contains(body, `\"user_id\":\"alice\"`) {
		t.Fatalf("fixed user auth = %d %s; want user alice", resp.StatusCode, body)
	}
	for _, ck := range resp.Cookies() {
		if ck.Name == identityCookie {
			t.Errorf("a fixed --user should not set the identity cookie")
		}
	}
}

func TestMatch(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	up := httptest.NewRequest("GET", "/app/wrongkey?protocol=7", nil)
	up.Header.Set("Connection", "Upgrade")
	up.Header.Set("Upgrade", "websocket")
	if !s.Match(up) {
		t.Error("Match(WebSocket /app/wrongkey?protocol=7) = false; want true, to answer 4001")
	}
	for _, tc := range []struct {
		path      string
		match     bool
		matchAuth bool
	}{
		{"/app/" + docKey, true, false},
		{"/app/wrongkey?protocol=7", false, false}, // not an upgrade: the app's page
		{"/app/index.html", false, false},
		{"/apps/3/events", true, false},
		{"/apps/9/events?auth_key=k&auth_signature=x", true, false},
		{"/apps/9/events", false, false},
		{"/pusher/auth", true, true},
		{"/pusher/user-auth", true, true},
		{"/__devproxy/pusher", true, false},
		{"/__devproxy/pusher/state", true, false},
		{"/", false, false},
		{"/application", false, false},
		{"/src/main.ts", false, false},
	} {
		r := httptest.NewRequest("GET", tc.path, nil)
		if got := s.Match(r); got != tc.match {
			t.Errorf("Match(%q) = %v; want %v", tc.path, got, tc.match)
		}
		if got := s.MatchAuth(r); got != tc.matchAuth {
			t.Errorf("MatchAuth(%q) = %v; want %v", tc.path, got, tc.matchAuth)
		}
	}
}
