package mockpusher

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func TestHandshake(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	c := dial(t, hs) // checks connection_established, socket_id and activity_timeout
	c.sync()
	c2 := dial(t, hs)
	if c.socketID == c2.socketID {
		t.Fatalf("two connections got the same socket_id %s", c.socketID)
	}
}

func TestUnknownKeyCloses4001(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	c := dialRaw(t, hs, "wrong-key")
	c.expectError(4001, "App key wrong-key not in this cluster")
	c.expectClose(4001)
}

func TestBadProtocolVersion(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	for _, tc := range []struct {
		query string
		code  int
		want  string
	}{
		{"protocol=99", 4007, "Unsupported protocol version 99"},
		{"protocol=seven", 4006, "Invalid version string format"},
		{"client=js", 4008, "No protocol version supplied"},
	} {
		u := strings.Replace(wsURL(hs, docKey), "protocol=7", tc.query, 1)
		ws, resp, err := websocket.DefaultDialer.Dial(u, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		c := &wsClient{t: t, ws: ws}
		t.Cleanup(func() { ws.Close() })
		c.expectError(tc.code, tc.want)
		c.expectClose(tc.code)
	}
}

func TestPingPong(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	c := dial(t, hs)
	c.send("pusher:ping", "", map[string]any{})
	f := c.expect("pusher:pong", "")
	if f.Data != "{}" {
		t.Fatalf("pong data = %q; want {}", f.Data)
	}
	// WebSocket-level ping frames get a pong frame.
	got := make(chan string, 1)
	c.ws.SetPongHandler(func(s string) error { got <- s; return nil })
	if err := c.ws.WriteControl(websocket.PingMessage, []byte("hi"), time.Now().Add(ioDeadline)); err != nil {
		t.Fatal(err)
	}
	c.sync() // the reader processes the pong frame before the pusher:pong
	select {
	case s := <-got:
		if s != "hi" {
			t.Fatalf("pong payload = %q; want %q", s, "hi")
		}
	default:
		t.Fatal("no pong frame for a WebSocket ping")
	}
}

func TestServerPingsSilentConnection(t *testing.T) {
	// The client has PongTimeout to answer: generous, so a slow machine cannot fail it.
	_, hs := newTestServer(t, Config{ActivityTimeout: time.Second, PongTimeout: 5 * time.Second})
	c := dial(t, hs)
	c.expect("pusher:ping", "") // arrives after a second of silence
	c.send("pusher:pong", "", map[string]any{})
	c.sync()
	c.expect("pusher:ping", "")
	// No answer this time: closed with 4201 after the pong timeout.
	c.expectClose(closePongNotReceived)
}

func TestPublicSubscribeAndTrigger(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	a, b := dial(t, hs), dial(t, hs)
	for _, c := range []*wsClient{a, b} {
		c.subscribe("my-channel", "", "")
		f := c.expect("pusher_internal:subscription_succeeded", "my-channel")
		if f.Data != "{}" {
			t.Fatalf("subscription_succeeded data = %q; want {}", f.Data)
		}
	}
	out := mustREST(t, hs, "POST", "/events", map[string]any{"name": "my-event", "channels": []string{"my-channel"}, "data": `{"message":"hello"}`}, nil)
	if out != "{}" {
		t.Fatalf("trigger answered %s; want {}", out)
	}
	for _, c := range []*wsClient{a, b} {
		f := c.expect("my-event", "my-channel")
		if f.Data != `{"message":"hello"}` {
			t.Fatalf("event data = %q; want the string sent", f.Data)
		}
	}
	// socket_id excludes the sender.
	mustREST(t, hs, "POST", "/events", map[string]any{"name": "ex", "channel": "my-channel", "data": "x", "socket_id": a.socketID}, nil)
	b.expect("ex", "my-channel")
	a.sync()
	// unsubscribe: no reply, no more events.
	b.send("pusher:unsubscribe", "", map[string]string{"channel": "my-channel"})
	b.sync()
	mustREST(t, hs, "POST", "/events", map[string]any{"name": "after", "channel": "my-channel", "data": "x"}, nil)
	a.expect("after", "my-channel")
	b.sync()
}

func TestTriggerInfo(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	a, b := dial(t, hs), dial(t, hs)
	a.subscribePresence("presence-room", "1", "one")
	b.subscribePresence("presence-room", "2", "two")
	out := mustREST(t, hs, "POST", "/events", map[string]any{"name": "e", "channels": []string{"presence-room"}, "data": "x", "info": "user_count,subscription_count"}, nil)
	if want := `{"channels":{"presence-room":{"subscription_count":2,"user_count":2}}}`; out != want {
		t.Fatalf("trigger with info = %s; want %s", out, want)
	}
}

func TestPrivateChannelAuth(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	c := dial(t, hs)
	c.subscribePrivate("private-foobar")

	c.subscribe("private-other", docKey+":deadbeef", "")
	c.expectError(nil, fmt.Sprintf("Invalid signature: Expected HMAC SHA256 hex digest of %s:private-other, but got deadbeef", c.socketID))
	c.subscribe("private-other", "", "")
	c.expectError(nil, "should be of format 'key:signature'")
	c.subscribe("private-other", "otherkey:abc", "")
	c.expectError(nil, "Invalid key in subscription auth data: 'otherkey'")
	// The connection stays open and usable.
	c.subscribePrivate("private-other")
}

func TestInvalidInput(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	c := dial(t, hs)
	for _, tc := range []struct {
		name, frame, want string
	}{
		{"not json", `{nope`, "Invalid message"},
		{"no event", `{"data":"{}"}`, "no event name"},
		{"unknown event", `{"event":"pusher:bogus","data":{}}`, `Unsupported event "pusher:bogus"`},
		{"bad channel", `{"event":"pusher:subscribe","data":{"channel":"a b"}}`, "use only A-Z"},
		{"reserved #", `{"event":"pusher:subscribe","data":{"channel":"#x"}}`, "reserved"},
		{"long channel", `{"event":"pusher:subscribe","data":{"channel":"` + strings.Repeat("a", 165) + `"}}`, "Pusher allows 164"},
		{"subscribe data string", `{"event":"pusher:subscribe","data":"nope"}`, "Invalid pusher:subscribe"},
	} {
		if err := c.ws.WriteMessage(websocket.TextMessage, []byte(tc.frame)); err != nil {
			t.Fatal(err)
		}
		c.expectError(nil, tc.want)
	}
	c.sync()
	// A frame over the read limit closes the connection (1009).
	if err := c.ws.WriteMessage(websocket.TextMessage, []byte(`{"event":"client-x","data":"`+strings.Repeat("a", maxInboundMessage)+`"}`)); err != nil {
		t.Fatal(err)
	}
	c.expectClose(websocket.CloseMessageTooBig)
}

func TestPresenceDedupedPerUser(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	const ch = "presence-room"
	watcher := dial(t, hs)
	watcher.subscribePresence(ch, "w", "watcher")

	// User 1 in two tabs, user 2 in one; user_id as a number works too.
	tab1, tab2, other := dial(t, hs), dial(t, hs), dial(t, hs)
	tab1.subscribePresence(ch, "1", "alice")
	f := watcher.expect("pusher_internal:member_added", ch)
	if f.Data != `{"user_id":"1","user_info":{"name":"alice"}}` {
		t.Fatalf("member_added data = %s", f.Data)
	}
	tab1.sync() // the joiner is not told about itself
	tab2.subscribePresence(ch, "1", "alice")
	cd := `{"user_id":2,"user_info":{"name":"bob"}}`
	other.subscribe(ch, channelAuth(docKey, docSecret, other.socketID, ch, cd), cd)
	f = other.expect("pusher_internal:subscription_succeeded", ch)
	var succ struct {
		Presence struct {
			IDs   []string                   `json:"ids"`
			Hash  map[string]json.RawMessage `json:"hash"`
			Count int                        `json:"count"`
		} `json:"presence"`
	}
	if err := json.Unmarshal([]byte(f.Data), &succ); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(succ.Presence.IDs, ","); got != "1,2,w" || succ.Presence.Count != 3 || string(succ.Presence.Hash["1"]) != `{"name":"alice"}` {
		t.Fatalf("presence = %s; want ids 1,2,w with count 3 and alice's info", f.Data)
	}
	// Exactly one member_added per user: the second tab added none.
	f = watcher.expect("pusher_internal:member_added", ch)
	if f.Data != `{"user_id":"2","user_info":{"name":"bob"}}` {
		t.Fatalf("member_added = %s; want user 2 (numeric id as a string)", f.Data)
	}
	watcher.sync()

	tab1.ws.Close()
	watcher.sync() // alice still has tab2: no member_removed
	users := mustREST(t, hs, "GET", "/channels/"+ch+"/users", nil, nil)
	if users != `{"users":[{"id":"1"},{"id":"2"},{"id":"w"}]}` {
		t.Fatalf("users = %s", users)
	}
	tab2.send("pusher:unsubscribe", "", map[string]string{"channel": ch})
	f = watcher.expect("pusher_internal:member_removed", ch)
	if f.Data != `{"user_id":"1"}` {
		t.Fatalf("member_removed = %s", f.Data)
	}
}

func TestPresenceLimits(t *testing.T) {
	_, hs := newTestServer(t, Config{MaxPresenceMembers: 2})
	const ch = "presence-full"
	a, b, c := dial(t, hs), dial(t, hs), dial(t, hs)
	a.subscribePresence(ch, "1", "a")
	b.subscribePresence(ch, "2", "b")
	cd := `{"user_id":"3","user_info":{}}`
	c.subscribe(ch, channelAuth(docKey, docSecret, c.socketID, ch, cd), cd)
	c.expectError(nil, "limited to 2 members")
	// An existing member's second connection still fits.
	c.subscribePresence(ch, "2", "b")

	for _, tc := range []struct{ name, cd, want string }{
		{"long id", fmt.Sprintf(`{"user_id":%q}`, strings.Repeat("x", 129)), "user_id is 129 characters"},
		{"big info", fmt.Sprintf(`{"user_id":"9","user_info":{"n":%q}}`, strings.Repeat("x", 1100)), "Pusher allows 1024"},
		{"no id", `{"user_info":{}}`, "user_id is missing"},
		{"bad id", `{"user_id":{}}`, "string or a number"},
	} {
		d := dial(t, hs)
		d.subscribe("presence-x", channelAuth(docKey, docSecret, d.socketID, "presence-x", tc.cd), tc.cd)
		f := d.expect("pusher:error", "")
		if !strings.Contains(f.Data, tc.want) {
			t.Errorf("%s: error = %s; want %q", tc.name, f.Data, tc.want)
		}
	}
	d := dial(t, hs)
	d.subscribe("presence-y", channelAuth(docKey, docSecret, d.socketID, "presence-y", ""), "")
	d.expectError(nil, "needs channel_data")
}

func TestClientEvents(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	a, b := dial(t, hs), dial(t, hs)
	a.subscribePrivate("private-chat")
	b.subscribePrivate("private-chat")
	a.send("client-typing", "private-chat", map[string]any{"who": "a"})
	f := b.expect("client-typing", "private-chat")
	if f.Data != `{"who":"a"}` || f.UserID != "" {
		t.Fatalf("client event = %s; want data {\"who\":\"a\"} and no user_id", f.raw)
	}
	a.sync() // not echoed to the sender

	// Presence: user_id added.
	a.subscribePresence("presence-chat", "u1", "a")
	b.subscribePresence("presence-chat", "u2", "b")
	a.expect("pusher_internal:member_added", "presence-chat")
	a.send("client-hi", "presence-chat", "plain")
	f = b.expect("client-hi", "presence-chat")
	if f.UserID != "u1" || f.Data != "plain" {
		t.Fatalf("presence client event = %s; want user_id u1", f.raw)
	}

	a.send("client-x", "public", map[string]any{})
	a.expectError(nil, errClientEventChannel)
	a.send("client-x", "private-notjoined", map[string]any{})
	a.expectError(nil, "you must be subscribed to private-notjoined")
	a.send("client-x", "private-encrypted-x", map[string]any{})
	a.expectError(nil, "not supported on private-encrypted-")
	b.sync()
}

func TestClientEventsDisabled(t *testing.T) {
	_, hs := newTestServer(t, Config{DisableClientEvents: true})
	a, b := dial(t, hs), dial(t, hs)
	a.subscribePrivate("private-chat")
	b.subscribePrivate("private-chat")
	a.send("client-typing", "private-chat", map[string]any{})
	a.expectError(nil, errClientEventsDisabled)
	b.sync()
}

func TestClientEventRateLimit(t *testing.T) {
	_, hs := newTestServer(t, Config{ClientEventsPerSecond: 3})
	a := dial(t, hs)
	a.subscribePrivate("private-chat")
	// However slow the machine, 50 events cannot span 17 seconds.
	for i := 0; i < 50; i++ {
		a.send("client-spam", "private-chat", map[string]any{"i": i})
	}
	a.expectClose(closeClientRateLimit)
}

func TestCacheChannels(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	a := dial(t, hs)
	a.subscribe("cache-news", "", "")
	a.expect("pusher_internal:subscription_succeeded", "cache-news")
	a.expect("pusher:cache_miss", "cache-news")
	mustREST(t, hs, "POST", "/events", map[string]any{"name": "headline", "channel": "cache-news", "data": "v1"}, nil)
	a.expect("headline", "cache-news")
	mustREST(t, hs, "POST", "/events", map[string]any{"name": "headline", "channel": "cache-news", "data": "v2"}, nil)
	a.expect("headline", "cache-news")

	b := dial(t, hs)
	b.subscribe("cache-news", "", "")
	b.expect("pusher_internal:subscription_succeeded", "cache-news")
	if f := b.expect("headline", "cache-news"); f.Data != "v2" {
		t.Fatalf("cached event data = %q; want the last one, v2", f.Data)
	}
	out := mustREST(t, hs, "GET", "/channels/cache-news", nil, url.Values{"info": {"cache,subscription_count"}})
	if !strings.Contains(out, `"data":"v2"`) || !strings.Contains(out, `"subscription_count":2`) || !strings.Contains(out, `"occupied":true`) {
		t.Fatalf("channel info = %s; want cache v2, 2 subscriptions, occupied", out)
	}
}

func TestShutdownCloses4200(t *testing.T) {
	s, hs := newTestServer(t, Config{})
	a := dial(t, hs)
	a.subscribe("ch", "", "")
	a.expect("pusher_internal:subscription_succeeded", "ch")
	done := make(chan error, 1)
	go func() { done <- s.Shutdown(context.Background()) }()
	a.expectClose(closeGeneric)
	if err := <-done; err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if _, resp, err := websocket.DefaultDialer.Dial(wsURL(hs, docKey), nil); err == nil {
		t.Fatal("connected after Shutdown")
	} else if resp == nil || resp.StatusCode != 503 {
		t.Fatalf("dial after Shutdown: %v; want 503", err)
	}
}

func TestSigninAndServerToUser(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	a, other := dial(t, hs), dial(t, hs)
	ud := `{"id":"42","user_info":{"name":"x"}}`
	a.send("pusher:signin", "", map[string]string{"auth": docKey + ":" + sign(docSecret, a.socketID+"::user::"+ud), "user_data": ud})
	f := a.expect("pusher:signin_success", "")
	var d map[string]string
	if json.Unmarshal([]byte(f.Data), &d); d["user_data"] != ud {
		t.Fatalf("signin_success data = %s; want user_data %s", f.Data, ud)
	}
	a.subscribe("#server-to-user-42", "", "")
	a.expect("pusher_internal:subscription_succeeded", "#server-to-user-42")
	other.subscribe("#server-to-user-42", "", "")
	other.expectError(nil, `only a connection signed in as user "42"`)

	// sendToUser is a trigger on #server-to-user-{id}.
	mustREST(t, hs, "POST", "/events", map[string]any{"name": "note", "channels": []string{"#server-to-user-42"}, "data": "hi"}, nil)
	a.expect("note", "#server-to-user-42")

	// A signed-in connection may join presence without channel_data.
	a.subscribe("presence-p", channelAuth(docKey, docSecret, a.socketID, "presence-p", ""), "")
	f = a.expect("pusher_internal:subscription_succeeded", "presence-p")
	if !strings.Contains(f.Data, `"ids":["42"]`) {
		t.Fatalf("presence via signin = %s; want member 42", f.Data)
	}

	other.send("pusher:signin", "", map[string]string{"auth": docKey + ":bad", "user_data": ud})
	other.expectError(nil, "Expected HMAC SHA256 hex digest of "+other.socketID+"::user::"+ud)

	mustREST(t, hs, "POST", "/users/42/terminate_connections", map[string]any{}, nil)
	a.expectClose(closeUnauthorized)
	other.sync()
}

// Concurrent publishers to one channel combine into shared rounds: every
// subscriber still gets every event once, in each publisher's order, and
// socket_id exclusion holds inside a combined round.
func TestConcurrentPublishersCombine(t *testing.T) {
	s, hs := newTestServer(t, Config{})
	const publishers, perPublisher = 8, 50
	subs := make([]*wsClient, 4)
	for i := range subs {
		subs[i] = dial(t, hs)
		subs[i].subscribe("burst", "", "")
		subs[i].expect("pusher_internal:subscription_succeeded", "burst")
	}
	s.mu.RLock()
	excluded := s.conns[subs[0].socketID]
	s.mu.RUnlock()
	done := make(chan struct{})
	for p := 0; p < publishers; p++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := 0; i < perPublisher; i++ {
				data := fmt.Sprintf("%d:%d", p, i)
				var except *conn
				if p == 0 {
					except = excluded // publisher 0 excludes subscriber 0
				}
				s.publish("burst", "e", data, encodeEvent(outEvent{Event: "e", Channel: "burst", Data: data}), except)
			}
		}()
	}
	for p := 0; p < publishers; p++ {
		<-done
	}
	for i, c := range subs {
		want := publishers * perPublisher
		if i == 0 {
			want -= perPublisher
		}
		next := make([]int, publishers)
		for n := 0; n < want; n++ {
			f := c.expect("e", "burst")
			var p, k int
			fmt.Sscanf(f.Data, "%d:%d", &p, &k)
			if i == 0 && p == 0 {
				t.Fatalf("subscriber 0 got %q from the publisher that excluded it", f.Data)
			}
			if k != next[p] {
				t.Fatalf("subscriber %d got %q; want event %d of publisher %d next", i, f.Data, next[p], p)
			}
			next[p]++
		}
		c.sync() // and nothing more
	}
}

func signin(c *wsClient, userData string) {
	c.t.Helper()
	c.send("pusher:signin", "", map[string]string{"auth": docKey + ":" + sign(docSecret, c.socketID+"::user::"+userData), "user_data": userData})
	c.expect("pusher:signin_success", "")
}

func TestWatchlist(t *testing.T) {
	_, hs := newTestServer(t, Config{MaxWatchlist: 2})
	a := dial(t, hs)
	signin(a, `{"id":"a","watchlist":["b","c"]}`)
	a.sync() // nobody watched is online yet: no event

	b1, b2 := dial(t, hs), dial(t, hs)
	signin(b1, `{"id":"b"}`)
	if f := a.expect("pusher_internal:watchlist_events", ""); f.Data != `{"events":[{"name":"online","user_ids":["b"]}]}` {
		t.Fatalf("watchlist event = %s; want b online", f.Data)
	}
	signin(b2, `{"id":"b"}`) // b's second connection: already online
	a.sync()

	// A second watcher learns who is online when it signs in.
	w := dial(t, hs)
	signin(w, `{"id":"w","watchlist":["b"]}`)
	if f := w.expect("pusher_internal:watchlist_events", ""); !strings.Contains(f.Data, `"online","user_ids":["b"]`) {
		t.Fatalf("initial watchlist event = %s; want b online", f.Data)
	}

	b1.ws.Close()
	a.sync() // b still has b2
	b2.ws.Close()
	if f := a.expect("pusher_internal:watchlist_events", ""); f.Data != `{"events":[{"name":"offline","user_ids":["b"]}]}` {
		t.Fatalf("watchlist event = %s; want b offline", f.Data)
	}

	over := dial(t, hs)
	ud := `{"id":"o","watchlist":["1","2","3"]}`
	over.send("pusher:signin", "", map[string]string{"auth": docKey + ":" + sign(docSecret, over.socketID+"::user::"+ud), "user_data": ud})
	over.expectError(closeWatchlistLimit, "over the limit of 2")
	over.expectClose(closeWatchlistLimit)
}

// A channel big enough for parallel fan-out still delivers every event once,
// in order, honouring socket_id exclusion.
func TestLargeChannelFanOut(t *testing.T) {
	_, hs := newTestServer(t, Config{})
	subs := make([]*wsClient, parallelFanOut+100)
	for i := range subs {
		subs[i] = dial(t, hs)
		subs[i].subscribe("big", "", "")
		subs[i].expect("pusher_internal:subscription_succeeded", "big")
	}
	mustREST(t, hs, "POST", "/batch_events", map[string]any{"batch": []map[string]any{
		{"name": "e1", "channel": "big", "data": "1"},
		{"name": "e2", "channel": "big", "data": "2", "socket_id": subs[len(subs)-1].socketID},
		{"name": "e3", "channel": "big", "data": "3"},
	}}, nil)
	for i, c := range subs {
		c.expect("e1", "big")
		if i != len(subs)-1 {
			c.expect("e2", "big")
		}
		c.expect("e3", "big")
	}
	subs[len(subs)-1].sync()
}
