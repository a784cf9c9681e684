package mockpusher

import (
	"fmt"
	"sync"
	"testing"
)

// TestChurn runs subscribes, unsubscribes, presence joins, client events
// and triggers concurrently on a few channels (run it with -race), then
// checks that once every connection is gone no channel, member or user is
// left behind.
func TestChurn(t *testing.T) {
	s, err := New(Config{AppID: docAppID, Key: docKey, Secret: docSecret})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown(t.Context())
	const workers, rounds = 8, 200
	chans := []string{"public-a", "private-b", "presence-c"}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			c := &conn{s: s, nc: discardConn{}, id: fmt.Sprintf("%d.%d", w, w), handled: make(chan struct{}, 1)}
			for i := range rounds {
				name := chans[(w+i)%len(chans)]
				switch i % 4 {
				case 0, 1:
					cd := fmt.Sprintf(`{"user_id":"u%d"}`, w%3) // users shared across workers
					auth := channelAuth(docKey, docSecret, c.id, name, "")
					if channelKind(name) == kindPresence {
						auth = channelAuth(docKey, docSecret, c.id, name, cd)
					} else {
						cd = ""
					}
					s.handleFrame(c, mustJSON(map[string]any{"event": "pusher:subscribe", "data": map[string]string{"channel": name, "auth": auth, "channel_data": cd}}))
				case 2:
					s.handleFrame(c, mustJSON(map[string]any{"event": "client-x", "channel": name, "data": map[string]int{"i": i}}))
					s.publish(name, "e", "x", encodeEvent(outEvent{Event: "e", Channel: name, Data: "x"}), nil)
				case 3:
					s.handleFrame(c, mustJSON(map[string]any{"event": "pusher:unsubscribe", "data": map[string]string{"channel": name}}))
				}
			}
			c.finish()
		})
	}
	wg.Wait()
	s.mu.RLock()
	defer s.mu.RUnlock()
	if len(s.channels) != 0 {
		for name, ch := range s.channels {
			t.Errorf("channel %s left with %d subscriptions, %d members", name, len(ch.subs), len(ch.users))
		}
	}
}
