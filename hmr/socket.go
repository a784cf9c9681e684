package hmr

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

const (
	writeWait    = 10 * time.Second // a write to either side
	maxMessage   = 32 << 20         // HMR payloads with long error stacks fit
	sendQueueLen = 256              // messages waiting for a slow browser
)

// serveSocket bridges one browser socket to Vite's real HMR socket. It dials
// Vite first, with the browser's path, query (?token=), Origin and
// subprotocol, so Vite's own token/Origin/Host checks decide; only when Vite
// said 101 does the browser get its 101. A refusal is passed back as Vite
// sent it; Vite being down gives 503 without a 101, so the restart probe
// (vite-ping) never reports "back" early.
func (h *Handler) serveSocket(w http.ResponseWriter, r *http.Request) {
	t := h.Target()
	proto := "vite-hmr"
	if strings.Contains(r.Header.Get("Sec-WebSocket-Protocol"), "vite-ping") {
		proto = "vite-ping"
	}
	u := t.Scheme + "://" + t.Addr + r.URL.RequestURI()
	hdr := http.Header{}
	for _, k := range []string{"Origin", "User-Agent", "Cookie", "Cache-Control", "Pragma", "Accept-Language"} {
		if v, ok := r.Header[k]; ok {
			hdr[k] = v
		}
	}
	hdr.Set("Host", h.hostHeader)
	if t.Separate {
		hdr.Set("Host", hostOnlyHeader(t.Addr))
	}
	hdr.Set("X-Forwarded-Host", r.Host)
	if ip, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		hdr.Set("X-Forwarded-For", ip)
	}
	if r.TLS != nil {
		hdr.Set("X-Forwarded-Proto", "https")
	} else {
		hdr.Set("X-Forwarded-Proto", "http")
	}
	hdr.Set("Sec-WebSocket-Protocol", proto)
	hdr.Set(hopHeader, h.hop)

	upstream, resp, err := h.dialer.DialContext(r.Context(), u, hdr)
	if err != nil {
		h.refuse(w, r, t, resp, err)
		return
	}
	up := websocket.Upgrader{
		ReadBufferSize:  16 << 10,
		WriteBufferSize: 16 << 10,
		Subprotocols:    []string{upstream.Subprotocol()},
		// Vite already checked Origin and token on its side of the bridge.
		CheckOrigin: func(*http.Request) bool { return true },
	}
	browser, err := up.Upgrade(w, r, nil)
	if err != nil {
		upstream.Close()
		h.cfg.Logger.Debug("hmr upgrade failed", "err", err)
		return
	}
	h.bridge(r.Context(), browser, upstream, proto == "vite-ping")
}

func (h *Handler) refuse(w http.ResponseWriter, r *http.Request, t Target, resp *http.Response, err error) {
	if resp != nil {
		// Vite answered without 101 (a bad token, a blocked Host): pass its
		// answer on so the browser's console says what Vite said.
		defer resp.Body.Close()
		for k, v := range resp.Header {
			switch http.CanonicalHeaderKey(k) {
			case "Connection", "Upgrade", "Transfer-Encoding", "Keep-Alive":
				continue
			}
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		w.WriteHeader(resp.StatusCode)
		io.Copy(w, io.LimitReader(resp.Body, 1<<20))
		h.cfg.Logger.Debug("vite refused hmr socket", "status", resp.StatusCode, "path", r.URL.Path)
		return
	}
	if r.Context().Err() != nil {
		return
	}
	if !strings.Contains(r.Header.Get("Sec-WebSocket-Protocol"), "vite-ping") {
		h.cfg.Logger.Warn("vite's hmr socket is not answering", "addr", t.Addr, "err", err)
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusServiceUnavailable)
	fmt.Fprintf(w, "devproxy: Vite's HMR socket at %s is not answering (%v)\n", t.Addr, err)
}

// bridge copies messages both ways until either side closes, and gives the
// browser side to the hub so Broadcast can reach it. The close code and
// reason of one side are passed to the other.
func (h *Handler) bridge(ctx context.Context, browser, upstream *websocket.Conn, ping bool) {
	browser.SetReadLimit(maxMessage)
	upstream.SetReadLimit(maxMessage)
	c := &client{conn: browser, send: make(chan outMsg, sendQueueLen), done: make(chan struct{})}
	if !ping {
		if !h.hub.add(c) {
			browser.Close()
			upstream.Close()
			return
		}
		defer h.hub.remove(c)
	}
	h.bridges.Add(1)
	defer h.bridges.Done()
	var wg sync.WaitGroup
	wg.Add(2)
	// Vite → browser: through the client's queue, shared with Broadcast.
	go func() {
		defer wg.Done()
		greeted := ping || h.cfg.Greet == nil
		for {
			typ, msg, err := upstream.ReadMessage()
			if err != nil {
				// Mirror how Vite's side ended: its close frame is passed on;
				// a dropped connection (Vite stopped or restarted) drops the
				// browser's too, because Vite ≤5's client ignores a clean
				// close and would never poll for the restart.
				if frame := closeFrom(err); frame != nil {
					c.enqueue(outMsg{close: frame})
				} else {
					c.enqueue(outMsg{terminate: true})
				}
				return
			}
			if !c.enqueue(outMsg{typ: typ, data: msg}) {
				// Dropped unclean, so the page polls and reloads: it missed updates.
				h.cfg.Logger.Warn("browser too slow for hmr messages: dropping its socket", "queued", sendQueueLen)
				c.stop()
				return
			}
			if !greeted {
				greeted = true
				for _, g := range h.cfg.Greet() {
					c.enqueue(outMsg{typ: websocket.TextMessage, data: g})
				}
			}
		}
	}()
	// Browser → Vite, directly: only this goroutine writes to upstream.
	go func() {
		defer wg.Done()
		for {
			typ, msg, err := browser.ReadMessage()
			if err != nil {
				if frame := closeFrom(err); frame != nil {
					upstream.WriteControl(websocket.CloseMessage, frame, time.Now().Add(writeWait))
				}
				upstream.Close()
				c.stop()
				return
			}
			upstream.SetWriteDeadline(time.Now().Add(writeWait))
			if err := upstream.WriteMessage(typ, msg); err != nil {
				upstream.Close()
				c.stop()
				return
			}
		}
	}()
	c.writePump()
	browser.Close()
	upstream.Close()
	wg.Wait()
}

// closeFrom turns a read error into the close frame to pass on: the same code
// and reason when the peer sent one, nil when the connection just ended.
func closeFrom(err error) []byte {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		switch ce.Code {
		case websocket.CloseAbnormalClosure, websocket.CloseTLSHandshake:
		case websocket.CloseNoStatusReceived:
			return websocket.FormatCloseMessage(websocket.CloseNormalClosure, "")
		default:
			return websocket.FormatCloseMessage(ce.Code, ce.Text)
		}
	}
	return nil
}

type outMsg struct {
	typ       int
	data      []byte
	close     []byte // a close frame payload: send it and end
	terminate bool   // end the connection without a close frame
}

// client is one browser socket: one writer (writePump), a bounded queue.
type client struct {
	conn     *websocket.Conn
	send     chan outMsg
	done     chan struct{}
	stopOnce sync.Once
}

// enqueue queues m without blocking; false when the queue is full.
func (c *client) enqueue(m outMsg) bool {
	select {
	case <-c.done:
		return true
	default:
	}
	select {
	case c.send <- m:
		return true
	case <-c.done:
		return true
	default:
		return false
	}
}

func (c *client) stop() { c.stopOnce.Do(func() { close(c.done) }) }

func (c *client) writePump() {
	defer c.stop()
	for {
		select {
		case <-c.done:
			return
		case m := <-c.send:
			deadline := time.Now().Add(writeWait)
			if m.terminate {
				return
			}
			if m.close != nil {
				c.conn.WriteControl(websocket.CloseMessage, m.close, deadline)
				return
			}
			c.conn.SetWriteDeadline(deadline)
			if err := c.conn.WriteMessage(m.typ, m.data); err != nil {
				return
			}
		}
	}
}

// hub is the set of browser sockets being carried.
type hub struct {
	log     *slog.Logger
	mu      sync.Mutex
	clients map[*client]struct{}
	closed  bool
}

func newHub(log *slog.Logger) *hub { return &hub{log: log, clients: map[*client]struct{}{}} }

func (h *hub) add(c *client) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return false
	}
	h.clients[c] = struct{}{}
	return true
}

func (h *hub) remove(c *client) {
	h.mu.Lock()
	delete(h.clients, c)
	h.mu.Unlock()
}

func (h *hub) each(f func(*client)) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		f(c)
	}
	return len(h.clients)
}

// Broadcast sends payload as a text message to every browser whose HMR
// socket devproxy carries, and returns how many there were. A browser whose
// queue is full misses it.
func (h *Handler) Broadcast(payload []byte) int {
	msg := outMsg{typ: websocket.TextMessage, data: payload}
	return h.hub.each(func(c *client) { c.enqueue(msg) })
}

// Clients is the number of browser HMR sockets being carried now.
func (h *Handler) Clients() int { return h.hub.each(func(*client) {}) }

// ClearOverlayPayload is an HMR message that makes Vite's client close its
// error overlay: an update with nothing to update (on a page's first update
// with an overlay shown, Vite's client reloads it instead, as after a fix).
func ClearOverlayPayload() []byte { return []byte(`{"type":"update","updates":[]}`) }

// ErrorPayload is a Vite HMR error message: the browser shows it in Vite's
// own error overlay. file names the file at fault ("" when none).
func ErrorPayload(message, file string) []byte {
	type viteErr struct {
		Message string `json:"message"`
		Stack   string `json:"stack"`
		Plugin  string `json:"plugin"`
		ID      string `json:"id,omitempty"`
	}
	b, _ := json.Marshal(struct {
		Type string  `json:"type"`
		Err  viteErr `json:"err"`
	}{"error", viteErr{Message: message, Plugin: "devproxy", ID: file}})
	return b
}

// Close ends every carried socket the way Vite ends them when it stops: the
// connection is dropped without a close frame. Every Vite client (3 to 8)
// then polls for the restart and reloads once devproxy is back; Vite ≤5's
// ignores a clean close (even 1001), so a close frame would strand its page.
//
// Close waits (at most a few seconds) for the bridges' goroutines to end.
func (h *Handler) Close() {
	h.hub.mu.Lock()
	h.hub.closed = true
	h.hub.mu.Unlock()
	h.hub.each(func(c *client) { c.stop() })
	done := make(chan struct{})
	go func() { h.bridges.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * writeWait):
		h.cfg.Logger.Warn("hmr sockets still closing after shutdown", "waited", (2 * writeWait).String())
	}
}
