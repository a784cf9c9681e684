package mockpusher

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gorilla/websocket"
)

// Close codes pusher-js acts on (see PUSHER.md).
const (
	closeUnknownKey       = 4001 // never reconnects
	closeBadVersionFormat = 4006
	closeProtocol         = 4007 // unsupported protocol version
	closeNoProtocol       = 4008
	closeUnauthorized     = 4009 // terminate_connections
	closeGeneric          = 4200 // reconnect at once: shutdown, slow consumer
	closePongNotReceived  = 4201
	closeClientRateLimit  = 4301 // gives up
)

// conn is one client connection. Its reader goroutine (readLoop) passes
// frames to the handler pool. A frame to send is written at once from the
// sender's goroutine with one non-blocking write(2) when nothing is queued
// (the common case: one system call per delivery, no goroutine); what the
// socket does not take waits in a bounded queue drained by a writer
// goroutine that runs only while there is a backlog. An idle connection
// costs one parked goroutine and a small read buffer.
type conn struct {
	s         *Server
	ws        *websocket.Conn
	nc        net.Conn
	raw       syscall.RawConn // nc's descriptor for non-blocking writes; nil if it has none
	rw        rawWriter       // guarded by mu
	rawWrite  func(uintptr)
	id        string
	remote    string
	userAgent string
	since     time.Time

	lastSeen atomic.Int64 // unix nanoseconds of the last frame received
	pinged   atomic.Bool

	mu           sync.Mutex // guards everything below
	queue        [][]byte   // waiting for the writer, oldest first
	inflight     [][]byte   // the writer's current chunk, taken off queue
	queued       int        // bytes in queue
	headPartial  bool       // queue[0] is the rest of a frame partly written
	writing      bool
	closing      bool      // close frame queued: nothing more is accepted
	closeBy      time.Time // when closing: the deadline for what is left to write
	closeOnDrain bool      // reader gone: close the socket once the queue is written
	subs         subList   // a slice, not a map: most connections have a few
	handled      chan struct{}
	writers      sync.WaitGroup // the writer goroutine, while it runs
	user         *signedIn
	evSecond     int64
	evCount      int
}

type signedIn struct {
	id        string
	userData  string
	info      json.RawMessage
	watchlist []string
}

func (s *Server) serveWebSocket(w http.ResponseWriter, r *http.Request) {
	if !websocket.IsWebSocketUpgrade(r) {
		http.Error(w, fmt.Sprintf("mock pusher: %s is the Pusher WebSocket endpoint; connect with pusher-js (wsHost, wsPort, forceTLS: false)", r.URL.Path), http.StatusBadRequest)
		return
	}
	if s.closing.Load() {
		http.Error(w, "mock pusher is shutting down", http.StatusServiceUnavailable)
		return
	}
	ws, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		s.log.Debug("websocket upgrade failed", "remote", r.RemoteAddr, "err", err)
		return
	}
	c := &conn{
		s:         s,
		ws:        ws,
		nc:        ws.UnderlyingConn(),
		id:        s.newSocketID(),
		remote:    r.RemoteAddr,
		handled:   make(chan struct{}, 1),
		userAgent: r.UserAgent(),
		since:     time.Now(),
	}
	c.lastSeen.Store(c.since.UnixNano())
	if sc, ok := c.nc.(syscall.Conn); ok {
		c.raw, _ = sc.SyscallConn()
	}

	key := strings.TrimPrefix(r.URL.Path, "/app/")
	if key != s.cfg.Key {
		s.log.Warn("pusher client used an unknown app key", "got", key, "want", s.cfg.Key, "remote", r.RemoteAddr)
		s.refuse(c, closeUnknownKey, fmt.Sprintf("App key %s not in this cluster. devproxy's mock Pusher serves key %s: pass it to new Pusher(key, ...)", key, s.cfg.Key))
		return
	}
	if code, msg := checkProtocol(r.URL.Query().Get("protocol")); code != 0 {
		s.refuse(c, code, msg)
		return
	}

	s.mu.Lock()
	if s.closing.Load() {
		s.mu.Unlock()
		c.closeNow(closeGeneric, "server shutting down: reconnect")
		return
	}
	s.conns[c.id] = c
	s.wg.Add(1) // the reader, counted before Shutdown can snapshot conns
	s.mu.Unlock()

	c.send(encodeEvent(outEvent{
		Event: "pusher:connection_established",
		Data:  fmt.Sprintf(`{"socket_id":%q,"activity_timeout":%d}`, c.id, int(s.cfg.ActivityTimeout/time.Second)),
	}))
	s.log.Debug("pusher connection", "socket_id", c.id, "remote", c.remote)
	s.insp.record(logEntry{Kind: "connect", SocketID: c.id, Detail: c.remote})
	go c.readLoop()
}

// checkProtocol returns Pusher's close code and text for a bad protocol
// query parameter (pusher-js always sends protocol=7).
func checkProtocol(p string) (int, string) {
	if p == "" {
		return closeNoProtocol, "No protocol version supplied: connect to /app/{key}?protocol=7"
	}
	v, err := strconv.Atoi(p)
	switch {
	case err != nil:
		return closeBadVersionFormat, fmt.Sprintf("Invalid version string format %q: want protocol=7", p)
	case v < 4 || v > 7:
		return closeProtocol, fmt.Sprintf("Unsupported protocol version %d: this server speaks protocol 7 (pusher-js 4 and later)", v)
	}
	return 0, ""
}

// refuse sends Pusher's handshake error and closes: the first frame must
// be pusher:connection_established or pusher:error.
func (s *Server) refuse(c *conn, code int, msg string) {
	s.mu.Lock()
	if s.closing.Load() {
		s.mu.Unlock()
		c.closeNow(closeGeneric, "server shutting down: reconnect")
		return
	}
	s.wg.Add(1) // the reader below; see Shutdown
	s.mu.Unlock()
	c.send(encodeError(code, msg))
	c.closeWith(code, msg)
	go c.readLoop() // reads the client's close reply, then cleans up
}

// closeNow writes a pusher:error and a close frame synchronously, without a
// goroutine (Shutdown may be waiting already), and closes the socket.
func (c *conn) closeNow(code int, msg string) {
	c.nc.SetWriteDeadline(time.Now().Add(closeGrace))
	c.nc.Write(append(encodeError(code, msg), closeFrame(code, msg)...))
	c.nc.Close()
}

func (c *conn) readLoop() {
	defer c.s.wg.Done()
	defer c.finish()
	c.ws.SetReadLimit(maxInboundMessage)
	c.ws.SetPingHandler(func(data string) error {
		c.touch()
		c.sendControl(wsFrame(opPong, []byte(data)))
		return nil
	})
	c.ws.SetPongHandler(func(string) error { c.touch(); return nil })
	c.ws.SetCloseHandler(func(code int, _ string) error {
		if code == websocket.CloseNoStatusReceived {
			code = websocket.CloseNormalClosure
		}
		c.closeWith(code, "")
		return nil
	})
	for {
		mt, msg, err := c.ws.ReadMessage()
		if err != nil {
			if !websocket.IsCloseError(err, websocket.CloseNormalClosure, websocket.CloseGoingAway, websocket.CloseNoStatusReceived) &&
				!isClosing(c) {
				c.s.log.Debug("pusher connection read failed", "socket_id", c.id, "err", err)
			}
			return
		}
		c.touch()
		if isClosing(c) {
			continue
		}
		if mt != websocket.TextMessage {
			c.send(encodeError(0, "Binary frames are not supported: send JSON text frames"))
			continue
		}
		if !c.s.dispatch(c, msg) {
			return
		}
	}
}

func isClosing(c *conn) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closing
}

func (c *conn) touch() {
	c.lastSeen.Store(time.Now().UnixNano())
	c.pinged.Store(false)
}

// checkActivity is the janitor's per-connection check.
func (c *conn) checkActivity(now time.Time) {
	idle := now.Sub(time.Unix(0, c.lastSeen.Load()))
	switch {
	case idle > c.s.cfg.ActivityTimeout+c.s.cfg.PongTimeout:
		c.closeWith(closePongNotReceived, "Pong reply not received")
	case idle > c.s.cfg.ActivityTimeout && !c.pinged.Swap(true):
		c.send(pingFrame)
	}
}

var (
	pingFrame = encodeEvent(outEvent{Event: "pusher:ping", Data: "{}"})
	pongFrame = encodeEvent(outEvent{Event: "pusher:pong", Data: "{}"})
)

// finish runs when the reader exits: it leaves every channel and lets the
// writer flush what is queued (a close frame) before the socket closes.
func (c *conn) finish() {
	c.mu.Lock()
	c.closing = true
	subs := c.subs
	c.subs = nil
	user := c.user
	writing := c.writing
	if writing {
		c.closeOnDrain = true
		c.closeBy = time.Now().Add(closeGrace) // the writer's last chance
		c.nc.SetWriteDeadline(c.closeBy)
	}
	c.mu.Unlock()
	if writing {
		c.writers.Wait() // closing is set: no writer starts after this
	} else {
		c.nc.Close()
	}

	s := c.s
	for _, sb := range subs {
		s.leave(c, sb.channel, sb.userID)
	}
	s.signOut(c, user)
	s.mu.Lock()
	delete(s.conns, c.id)
	s.mu.Unlock()
	s.log.Debug("pusher connection closed", "socket_id", c.id)
	s.insp.record(logEntry{Kind: "disconnect", SocketID: c.id})
}

// subscription is one channel a connection joined; userID is its presence
// member ("" on other channels).
type subscription struct{ channel, userID string }

type subList []subscription

func (l subList) get(channel string) (string, bool) {
	for _, s := range l {
		if s.channel == channel {
			return s.userID, true
		}
	}
	return "", false
}

func (l *subList) add(channel, userID string) {
	*l = append(*l, subscription{channel, userID})
}

func (l *subList) remove(channel string) (string, bool) {
	for i, s := range *l {
		if s.channel == channel {
			last := len(*l) - 1
			(*l)[i] = (*l)[last]
			(*l)[last] = subscription{}
			*l = (*l)[:last]
			return s.userID, true
		}
	}
	return "", false
}
