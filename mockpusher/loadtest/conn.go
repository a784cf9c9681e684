package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gorilla/websocket"
)

// stalledRcvBuf is the receive buffer of a stalled subscriber's socket, small
// so the server's queue for it fills after a few events rather than megabytes.
const stalledRcvBuf = 4096

// subscriber is one WebSocket connection speaking Pusher protocol 7.
type subscriber struct {
	ws          *websocket.Conn
	raw         *recConn // ws's socket
	gorillaMsgs int      // messages read through ws during dial
	socketID    string

	mu    sync.Mutex
	rec   *phase // what is being measured now; nil between phases
	idx   int    // this subscriber's row in rec
	stats [2]int // frames read, frames not understood
	fd    int    // the socket's descriptor once an epoll receiver owns it, else -1

	closeErr atomic.Pointer[error] // why the read loop ended
	done     chan struct{}
}

// dial connects to /app/{key}, reads pusher:connection_established and, when
// channel is set, subscribes and waits for subscription_succeeded.
func dial(ctx context.Context, base, key, channel string, stalled bool) (*subscriber, error) {
	d := websocket.Dialer{HandshakeTimeout: 30 * time.Second, ReadBufferSize: 8192, WriteBufferSize: 1024}
	nd := &net.Dialer{}
	if stalled {
		nd.Control = func(_, _ string, c syscall.RawConn) error {
			var serr error
			err := c.Control(func(fd uintptr) {
				serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, stalledRcvBuf)
			})
			return errors.Join(err, serr)
		}
	}
	var raw *recConn
	d.NetDialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := nd.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		raw = &recConn{Conn: c, recording: !stalled}
		return raw, nil
	}
	u := "ws" + strings.TrimPrefix(base, "http") + "/app/" + key + "?protocol=7&client=loadtest&version=1.0&flash=false"
	ws, resp, err := d.DialContext(ctx, u, nil)
	if err != nil {
		if resp != nil {
			return nil, fmt.Errorf("opening %s: %w (HTTP %s)", u, err, resp.Status)
		}
		return nil, fmt.Errorf("opening %s: %w", u, err)
	}
	s := &subscriber{ws: ws, raw: raw, fd: -1, done: make(chan struct{})}
	ws.SetReadDeadline(time.Now().Add(30 * time.Second))
	ev, err := s.readEvent()
	if err != nil {
		ws.Close()
		return nil, fmt.Errorf("reading the handshake: %w", err)
	}
	if ev.Event != "pusher:connection_established" {
		ws.Close()
		return nil, fmt.Errorf("first frame is %s (%s), want pusher:connection_established", ev.Event, ev.Data)
	}
	var est struct {
		SocketID string `json:"socket_id"`
	}
	if err := json.Unmarshal([]byte(ev.dataString()), &est); err != nil || est.SocketID == "" {
		ws.Close()
		return nil, fmt.Errorf("handshake data %s has no socket_id", ev.Data)
	}
	s.socketID = est.SocketID
	if channel != "" {
		if err := s.subscribe(channel); err != nil {
			ws.Close()
			return nil, err
		}
	}
	ws.SetReadDeadline(time.Time{})
	return s, nil
}

type frame struct {
	Event   string          `json:"event"`
	Channel string          `json:"channel"`
	Data    json.RawMessage `json:"data"`
}

func (f frame) dataString() string {
	var s string
	if json.Unmarshal(f.Data, &s) == nil {
		return s
	}
	return string(f.Data)
}

func (s *subscriber) readEvent() (frame, error) {
	var f frame
	_, msg, err := s.ws.ReadMessage()
	if err != nil {
		return f, err
	}
	s.gorillaMsgs++
	if err := json.Unmarshal(msg, &f); err != nil {
		return f, fmt.Errorf("frame %.100q is not JSON: %w", msg, err)
	}
	return f, nil
}

// subscribe joins a public channel and waits for the server's answer.
func (s *subscriber) subscribe(channel string) error {
	msg, _ := json.Marshal(map[string]any{"event": "pusher:subscribe", "data": map[string]string{"channel": channel}})
	if err := s.ws.WriteMessage(websocket.TextMessage, msg); err != nil {
		return fmt.Errorf("subscribing to %s: %w", channel, err)
	}
	for {
		ev, err := s.readEvent()
		if err != nil {
			return fmt.Errorf("waiting for subscription to %s: %w", channel, err)
		}
		switch ev.Event {
		case "pusher_internal:subscription_succeeded":
			return nil
		case "pusher:error":
			return fmt.Errorf("subscribing to %s: pusher:error %s", channel, ev.Data)
		}
	}
}

// subscribeAsync sends a subscribe frame without waiting: the read loop
// consumes the answer. Used once the loop runs.
func (s *subscriber) subscribeAsync(channel string) error {
	msg, _ := json.Marshal(map[string]any{"event": "pusher:subscribe", "data": map[string]string{"channel": channel}})
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ws.WriteMessage(websocket.TextMessage, msg)
}

var (
	seqKey = []byte(`bseq\":`)
	tsKey  = []byte(`bts\":`)
	pingEv = []byte(`"pusher:ping"`)
	pong   = []byte(`{"event":"pusher:pong","data":{}}`)
)

// readLoop reads frames until the connection ends, recording benchmark
// events into the current phase. It answers pusher:ping.
func (s *subscriber) readLoop() {
	defer close(s.done)
	var buf bytes.Buffer
	for {
		_, r, err := s.ws.NextReader()
		if err != nil {
			s.closeErr.Store(&err)
			return
		}
		buf.Reset()
		if _, err := buf.ReadFrom(r); err != nil {
			s.closeErr.Store(&err)
			return
		}
		now := time.Now().UnixNano()
		msg := buf.Bytes()
		seq, okSeq := intAfter(msg, seqKey)
		ts, okTS := intAfter(msg, tsKey)
		s.mu.Lock()
		s.stats[0]++
		if okSeq && okTS {
			if p := s.rec; p != nil {
				p.record(s.idx, int(seq), now-ts)
			}
		} else if bytes.Contains(msg, pingEv) {
			_ = s.ws.WriteMessage(websocket.TextMessage, pong)
		}
		s.mu.Unlock()
	}
}

// intAfter parses the decimal integer following key in msg.
func intAfter(msg, key []byte) (int64, bool) {
	i := bytes.Index(msg, key)
	if i < 0 {
		return 0, false
	}
	rest := msg[i+len(key):]
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	n, err := strconv.ParseInt(string(rest[:j]), 10, 64)
	return n, err == nil
}

// drain reads a stalled subscriber's backlog for up to limit and reports how
// the connection ended: a close code, another error, or "still open".
func (s *subscriber) drain(limit time.Duration) (frames int, how string) {
	s.ws.SetReadDeadline(time.Now().Add(limit))
	for {
		_, r, err := s.ws.NextReader()
		if err != nil {
			var ce *websocket.CloseError
			var ne net.Error
			switch {
			case errors.As(err, &ce):
				return frames, fmt.Sprintf("closed by server with %d %q", ce.Code, ce.Text)
			case errors.As(err, &ne) && ne.Timeout():
				return frames, "still open"
			case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNRESET):
				return frames, "closed by server without a close frame"
			default:
				return frames, "ended: " + err.Error()
			}
		}
		if _, err := io.Copy(io.Discard, r); err != nil {
			continue
		}
		frames++
	}
}

func (s *subscriber) close() {
	s.mu.Lock()
	if s.fd >= 0 {
		s.writeRaw(opClose, []byte{0x03, 0xE8}) // 1000
		syscall.Close(s.fd)
		s.fd = -1
		s.mu.Unlock()
		return
	}
	_ = s.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
	s.mu.Unlock()
	s.ws.Close()
}

// openAll dials n subscribers with `parallel` dials in flight and returns them
// with the time it took.
func openAll(ctx context.Context, base, key, channel string, n, parallel int, stalled bool) ([]*subscriber, time.Duration, error) {
	subs := make([]*subscriber, n)
	var next atomic.Int64
	var firstErr atomic.Pointer[error]
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < parallel; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n || firstErr.Load() != nil || ctx.Err() != nil {
					return
				}
				s, err := dial(ctx, base, key, channel, stalled)
				if err != nil {
					err = fmt.Errorf("connection %d of %d: %w", i+1, n, err)
					firstErr.CompareAndSwap(nil, &err)
					return
				}
				subs[i] = s
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if p := firstErr.Load(); p != nil {
		closeAll(subs)
		return nil, elapsed, *p
	}
	if err := ctx.Err(); err != nil {
		closeAll(subs)
		return nil, elapsed, err
	}
	return subs, elapsed, nil
}

// writeRaw writes one masked frame to the socket an epoll receiver owns,
// with s.mu held. The socket is non-blocking: a frame that does not fit in
// the send buffer is dropped (these are pongs and close frames, a few bytes).
func (s *subscriber) writeRaw(op byte, payload []byte) {
	if s.fd < 0 {
		return
	}
	mask := [4]byte{byte(s.fd), byte(s.stats[0]), 0x5a, 0xa5}
	_, _ = syscall.Write(s.fd, clientFrame(op, payload, mask))
}

func closeAll(subs []*subscriber) {
	for _, s := range subs {
		if s != nil {
			s.close()
		}
	}
}
