package mockpusher

import (
	"fmt"
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gorilla/websocket"
)

// BenchmarkPublish measures one event fanned out to n real loopback
// WebSocket subscribers (each drained by a goroutine of the benchmark),
// kernel writes included. ns/delivery is comparable with the load client's
// "server CPU per delivery" only on an otherwise idle machine: here the
// readers share the CPUs.
func BenchmarkPublish(b *testing.B) {
	for _, n := range []int{100, 1000} {
		for _, size := range []int{100, 5000} {
			b.Run(fmt.Sprintf("subs=%d/size=%d", n, size), func(b *testing.B) {
				benchPublish(b, n, size)
			})
		}
	}
}

func benchPublish(b *testing.B, n, size int) {
	s, err := New(Config{AppID: docAppID, Key: docKey, Secret: docSecret})
	if err != nil {
		b.Fatal(err)
	}
	hs := httptest.NewServer(s)
	b.Cleanup(func() { s.Shutdown(b.Context()); hs.Close() })
	u := "ws" + strings.TrimPrefix(hs.URL, "http") + "/app/" + docKey + "?protocol=7"
	for i := 0; i < n; i++ {
		ws, resp, err := websocket.DefaultDialer.Dial(u, nil)
		if err != nil {
			b.Fatal(err)
		}
		resp.Body.Close()
		ws.ReadMessage() // connection_established
		ws.WriteJSON(map[string]any{"event": "pusher:subscribe", "data": map[string]string{"channel": "bench"}})
		ws.ReadMessage() // subscription_succeeded
		go io.Copy(io.Discard, ws.NetConn())
		b.Cleanup(func() { ws.Close() })
	}
	data := strings.Repeat("x", size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// What a REST trigger does after its checks: encode once, fan out.
		frame := encodeEvent(outEvent{Event: "e", Channel: "bench", Data: data})
		s.publish("bench", "e", data, frame, nil)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/delivery")
}
