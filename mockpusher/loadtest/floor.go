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

	"github.com/gorilla/websocket"
)

// floorServer is the least a Pusher server can do per delivery, run in the
// same child-process setup as the mock so the two are measured side by side:
// it answers the handshake and subscribe, and a trigger writes one
// pre-encoded WebSocket frame to each subscriber's socket with one write(2),
// in the request's goroutine. No signature check, no queues, no webhooks.
// Its CPU per delivery is what the kernel's loopback TCP path costs on this
// machine, the floor under any server's figure.
type floorServer struct {
	up    websocket.Upgrader
	mu    sync.Mutex
	subs  []*floorConn
	seqID int
}

type floorConn struct {
	mu sync.Mutex
	nc net.Conn
	ws *websocket.Conn
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
		ch, _ := json.Marshal(ev.Data.Channel)
		c.mu.Lock()
		_ = ws.WriteMessage(websocket.TextMessage, []byte(`{"event":"pusher_internal:subscription_succeeded","channel":`+string(ch)+`,"data":"{}"}`))
		c.mu.Unlock()
		f.mu.Lock()
		f.subs = append(f.subs, c)
		f.mu.Unlock()
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
		c.mu.Lock()
		_, _ = c.nc.Write(frame)
		c.mu.Unlock()
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
