package hmr

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// These tests run the real Vite versions installed in testdata/node and
// connect to their HMR socket through a Handler the way a browser does.

func nodeModules(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../testdata/node/node_modules")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func needVite(t *testing.T, version string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("real Vite: skipped with -short")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("real Vite needs node on PATH (not found)")
	}
	pkg := filepath.Join(nodeModules(t), version)
	if _, err := os.Stat(filepath.Join(pkg, "bin", "vite.js")); err != nil {
		t.Skipf("real Vite needs %s: run npm ci in testdata/node (%v)", pkg, err)
	}
	return pkg
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startVite runs one of the fixture cases (see testdata/app/vite.config.mjs)
// and returns its HTTP URL once it answers. hmrPort is used by cases b and d.
func startVite(t *testing.T, version, vcase string, hmrPort int) *url.URL {
	t.Helper()
	pkg := needVite(t, version)
	app, _ := filepath.Abs("testdata/app")
	port := freePort(t)
	var cmd *exec.Cmd
	if vcase == "d" {
		cmd = exec.Command("node", filepath.Join(app, "middleware.mjs"), pkg, strconv.Itoa(port), strconv.Itoa(hmrPort))
	} else {
		cmd = exec.Command("node", filepath.Join(pkg, "bin", "vite.js"), "--port", strconv.Itoa(port), "--strictPort", "--host", "127.0.0.1")
	}
	cmd.Dir = app
	cmd.Env = append(os.Environ(), "DEVPROXY_CASE="+vcase, "DEVPROXY_HMR_PORT="+strconv.Itoa(hmrPort), "DEVPROXY_CACHE_DIR="+t.TempDir())
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", version, err)
	}
	var mu sync.Mutex
	var log strings.Builder
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			mu.Lock()
			log.WriteString(sc.Text() + "\n")
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Wait()
	})
	u := &url.URL{Scheme: "http", Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(port))}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(u.String() + "/@vite/client")
		if err == nil {
			resp.Body.Close()
			return u
		}
		if time.Now().After(deadline) {
			mu.Lock()
			defer mu.Unlock()
			t.Fatalf("%s case %s never answered on %s:\n%s", version, vcase, u, log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// frontDoor serves h in front of a plain reverse proxy to upstream, as
// devproxy's proxy package does, on a fresh loopback port.
func frontDoor(t *testing.T, upstream *url.URL) (*Handler, *httptest.Server) {
	t.Helper()
	h, err := New(Config{Upstream: upstream})
	if err != nil {
		t.Fatal(err)
	}
	rp := &httputil.ReverseProxy{Rewrite: func(pr *httputil.ProxyRequest) {
		pr.SetURL(upstream)
		pr.SetXForwarded()
	}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.Match(r) {
			h.ServeHTTP(w, r)
			return
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(func() { h.Close(); srv.Close() })
	return h, srv
}

var tokenRE = regexp.MustCompile(`const wsToken = "([^"]*)"`)

// connectLikeBrowser fetches the client through front (under base), then
// opens the socket it describes, as Vite's client would: page host and port,
// HMR base, ?token=, subprotocol vite-hmr, an Origin header. It returns the
// open socket and the first message.
func connectLikeBrowser(t *testing.T, front string, base string) (*websocket.Conn, map[string]any) {
	t.Helper()
	resp, err := http.Get(front + base + "@vite/client")
	if err != nil {
		t.Fatal(err)
	}
	src, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s@vite/client through devproxy: %s\n%s", base, resp.Status, src)
	}
	cfg, err := ParseClient(src)
	if err != nil {
		t.Fatalf("client served through devproxy: %v", err)
	}
	fu, _ := url.Parse(front)
	if cfg.Port != 0 || cfg.Hostname != "" || cfg.Protocol != "" {
		t.Fatalf("client through devproxy still hard-wires a socket: %+v", cfg)
	}
	if want := fu.Host + cfg.HMRBase; cfg.DirectTarget != want {
		t.Fatalf("direct fallback = %q; want %q (devproxy's own)", cfg.DirectTarget, want)
	}
	m := tokenRE.FindSubmatch(src)
	if m == nil {
		t.Fatal("no wsToken in the served client")
	}
	// socketHost = page hostname : page port + HMR base (nothing baked in).
	wsURL := "ws://" + fu.Host + cfg.HMRBase + "?token=" + string(m[1])
	d := websocket.Dialer{Subprotocols: []string{"vite-hmr"}, HandshakeTimeout: 20 * time.Second}
	c, resp, err := d.Dial(wsURL, http.Header{"Origin": {front}})
	if err != nil {
		status := ""
		if resp != nil {
			body, _ := io.ReadAll(resp.Body)
			status = fmt.Sprintf(" (%s: %s)", resp.Status, body)
		}
		t.Fatalf("opening %s through devproxy: %v%s", wsURL, err, status)
	}
	t.Cleanup(func() { c.Close() })
	c.SetReadDeadline(time.Now().Add(30 * time.Second))
	var first map[string]any
	if err := c.ReadJSON(&first); err != nil {
		t.Fatalf("reading the first HMR message through devproxy: %v", err)
	}
	c.SetReadDeadline(time.Time{})
	return c, first
}

func TestRealViteHMRThroughHandler(t *testing.T) {
	cases := []struct {
		version, vcase, base string
		separate             bool
	}{
		{"vite8", "a", "/", false},
		{"vite8", "b", "/", true},
		{"vite8", "c", "/", false},
		{"vite8", "d", "/", true},
		{"vite8", "e", "/app/", false},
		{"vite5", "a", "/", false},
		{"vite5", "b", "/", true},
		{"vite5", "c", "/", false},
		{"vite5", "d", "/", true},
		{"vite5", "e", "/app/", false},
	}
	for _, tc := range cases {
		t.Run(tc.version+"-"+tc.vcase, func(t *testing.T) {
			hmrPort := freePort(t)
			up := startVite(t, tc.version, tc.vcase, hmrPort)
			h, front := frontDoor(t, up)
			target, err := h.Learn(context.Background())
			if err != nil {
				t.Fatalf("Learn: %v", err)
			}
			if target.Separate != tc.separate || target.SocketPath() != tc.base {
				t.Fatalf("Learn = %+v; want separate=%v path %s", target, tc.separate, tc.base)
			}
			if tc.separate && target.Addr != net.JoinHostPort("127.0.0.1", strconv.Itoa(hmrPort)) {
				t.Fatalf("Learn addr = %s; want Vite's HMR port %d", target.Addr, hmrPort)
			}
			c, first := connectLikeBrowser(t, front.URL, tc.base)
			if first["type"] != "connected" {
				t.Fatalf("first message through devproxy = %v; want {\"type\":\"connected\"}", first)
			}
			if n := h.Clients(); n != 1 {
				t.Fatalf("Clients() = %d; want 1 (the socket must go through the Handler)", n)
			}
			// Broadcast reaches the socket, in Vite's error format.
			if n := h.Broadcast(ErrorPayload("VITE_API_URL is not set", ".env")); n != 1 {
				t.Fatalf("Broadcast reached %d sockets; want 1", n)
			}
			c.SetReadDeadline(time.Now().Add(10 * time.Second))
			var msg struct {
				Type string
				Err  struct{ Message, Plugin, ID string }
			}
			if err := c.ReadJSON(&msg); err != nil {
				t.Fatalf("reading the broadcast: %v", err)
			}
			if msg.Type != "error" || msg.Err.Plugin != "devproxy" || msg.Err.ID != ".env" {
				t.Fatalf("broadcast arrived as %+v", msg)
			}
			// The browser's keep-alive ping reaches Vite (it would close on junk).
			if err := c.WriteMessage(websocket.TextMessage, []byte(`{"type":"ping"}`)); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// Vite's own token check still protects the socket through devproxy.
func TestRealViteTokenCheckKept(t *testing.T) {
	up := startVite(t, "vite8", "a", 0)
	_, front := frontDoor(t, up)
	fu, _ := url.Parse(front.URL)
	d := websocket.Dialer{Subprotocols: []string{"vite-hmr"}, HandshakeTimeout: 20 * time.Second}
	c, resp, err := d.Dial("ws://"+fu.Host+"/?token=wrong", http.Header{"Origin": {"http://evil.example"}})
	if err == nil {
		c.Close()
		t.Fatal("a socket with a wrong token and a foreign Origin opened through devproxy; Vite refuses it directly")
	}
	if resp == nil || resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("wrong token through devproxy: %v, response %v; want Vite's own 400", err, resp)
	}
}

func TestBroadcastPayloadShape(t *testing.T) {
	var v map[string]any
	if err := json.Unmarshal(ErrorPayload(`bad "quote"`, ""), &v); err != nil {
		t.Fatal(err)
	}
	e := v["err"].(map[string]any)
	if v["type"] != "error" || e["message"] != `bad "quote"` || e["stack"] != "" || e["plugin"] != "devproxy" {
		t.Fatalf("ErrorPayload = %v", v)
	}
	if _, ok := e["id"]; ok {
		t.Fatalf("ErrorPayload without a file has an id: %v", v)
	}
}
