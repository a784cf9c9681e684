package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// target is one way to reach the same upstream.
type target struct {
	name string // "direct", "devproxy", "nginx"
	url  string // full URL of the small module
}

// fetchOnce GETs url with c and returns the body, failing on a non-200.
func fetchOnce(ctx context.Context, c *http.Client, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", url, err)
	}
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("GET %s: status %d, want 200; body: %.200s", url, resp.StatusCode, body)
	}
	return body, nil
}

func keepAliveClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		MaxIdleConnsPerHost: 1, DisableCompression: true, ForceAttemptHTTP2: false,
	}}
}

// checkSameBody fetches every target and fails unless all return 200 with
// the body the direct path returns, so no path is measured serving an error page.
func checkSameBody(ctx context.Context, ts []target) (int, error) {
	c := keepAliveClient()
	defer c.CloseIdleConnections()
	var want []byte
	for i, t := range ts {
		body, err := fetchOnce(ctx, c, t.url)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", t.name, err)
		}
		if i == 0 {
			want = body
			continue
		}
		if string(body) != string(want) {
			return 0, fmt.Errorf("%s returned %d bytes that differ from %s's %d bytes", t.name, len(body), ts[0].name, len(want))
		}
	}
	return len(want), nil
}

// seqResult is per target: every sequential request's latency, plus the
// per-round difference to the first target (direct).
type seqResult struct {
	lat   [][]float64 // [target][round] microseconds
	added [][]float64 // [target][round] lat - direct's lat in the same round
}

// sequential sends one request at a time, one keep-alive connection per
// target, visiting the targets in rotating order each round so that noise
// hits them alike. ts[0] must be the direct path.
func sequential(ctx context.Context, ts []target, warmup, rounds int) (seqResult, error) {
	clients := make([]*http.Client, len(ts))
	for i := range clients {
		clients[i] = keepAliveClient()
		defer clients[i].CloseIdleConnections()
	}
	res := seqResult{lat: make([][]float64, len(ts)), added: make([][]float64, len(ts))}
	one := make([]float64, len(ts))
	for r := -warmup; r < rounds; r++ {
		for k := range ts {
			i := (k + r + warmup) % len(ts)
			start := time.Now()
			if _, err := fetchOnce(ctx, clients[i], ts[i].url); err != nil {
				return res, fmt.Errorf("%s: %w", ts[i].name, err)
			}
			one[i] = float64(time.Since(start).Nanoseconds()) / 1e3
		}
		if r < 0 {
			continue
		}
		for i := range ts {
			res.lat[i] = append(res.lat[i], one[i])
			res.added[i] = append(res.added[i], one[i]-one[0])
		}
	}
	return res, nil
}
