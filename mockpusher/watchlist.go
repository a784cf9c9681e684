package mockpusher

import "fmt"

// closeWatchlistLimit closes a connection whose watchlist is over the limit
// (pusher-js gives up, as with Pusher).
const closeWatchlistLimit = 4302

// watchlistEvent is one entry of pusher_internal:watchlist_events.
type watchlistEvent struct {
	Name    string   `json:"name"`
	UserIDs []string `json:"user_ids"`
}

func watchlistFrame(name string, ids []string) []byte {
	return encodeJSONData("pusher_internal:watchlist_events", "", map[string][]watchlistEvent{
		"events": {{Name: name, UserIDs: ids}},
	})
}

// signIn records c as signed in as u (replacing prev), registers u's
// watchlist, tells c which watched users are online, and tells those
// watching u when u comes online with this, its first connection.
func (s *Server) signIn(c *conn, u, prev *signedIn) {
	var online []string
	s.mu.Lock()
	offline := s.dropUserLocked(c, prev)
	if s.users[u.id] == nil {
		s.users[u.id] = map[*conn]struct{}{}
	}
	s.users[u.id][c] = struct{}{}
	cameOnline := len(s.users[u.id]) == 1
	for _, w := range u.watchlist {
		if s.watchers[w] == nil {
			s.watchers[w] = map[*conn]struct{}{}
		}
		s.watchers[w][c] = struct{}{}
		if len(s.users[w]) > 0 {
			online = append(online, w)
		}
	}
	var notify []*conn
	if cameOnline {
		for w := range s.watchers[u.id] {
			notify = append(notify, w)
		}
	}
	s.mu.Unlock()
	s.sendOffline(offline)
	if len(online) > 0 {
		c.send(watchlistFrame("online", online))
	}
	if len(notify) > 0 {
		f := watchlistFrame("online", []string{u.id})
		for _, w := range notify {
			w.send(f)
		}
	}
}

// signOut forgets c's signed-in user when c closes; the user's watchers
// hear it went offline with its last connection.
func (s *Server) signOut(c *conn, u *signedIn) {
	s.mu.Lock()
	offline := s.dropUserLocked(c, u)
	s.mu.Unlock()
	s.sendOffline(offline)
}

// offlineNotice is a user gone offline and who watches it.
type offlineNotice struct {
	id       string
	watchers []*conn
}

// dropUserLocked removes c from u's connections and c's watchlist entries.
func (s *Server) dropUserLocked(c *conn, u *signedIn) *offlineNotice {
	if u == nil {
		return nil
	}
	for _, w := range u.watchlist {
		delete(s.watchers[w], c)
		if len(s.watchers[w]) == 0 {
			delete(s.watchers, w)
		}
	}
	set := s.users[u.id]
	if set == nil {
		return nil
	}
	delete(set, c)
	if len(set) > 0 {
		return nil
	}
	delete(s.users, u.id)
	n := &offlineNotice{id: u.id}
	for w := range s.watchers[u.id] {
		n.watchers = append(n.watchers, w)
	}
	return n
}

func (s *Server) sendOffline(n *offlineNotice) {
	if n == nil || len(n.watchers) == 0 {
		return
	}
	f := watchlistFrame("offline", []string{n.id})
	for _, w := range n.watchers {
		w.send(f)
	}
}

func (s *Server) checkWatchlist(ids []string) error {
	if len(ids) > s.cfg.MaxWatchlist {
		return fmt.Errorf("Watchlist of %d users is over the limit of %d", len(ids), s.cfg.MaxWatchlist)
	}
	return nil
}
