package mockpusher

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"regexp"
	"sync"
	"time"
)

// identityCookie keeps a browser's dev identity across page loads, so two
// browser profiles are two users and two tabs of one profile are one.
const (
	identityCookie    = "devproxy_pusher_user"
	identityCookieAge = 365 * 24 * time.Hour
	// maxPendingIdentities bounds identities remembered by socket id for
	// requests that arrive before the browser has the cookie.
	maxPendingIdentities = 4096
)

var identityPattern = regexp.MustCompile(`^[0-9a-f]{12}$`)

type identity struct {
	ID, Name string
}

// identities hands out dev identities. A browser's first auth requests
// (pusher-js may authorize several channels and sign in at once, before any
// response has set the cookie) share one identity through their socket id.
type identities struct {
	fixed    string
	mu       sync.Mutex
	bySocket map[string]identity
}

func newIdentities(fixed string) *identities {
	return &identities{fixed: fixed, bySocket: map[string]identity{}}
}

func (ids *identities) forRequest(w http.ResponseWriter, r *http.Request, socketID string) (identity, error) {
	if ids.fixed != "" {
		return identity{ID: ids.fixed, Name: ids.fixed}, nil
	}
	if c, err := r.Cookie(identityCookie); err == nil && identityPattern.MatchString(c.Value) {
		return identity{ID: c.Value, Name: "dev-" + c.Value[:4]}, nil
	}
	ids.mu.Lock()
	id, ok := ids.bySocket[socketID]
	if !ok {
		b := make([]byte, 6)
		if _, err := rand.Read(b); err != nil {
			ids.mu.Unlock()
			return identity{}, fmt.Errorf("generating a dev identity: %w", err)
		}
		h := hex.EncodeToString(b)
		id = identity{ID: h, Name: "dev-" + h[:4]}
		if len(ids.bySocket) >= maxPendingIdentities {
			clear(ids.bySocket)
		}
		ids.bySocket[socketID] = id
	}
	ids.mu.Unlock()
	http.SetCookie(w, &http.Cookie{
		Name: identityCookie, Value: id.ID, Path: "/",
		MaxAge: int(identityCookieAge / time.Second), HttpOnly: true, SameSite: http.SameSiteLaxMode,
	})
	return id, nil
}

// authForm reads socket_id and channel_name as pusher-js posts them
// (form-encoded); a JSON body, as some custom authorizers send, works too.
func authForm(r *http.Request) (socketID, channel string, err error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/json" {
		var b struct {
			SocketID    string `json:"socket_id"`
			ChannelName string `json:"channel_name"`
		}
		if err := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 64<<10)).Decode(&b); err != nil {
			return "", "", fmt.Errorf("body is not the JSON {\"socket_id\":...,\"channel_name\":...}: %v", err)
		}
		return b.SocketID, b.ChannelName, nil
	}
	r.Body = http.MaxBytesReader(nil, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		return "", "", fmt.Errorf("body is not form-encoded socket_id=...&channel_name=...: %v", err)
	}
	return r.PostForm.Get("socket_id"), r.PostForm.Get("channel_name"), nil
}

// allowCORS lets a page on another origin (the standalone mock-pusher on
// its own port) read the auth answer.
func allowCORS(w http.ResponseWriter, r *http.Request) bool {
	if o := r.Header.Get("Origin"); o != "" {
		w.Header().Set("Access-Control-Allow-Origin", o)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		w.Header().Add("Vary", "Origin")
	}
	if r.Method == http.MethodOptions {
		w.Header().Set("Access-Control-Allow-Methods", "POST")
		w.Header().Set("Access-Control-Allow-Headers", "Content-Type, Authorization, X-CSRF-Token, X-Requested-With")
		w.WriteHeader(http.StatusNoContent)
		return false
	}
	if r.Method != http.MethodPost {
		http.Error(w, fmt.Sprintf("mock pusher: %s takes POST (pusher-js posts socket_id and channel_name), not %s", r.URL.Path, r.Method), http.StatusMethodNotAllowed)
		return false
	}
	return true
}

func authFail(w http.ResponseWriter, format string, a ...any) {
	http.Error(w, fmt.Sprintf(format, a...), http.StatusBadRequest)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func checkSocketID(id string) string {
	switch {
	case id == "":
		return "socket_id missing: post socket_id and channel_name form-encoded, as pusher-js does"
	case !socketIDPattern.MatchString(id):
		return fmt.Sprintf("socket_id must look like 123.456, got %q", id)
	}
	return ""
}

// serveChannelAuth signs private, encrypted and presence subscriptions for
// the dev identity.
func (s *Server) serveChannelAuth(w http.ResponseWriter, r *http.Request) {
	if !allowCORS(w, r) {
		return
	}
	socketID, channel, err := authForm(r)
	if err != nil {
		authFail(w, "mock pusher auth: %v", err)
		return
	}
	if msg := checkSocketID(socketID); msg != "" {
		authFail(w, "mock pusher auth: %s", msg)
		return
	}
	if channel == "" {
		authFail(w, "mock pusher auth: channel_name missing")
		return
	}
	if err := checkChannelName(channel); err != nil {
		authFail(w, "mock pusher auth: %v", err)
		return
	}
	kind := channelKind(channel)
	switch kind {
	case kindPublic:
		authFail(w, "mock pusher auth: %s is a public channel: it needs no auth (private- and presence- channels do)", channel)
		return
	case kindServerToUser:
		authFail(w, "mock pusher auth: %s is joined after pusher.signin(), not authorized here", channel)
		return
	}
	id, err := s.ids.forRequest(w, r, socketID)
	if err != nil {
		http.Error(w, "mock pusher auth: "+err.Error(), http.StatusInternalServerError)
		return
	}
	res := map[string]string{}
	channelData := ""
	if kind == kindPresence {
		b, _ := json.Marshal(struct {
			UserID   string            `json:"user_id"`
			UserInfo map[string]string `json:"user_info"`
		}{id.ID, map[string]string{"name": id.Name}})
		channelData = string(b)
		res["channel_data"] = channelData
	}
	res["auth"] = channelAuth(s.cfg.Key, s.cfg.Secret, socketID, channel, channelData)
	if kind == kindEncrypted {
		res["shared_secret"] = sharedSecret(channel, s.masterKey)
	}
	s.log.Debug("pusher channel auth", "socket_id", socketID, "channel", channel, "user_id", id.ID)
	writeJSON(w, res)
}

// serveUserAuth signs pusher.signin() for the dev identity.
func (s *Server) serveUserAuth(w http.ResponseWriter, r *http.Request) {
	if !allowCORS(w, r) {
		return
	}
	socketID, _, err := authForm(r)
	if err != nil {
		authFail(w, "mock pusher user auth: %v", err)
		return
	}
	if msg := checkSocketID(socketID); msg != "" {
		authFail(w, "mock pusher user auth: %s", msg)
		return
	}
	id, err := s.ids.forRequest(w, r, socketID)
	if err != nil {
		http.Error(w, "mock pusher user auth: "+err.Error(), http.StatusInternalServerError)
		return
	}
	b, _ := json.Marshal(struct {
		ID       string            `json:"id"`
		UserInfo map[string]string `json:"user_info"`
	}{id.ID, map[string]string{"name": id.Name}})
	userData := string(b)
	s.log.Debug("pusher user auth", "socket_id", socketID, "user_id", id.ID)
	writeJSON(w, map[string]string{
		"auth":      s.cfg.Key + ":" + sign(s.cfg.Secret, userAuthString(socketID, userData)),
		"user_data": userData,
	})
}
