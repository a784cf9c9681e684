package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

var errPonged = errors.New("pong received")

// The epoll hand-off must start where gorilla stopped: an event the server
// wrote in the same segment as subscription_succeeded sits in gorilla's
// buffer, and must still be delivered. The receiver must answer a ping and
// note the server's close code.
func TestEpollHandOff(t *testing.T) {
	pongs := make(chan string, 1)
	pingNow := make(chan struct{})
	srvErr := make(chan error, 1)
	up := websocket.Upgrader{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ws, err := up.Upgrade(w, r, nil)
		if err != nil {
			srvErr <- err
			return
		}
		defer ws.Close()
		srvErr <- func() error {
			if err := ws.WriteMessage(websocket.TextMessage, []byte(`{"event":"pusher:connection_established","data":"{\"socket_id\":\"1.2\",\"activity_timeout\":120}"}`)); err != nil {
				return err
			}
			if _, msg, err := ws.ReadMessage(); err != nil || !bytes.Contains(msg, []byte("pusher:subscribe")) {
				return fmt.Errorf("reading subscribe: %q, %v", msg, err)
			}
			// subscription_succeeded and event 0 in one write(2).
			ev := fmt.Sprintf(`{"event":"bench","channel":"bench","data":"{\"bseq\":0,\"bts\":%d,\"pad\":\"\"}"}`, time.Now().UnixNano())
			both := append(serverFrame(opText, true, []byte(`{"event":"pusher_internal:subscription_succeeded","channel":"bench","data":"{}"}`)),
				serverFrame(opText, true, []byte(ev))...)
			if _, err := ws.UnderlyingConn().Write(both); err != nil {
				return err
			}
			<-pingNow
			ws.SetPongHandler(func(s string) error {
				pongs <- s
				if err := ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4200, "bye"), time.Now().Add(10*time.Second)); err != nil {
					return err
				}
				return errPonged
			})
			if err := ws.WriteControl(websocket.PingMessage, []byte("are you there"), time.Now().Add(10*time.Second)); err != nil {
				return err
			}
			ws.SetReadDeadline(time.Now().Add(30 * time.Second))
			if _, msg, err := ws.ReadMessage(); !errors.Is(err, errPonged) {
				return fmt.Errorf("waiting for a pong: %q, %v", msg, err)
			}
			return nil
		}()
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := dial(ctx, srv.URL, "key", "bench", false)
	if err != nil {
		t.Fatal(err)
	}
	subs := []*subscriber{s}
	defer closeAll(subs)
	p := newPhase(1, 1)
	attach(subs, p)
	stop, err := startReceiving(subs, recvEpoll, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	select {
	case <-p.done[0]:
	case <-ctx.Done():
		t.Fatal("the event buffered by gorilla during subscribe never reached the phase")
	}
	close(pingNow)
	select {
	case got := <-pongs:
		if got != "are you there" {
			t.Errorf("pong payload %q; want the ping's %q", got, "are you there")
		}
	case err := <-srvErr:
		t.Fatalf("server ended before a pong: %v", err)
	case <-ctx.Done():
		t.Fatal("no pong for the server's ping")
	}
	if err := <-srvErr; err != nil {
		t.Fatalf("server: %v", err)
	}
	for s.closeErr.Load() == nil && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	var ce *websocket.CloseError
	if e := s.closeErr.Load(); e == nil || !errors.As(*e, &ce) || ce.Code != 4200 {
		t.Errorf("closeErr = %v; want a close frame with code 4200", e)
	}
}

// Both receive paths deliver every event exactly once from the real mock.
func TestSmokeBothReceivers(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the load client smoke run in -short mode")
	}
	var out bytes.Buffer
	args := []string{"-scenario", "compare", "-recv", "both", "-rounds", "1", "-n", "30", "-events", "20", "-rate", "0", "-size", "5120"}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := run(ctx, args, &out); err != nil {
		t.Fatalf("run(%q): %v\n%s", args, err, out.String())
	}
	if n := strings.Count(out.String(), "delivered   600 of 600 (lost 0, duplicated 0, stray 0, connections dropped 0)"); n != 4 {
		t.Fatalf("run(%q): %d of 4 runs (mock and floor, epoll and gorilla) delivered all 600 exactly once:\n%s", args, n, out.String())
	}
	for _, label := range []string{"mock (epoll)", "floor (epoll)", "mock (gorilla)", "floor (gorilla)"} {
		if !strings.Contains(out.String(), "  "+label+" ") {
			t.Errorf("run(%q): no summary line for %s:\n%s", args, label, out.String())
		}
	}
}

// A connection has one holder at a time; one seen ready while held is read
// again by its holder before it lets go.
func TestRconnHold(t *testing.T) {
	var c rconn
	if !c.take() {
		t.Fatal("take() on a free connection = false; want true")
	}
	if c.take() {
		t.Fatal("take() on a held connection = true; want false")
	}
	if c.letGo() {
		t.Fatal("letGo() after another receiver saw it ready = true; want false (read again)")
	}
	if !c.letGo() {
		t.Fatal("letGo() with nothing new = false; want true")
	}
	if !c.take() {
		t.Fatal("take() after letGo = false; want true")
	}
}

// Receivers racing on one connection, each seeing it ready once: there is
// never more than one holder, and whatever arrived has been read once they
// are all done. (TestRconnHold pins the read-again hand-over this relies on.)
func TestRconnHoldLosesNoEdge(t *testing.T) {
	var c rconn
	var arrived, inside, overlaps atomic.Int64
	read := int64(0) // only the holder touches it
	for round := 0; round < 2000; round++ {
		start := make(chan struct{})
		var wg sync.WaitGroup
		for g := 0; g < 3; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				arrived.Add(1)
				if c.take() {
					for {
						if inside.Add(1) != 1 {
							overlaps.Add(1)
						}
						runtime.Gosched() // let the others arrive meanwhile
						read = arrived.Load()
						inside.Add(-1)
						if c.letGo() {
							break
						}
					}
				}
			}()
		}
		close(start)
		wg.Wait()
		if n := overlaps.Load(); n > 0 {
			t.Fatalf("round %d: %d reads overlapped another holder's", round, n)
		}
		if c.held.Load() != 0 {
			t.Fatalf("round %d: held = %d after every receiver let go; want 0", round, c.held.Load())
		}
		if read != arrived.Load() {
			t.Fatalf("round %d: read %d of %d arrivals: an edge was lost", round, read, arrived.Load())
		}
	}
}
