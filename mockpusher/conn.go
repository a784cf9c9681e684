package mockpusher

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
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
	rawWrite  func(uintptr) bool
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

// send writes or queues a frame. A connection whose queue would exceed
// SendQueueBytes is a subscriber that cannot keep up: it is closed with
// 4200 (pusher-js reconnects at once) instead of delaying anyone else.
func (c *conn) send(frame []byte) bool {
	c.mu.Lock()
	if c.closing {
		c.mu.Unlock()
		return false
	}
	partial := false
	if !c.writing && len(c.queue) == 0 && c.raw != nil {
		// Nothing is waiting: write now, from the caller's goroutine,
		// without blocking. Only what the socket does not take at once
		// goes to the writer goroutine.
		n, err := c.tryWrite(frame)
		if err != nil {
			c.closing = true
			c.mu.Unlock()
			c.s.log.Debug("pusher connection write failed", "socket_id", c.id, "err", err)
			c.nc.Close() // the reader sees it and cleans up
			return false
		}
		if n == len(frame) {
			c.mu.Unlock()
			return true
		}
		// The rest of a frame partly written must follow, whatever the
		// bound: it becomes the (empty) queue's head.
		partial = n > 0
		frame = frame[n:]
	}
	if !partial && c.queued+len(frame) > c.s.cfg.SendQueueBytes {
		queued := c.queued
		c.dropQueueLocked()
		c.startCloseLocked(closeGeneric, "client too slow: send queue full")
		c.mu.Unlock()
		c.s.log.Warn("pusher subscriber too slow: closed it so it reconnects", "socket_id", c.id, "queued_bytes", queued)
		return false
	}
	c.headPartial = c.headPartial || partial
	c.enqueueLocked(frame)
	c.mu.Unlock()
	return true
}

// dropQueueLocked discards the queued frames of a subscriber that cannot
// keep up, so its close frame goes next: only the rest of a frame already
// partly on the wire is kept, since the client could not parse what
// follows a cut frame.
func (c *conn) dropQueueLocked() {
	keep := 0
	if c.headPartial && len(c.queue) > 0 {
		keep = 1
	}
	clear(c.queue[keep:])
	c.queue = c.queue[:keep]
	c.queued = 0
	if keep == 1 {
		c.queued = len(c.queue[0])
	}
}

// tryWrite makes one non-blocking write(2) attempt (Go's sockets are
// non-blocking underneath) and reports how much the socket took; 0 with no
// error when its buffer is full.
func (c *conn) tryWrite(frame []byte) (int, error) {
	if c.rawWrite == nil {
		c.rawWrite = c.rw.write // allocated once, not per delivery
	}
	c.rw.buf = frame
	err := c.raw.Write(c.rawWrite)
	n, werr := c.rw.n, c.rw.err
	c.rw = rawWriter{}
	switch {
	case err != nil:
		return 0, err
	case werr == syscall.EAGAIN || werr == syscall.EINTR:
		return 0, nil
	case werr != nil:
		return 0, werr
	}
	return max(n, 0), nil
}

// rawWriter is tryWrite's callback state, kept in the conn (guarded by
// c.mu) so a delivery allocates nothing.
type rawWriter struct {
	buf []byte
	n   int
	err error
}

func (w *rawWriter) write(fd uintptr) bool {
	w.n, w.err = syscall.Write(int(fd), w.buf)
	return true // one attempt: never wait for the socket here
}

// sendControl queues a control frame, which is not subject to the queue
// bound (it counts towards it for the frames after it).
func (c *conn) sendControl(frame []byte) {
	c.mu.Lock()
	if !c.closing {
		c.enqueueLocked(frame)
	}
	c.mu.Unlock()
}

// closeWith queues a close frame after what is already queued and gives the
// client closeGrace to answer it.
func (c *conn) closeWith(code int, reason string) {
	c.mu.Lock()
	if c.closing {
		c.mu.Unlock()
		return
	}
	c.startCloseLocked(code, reason)
	c.mu.Unlock()
}

// startCloseLocked queues the close frame. What is left to write, the
// writer's current chunk included, gets closeGrace: a client that reads,
// however slowly, gets the close frame and its code; one that has stopped
// reading is cut off then.
func (c *conn) startCloseLocked(code int, reason string) {
	c.closing = true
	c.closeBy = time.Now().Add(closeGrace)
	c.enqueueLocked(closeFrame(code, reason))
	c.nc.SetReadDeadline(c.closeBy)
	// A blocking write in progress returns now; the writer finishes it
	// with writeClosing's non-blocking writes.
	c.nc.SetWriteDeadline(time.Now())
}

// startWriterLocked starts the writer if it is not running. The writer is
// counted in c.writers, which the reader's finish waits for: only readers
// are counted in Server.wg, so no Add can race Shutdown's Wait.
func (c *conn) startWriterLocked() {
	if !c.writing {
		c.writing = true
		c.writers.Add(1)
		go c.writeLoop()
	}
}

// writeChunk bounds what the writer takes off the queue for one write, so
// a subscriber found too slow meanwhile waits for at most this much before
// its close frame (the rest of the queue is dropped).
const writeChunk = 64 << 10

// maxClosePause bounds the pause between a closing connection's write
// attempts (see writeClosing).
const maxClosePause = 32 * time.Millisecond

// writeLoop writes everything queued, several frames per system call when
// they have piled up, and exits when the queue is empty.
func (c *conn) writeLoop() {
	defer c.writers.Done()
	for {
		c.mu.Lock()
		if len(c.queue) == 0 {
			c.writing = false
			closeNow := c.closeOnDrain
			if !closeNow && !c.closing {
				// The direct writes that follow must not meet an
				// expired deadline.
				c.nc.SetWriteDeadline(time.Time{})
			}
			c.mu.Unlock()
			if closeNow {
				c.nc.Close()
			}
			return
		}
		c.takeChunkLocked()
		closing := c.closing
		if !closing {
			// Under the lock, so a close (startCloseLocked) that moves
			// the deadline to now always comes after this.
			c.nc.SetWriteDeadline(time.Now().Add(writeWait))
		}
		c.mu.Unlock()

		bufs := net.Buffers(c.inflight)
		var err error
		if closing {
			err = c.writeClosing(&bufs)
		} else if _, err = bufs.WriteTo(c.nc); errors.Is(err, os.ErrDeadlineExceeded) && isClosing(c) {
			// Cut short by a close: finish the chunk, then the close frame.
			err = c.writeClosing(&bufs)
		}
		c.mu.Lock()
		clear(c.inflight)
		c.inflight = c.inflight[:0]
		if cap(c.inflight) > 64 {
			c.inflight = nil
		}
		if err != nil {
			c.closing = true
			clear(c.queue)
			c.queue = c.queue[:0]
			c.queued = 0
			c.headPartial = false
			c.writing = false
			c.mu.Unlock()
			c.s.log.Debug("pusher connection write failed", "socket_id", c.id, "err", err)
			c.nc.Close() // the reader sees it and cleans up
			return
		}
		c.mu.Unlock()
	}
}

// writeClosing writes what is left for a closing connection with
// non-blocking writes, retried after a pause (1 ms, doubling up to
// maxClosePause) until the close's deadline. A small close frame goes out
// as soon as the socket has any room, where a blocking write would wait
// until a third of its buffer had drained, which a slow reader may not
// manage within closeGrace.
func (c *conn) writeClosing(bufs *net.Buffers) error {
	c.mu.Lock()
	c.nc.SetWriteDeadline(c.writeDeadlineLocked()) // startCloseLocked set it to now
	c.mu.Unlock()
	if c.raw == nil {
		_, err := bufs.WriteTo(c.nc)
		return err
	}
	pause := time.Millisecond
	for _, b := range *bufs {
		for len(b) > 0 {
			c.mu.Lock()
			n, err := c.tryWrite(b)
			by := c.writeDeadlineLocked()
			c.mu.Unlock()
			switch {
			case err != nil:
				return err
			case n > 0:
				b, pause = b[n:], time.Millisecond
			case !time.Now().Before(by):
				return fmt.Errorf("closing: %d bytes left unwritten: %w", len(b), os.ErrDeadlineExceeded)
			default:
				time.Sleep(pause)
				pause = min(2*pause, maxClosePause)
			}
		}
	}
	return nil
}

// takeChunkLocked moves the oldest queued frames, up to writeChunk bytes
// (at least one frame), to c.inflight.
func (c *conn) takeChunkLocked() {
	n, k := 0, 0
	for k < len(c.queue) && (k == 0 || n+len(c.queue[k]) <= writeChunk) {
		n += len(c.queue[k])
		k++
	}
	c.inflight = append(c.inflight[:0], c.queue[:k]...)
	m := copy(c.queue, c.queue[k:])
	clear(c.queue[m:])
	c.queue = c.queue[:m]
	c.queued -= n
	c.headPartial = false
	if cap(c.queue) > 64 && m == 0 {
		c.queue = nil // a backlog's array is not kept by an idle connection
	}
}

// enqueueLocked appends a frame for the writer and starts it.
func (c *conn) enqueueLocked(frame []byte) {
	c.queue = append(c.queue, frame)
	c.queued += len(frame)
	c.startWriterLocked()
}

// writeDeadlineLocked is the deadline for the writer's next chunk: writeWait
// from now, or the close's deadline once the connection is closing.
func (c *conn) writeDeadlineLocked() time.Time {
	if !c.closing {
		return time.Now().Add(writeWait)
	}
	if c.closeBy.IsZero() {
		c.closeBy = time.Now().Add(closeGrace)
	}
	return c.closeBy
}

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
