//go:build linux || darwin || freebsd || netbsd || openbsd

package proxy

import (
	"bytes"
	"io"
	"net"
	"testing"
	"time"
)

// pair returns both ends of a loopback TCP connection.
func pair(t *testing.T) (client, server net.Conn) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	client, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	server, err = ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close(); server.Close() })
	return client, server
}

// send returns only once the response has started to arrive, having
// written the whole request.
func TestIdlePeekSendWaitsForTheResponse(t *testing.T) {
	c, s := pair(t)
	req := []byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	got := make(chan []byte, 1)
	go func() {
		buf := make([]byte, len(req))
		io.ReadFull(s, buf)
		got <- buf
		time.Sleep(50 * time.Millisecond)
		io.WriteString(s, "HTTP/1.1 204 No Content\r\n\r\n")
	}()
	p := newIdlePeek(c)
	start := time.Now()
	n, dirty, err := p.send(req, true)
	if err != nil || dirty || n != len(req) {
		t.Fatalf("send = %d, %v, %v; want %d, false, nil", n, dirty, err, len(req))
	}
	if waited := time.Since(start); waited < 40*time.Millisecond {
		t.Fatalf("send returned after %v, before the response was sent (50ms)", waited)
	}
	if b := <-got; !bytes.Equal(b, req) {
		t.Fatalf("upstream read %q, want %q", b, req)
	}
	if !p.unsolicited() { // the response is there to read
		t.Fatal("send returned with nothing to read")
	}
}

// A pooled connection holding bytes nobody asked for, or closed by the
// upstream, is reported dirty and nothing is written to it.
func TestIdlePeekSendDirtyWritesNothing(t *testing.T) {
	for _, tc := range []struct {
		name string
		act  func(s net.Conn)
	}{
		{"unsolicited bytes", func(s net.Conn) { io.WriteString(s, "HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\nsmuggled") }},
		{"closed by the upstream", func(s net.Conn) { s.(*net.TCPConn).CloseWrite() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, s := pair(t)
			tc.act(s)
			p := newIdlePeek(c)
			waitFor(t, p.unsolicited, "the upstream's bytes or close to arrive")
			n, dirty, err := p.send([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), true)
			if !dirty || n != 0 {
				t.Fatalf("send = %d, %v, %v; want 0, dirty", n, dirty, err)
			}
			c.Close()
			s.SetReadDeadline(time.Now().Add(10 * time.Second))
			if b, _ := io.ReadAll(s); len(b) != 0 {
				t.Fatalf("upstream received %q from a connection send found dirty", b)
			}
		})
	}
}

// A request the socket does not take at once comes back partly written,
// without blocking; the caller writes the rest.
func TestIdlePeekSendPartialWrite(t *testing.T) {
	c, s := pair(t)
	c.(*net.TCPConn).SetWriteBuffer(4096)
	req := bytes.Repeat([]byte("x"), 16<<20) // more than both sockets' buffers hold
	n, dirty, err := newIdlePeek(c).send(req, false)
	if err != nil || dirty || n <= 0 || n >= len(req) {
		t.Fatalf("send = %d, %v, %v; want part of %d bytes", n, dirty, err, len(req))
	}
	done := make(chan int64)
	go func() {
		got, _ := io.Copy(io.Discard, s)
		done <- got
	}()
	c.(*net.TCPConn).SetWriteBuffer(4 << 20) // the rest at loopback speed
	if _, err := c.Write(req[n:]); err != nil {
		t.Fatal(err)
	}
	c.Close()
	if got := <-done; got != int64(len(req)) {
		t.Fatalf("upstream read %d bytes, want %d", got, len(req))
	}
}
