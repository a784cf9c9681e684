package mockpusher

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Pusher's own texts for refused client events, so an app behaves here as
// it will in production.
const (
	errClientEventsDisabled = "To send client events, you must enable this feature in the Settings page of your dashboard."
	errClientEventChannel   = "Client event rejected - only supported on private and presence channels"
)

// handleFrame dispatches one inbound text frame. Bad frames get a
// pusher:error with code null and the connection stays open, as on Pusher.
func (s *Server) handleFrame(c *conn, msg []byte) {
	f, err := decodeFrame(msg)
	if err != nil {
		c.send(encodeError(0, "Invalid message: "+err.Error()))
		return
	}
	switch f.Event {
	case "pusher:ping":
		c.send(pongFrame)
	case "pusher:pong":
	case "pusher:subscribe":
		s.handleSubscribe(c, f)
	case "pusher:unsubscribe":
		s.handleUnsubscribe(c, f)
	case "pusher:signin":
		s.handleSignin(c, f)
	default:
		if strings.HasPrefix(f.Event, "client-") {
			s.handleClientEvent(c, f)
			return
		}
		c.send(encodeError(0, fmt.Sprintf("Unsupported event %q: clients send pusher:ping, pusher:pong, pusher:subscribe, pusher:unsubscribe, pusher:signin and client-* events", f.Event)))
	}
}

// rawString returns a JSON value that may be a string holding JSON (as
// pusher-js sends channel_data) or the JSON itself.
func rawString(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	}
	return string(raw), nil
}

func (s *Server) subscribeError(c *conn, channel string, err error) {
	s.log.Info("pusher subscription refused", "socket_id", c.id, "channel", channel, "reason", err.Error())
	s.insp.record(logEntry{Kind: "subscription_error", SocketID: c.id, Channel: channel, Detail: err.Error()})
	c.send(encodeError(0, err.Error()))
}

func (s *Server) handleSubscribe(c *conn, f inFrame) {
	var d struct {
		Channel     string          `json:"channel"`
		Auth        string          `json:"auth"`
		ChannelData json.RawMessage `json:"channel_data"`
	}
	if err := f.dataObject(&d); err != nil {
		s.subscribeError(c, "", fmt.Errorf("Invalid pusher:subscribe: %w", err))
		return
	}
	name := d.Channel
	if err := checkChannelName(name); err != nil {
		s.subscribeError(c, name, fmt.Errorf("Invalid channel name: %w", err))
		return
	}
	channelData, err := rawString(d.ChannelData)
	if err != nil {
		s.subscribeError(c, name, fmt.Errorf("Invalid channel_data for %s: %w", name, err))
		return
	}
	what := "subscription to " + name
	var userID string
	var info json.RawMessage
	switch channelKind(name) {
	case kindPrivate, kindEncrypted:
		if err := verifyAuth(s.cfg.Key, s.cfg.Secret, d.Auth, channelAuthString(c.id, name, ""), what); err != nil {
			s.subscribeError(c, name, err)
			return
		}
	case kindPresence:
		if channelData == "" {
			u := c.signedIn()
			if u == nil {
				s.subscribeError(c, name, fmt.Errorf("Presence channel %s needs channel_data: the auth endpoint must return {auth, channel_data} (or sign the user in first)", name))
				return
			}
			if err := verifyAuth(s.cfg.Key, s.cfg.Secret, d.Auth, channelAuthString(c.id, name, ""), what); err != nil {
				s.subscribeError(c, name, err)
				return
			}
			userID, info = u.id, u.info
			break
		}
		if err := verifyAuth(s.cfg.Key, s.cfg.Secret, d.Auth, channelAuthString(c.id, name, channelData), what); err != nil {
			s.subscribeError(c, name, err)
			return
		}
		userID, info, err = s.parsePresenceData(channelData)
		if err != nil {
			s.subscribeError(c, name, fmt.Errorf("Invalid channel_data for %s: %w", name, err))
			return
		}
	case kindServerToUser:
		want := strings.TrimPrefix(name, serverToUserPrefix)
		u := c.signedIn()
		if u == nil || u.id != want {
			s.subscribeError(c, name, fmt.Errorf("Cannot subscribe to %s: only a connection signed in as user %q may (pusher.signin())", name, want))
			return
		}
	}
	if err := s.join(c, name, userID, info); err != nil {
		s.subscribeError(c, name, err)
		return
	}
	s.log.Debug("pusher subscribed", "socket_id", c.id, "channel", name)
	s.insp.record(logEntry{Kind: "subscribe", SocketID: c.id, Channel: name, UserID: userID})
}

func (s *Server) parsePresenceData(channelData string) (string, json.RawMessage, error) {
	var pd presenceData
	if err := json.Unmarshal([]byte(channelData), &pd); err != nil {
		return "", nil, fmt.Errorf("want {\"user_id\":...,\"user_info\":{...}}: %v", err)
	}
	if len(pd.UserID) == 0 {
		return "", nil, fmt.Errorf("user_id is missing")
	}
	id, err := parseUserID(pd.UserID)
	if err != nil {
		return "", nil, err
	}
	if id == "" {
		return "", nil, fmt.Errorf("user_id is empty")
	}
	if len(id) > s.cfg.MaxUserIDLength {
		return "", nil, fmt.Errorf("user_id is %d characters: Pusher allows %d", len(id), s.cfg.MaxUserIDLength)
	}
	if len(pd.UserInfo) > s.cfg.MaxUserInfoBytes {
		return "", nil, fmt.Errorf("user_info is %d bytes: Pusher allows %d", len(pd.UserInfo), s.cfg.MaxUserInfoBytes)
	}
	return id, pd.UserInfo, nil
}

func (c *conn) signedIn() *signedIn {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.user
}

func (s *Server) handleUnsubscribe(c *conn, f inFrame) {
	var d struct {
		Channel string `json:"channel"`
	}
	if err := f.dataObject(&d); err != nil {
		c.send(encodeError(0, "Invalid pusher:unsubscribe: "+err.Error()))
		return
	}
	c.mu.Lock()
	userID, ok := c.subs.remove(d.Channel)
	c.mu.Unlock()
	if ok {
		s.leave(c, d.Channel, userID)
		s.insp.record(logEntry{Kind: "unsubscribe", SocketID: c.id, Channel: d.Channel})
	}
}

func (s *Server) handleSignin(c *conn, f inFrame) {
	var d struct {
		Auth     string `json:"auth"`
		UserData string `json:"user_data"`
	}
	if err := f.dataObject(&d); err != nil {
		c.send(encodeError(0, "Invalid pusher:signin: "+err.Error()))
		return
	}
	if err := verifyAuth(s.cfg.Key, s.cfg.Secret, d.Auth, userAuthString(c.id, d.UserData), "signin"); err != nil {
		s.log.Info("pusher signin refused", "socket_id", c.id, "reason", err.Error())
		c.send(encodeError(0, err.Error()))
		return
	}
	var ud struct {
		ID        json.RawMessage `json:"id"`
		UserInfo  json.RawMessage `json:"user_info"`
		Watchlist []string        `json:"watchlist"`
	}
	var id string
	err := json.Unmarshal([]byte(d.UserData), &ud)
	if err == nil {
		if err = json.Unmarshal(ud.ID, &id); err != nil || id == "" {
			err = fmt.Errorf("user_data.id must be a non-empty string")
		}
	}
	if err != nil {
		c.send(encodeError(0, "Invalid user_data in pusher:signin: "+err.Error()))
		return
	}
	if err := s.checkWatchlist(ud.Watchlist); err != nil {
		c.send(encodeError(closeWatchlistLimit, err.Error()))
		c.closeWith(closeWatchlistLimit, "Watchlist limit exceeded")
		return
	}
	u := &signedIn{id: id, userData: d.UserData, info: ud.UserInfo, watchlist: ud.Watchlist}
	c.mu.Lock()
	prev := c.user
	c.user = u
	c.mu.Unlock()
	c.send(encodeJSONData("pusher:signin_success", "", map[string]string{"user_data": d.UserData}))
	s.signIn(c, u, prev)
	s.insp.record(logEntry{Kind: "signin", SocketID: c.id, UserID: id})
}

func (s *Server) handleClientEvent(c *conn, f inFrame) {
	if s.cfg.DisableClientEvents {
		s.log.Warn("client event refused: client events are off (--no-client-events)", "socket_id", c.id, "event", f.Event)
		c.send(encodeError(0, errClientEventsDisabled))
		return
	}
	name := f.Channel
	switch channelKind(name) {
	case kindPrivate, kindPresence:
	case kindEncrypted:
		c.send(encodeError(0, "Client event rejected - not supported on private-encrypted- channels"))
		return
	default:
		c.send(encodeError(0, errClientEventChannel))
		return
	}
	now := time.Now().Unix()
	c.mu.Lock()
	userID, subscribed := c.subs.get(name)
	if now != c.evSecond {
		c.evSecond, c.evCount = now, 0
	}
	c.evCount++
	over := c.evCount > s.cfg.ClientEventsPerSecond
	c.mu.Unlock()
	if over {
		s.log.Warn("client event rate limit exceeded: closing connection", "socket_id", c.id, "limit_per_second", s.cfg.ClientEventsPerSecond)
		c.send(encodeError(closeClientRateLimit, fmt.Sprintf("Client event rejected - rate limit of %d events per second exceeded", s.cfg.ClientEventsPerSecond)))
		c.closeWith(closeClientRateLimit, "Client event rate limit exceeded")
		return
	}
	if !subscribed {
		c.send(encodeError(0, fmt.Sprintf("Client event rejected - you must be subscribed to %s (and wait for pusher:subscription_succeeded) before triggering on it", name)))
		return
	}
	if len(f.Event) > maxEventNameLength {
		c.send(encodeError(0, fmt.Sprintf("Client event rejected - event name is %d characters: Pusher allows %d", len(f.Event), maxEventNameLength)))
		return
	}
	data, err := f.dataString()
	if err != nil {
		c.send(encodeError(0, "Client event rejected - "+err.Error()))
		return
	}
	if len(data) > s.cfg.MaxEventData {
		c.send(encodeError(0, fmt.Sprintf("Client event rejected - data is %d bytes: Pusher allows %d", len(data), s.cfg.MaxEventData)))
		return
	}
	if channelKind(name) != kindPresence {
		userID = ""
	}
	frame := encodeEvent(outEvent{Event: f.Event, Channel: name, Data: data, UserID: userID})
	s.publish(name, f.Event, data, frame, c)
	s.hooks.emit(hookEvent{Name: "client_event", Channel: name, Event: f.Event, Data: data, SocketID: c.id, UserID: userID})
	s.insp.record(logEntry{Kind: "client_event", SocketID: c.id, Channel: name, Event: f.Event, Data: data, UserID: userID})
}
