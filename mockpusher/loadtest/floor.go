package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"unsafe"

	"github.com/gorilla/websocket"
)

// floorServer is the least a Pusher server can do per delivery, run in the
// same child-process setup as the mock so the two are measured side by side:
// it answers the handshake and subscribe, and a trigger writes one
// pre-encoded WebSocket frame to each subscriber's socket with one
// non-blocking write(2), in the request's goroutine (a goroutine takes over
// only what a full socket buffer refused). No signature check, no queues, no webhooks.
// Its CPU per delivery is what the kernel's loopback TCP path costs on this
// machine, the floor under any server's figure.
type floorServer struct {
	up    websocket.Upgrader
	mu    sync.Mutex
	subs  []*floorConn
	seqID int
}

type floorConn struct {
	mu       sync.Mutex
	nc       net.Conn
	rc       syscall.RawConn
	ws       *websocket.Conn
	pending  []byte // what a full socket buffer did not take, in order
	flushing bool   // a goroutine is writing pending
}

// deliver writes frame with one non-blocking write(2). Only when the socket
// buffer is full does the rest wait for a goroutine, so one slow subscriber
// never stalls the loop over the others.
func (c *floorConn) deliver(frame []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.flushing {
		c.pending = append(c.pending, frame...)
		return
	}
	// The cheapest write Go allows: Control only pins the descriptor (Write
	// would also reset the poller for a wait never made), and a raw system
	// call skips the scheduler hand-off a call that cannot block has no use
	// for. The mock's direct writes do the same.
	var n uintptr
	var errno syscall.Errno
	err := c.rc.Control(func(fd uintptr) {
		n, _, errno = syscall.RawSyscall(syscall.SYS_WRITE, fd, uintptr(unsafe.Pointer(&frame[0])), uintptr(len(frame)))
	})
	if err != nil || (errno != 0 && errno != syscall.EAGAIN) {
		return // the reader sees the broken connection
	}
	if errno != 0 {
		n = 0
	}
	if int(n) < len(frame) {
		c.pending = append(c.pending[:0], frame[n:]...)
		c.flushing = true
		go c.flush()
	}
}

func (c *floorConn) flush() {
	for {
		c.mu.Lock()
		buf := c.pending
		c.pending = nil
		if len(buf) == 0 {
			c.flushing = false
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		if _, err := c.nc.Write(buf); err != nil {
			c.mu.Lock()
			c.pending, c.flushing = nil, false
			c.mu.Unlock()
			return
		}
	}
}

func (f *floorServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case strings.HasPrefix(r.URL.Path, "/app/"):
		f.serveWS(w, r)
	case strings.HasPrefix(r.URL.Path, "/apps/") && strings.HasSuffix(r.URL.Path, "/events"):
		f.trigger(w, r)
	default:
		http.NotFound(w, r)
	}
}

func (f *floorServer) serveWS(w http.ResponseWriter, r *http.Request) {
	ws, err := f.up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	f.mu.Lock()
	f.seqID++
	id := f.seqID
	f.mu.Unlock()
	c := &floorConn{nc: ws.NetConn(), ws: ws}
	sc, ok := c.nc.(syscall.Conn)
	if !ok {
		ws.Close()
		return
	}
	if c.rc, err = sc.SyscallConn(); err != nil {
		ws.Close()
		return
	}
	est, _ := json.Marshal(fmt.Sprintf(`{"socket_id":"1.%d","activity_timeout":120}`, id))
	c.mu.Lock()
	_ = ws.WriteMessage(websocket.TextMessage, []byte(`{"event":"pusher:connection_established","data":`+string(est)+`}`))
	c.mu.Unlock()
	defer func() {
		f.mu.Lock()
		for i, s := range f.subs {
			if s == c {
				f.subs = append(f.subs[:i], f.subs[i+1:]...)
				break
			}
		}
		f.mu.Unlock()
		ws.Close()
	}()
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var ev struct {
			Event string `json:"event"`
			Data  struct {
				Channel string `json:"channel"`
			} `json:"data"`
		}
		if json.Unmarshal(msg, &ev) != nil || ev.Event != "pusher:subscribe" {
			continue
		}
		// Subscribed before the answer: a client that triggers as soon as
		// it has subscription_succeeded must get the event.
		f.mu.Lock()
		f.subs = append(f.subs, c)
		f.mu.Unlock()
		ch, _ := json.Marshal(ev.Data.Channel)
		c.mu.Lock()
		_ = ws.WriteMessage(websocket.TextMessage, []byte(`{"event":"pusher_internal:subscription_succeeded","channel":`+string(ch)+`,"data":"{}"}`))
		c.mu.Unlock()
	}
}

func (f *floorServer) trigger(w http.ResponseWriter, r *http.Request) {
	var ev triggerBody
	body, err := io.ReadAll(r.Body)
	if err == nil {
		err = json.Unmarshal(body, &ev)
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	payload, _ := json.Marshal(map[string]string{"event": ev.Name, "channel": ev.Channel, "data": ev.Data})
	frame := wsFrame(payload)
	f.mu.Lock()
	subs := append([]*floorConn(nil), f.subs...)
	f.mu.Unlock()
	for _, c := range subs {
		c.deliver(frame)
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, "{}")
}

// wsFrame encodes an unmasked final text frame (server to client).
func wsFrame(p []byte) []byte {
	var h []byte
	switch n := len(p); {
	case n < 126:
		h = []byte{0x81, byte(n)}
	case n <= 0xffff:
		h = []byte{0x81, 126, 0, 0}
		binary.BigEndian.PutUint16(h[2:], uint16(n))
	default:
		h = make([]byte, 10)
		h[0], h[1] = 0x81, 127
		binary.BigEndian.PutUint64(h[2:], uint64(n))
	}
	return append(h, p...)
}
