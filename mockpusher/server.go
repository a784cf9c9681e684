package mockpusher

import (
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Server is a Pusher Channels server. It is an http.Handler: mount it where
// Match says (WebSocket /app/{key}, REST /apps/{id}/..., the auth paths and
// the inspector).
type Server struct {
	cfg       Config
	log       *slog.Logger
	masterKey []byte
	verifier  restVerifier
	upgrader  websocket.Upgrader
	hooks     *webhookSender
	insp      *inspector
	ids       *identities

	mu       sync.RWMutex // guards conns, channels, users, watchers; taken before channel.mu when both are held
	conns    map[string]*conn
	channels map[string]*channel
	users    map[string]map[*conn]struct{} // signed-in user → its connections
	watchers map[string]map[*conn]struct{} // user → connections watching it

	cacheMu sync.Mutex
	cache   map[string]cacheEntry

	jobs chan frameJob // inbound frames for the handler pool

	socketSeq atomic.Uint64
	closing   atomic.Bool
	ctx       context.Context
	cancel    context.CancelFunc
	wg        sync.WaitGroup
}

// Deadlines and sizes of the WebSocket transport.
const (
	// writeWait bounds one write to a connection; a subscriber that does not
	// take its frames within it is dropped.
	writeWait = 10 * time.Second
	// closeGrace is how long a closing connection may take to answer the
	// close frame before its TCP connection is closed.
	closeGrace = 2 * time.Second
	// maxInboundMessage is the read limit: a client event's 10 KB of data
	// with room for its envelope.
	maxInboundMessage = 32 << 10
	// readBufferSize keeps idle connections small; larger messages are
	// read in several steps.
	readBufferSize = 512
	// minHandlers is the least number of goroutines handling inbound
	// frames for all connections (see dispatch).
	minHandlers = 8
	// maxJanitorTick bounds how often idle connections are checked.
	maxJanitorTick = 5 * time.Second
)

// New validates cfg, fills in generated credentials and returns a running
// Server (its webhook sender and idle-connection janitor are started; stop
// them with Shutdown).
func New(cfg Config) (*Server, error) {
	cfg, err := cfg.resolve()
	if err != nil {
		return nil, fmt.Errorf("mock pusher config: %w", err)
	}
	mk, _ := base64.StdEncoding.DecodeString(cfg.EncryptionMasterKey) // validated in resolve
	ctx, cancel := context.WithCancel(context.Background())
	s := &Server{
		cfg:       cfg,
		log:       cfg.Logger,
		masterKey: mk,
		verifier:  restVerifier{key: cfg.Key, secret: cfg.Secret, window: cfg.TimestampWindow, now: time.Now},
		conns:     map[string]*conn{},
		channels:  map[string]*channel{},
		users:     map[string]map[*conn]struct{}{},
		watchers:  map[string]map[*conn]struct{}{},
		cache:     map[string]cacheEntry{},
		ctx:       ctx,
		cancel:    cancel,
		ids:       newIdentities(cfg.User),
	}
	s.upgrader = websocket.Upgrader{
		ReadBufferSize:  readBufferSize,
		WriteBufferPool: noWriteBuffers{}, // every write goes through conn's own queue
		// Pusher accepts connections from any page; the key is public.
		CheckOrigin: func(*http.Request) bool { return true },
		Error: func(w http.ResponseWriter, r *http.Request, status int, reason error) {
			http.Error(w, reason.Error(), status)
		},
	}
	s.insp = newInspector(s)
	s.hooks = newWebhookSender(s)
	s.jobs = make(chan frameJob)
	n := max(minHandlers, 2*runtime.GOMAXPROCS(0))
	s.wg.Add(1 + n)
	go s.janitor()
	for range n {
		go s.handler()
	}
	return s, nil
}

// frameJob is one inbound frame waiting for a handler.
type frameJob struct {
	c   *conn
	msg []byte
}

// dispatch hands an inbound frame to the shared handler pool and waits
// until it is handled, so a connection's frames are handled in order. The
// decoding, auth and channel work needs deep stacks; doing it on a few
// shared goroutines keeps each connection's reader goroutine at its
// smallest stack, which is most of what an idle connection costs.
func (s *Server) dispatch(c *conn, msg []byte) bool {
	select {
	case s.jobs <- frameJob{c, msg}:
		<-c.handled
		return true
	case <-s.ctx.Done():
		return false
	}
}

func (s *Server) handler() {
	defer s.wg.Done()
	for {
		select {
		case <-s.ctx.Done():
			return
		case j := <-s.jobs:
			s.handleFrame(j.c, j.msg)
			j.c.handled <- struct{}{}
		}
	}
}

// noWriteBuffers is a websocket.BufferPool that never holds memory: the
// server writes pre-encoded frames to the network itself, so gorilla's
// write buffer is only needed for the rare frame gorilla writes on its own
// (a protocol-error close).
type noWriteBuffers struct{}

func (noWriteBuffers) Get() any { return nil }
func (noWriteBuffers) Put(any)  {}

// Config returns the resolved configuration, generated values filled in.
func (s *Server) Config() Config { return s.cfg }

// Match reports whether r is for this server: the WebSocket endpoint
// /app/{key}, the REST API /apps/{id}/..., the auth endpoints or the
// inspector. It is exact enough to share a port with an app whose base is
// /app/ or /apps/: other paths under them match only when they carry the
// Pusher protocol's marks (a WebSocket upgrade with ?protocol=, a signed
// REST query), so a client with the wrong key or app id gets Pusher's
// answer rather than the app's 404.
func (s *Server) Match(r *http.Request) bool {
	p := r.URL.Path
	switch {
	case p == "/app/"+s.cfg.Key || strings.HasPrefix(p, "/apps/"+s.cfg.AppID+"/"):
		return true
	case strings.HasPrefix(p, "/app/") && !strings.Contains(p[len("/app/"):], "/"):
		return websocket.IsWebSocketUpgrade(r) && r.URL.Query().Has("protocol")
	case strings.HasPrefix(p, "/apps/"):
		return r.URL.Query().Has("auth_signature")
	}
	return s.MatchAuth(r) || p == s.cfg.InspectorPath || strings.HasPrefix(p, s.cfg.InspectorPath+"/")
}

// MatchAuth reports whether r is for one of the auth endpoints, so a caller
// can mount them after the user's own routes (a real auth backend wins).
func (s *Server) MatchAuth(r *http.Request) bool {
	return r.URL.Path == s.cfg.AuthPath || r.URL.Path == s.cfg.UserAuthPath
}

// ServeHTTP serves everything Match accepts and 404s the rest.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case strings.HasPrefix(p, "/app/"):
		s.serveWebSocket(w, r)
	case strings.HasPrefix(p, "/apps/"):
		s.serveREST(w, r)
	case p == s.cfg.AuthPath:
		s.serveChannelAuth(w, r)
	case p == s.cfg.UserAuthPath:
		s.serveUserAuth(w, r)
	case p == s.cfg.InspectorPath || strings.HasPrefix(p, s.cfg.InspectorPath+"/"):
		s.insp.ServeHTTP(w, r)
	default:
		http.Error(w, fmt.Sprintf("mock pusher: no route for %s; it serves /app/%s (WebSocket), /apps/%s/... (REST), %s, %s and %s",
			p, s.cfg.Key, s.cfg.AppID, s.cfg.AuthPath, s.cfg.UserAuthPath, s.cfg.InspectorPath), http.StatusNotFound)
	}
}

// newSocketID returns a fresh id of the form every SDK validates (\d+\.\d+).
func (s *Server) newSocketID() string {
	return fmt.Sprintf("%d.%d", rand.Uint32N(1_000_000_000), s.socketSeq.Add(1))
}

// Shutdown closes every connection with 4200 (so pusher-js reconnects at
// once), stops webhooks (what is still queued is dropped), and waits for every
// goroutine until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock() // serveWebSocket and refuse count readers under s.mu
	already := s.closing.Swap(true)
	s.mu.Unlock()
	if already {
		return s.wait(ctx)
	}
	s.mu.RLock()
	conns := make([]*conn, 0, len(s.conns))
	for _, c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.RUnlock()
	for _, c := range conns {
		c.closeWith(closeGeneric, "server shutting down: reconnect")
	}
	s.insp.close()
	s.hooks.close()
	s.cancel()
	return s.wait(ctx)
}

func (s *Server) wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		// Connections that did not answer the close frame in time.
		s.mu.RLock()
		for _, c := range s.conns {
			c.nc.Close()
		}
		s.mu.RUnlock()
		return fmt.Errorf("mock pusher shutdown: %w", ctx.Err())
	}
}

// janitor pings silent connections after the activity timeout and closes
// those that stay silent for the pong timeout after it (4201), as Pusher does.
func (s *Server) janitor() {
	defer s.wg.Done()
	tick := min(s.cfg.ActivityTimeout, s.cfg.PongTimeout) / 4
	tick = max(min(tick, maxJanitorTick), 10*time.Millisecond)
	t := time.NewTicker(tick)
	defer t.Stop()
	var batch []*conn
	for {
		select {
		case <-s.ctx.Done():
			return
		case now := <-t.C:
			batch = batch[:0]
			s.mu.RLock()
			for _, c := range s.conns {
				batch = append(batch, c)
			}
			s.mu.RUnlock()
			for _, c := range batch {
				c.checkActivity(now)
			}
			clear(batch)
		}
	}
}
