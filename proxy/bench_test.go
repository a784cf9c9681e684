package proxy

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// Side-by-side throughput for ~2 KB responses: direct to the upstream and
// through devproxy, same client, same upstream. Compare the two ns/op:
//
//	go test ./proxy -run XXX -bench 2KB -benchmem
func bench2KB(b *testing.B, through bool) {
	body := strings.Repeat("x", 2048)
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		w.Header().Set("Cache-Control", "no-cache")
		io.WriteString(w, body)
	}))
	defer up.Close()
	target := up.URL
	if through {
		s, err := New(Config{Listen: "127.0.0.1:0", Upstream: mustURLb(b, up.URL)})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Start(); err != nil {
			b.Fatal(err)
		}
		defer s.Shutdown(b.Context())
		target = "http://" + s.Addr().String()
	}
	tr := &http.Transport{MaxIdleConnsPerHost: 64, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	url := target + "/src/components/Button.tsx?v=1a2b3c"
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			resp, err := client.Get(url)
			if err != nil {
				b.Error(err)
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
	})
}

func mustURLb(b *testing.B, s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		b.Fatal(err)
	}
	return u
}

func BenchmarkDirect2KB(b *testing.B)  { bench2KB(b, false) }
func BenchmarkThrough2KB(b *testing.B) { bench2KB(b, true) }
