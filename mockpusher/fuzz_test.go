package mockpusher

import (
	"crypto/md5"
	"encoding/hex"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

func seedFiles(f *testing.F, pattern string) [][]byte {
	f.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no seeds in testdata/%s: %v", pattern, err)
	}
	var out [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// hangLimit tells a hang from a slow machine: handling one frame takes
// microseconds.
const hangLimit = time.Minute

// discardConn is a net.Conn that takes every write.
type discardConn struct{ net.Conn }

func (discardConn) Write(p []byte) (int, error)      { return len(p), nil }
func (discardConn) Close() error                     { return nil }
func (discardConn) SetReadDeadline(time.Time) error  { return nil }
func (discardConn) SetWriteDeadline(time.Time) error { return nil }

// FuzzHandleFrame feeds arbitrary frames through the decoder and the whole
// protocol handler of a connection whose socket id matches the seeds'
// signatures, then checks the connection leaves no state behind.
func FuzzHandleFrame(f *testing.F) {
	for _, b := range seedFiles(f, "frames/*.json") {
		f.Add(b)
	}
	s, err := New(Config{AppID: docAppID, Key: docKey, Secret: docSecret})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Shutdown(f.Context()) })
	f.Fuzz(func(t *testing.T, msg []byte) {
		if fr, err := decodeFrame(msg); err == nil {
			if fr.Event == "" {
				t.Fatalf("decodeFrame(%q) accepted a frame without an event", msg)
			}
			fr.dataString()
		}
		c := &conn{s: s, nc: discardConn{}, id: "1234.1234", handled: make(chan struct{}, 1)}
		done := make(chan struct{})
		go func() {
			defer close(done)
			s.handleFrame(c, msg)
			s.handleFrame(c, msg) // twice: repeated subscribes and signins too
			c.finish()
		}()
		select {
		case <-done:
		case <-time.After(hangLimit):
			buf := make([]byte, 1<<20)
			t.Fatalf("handling %q hung for %v:\n%s", msg, hangLimit, buf[:runtime.Stack(buf, true)])
		}
		s.mu.RLock()
		defer s.mu.RUnlock()
		if len(s.channels) != 0 || len(s.users) != 0 || len(s.watchers) != 0 {
			t.Fatalf("after %q and disconnect: %d channels, %d users left; want none", msg, len(s.channels), len(s.users))
		}
	})
}

// FuzzRESTVerify checks the verifier never panics on arbitrary requests,
// and that any request signed as the server SDKs sign verifies.
func FuzzRESTVerify(f *testing.F) {
	for _, b := range seedFiles(f, "rest/*.txt") {
		parts := strings.SplitN(string(b), "\n", 4)
		for len(parts) < 4 {
			parts = append(parts, "")
		}
		f.Add(parts[0], parts[1], parts[2], []byte(parts[3]))
	}
	now := time.Unix(1353088179, 0)
	v := restVerifier{key: docKey, secret: docSecret, window: 600 * time.Second, now: func() time.Time { return now }}
	f.Fuzz(func(t *testing.T, method, path, rawQuery string, body []byte) {
		v.verify(method, path, rawQuery, body)

		q, err := url.ParseQuery(rawQuery)
		if err != nil {
			return
		}
		for k := range q {
			switch strings.ToLower(k) {
			case "auth_key", "auth_timestamp", "auth_version", "auth_signature", "body_md5":
				delete(q, k)
			}
		}
		q.Set("auth_key", docKey)
		q.Set("auth_timestamp", strconv.FormatInt(now.Unix(), 10))
		q.Set("auth_version", "1.0")
		if len(body) > 0 {
			sum := md5.Sum(body)
			q.Set("body_md5", hex.EncodeToString(sum[:]))
		}
		q.Set("auth_signature", sign(docSecret, restStringToSign(method, path, q)))
		if err := v.verify(method, path, q.Encode(), body); err != nil {
			t.Fatalf("verify(%q, %q, %q) of a correctly signed request = %v", method, path, q.Encode(), err)
		}
	})
}
