package mockpusher

import (
	"context"
	"errors"
	"net"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// dialSmallBuffer connects a subscriber to channel with a tiny receive
// buffer, so the kernel does not absorb megabytes on its behalf and the
// server's queue for it fills soon when it reads slowly or not at all.
func dialSmallBuffer(t *testing.T, hs *httptest.Server, channel string) *wsClient {
	t.Helper()
	d := websocket.Dialer{NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
		if err == nil {
			err = c.(*net.TCPConn).SetReadBuffer(4096)
		}
		return c, err
	}}
	ws, resp, err := d.Dial(wsURL(hs, docKey), nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	resp.Body.Close()
	t.Cleanup(func() { ws.Close() })
	c := &wsClient{t: t, ws: ws}
	c.handshake()
	c.subscribe(channel, "", "")
	c.expect("pusher_internal:subscription_succeeded", channel)
	return c
}

// floodUntilClosing triggers batches of 10 KB events on channel until the
// server has started to close victim for a full queue, checking that fast
// receives every event meanwhile.
func floodUntilClosing(t *testing.T, s *Server, hs *httptest.Server, channel string, victim, fast *wsClient) {
	t.Helper()
	s.mu.RLock()
	c := s.conns[victim.socketID]
	s.mu.RUnlock()
	if c == nil {
		t.Fatalf("no connection %s on the server", victim.socketID)
	}
	data := strings.Repeat("x", 10000)
	batch := make([]map[string]any, 10)
	for j := range batch {
		batch[j] = map[string]any{"name": "e", "channel": channel, "data": data}
	}
	for i := 0; i < 1000; i++ {
		mustREST(t, hs, "POST", "/batch_events", map[string]any{"batch": batch}, nil)
		for range batch {
			fast.expect("e", channel)
		}
		if isClosing(c) {
			t.Logf("subscriber closed after %d MB", (i+1)*len(batch)*len(data)>>20)
			return
		}
	}
	t.Fatal("slow subscriber still open after 100 MB")
}

// A stalled subscriber (it never reads) is let go of, and the others get
// every event meanwhile. It cannot read its close frame: the kernel's
// buffers are full.
func TestSlowSubscriberDropped(t *testing.T) {
	s, hs := newTestServer(t, Config{SendQueueBytes: 256 << 10})
	slow := dialSmallBuffer(t, hs, "firehose")
	fast := dial(t, hs)
	fast.subscribe("firehose", "", "")
	fast.expect("pusher_internal:subscription_succeeded", "firehose")
	floodUntilClosing(t, s, hs, "firehose", slow, fast)
	// It is let go of within closeGrace (plus the writer's last chance);
	// the wait is bounded only so a broken server fails instead of hanging.
	for start := time.Now(); ; time.Sleep(10 * time.Millisecond) {
		s.mu.RLock()
		_, still := s.conns[slow.socketID]
		s.mu.RUnlock()
		if !still {
			break
		}
		if time.Since(start) > ioDeadline {
			t.Fatal("stalled subscriber still registered after its close")
		}
	}
	fast.sync()
}

// A subscriber that reads slower than events come is closed with 4200
// when its queue is full, and the close frame reaches it while it goes on
// reading slowly: its queued frames are dropped rather than written first,
// and the close frame goes out as soon as the socket has room. pusher-js
// reconnects at once on 4200, where a cut connection (1006) costs it a
// back-off.
//
// Its receive buffer is the default: a tiny one (as the stalled test's)
// makes loopback TCP crawl on zero-window probes once there is a backlog.
func TestSlowReaderGets4200(t *testing.T) {
	s, hs := newTestServer(t, Config{})
	slow := dial(t, hs)
	slow.subscribe("firehose", "", "")
	slow.expect("pusher_internal:subscription_succeeded", "firehose")
	fast := dial(t, hs)
	fast.subscribe("firehose", "", "")
	fast.expect("pusher_internal:subscription_succeeded", "firehose")

	floodUntilClosing(t, s, hs, "firehose", slow, fast)
	// Read a frame every 50 ms (about 200 KB/s, slower on a busy
	// machine) for longer than the server gives a close (closeGrace, and
	// as much again once the reader has gone), then take the rest at once.
	slowUntil := time.Now().Add(2*closeGrace + 500*time.Millisecond)
	var err error
	frames := 0
	for ; err == nil; frames++ {
		if time.Now().Before(slowUntil) {
			time.Sleep(50 * time.Millisecond)
		}
		slow.ws.SetReadDeadline(time.Now().Add(ioDeadline))
		_, _, err = slow.ws.ReadMessage()
	}
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != closeGeneric {
		t.Fatalf("after %d frames the slow reader's connection ended with %v; want close frame %d", frames, err, closeGeneric)
	}
	t.Logf("close frame %d after %d frames", ce.Code, frames)
	fast.sync()
}
