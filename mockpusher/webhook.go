package mockpusher

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync/atomic"
	"time"
)

// hookEvent is one webhook event, as Pusher sends them.
type hookEvent struct {
	Name     string `json:"name"`
	Channel  string `json:"channel"`
	Event    string `json:"event,omitempty"`
	Data     string `json:"data,omitempty"`
	SocketID string `json:"socket_id,omitempty"`
	UserID   string `json:"user_id,omitempty"`
}

const (
	// webhookQueue bounds events waiting per URL; beyond it events are
	// dropped (and counted) rather than slowing the server down.
	webhookQueue = 4096
	// webhookBatch is the most events one POST carries.
	webhookBatch = 100
	// webhookTimeout bounds one delivery attempt.
	webhookTimeout = 5 * time.Second
)

// webhookSender posts signed webhooks, one goroutine per URL, so a slow
// or failing receiver delays only its own webhooks and never a trigger.
type webhookSender struct {
	s       *Server
	targets []*webhookTarget
	client  *http.Client
	ctx     context.Context
	cancel  context.CancelFunc
}

type webhookTarget struct {
	url     string
	events  chan hookEvent
	dropped atomic.Int64
}

func newWebhookSender(s *Server) *webhookSender {
	ctx, cancel := context.WithCancel(context.Background())
	w := &webhookSender{s: s, client: &http.Client{Timeout: webhookTimeout}, ctx: ctx, cancel: cancel}
	for _, u := range s.cfg.WebhookURLs {
		t := &webhookTarget{url: u, events: make(chan hookEvent, webhookQueue)}
		w.targets = append(w.targets, t)
		s.wg.Add(1)
		go w.run(t)
	}
	return w
}

// emit queues e for every webhook URL without ever blocking.
func (w *webhookSender) emit(e hookEvent) {
	if len(w.targets) == 0 {
		return
	}
	w.s.insp.record(logEntry{Kind: "webhook", Event: e.Name, Channel: e.Channel, UserID: e.UserID})
	for _, t := range w.targets {
		select {
		case t.events <- e:
		default:
			if t.dropped.Add(1) == 1 {
				w.s.log.Warn("webhook queue full: dropping events", "url", t.url, "queued", webhookQueue)
			}
		}
	}
}

func (w *webhookSender) close() { w.cancel() }

func (w *webhookSender) run(t *webhookTarget) {
	defer w.s.wg.Done()
	batch := make([]hookEvent, 0, webhookBatch)
	for {
		select {
		case <-w.ctx.Done():
			return
		case e := <-t.events:
			batch = append(batch[:0], e)
		more:
			for len(batch) < webhookBatch {
				select {
				case e := <-t.events:
					batch = append(batch, e)
				default:
					break more
				}
			}
			w.deliver(t, batch)
		}
	}
}

// webhookBody is the signed payload.
type webhookBody struct {
	TimeMS int64       `json:"time_ms"`
	Events []hookEvent `json:"events"`
}

// deliver posts one batch, retrying non-2xx answers with doubling back-off
// up to WebhookAttempts times.
func (w *webhookSender) deliver(t *webhookTarget, batch []hookEvent) {
	body, err := json.Marshal(webhookBody{TimeMS: time.Now().UnixMilli(), Events: batch})
	if err != nil {
		w.s.log.Error("encoding webhook", "err", err)
		return
	}
	sig := sign(w.s.cfg.Secret, string(body))
	wait := w.s.cfg.WebhookBackoff
	for attempt := 1; ; attempt++ {
		err := w.post(t.url, body, sig)
		if err == nil {
			return
		}
		if attempt >= w.s.cfg.WebhookAttempts {
			w.s.log.Warn("webhook not delivered: giving up", "url", t.url, "attempts", attempt, "events", len(batch), "err", err)
			return
		}
		w.s.log.Info("webhook delivery failed: will retry", "url", t.url, "attempt", attempt, "retry_in", wait, "err", err)
		select {
		case <-w.ctx.Done():
			return
		case <-time.After(wait):
		}
		wait *= 2
	}
}

func (w *webhookSender) post(url string, body []byte, sig string) error {
	req, err := http.NewRequestWithContext(w.ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	// Exactly application/json: the Node SDK's validator rejects a charset.
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Pusher-Key", w.s.cfg.Key)
	req.Header.Set("X-Pusher-Signature", sig)
	resp, err := w.client.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("receiver answered %s", resp.Status)
	}
	return nil
}
