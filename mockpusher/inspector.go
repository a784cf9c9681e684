package mockpusher

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

//go:embed inspector.html
var inspectorHTML []byte

const (
	// inspectorHistory is how many log entries a newly opened page sees.
	inspectorHistory = 200
	// inspectorWatcherBuffer is how far a live page may fall behind before
	// it misses entries (it never slows the server down).
	inspectorWatcherBuffer = 256
	// maxLoggedData bounds the event data shown per entry.
	maxLoggedData = 2048
)

// logEntry is one line of the inspector's live event log.
type logEntry struct {
	Time     time.Time `json:"time"`
	Kind     string    `json:"kind"`
	SocketID string    `json:"socket_id,omitempty"`
	Channel  string    `json:"channel,omitempty"`
	Event    string    `json:"event,omitempty"`
	Data     string    `json:"data,omitempty"`
	UserID   string    `json:"user_id,omitempty"`
	Detail   string    `json:"detail,omitempty"`
}

// inspector serves the page at InspectorPath: connections, channels,
// members, a live log over server-sent events, and a trigger form.
type inspector struct {
	s        *Server
	mu       sync.Mutex
	ring     []logEntry
	next     int
	watchers map[chan logEntry]struct{}
	done     chan struct{}
	closed   bool
}

func newInspector(s *Server) *inspector {
	return &inspector{s: s, watchers: map[chan logEntry]struct{}{}, done: make(chan struct{})}
}

// record appends e to the log. It never blocks: a watcher that is behind
// misses entries.
func (in *inspector) record(e logEntry) {
	e.Time = time.Now()
	if len(e.Data) > maxLoggedData {
		e.Data = e.Data[:maxLoggedData] + "…"
	}
	in.mu.Lock()
	if len(in.ring) < inspectorHistory {
		in.ring = append(in.ring, e)
	} else {
		in.ring[in.next] = e
		in.next = (in.next + 1) % inspectorHistory
	}
	for w := range in.watchers {
		select {
		case w <- e:
		default:
		}
	}
	in.mu.Unlock()
}

func (in *inspector) history() []logEntry {
	in.mu.Lock()
	defer in.mu.Unlock()
	out := make([]logEntry, 0, len(in.ring))
	out = append(out, in.ring[in.next:]...)
	return append(out, in.ring[:in.next]...)
}

func (in *inspector) close() {
	in.mu.Lock()
	if !in.closed {
		in.closed = true
		close(in.done)
	}
	in.mu.Unlock()
}

func (in *inspector) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch strings.TrimPrefix(r.URL.Path, in.s.cfg.InspectorPath) {
	case "", "/":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(inspectorHTML)
	case "/state":
		w.Header().Set("Cache-Control", "no-store")
		writeJSON(w, in.s.snapshot())
	case "/events":
		in.serveEvents(w, r)
	case "/trigger":
		in.serveTrigger(w, r)
	default:
		http.NotFound(w, r)
	}
}

// serveEvents streams the log as server-sent events, history first.
func (in *inspector) serveEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming not supported by this connection", http.StatusInternalServerError)
		return
	}
	ch := make(chan logEntry, inspectorWatcherBuffer)
	in.mu.Lock()
	if in.closed {
		in.mu.Unlock()
		http.Error(w, "mock pusher is shutting down", http.StatusServiceUnavailable)
		return
	}
	in.watchers[ch] = struct{}{}
	in.mu.Unlock()
	defer func() {
		in.mu.Lock()
		delete(in.watchers, ch)
		in.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	for _, e := range in.history() {
		writeSSE(w, e)
	}
	fl.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-in.done:
			return
		case e := <-ch:
			writeSSE(w, e)
			for n := len(ch); n > 0; n-- {
				writeSSE(w, <-ch)
			}
			fl.Flush()
		}
	}
}

func writeSSE(w http.ResponseWriter, e logEntry) {
	b, _ := json.Marshal(e)
	fmt.Fprintf(w, "data: %s\n\n", b)
}

// serveTrigger fires an event from the page's form. It takes JSON only, so
// a page on another site cannot post it without a CORS preflight.
func (in *inspector) serveTrigger(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		http.Error(w, "POST application/json {\"channel\":...,\"event\":...,\"data\":...}", http.StatusBadRequest)
		return
	}
	var req struct {
		Channel string `json:"channel"`
		Event   string `json:"event"`
		Data    string `json:"data"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&req); err != nil {
		http.Error(w, "body is not {\"channel\":...,\"event\":...,\"data\":...}: "+err.Error(), http.StatusBadRequest)
		return
	}
	t, e := in.s.validateTrigger(triggerReq{Name: req.Event, Channel: req.Channel, Data: mustJSON(req.Data)})
	if e != nil {
		http.Error(w, e.msg, e.status)
		return
	}
	in.s.fire(t)
	writeJSON(w, map[string]int{"subscribers": in.s.stats(req.Channel).Subscriptions})
}

type connState struct {
	SocketID  string    `json:"socket_id"`
	Remote    string    `json:"remote"`
	UserAgent string    `json:"user_agent"`
	Since     time.Time `json:"since"`
	UserID    string    `json:"user_id,omitempty"`
	Channels  []string  `json:"channels"`
}

type memberState struct {
	ID          string          `json:"id"`
	Info        json.RawMessage `json:"info"`
	Connections int             `json:"connections"`
}

type channelState struct {
	Name          string        `json:"name"`
	Subscriptions int           `json:"subscriptions"`
	Members       []memberState `json:"members,omitempty"`
	Cached        *string       `json:"cached_event,omitempty"`
}

type serverState struct {
	AppID       string         `json:"app_id"`
	Key         string         `json:"key"`
	Connections []connState    `json:"connections"`
	Channels    []channelState `json:"channels"`
}

func (s *Server) snapshot() serverState {
	st := serverState{AppID: s.cfg.AppID, Key: s.cfg.Key, Connections: []connState{}, Channels: []channelState{}}
	s.mu.RLock()
	conns := make([]*conn, 0, len(s.conns))
	for _, c := range s.conns {
		conns = append(conns, c)
	}
	chans := make([]*channel, 0, len(s.channels))
	for _, ch := range s.channels {
		chans = append(chans, ch)
	}
	s.mu.RUnlock()
	for _, c := range conns {
		cs := connState{SocketID: c.id, Remote: c.remote, UserAgent: c.userAgent, Since: c.since, Channels: []string{}}
		c.mu.Lock()
		for _, sb := range c.subs {
			cs.Channels = append(cs.Channels, sb.channel)
		}
		if c.user != nil {
			cs.UserID = c.user.id
		}
		c.mu.Unlock()
		sort.Strings(cs.Channels)
		st.Connections = append(st.Connections, cs)
	}
	sort.Slice(st.Connections, func(i, j int) bool { return st.Connections[i].Since.Before(st.Connections[j].Since) })
	for _, ch := range chans {
		cs := channelState{Name: ch.name}
		ch.mu.Lock()
		cs.Subscriptions = len(ch.subs)
		for id, m := range ch.users {
			cs.Members = append(cs.Members, memberState{ID: id, Info: m.info, Connections: m.conns})
		}
		ch.mu.Unlock()
		sort.Slice(cs.Members, func(i, j int) bool { return cs.Members[i].ID < cs.Members[j].ID })
		if e, ok := s.cached(ch.name); ok {
			ev := e.event
			cs.Cached = &ev
		}
		st.Channels = append(st.Channels, cs)
	}
	sort.Slice(st.Channels, func(i, j int) bool { return st.Channels[i].Name < st.Channels[j].Name })
	return st
}
