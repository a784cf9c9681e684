package mockpusher

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// maxRESTBody bounds a REST request body: ten 10 KB events with room to
// spare; more is refused with 413 before it is read.
const maxRESTBody = 256 << 10

var socketIDPattern = regexp.MustCompile(`^\d+\.\d+$`)

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	appID, sub, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/apps/"), "/")
	if appID != s.cfg.AppID {
		restFail(w, restErrorf(404, "Unknown app id %q: this mock Pusher serves app id %q (appId in the server SDK's options)", appID, s.cfg.AppID))
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRESTBody+1))
	if err != nil {
		restFail(w, restErrorf(400, "Reading request body: %v", err))
		return
	}
	if len(body) > maxRESTBody {
		restFail(w, restErrorf(413, "Request body over %d bytes", maxRESTBody))
		return
	}
	if e := s.verifier.verify(r.Method, r.URL.Path, r.URL.RawQuery, body); e != nil {
		s.log.Info("pusher REST request refused", "method", r.Method, "path", r.URL.Path, "status", e.status, "reason", e.msg)
		restFail(w, e)
		return
	}
	var res any
	var rerr *restError
	parts := strings.Split(sub, "/")
	switch {
	case sub == "events":
		res, rerr = s.restEvents(r.Method, body)
	case sub == "batch_events":
		res, rerr = s.restBatch(r.Method, body)
	case sub == "channels":
		res, rerr = s.restChannels(r)
	case len(parts) == 2 && parts[0] == "channels":
		res, rerr = s.restChannel(r, parts[1])
	case len(parts) == 3 && parts[0] == "channels" && parts[2] == "users":
		res, rerr = s.restUsers(r, parts[1])
	case len(parts) == 3 && parts[0] == "users" && parts[2] == "terminate_connections":
		res, rerr = s.restTerminate(r, parts[1])
	default:
		rerr = restErrorf(404, "No REST endpoint %s %s: see https://pusher.com/docs/channels/library_auth_reference/rest-api/", r.Method, r.URL.Path)
	}
	if rerr != nil {
		s.log.Info("pusher REST request failed", "method", r.Method, "path", r.URL.Path, "status", rerr.status, "reason", rerr.msg)
		restFail(w, rerr)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(res); err != nil {
		s.log.Debug("writing REST response", "err", err)
	}
}

func restFail(w http.ResponseWriter, e *restError) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(e.status)
	io.WriteString(w, e.msg+"\n")
}

func wantMethod(got, want string) *restError {
	if got != want {
		return restErrorf(405, "Method %s not allowed: use %s", got, want)
	}
	return nil
}

// triggerReq is one event of POST events or batch_events.
type triggerReq struct {
	Name     string          `json:"name"`
	Data     json.RawMessage `json:"data"`
	Channels []string        `json:"channels"`
	Channel  string          `json:"channel"`
	SocketID string          `json:"socket_id"`
	Info     string          `json:"info"`
}

// trigger is a validated triggerReq.
type trigger struct {
	name, data, socketID string
	channels             []string
	info                 []string
}

func (s *Server) validateTrigger(t triggerReq) (trigger, *restError) {
	var out trigger
	if t.Name == "" {
		return out, restErrorf(400, "Event name missing: send {\"name\":...,\"channels\":[...],\"data\":\"...\"}")
	}
	if len(t.Name) > maxEventNameLength {
		return out, restErrorf(400, "Event name is %d characters: Pusher allows %d", len(t.Name), maxEventNameLength)
	}
	out.name = t.Name
	out.channels = t.Channels
	if t.Channel != "" {
		out.channels = append(out.channels, t.Channel)
	}
	if len(out.channels) == 0 {
		return out, restErrorf(400, "No channels: send \"channels\":[...] or \"channel\"")
	}
	if len(out.channels) > s.cfg.MaxEventChannels {
		return out, restErrorf(400, "Too many channels: %d, Pusher allows %d per event", len(out.channels), s.cfg.MaxEventChannels)
	}
	for _, ch := range out.channels {
		if err := checkChannelName(ch); err != nil {
			return out, restErrorf(400, "Invalid channel: %v", err)
		}
		if channelKind(ch) == kindEncrypted && len(out.channels) > 1 {
			return out, restErrorf(400, "Cannot trigger on %s together with other channels: encrypted channels take one channel per event", ch)
		}
	}
	data, err := rawString(t.Data)
	if err != nil {
		return out, restErrorf(400, "Invalid data: %v", err)
	}
	if len(data) > s.cfg.MaxEventData {
		return out, restErrorf(413, "Payload too large: data is %d bytes, Pusher allows %d", len(data), s.cfg.MaxEventData)
	}
	out.data = data
	if t.SocketID != "" && !socketIDPattern.MatchString(t.SocketID) {
		return out, restErrorf(400, "Invalid socket_id %q: socket_id must look like 123.456", t.SocketID)
	}
	out.socketID = t.SocketID
	info, rerr := parseInfo(t.Info, "user_count", "subscription_count")
	if rerr != nil {
		return out, rerr
	}
	if has(info, "user_count") {
		for _, ch := range out.channels {
			if channelKind(ch) != kindPresence {
				return out, restErrorf(400, "info=user_count is only available for presence channels, not %s", ch)
			}
		}
	}
	out.info = info
	return out, nil
}

func parseInfo(v string, allowed ...string) ([]string, *restError) {
	if v == "" {
		return nil, nil
	}
	var out []string
	for _, a := range strings.Split(v, ",") {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		if !has(allowed, a) {
			return nil, restErrorf(400, "Unknown info attribute %q: use %s", a, strings.Join(allowed, ", "))
		}
		out = append(out, a)
	}
	return out, nil
}

func has(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// fire publishes a validated trigger: one frame per channel, encoded once
// and shared by every subscriber, skipping the connection socket_id names.
func (s *Server) fire(t trigger) {
	var except *conn
	if t.socketID != "" {
		s.mu.RLock()
		except = s.conns[t.socketID]
		s.mu.RUnlock()
	}
	for _, ch := range t.channels {
		frame := encodeEvent(outEvent{Event: t.name, Channel: ch, Data: t.data})
		s.publish(ch, t.name, t.data, frame, except)
	}
	s.insp.record(logEntry{Kind: "trigger", Event: t.name, Channel: strings.Join(t.channels, ","), Data: t.data, SocketID: t.socketID})
}

func (s *Server) infoFor(ch string, info []string) map[string]int {
	st := s.stats(ch)
	m := map[string]int{}
	for _, a := range info {
		switch a {
		case "user_count":
			m["user_count"] = len(st.Users)
		case "subscription_count":
			m["subscription_count"] = st.Subscriptions
		}
	}
	return m
}

func decodeBody(body []byte, v any) *restError {
	if len(body) == 0 {
		return restErrorf(400, "Request body is empty: send JSON")
	}
	if err := json.Unmarshal(body, v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return restErrorf(400, "Request body is not valid JSON: %v at byte %d", err, se.Offset)
		}
		return restErrorf(400, "Request body has the wrong shape: %v", err)
	}
	return nil
}

func (s *Server) restEvents(method string, body []byte) (any, *restError) {
	if e := wantMethod(method, http.MethodPost); e != nil {
		return nil, e
	}
	var req triggerReq
	if e := decodeBody(body, &req); e != nil {
		return nil, e
	}
	t, e := s.validateTrigger(req)
	if e != nil {
		return nil, e
	}
	s.fire(t)
	if len(t.info) == 0 {
		return struct{}{}, nil
	}
	chans := map[string]map[string]int{}
	for _, ch := range t.channels {
		chans[ch] = s.infoFor(ch, t.info)
	}
	return map[string]any{"channels": chans}, nil
}

func (s *Server) restBatch(method string, body []byte) (any, *restError) {
	if e := wantMethod(method, http.MethodPost); e != nil {
		return nil, e
	}
	var req struct {
		Batch []triggerReq `json:"batch"`
	}
	if e := decodeBody(body, &req); e != nil {
		return nil, e
	}
	if len(req.Batch) == 0 {
		return nil, restErrorf(400, "Batch is empty: send {\"batch\":[{\"name\":...,\"channel\":...,\"data\":...}]}")
	}
	if len(req.Batch) > s.cfg.MaxBatchEvents {
		return nil, restErrorf(400, "Batch too large: %d events, Pusher allows %d", len(req.Batch), s.cfg.MaxBatchEvents)
	}
	ts := make([]trigger, len(req.Batch))
	anyInfo := false
	for i, r := range req.Batch {
		t, e := s.validateTrigger(r)
		if e != nil {
			e.msg = fmt.Sprintf("Batch event %d: %s", i, e.msg)
			return nil, e
		}
		ts[i] = t
		anyInfo = anyInfo || len(t.info) > 0
	}
	for _, t := range ts {
		s.fire(t)
	}
	if !anyInfo {
		return struct{}{}, nil
	}
	out := make([]map[string]int, len(ts))
	for i, t := range ts {
		out[i] = s.infoFor(t.channels[0], t.info)
	}
	return map[string]any{"batch": out}, nil
}

func (s *Server) restChannels(r *http.Request) (any, *restError) {
	if e := wantMethod(r.Method, http.MethodGet); e != nil {
		return nil, e
	}
	prefix := r.URL.Query().Get("filter_by_prefix")
	info, e := parseInfo(r.URL.Query().Get("info"), "user_count")
	if e != nil {
		return nil, e
	}
	if has(info, "user_count") && !strings.HasPrefix(prefix, "presence-") {
		return nil, restErrorf(400, "info=user_count needs filter_by_prefix=presence-")
	}
	chans := map[string]map[string]int{}
	for _, name := range s.channelNames() {
		if strings.HasPrefix(name, "#") || !strings.HasPrefix(name, prefix) {
			continue
		}
		m := map[string]int{}
		if has(info, "user_count") {
			m["user_count"] = len(s.stats(name).Users)
		}
		chans[name] = m
	}
	return map[string]any{"channels": chans}, nil
}

func (s *Server) restChannel(r *http.Request, name string) (any, *restError) {
	if e := wantMethod(r.Method, http.MethodGet); e != nil {
		return nil, e
	}
	if err := checkChannelName(name); err != nil {
		return nil, restErrorf(400, "Invalid channel: %v", err)
	}
	info, e := parseInfo(r.URL.Query().Get("info"), "user_count", "subscription_count", "cache")
	if e != nil {
		return nil, e
	}
	st := s.stats(name)
	out := map[string]any{"occupied": st.Occupied}
	for _, a := range info {
		switch a {
		case "user_count":
			if st.kind != kindPresence {
				return nil, restErrorf(400, "info=user_count is only available for presence channels, not %s", name)
			}
			out["user_count"] = len(st.Users)
		case "subscription_count":
			out["subscription_count"] = st.Subscriptions
		case "cache":
			if !isCacheChannel(name) {
				return nil, restErrorf(400, "info=cache is only available for cache channels, not %s", name)
			}
			if c, ok := s.cached(name); ok {
				ttl := s.cfg.CacheTTL - time.Since(c.at)
				out["cache"] = map[string]any{"event": c.event, "data": c.data, "ttl": int(ttl / time.Second)}
			}
		}
	}
	return out, nil
}

func (s *Server) restUsers(r *http.Request, name string) (any, *restError) {
	if e := wantMethod(r.Method, http.MethodGet); e != nil {
		return nil, e
	}
	if err := checkChannelName(name); err != nil {
		return nil, restErrorf(400, "Invalid channel: %v", err)
	}
	if channelKind(name) != kindPresence {
		return nil, restErrorf(400, "Users are only available for presence channels, not %s", name)
	}
	users := []map[string]string{}
	for _, id := range s.stats(name).Users {
		users = append(users, map[string]string{"id": id})
	}
	return map[string]any{"users": users}, nil
}

func (s *Server) restTerminate(r *http.Request, userID string) (any, *restError) {
	if e := wantMethod(r.Method, http.MethodPost); e != nil {
		return nil, e
	}
	if userID == "" {
		return nil, restErrorf(400, "User id missing")
	}
	s.mu.RLock()
	var conns []*conn
	for c := range s.users[userID] {
		conns = append(conns, c)
	}
	s.mu.RUnlock()
	for _, c := range conns {
		c.send(encodeError(closeUnauthorized, "Connection terminated by the app (terminate_connections)"))
		c.closeWith(closeUnauthorized, "Connection terminated by the app")
	}
	s.log.Info("terminated user connections", "user_id", userID, "connections", len(conns))
	s.insp.record(logEntry{Kind: "terminate", UserID: userID, Detail: fmt.Sprintf("%d connections", len(conns))})
	return struct{}{}, nil
}
