package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// restClient triggers events through the signed REST API, exactly as a server
// SDK would: POST /apps/{id}/events with auth_key, auth_timestamp,
// auth_version, body_md5 and auth_signature in the query.
type restClient struct {
	base   string // http://host:port, no trailing slash
	appID  string
	key    string
	secret string
	http   *http.Client
}

func newRESTClient(base, appID, key, secret string) *restClient {
	tr := &http.Transport{MaxIdleConnsPerHost: 16, DisableCompression: true}
	return &restClient{
		base: strings.TrimRight(base, "/"), appID: appID, key: key, secret: secret,
		http: &http.Client{Transport: tr, Timeout: 30 * time.Second},
	}
}

// signedQuery returns the query string for method+path with body, signed with
// the app secret. Parameters are already in sorted order.
func (r *restClient) signedQuery(method, path string, body []byte, now time.Time) string {
	sum := md5.Sum(body)
	q := "auth_key=" + r.key +
		"&auth_timestamp=" + strconv.FormatInt(now.Unix(), 10) +
		"&auth_version=1.0" +
		"&body_md5=" + hex.EncodeToString(sum[:])
	mac := hmac.New(sha256.New, []byte(r.secret))
	mac.Write([]byte(method + "\n" + path + "\n" + q))
	return q + "&auth_signature=" + hex.EncodeToString(mac.Sum(nil))
}

type triggerBody struct {
	Name    string `json:"name"`
	Channel string `json:"channel"`
	Data    string `json:"data"`
}

// trigger publishes one event and returns an error naming the status and the
// server's answer when it is not 200.
func (r *restClient) trigger(ctx context.Context, channel, event, data string) error {
	body, err := json.Marshal(triggerBody{Name: event, Channel: channel, Data: data})
	if err != nil {
		return fmt.Errorf("encoding event: %w", err)
	}
	path := "/apps/" + r.appID + "/events"
	u := r.base + path + "?" + r.signedQuery(http.MethodPost, path, body, time.Now())
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("building trigger request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := r.http.Do(req)
	if err != nil {
		return fmt.Errorf("triggering %s on %s: %w", event, channel, err)
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("triggering %s on %s: %s: %s", event, channel, resp.Status, bytes.TrimSpace(msg))
	}
	return nil
}
