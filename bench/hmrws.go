package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/gorilla/websocket"
)

// wsTokenRE finds the HMR token Vite bakes into /@vite/client.
var wsTokenRE = regexp.MustCompile(`const wsToken = "([^"]*)"`)

// parseWSToken returns the token from the text of /@vite/client.
func parseWSToken(client string) (string, error) {
	m := wsTokenRE.FindStringSubmatch(client)
	if m == nil {
		return "", fmt.Errorf("no `const wsToken = \"...\"` in /@vite/client; is this Vite 5.4.12+ / 6.0.9+?")
	}
	return m[1], nil
}

// hmrSocket is one "vite-hmr" WebSocket whose messages are timestamped as
// they arrive.
type hmrSocket struct {
	conn *websocket.Conn
	msgs chan wsMsg
}

type wsMsg struct {
	at   time.Time
	text string
}

// dialHMR fetches /@vite/client from base (to learn the token), opens the HMR
// socket through base and waits for {"type":"connected"}.
func dialHMR(ctx context.Context, base string) (*hmrSocket, error) {
	body, err := fetchOnce(ctx, http.DefaultClient, base+"/@vite/client")
	if err != nil {
		return nil, err
	}
	token, err := parseWSToken(string(body))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", base, err)
	}
	d := websocket.Dialer{Subprotocols: []string{"vite-hmr"}, HandshakeTimeout: 10 * time.Second}
	wsURL := "ws" + strings.TrimPrefix(base, "http") + "/?token=" + token
	hdr := http.Header{"Origin": {base}}
	conn, resp, err := d.DialContext(ctx, wsURL, hdr)
	if err != nil {
		status := ""
		if resp != nil {
			status = fmt.Sprintf(" (HTTP %d)", resp.StatusCode)
		}
		return nil, fmt.Errorf("opening Vite's HMR socket at %s%s: %w", wsURL, status, err)
	}
	s := &hmrSocket{conn: conn, msgs: make(chan wsMsg, 64)}
	go func() {
		defer close(s.msgs)
		for {
			_, b, err := conn.ReadMessage()
			if err != nil {
				return
			}
			s.msgs <- wsMsg{at: time.Now(), text: string(b)}
		}
	}()
	m, err := s.next(ctx, 10*time.Second)
	if err != nil || !strings.Contains(m.text, `"type":"connected"`) {
		conn.Close()
		return nil, fmt.Errorf("%s: HMR socket did not say connected (got %q, %v)", wsURL, m.text, err)
	}
	return s, nil
}

// next returns the next message other than a ping.
func (s *hmrSocket) next(ctx context.Context, timeout time.Duration) (wsMsg, error) {
	t := time.NewTimer(timeout)
	defer t.Stop()
	for {
		select {
		case m, ok := <-s.msgs:
			if !ok {
				return wsMsg{}, io.ErrUnexpectedEOF
			}
			if strings.Contains(m.text, `"type":"ping"`) || strings.Contains(m.text, `"type":"pong"`) {
				continue
			}
			return m, nil
		case <-t.C:
			return wsMsg{}, fmt.Errorf("no HMR message within %s", timeout)
		case <-ctx.Done():
			return wsMsg{}, ctx.Err()
		}
	}
}

func (s *hmrSocket) close() { s.conn.Close() }

// socketHop measures how much later the HMR update for one edit arrives on
// a socket through devproxy than on one straight to Vite, both open at once
// in this process: the per-edit difference is devproxy's WebSocket relay
// delay, free of the file watcher's and the browser's noise. file must be a
// module in Vite's graph (hmr/shared.js after part 3 loaded it).
func socketHop(ctx context.Context, direct, proxied, file string, edits int) (d, p, diff []float64, err error) {
	ds, err := dialHMR(ctx, direct)
	if err != nil {
		return nil, nil, nil, err
	}
	defer ds.close()
	ps, err := dialHMR(ctx, proxied)
	if err != nil {
		return nil, nil, nil, err
	}
	defer ps.close()
	for e := -2; e < edits; e++ {
		tmp := file + ".tmp"
		text := hmrShared(1000 + e)
		if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
			return nil, nil, nil, err
		}
		t0 := time.Now()
		if err := os.Rename(tmp, file); err != nil {
			return nil, nil, nil, err
		}
		dm, err := ds.next(ctx, 30*time.Second)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("direct socket after editing %s: %w", filepath.Base(file), err)
		}
		pm, err := ps.next(ctx, 30*time.Second)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("devproxy socket after editing %s: %w", filepath.Base(file), err)
		}
		if dm.text != pm.text {
			return nil, nil, nil, fmt.Errorf("the two sockets got different messages for one edit:\n  direct:   %.200s\n  devproxy: %.200s", dm.text, pm.text)
		}
		if e >= 0 {
			d = append(d, ms(dm.at.Sub(t0)))
			p = append(p, ms(pm.at.Sub(t0)))
			diff = append(diff, ms(pm.at.Sub(dm.at)))
		}
		time.Sleep(150 * time.Millisecond)
	}
	return d, p, diff, nil
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }
