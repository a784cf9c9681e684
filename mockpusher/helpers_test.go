package mockpusher

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Credentials from Pusher's documentation examples.
const (
	docKey    = "278d425bdf160c739803"
	docSecret = "7ad3773142a6692b25b8"
	docAppID  = "3"
)

// ioDeadline only stops a broken test from hanging; nothing is timed by it.
const ioDeadline = 20 * time.Second

func newTestServer(t *testing.T, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	if cfg.AppID == "" {
		cfg.AppID = docAppID
	}
	if cfg.Key == "" {
		cfg.Key = docKey
	}
	if cfg.Secret == "" {
		cfg.Secret = docSecret
	}
	if cfg.Logger == nil && testing.Verbose() {
		cfg.Logger = slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	hs := httptest.NewServer(s)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), ioDeadline)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
		hs.Close()
	})
	return s, hs
}

// tWriter sends a logger's lines to t.Log.
type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

type testFrame struct {
	Event   string
	Channel string
	Data    string
	UserID  string
	raw     []byte
}

type wsClient struct {
	t        *testing.T
	ws       *websocket.Conn
	socketID string
}

func wsURL(hs *httptest.Server, key string) string {
	return "ws" + strings.TrimPrefix(hs.URL, "http") + "/app/" + key + "?protocol=7&client=js&version=8.4.0&flash=false"
}

// dialRaw connects without reading the handshake.
func dialRaw(t *testing.T, hs *httptest.Server, key string) *wsClient {
	t.Helper()
	ws, resp, err := websocket.DefaultDialer.Dial(wsURL(hs, key), nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	resp.Body.Close()
	c := &wsClient{t: t, ws: ws}
	t.Cleanup(func() { ws.Close() })
	return c
}

// dial connects and checks the handshake.
func dial(t *testing.T, hs *httptest.Server) *wsClient {
	t.Helper()
	c := dialRaw(t, hs, docKey)
	c.handshake()
	return c
}

// handshake reads pusher:connection_established and keeps the socket id.
func (c *wsClient) handshake() {
	t := c.t
	t.Helper()
	f := c.next()
	if f.Event != "pusher:connection_established" {
		t.Fatalf("first frame = %s; want pusher:connection_established", f.raw)
	}
	var d struct {
		SocketID        string `json:"socket_id"`
		ActivityTimeout int    `json:"activity_timeout"`
	}
	if err := json.Unmarshal([]byte(f.Data), &d); err != nil {
		t.Fatalf("handshake data %q is not a JSON string of an object: %v", f.Data, err)
	}
	if !socketIDPattern.MatchString(d.SocketID) || d.ActivityTimeout <= 0 {
		t.Fatalf("handshake data = %q; want a socket_id like 123.456 and a positive activity_timeout", f.Data)
	}
	c.socketID = d.SocketID
}

func (c *wsClient) send(event, channel string, data any) {
	c.t.Helper()
	m := map[string]any{"event": event, "data": data}
	if channel != "" {
		m["channel"] = channel
	}
	c.ws.SetWriteDeadline(time.Now().Add(ioDeadline))
	if err := c.ws.WriteJSON(m); err != nil {
		c.t.Fatalf("write %s: %v", event, err)
	}
}

func (c *wsClient) next() testFrame {
	c.t.Helper()
	c.ws.SetReadDeadline(time.Now().Add(ioDeadline))
	_, b, err := c.ws.ReadMessage()
	if err != nil {
		c.t.Fatalf("read: %v", err)
	}
	var raw struct {
		Event   string          `json:"event"`
		Channel string          `json:"channel"`
		Data    json.RawMessage `json:"data"`
		UserID  string          `json:"user_id"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		c.t.Fatalf("frame %s is not JSON: %v", b, err)
	}
	f := testFrame{Event: raw.Event, Channel: raw.Channel, UserID: raw.UserID, raw: b}
	if len(raw.Data) > 0 && raw.Data[0] == '"' {
		json.Unmarshal(raw.Data, &f.Data)
	} else {
		f.Data = string(raw.Data)
	}
	return f
}

func (c *wsClient) expect(event, channel string) testFrame {
	c.t.Helper()
	f := c.next()
	if f.Event != event || f.Channel != channel {
		c.t.Fatalf("got %s; want event %q on channel %q", f.raw, event, channel)
	}
	return f
}

// expectError reads a pusher:error and checks its message contains want.
func (c *wsClient) expectError(code any, want string) {
	c.t.Helper()
	f := c.expect("pusher:error", "")
	var d struct {
		Code    any    `json:"code"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal([]byte(f.Data), &d); err != nil {
		c.t.Fatalf("pusher:error data %s: %v", f.Data, err)
	}
	if fmt.Sprint(d.Code) != fmt.Sprint(code) || !strings.Contains(d.Message, want) {
		c.t.Fatalf("pusher:error = %s; want code %v and a message containing %q", f.Data, code, want)
	}
}

// sync proves nothing else is queued for c: frames are written in order,
// so anything sent to c before the ping would arrive before the pong.
func (c *wsClient) sync() {
	c.t.Helper()
	c.send("pusher:ping", "", map[string]any{})
	c.expect("pusher:pong", "")
}

// expectClose reads until the connection closes and checks the code.
func (c *wsClient) expectClose(code int) {
	c.t.Helper()
	c.ws.SetReadDeadline(time.Now().Add(ioDeadline))
	for {
		_, b, err := c.ws.ReadMessage()
		if err == nil {
			continue // frames queued before the close (e.g. pusher:error)
		}
		if !websocket.IsCloseError(err, code) {
			if len(b) > 200 {
				b = b[:200]
			}
			c.t.Fatalf("connection ended with %v (last frame %s); want close code %d", err, b, code)
		}
		return
	}
}

func (c *wsClient) subscribe(channel, auth, channelData string) {
	c.t.Helper()
	d := map[string]any{"channel": channel}
	if auth != "" {
		d["auth"] = auth
	}
	if channelData != "" {
		d["channel_data"] = channelData
	}
	c.send("pusher:subscribe", "", d)
}

func (c *wsClient) subscribePrivate(channel string) {
	c.t.Helper()
	c.subscribe(channel, channelAuth(docKey, docSecret, c.socketID, channel, ""), "")
	c.expect("pusher_internal:subscription_succeeded", channel)
}

func (c *wsClient) subscribePresence(channel, userID, name string) testFrame {
	c.t.Helper()
	cd := fmt.Sprintf(`{"user_id":%q,"user_info":{"name":%q}}`, userID, name)
	c.subscribe(channel, channelAuth(docKey, docSecret, c.socketID, channel, cd), cd)
	return c.expect("pusher_internal:subscription_succeeded", channel)
}

// signedURL signs a REST request the way the server SDKs do.
func signedURL(base, method, path string, body []byte, params url.Values, ts time.Time) string {
	q := url.Values{}
	for k, v := range params {
		q[k] = v
	}
	q.Set("auth_key", docKey)
	q.Set("auth_timestamp", strconv.FormatInt(ts.Unix(), 10))
	q.Set("auth_version", "1.0")
	if len(body) > 0 {
		sum := md5.Sum(body)
		q.Set("body_md5", hex.EncodeToString(sum[:]))
	}
	q.Set("auth_signature", sign(docSecret, restStringToSign(method, path, q)))
	return base + path + "?" + q.Encode()
}

// rest performs a signed REST call and returns status and body.
func rest(t *testing.T, hs *httptest.Server, method, path string, body any, params url.Values) (int, string) {
	t.Helper()
	var b []byte
	if body != nil {
		var err error
		if b, err = json.Marshal(body); err != nil {
			t.Fatal(err)
		}
	}
	req, err := http.NewRequest(method, signedURL(hs.URL, method, "/apps/"+docAppID+path, b, params, time.Now()), bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if b != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := hs.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, strings.TrimSpace(string(out))
}

func mustREST(t *testing.T, hs *httptest.Server, method, path string, body any, params url.Values) string {
	t.Helper()
	code, out := rest(t, hs, method, path, body, params)
	if code != 200 {
		t.Fatalf("%s %s = %d %s; want 200", method, path, code, out)
	}
	return out
}
