package mockpusher

import (
	"encoding/json"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type chanKind int

const (
	kindPublic chanKind = iota
	kindPrivate
	kindEncrypted
	kindPresence
	kindServerToUser
)

const serverToUserPrefix = "#server-to-user-"

func channelKind(name string) chanKind {
	switch {
	case strings.HasPrefix(name, "private-encrypted-"):
		return kindEncrypted
	case strings.HasPrefix(name, "private-"):
		return kindPrivate
	case strings.HasPrefix(name, "presence-"):
		return kindPresence
	case strings.HasPrefix(name, serverToUserPrefix):
		return kindServerToUser
	}
	return kindPublic
}

// isCacheChannel reports the cache- variants, which keep their last event.
func isCacheChannel(name string) bool {
	for _, p := range []string{"cache-", "private-cache-", "private-encrypted-cache-", "presence-cache-"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// checkChannelName enforces Pusher's channel name rules.
func checkChannelName(name string) error {
	if name == "" {
		return fmt.Errorf("channel name is empty")
	}
	if len(name) > maxChannelNameLength {
		return fmt.Errorf("channel name %.40q... is %d characters: Pusher allows %d", name, len(name), maxChannelNameLength)
	}
	rest := name
	if strings.HasPrefix(name, serverToUserPrefix) {
		rest = name[len(serverToUserPrefix):]
		if rest == "" {
			return fmt.Errorf("channel name %q has no user id", name)
		}
	}
	for i := 0; i < len(rest); i++ {
		b := rest[i]
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || strings.IndexByte("_-=@,.;", b) >= 0) {
			if b == '#' {
				return fmt.Errorf("channel name %q: '#' is reserved for #server-to-user- channels", name)
			}
			return fmt.Errorf("channel name %q has %q: use only A-Z a-z 0-9 _ - = @ , . ;", name, rune(b))
		}
	}
	return nil
}

// channel is an occupied channel: its subscribers and, for presence, its
// members. Each channel has its own lock, so triggers to different
// channels never wait on each other.
type channel struct {
	name  string
	kind  chanKind
	mu    sync.Mutex
	subs  []*conn
	idx   map[*conn]int
	users map[string]*member // presence: user id → member
	dead  bool               // removed from Server.channels

	pendMu  sync.Mutex // guards pending and fanning; never held with mu
	pending []pendingFrame
	fanning bool
}

type member struct {
	info  json.RawMessage
	conns int
	since time.Time
}

type cacheEntry struct {
	event, data string
	frame       []byte
	at          time.Time
}

// presenceData is presence channel_data: user_id may be a number or a
// string in it; it is a string on the wire.
type presenceData struct {
	UserID   json.RawMessage `json:"user_id"`
	UserInfo json.RawMessage `json:"user_info,omitempty"`
}

func parseUserID(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("user_id must be a string or a number, got %s", string(raw))
}

// join subscribes c to name. For presence, userID and info describe the
// member. It queues subscription_succeeded (and the cached event) inside
// the channel lock, so no event published after the subscription can
// overtake them. It returns Pusher's error text when the subscription is
// refused.
func (s *Server) join(c *conn, name, userID string, info json.RawMessage) error {
	ch, created := s.lockChannel(name)
	defer ch.mu.Unlock()
	kind := ch.kind

	c.mu.Lock()
	prevUser, already := c.subs.get(name)
	c.mu.Unlock()
	if already {
		// A repeated subscribe (pusher-js after a reconnect race) is
		// answered again, with the current members for presence.
		if kind == kindPresence && prevUser != userID {
			return fmt.Errorf("Existing subscription to %s as user %q: unsubscribe before subscribing as %q", name, prevUser, userID)
		}
		c.send(s.succeededFrame(ch))
		return nil
	}

	newMember := false
	if kind == kindPresence {
		m := ch.users[userID]
		if m == nil {
			if len(ch.users) >= s.cfg.MaxPresenceMembers {
				// Never a fresh channel: it has no members yet.
				return fmt.Errorf("Cannot subscribe to %s: presence channels are limited to %d members", name, s.cfg.MaxPresenceMembers)
			}
			if len(info) == 0 {
				info = json.RawMessage("null")
			}
			m = &member{info: info, since: time.Now()}
			ch.users[userID] = m
			newMember = true
		}
		m.conns++
	}
	ch.idx[c] = len(ch.subs)
	ch.subs = append(ch.subs, c)
	c.mu.Lock()
	c.subs.add(name, userID)
	c.mu.Unlock()

	c.send(s.succeededFrame(ch))
	if newMember {
		f := encodeJSONData("pusher_internal:member_added", name, map[string]json.RawMessage{
			"user_id": mustJSON(userID), "user_info": ch.users[userID].info,
		})
		for _, o := range ch.subs {
			if o != c {
				o.send(f)
			}
		}
	}
	if isCacheChannel(name) {
		if e, ok := s.cached(name); ok {
			c.send(e.frame)
		} else {
			c.send(encodeEvent(outEvent{Event: "pusher:cache_miss", Channel: name, Data: "{}"}))
			s.hooks.emit(hookEvent{Name: "cache_miss", Channel: name})
		}
	}
	if created {
		s.hooks.emit(hookEvent{Name: "channel_occupied", Channel: name})
	}
	if newMember {
		s.hooks.emit(hookEvent{Name: "member_added", Channel: name, UserID: userID})
	}
	return nil
}

// lockChannel returns name's channel, created if need be, with its lock
// held. The server-wide lock is released first, so a subscribe to a busy
// channel waits for that channel's fan-out round, not everyone else.
func (s *Server) lockChannel(name string) (ch *channel, created bool) {
	for {
		s.mu.Lock()
		ch = s.channels[name]
		created = ch == nil
		if created {
			kind := channelKind(name)
			ch = &channel{name: name, kind: kind, idx: map[*conn]int{}}
			if kind == kindPresence {
				ch.users = map[string]*member{}
			}
			s.channels[name] = ch
		}
		s.mu.Unlock()
		ch.mu.Lock()
		if !ch.dead {
			return ch, created
		}
		ch.mu.Unlock() // vacated meanwhile: look again
	}
}

func (s *Server) succeededFrame(ch *channel) []byte {
	if ch.kind != kindPresence {
		return encodeEvent(outEvent{Event: "pusher_internal:subscription_succeeded", Channel: ch.name, Data: "{}"})
	}
	ids := make([]string, 0, len(ch.users))
	hash := make(map[string]json.RawMessage, len(ch.users))
	for id, m := range ch.users {
		ids = append(ids, id)
		hash[id] = m.info
	}
	sort.Strings(ids)
	return encodeJSONData("pusher_internal:subscription_succeeded", ch.name, map[string]any{
		"presence": map[string]any{"ids": ids, "hash": hash, "count": len(ids)},
	})
}

// leave unsubscribes c from name; a presence member is removed with its
// user's last connection, and the channel is vacated when its last
// subscriber leaves. Only the channel's lock is held while a fan-out round
// may be running; the server-wide lock is taken only to drop a vacant
// channel.
func (s *Server) leave(c *conn, name, userID string) {
	s.mu.RLock()
	ch := s.channels[name]
	s.mu.RUnlock()
	if ch == nil {
		return
	}
	ch.mu.Lock()
	i, ok := ch.idx[c]
	if !ok {
		ch.mu.Unlock()
		return
	}
	last := len(ch.subs) - 1
	ch.subs[i] = ch.subs[last]
	ch.idx[ch.subs[i]] = i
	ch.subs[last] = nil
	ch.subs = ch.subs[:last]
	delete(ch.idx, c)
	if ch.kind == kindPresence {
		if m := ch.users[userID]; m != nil {
			if m.conns--; m.conns <= 0 {
				delete(ch.users, userID)
				f := encodeJSONData("pusher_internal:member_removed", name, map[string]string{"user_id": userID})
				for _, o := range ch.subs {
					o.send(f)
				}
				// Webhooks are queued under the lock: they keep the channel's order.
				s.hooks.emit(hookEvent{Name: "member_removed", Channel: name, UserID: userID})
			}
		}
	}
	empty := len(ch.subs) == 0
	ch.mu.Unlock()
	if empty {
		s.dropIfVacant(ch)
	}
}

// dropIfVacant removes ch from the server unless someone joined it since
// it emptied.
func (s *Server) dropIfVacant(ch *channel) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch.mu.Lock()
	defer ch.mu.Unlock()
	if len(ch.subs) > 0 || ch.dead || s.channels[ch.name] != ch {
		return
	}
	ch.dead = true
	delete(s.channels, ch.name)
	s.hooks.emit(hookEvent{Name: "channel_vacated", Channel: ch.name})
}

// publish sends one encoded frame to every subscriber of name but except,
// and caches it on cache channels.
//
// Publishers combine: the first to find the channel idle fans out; frames
// published to the channel meanwhile are appended to its pending list and
// the same goroutine delivers them all in its next round, concatenated, so
// each subscriber gets one write(2) per round rather than one per event.
// Paced events cost one write per delivery; a burst costs much less.
func (s *Server) publish(name, event, data string, frame []byte, except *conn) {
	if isCacheChannel(name) {
		s.cacheMu.Lock()
		s.cache[name] = cacheEntry{event: event, data: data, frame: frame, at: time.Now()}
		s.cacheMu.Unlock()
	}
	s.mu.RLock()
	ch := s.channels[name]
	s.mu.RUnlock()
	if ch == nil {
		return
	}
	ch.pendMu.Lock()
	ch.pending = append(ch.pending, pendingFrame{frame, except})
	if ch.fanning {
		ch.pendMu.Unlock()
		return
	}
	ch.fanning = true
	ch.pendMu.Unlock()
	s.fanOut(ch)
}

// maxRounds bounds the fan-out rounds one publisher runs before it hands
// the channel to a goroutine of its own, so a trigger request returns even
// while other publishers keep the channel busy.
const maxRounds = 16

// pendingFrame is a frame waiting for its channel's next fan-out round.
type pendingFrame struct {
	frame  []byte
	except *conn
}

func (s *Server) fanOut(ch *channel) {
	var spare []pendingFrame
	for round := 1; ; round++ {
		ch.pendMu.Lock()
		batch := ch.pending
		if len(batch) == 0 {
			ch.fanning = false
			ch.pending = spare
			ch.pendMu.Unlock()
			return
		}
		if round > maxRounds {
			ch.pendMu.Unlock()
			s.handOff(ch)
			return
		}
		ch.pending = spare
		ch.pendMu.Unlock()

		all := batch[0].frame
		excepts := batch[0].except != nil
		if len(batch) > 1 {
			n := 0
			for _, p := range batch {
				n += len(p.frame)
				excepts = excepts || p.except != nil
			}
			all = make([]byte, 0, n)
			for _, p := range batch {
				all = append(all, p.frame...)
			}
		}
		ch.mu.Lock()
		deliver(ch.subs, all, batch, excepts)
		ch.mu.Unlock()
		clear(batch)
		spare = batch[:0]
	}
}

// parallelFanOut is the subscriber count from which one round's writes are
// spread over the CPUs: 5,000 writes of 5–10 µs each would otherwise take
// most of a 50 ms latency budget on one core.
const parallelFanOut = 512

// fanOutChunk is how many subscribers a fan-out goroutine takes at a time.
// The goroutines take chunks until none is left rather than a fixed share
// each, so one whose thread the OS preempts (another process on the
// machine) holds up only the rest of the chunk in hand, not its whole
// share: the others write the rest. 16 writes are about 0.1 ms, and 16 of
// 5,000 subscribers are 0.3% of them, well inside a p99; taking a chunk is
// one atomic add.
const fanOutChunk = 16

// deliver sends one round to subs (the caller holds the channel's lock),
// on up to GOMAXPROCS goroutines for a large channel. The helpers are
// waited for before deliver returns.
func deliver(subs []*conn, all []byte, batch []pendingFrame, excepts bool) {
	send := func(part []*conn) {
		for _, c := range part {
			if !excepts {
				c.send(all)
			} else if b := framesFor(c, batch); len(b) > 0 {
				c.send(b)
			}
		}
	}
	parts := min(runtime.GOMAXPROCS(0), len(subs)/(parallelFanOut/2))
	if parts < 2 {
		send(subs)
		return
	}
	var next atomic.Int64
	work := func() {
		for {
			i := int(next.Add(fanOutChunk)) - fanOutChunk
			if i >= len(subs) {
				return
			}
			send(subs[i:min(i+fanOutChunk, len(subs))])
		}
	}
	var wg sync.WaitGroup
	for range parts - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
}

// handOff continues a busy channel's fan-out on a new goroutine, counted
// in Server.wg under s.mu so it cannot race Shutdown; once shutting down,
// pending frames are dropped (every connection is closing).
func (s *Server) handOff(ch *channel) {
	s.mu.RLock()
	if s.closing.Load() {
		s.mu.RUnlock()
		ch.pendMu.Lock()
		clear(ch.pending)
		ch.pending = ch.pending[:0]
		ch.fanning = false
		ch.pendMu.Unlock()
		return
	}
	s.wg.Add(1)
	s.mu.RUnlock()
	go func() {
		defer s.wg.Done()
		s.fanOut(ch)
	}()
}

// framesFor concatenates the frames of batch that c is not excluded from.
func framesFor(c *conn, batch []pendingFrame) []byte {
	if len(batch) == 1 {
		if batch[0].except == c {
			return nil
		}
		return batch[0].frame
	}
	var b []byte
	for _, p := range batch {
		if p.except != c {
			b = append(b, p.frame...)
		}
	}
	return b
}

func (s *Server) cached(name string) (cacheEntry, bool) {
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	e, ok := s.cache[name]
	if ok && time.Since(e.at) > s.cfg.CacheTTL {
		delete(s.cache, name)
		return cacheEntry{}, false
	}
	return e, ok
}

// channelStats is what the REST API and the inspector report for a channel.
type channelStats struct {
	Name          string
	Subscriptions int
	Users         []string // presence
	Occupied      bool
	kind          chanKind
}

func (s *Server) stats(name string) channelStats {
	st := channelStats{Name: name, kind: channelKind(name)}
	s.mu.RLock()
	ch := s.channels[name]
	s.mu.RUnlock()
	if ch == nil {
		return st
	}
	ch.mu.Lock()
	defer ch.mu.Unlock()
	st.Subscriptions = len(ch.subs)
	st.Occupied = len(ch.subs) > 0
	for id := range ch.users {
		st.Users = append(st.Users, id)
	}
	sort.Strings(st.Users)
	return st
}

func (s *Server) channelNames() []string {
	s.mu.RLock()
	names := make([]string, 0, len(s.channels))
	for n := range s.channels {
		names = append(names, n)
	}
	s.mu.RUnlock()
	sort.Strings(names)
	return names
}

func mustJSON(v any) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}
