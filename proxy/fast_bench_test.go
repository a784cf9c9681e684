package proxy

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkProxy2KB measures a keep-alive GET of a ~2 KB module side by
// side: straight to the upstream, through the fast path, and through
// net/http + ReverseProxy (NoFastPath). Client and upstream are raw loops
// that allocate nothing, so allocs/op is the proxy's own. The parent
// prints the ratios of the three in the same run:
//
//	go test ./proxy -run XXX -bench Proxy2KB -benchmem
func BenchmarkProxy2KB(b *testing.B) {
	up := rawUpstream(b, strings.Repeat("x", 2048))
	upURL := mustURLb(b, "http://"+up)
	var direct, fast, slow time.Duration
	b.Run("direct", func(b *testing.B) { direct = rawClientBench(b, up) })
	b.Run("fast", func(b *testing.B) {
		s := startBench(b, Config{Upstream: upURL})
		fast = rawClientBench(b, s)
	})
	b.Run("nethttp", func(b *testing.B) {
		s := startBench(b, Config{Upstream: upURL, NoFastPath: true})
		slow = rawClientBench(b, s)
	})
	if direct > 0 && fast > 0 && slow > 0 {
		b.Logf("per request: direct %v, fast path %v (+%v), net/http %v (+%v); fast path takes %.2fx net/http's time",
			direct, fast, fast-direct, slow, slow-direct, float64(fast)/float64(slow))
	}
}

func startBench(b *testing.B, cfg Config) string {
	b.Helper()
	cfg.Listen = "127.0.0.1:0"
	s, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Shutdown(b.Context()) })
	return s.Addr().String()
}

// rawUpstream answers every request head with the same 2 KB response.
func rawUpstream(b *testing.B, body string) string {
	b.Helper()
	resp := []byte("HTTP/1.1 200 OK\r\nContent-Type: text/javascript\r\nCache-Control: no-cache\r\n" +
		"Date: Sun, 22 Nov 2026 07:00:00 GMT\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body)
	addr := rawUpstreamFunc(b, func(c net.Conn) {
		buf := make([]byte, 16<<10)
		n := 0
		for {
			m, err := c.Read(buf[n:])
			if err != nil {
				return
			}
			n += m
			for {
				i := bytes.Index(buf[:n], []byte("\r\n\r\n"))
				if i < 0 {
					break
				}
				if _, err := c.Write(resp); err != nil {
					return
				}
				n = copy(buf, buf[i+4:n])
			}
		}
	})
	return strings.TrimPrefix(addr, "http://")
}

// rawClientBench sends keep-alive GETs to addr from parallel connections
// and returns the wall time per request.
func rawClientBench(b *testing.B, addr string) time.Duration {
	req := []byte("GET /src/components/Button.tsx?v=1a2b3c HTTP/1.1\r\nHost: localhost:5173\r\n" + chromeHeaders + "\r\n")
	b.ReportAllocs()
	b.SetBytes(2048)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			b.Error(err)
			return
		}
		defer c.Close()
		br := bufio.NewReaderSize(c, 16<<10)
		for pb.Next() {
			if _, err := c.Write(req); err != nil {
				b.Error(err)
				return
			}
			if err := readRawResponse(br); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	return b.Elapsed() / time.Duration(b.N)
}

// readRawResponse reads one response with a Content-Length.
func readRawResponse(br *bufio.Reader) error {
	length := -1
	for {
		line, err := br.ReadSlice('\n')
		if err != nil {
			return err
		}
		if len(line) == 2 {
			break
		}
		if name, value, ok := bytes.Cut(line, []byte(":")); ok && equalFold(name, "Content-Length") {
			length, _ = strconv.Atoi(string(bytes.TrimSpace(value)))
		}
	}
	if length < 0 {
		return io.ErrUnexpectedEOF
	}
	_, err := br.Discard(length)
	return err
}
