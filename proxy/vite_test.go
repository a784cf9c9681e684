package proxy

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// launchVite starts a real Vite of testdata/node with Process, as devproxy
// up does, on a free port, and returns its URL once it answers.
func launchVite(t *testing.T, version string) (string, *Process) {
	t.Helper()
	if testing.Short() {
		t.Skip("real Vite: skipped with -short")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("real Vite needs node on PATH (not found)")
	}
	bin, _ := filepath.Abs(filepath.Join("..", "testdata", "node", "node_modules", version, "bin", "vite.js"))
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("real Vite needs %s: run npm ci in testdata/node", bin)
	}
	app, _ := filepath.Abs(filepath.Join("..", "hmr", "testdata", "app"))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	var out lockedBuffer
	p, err := NewProcess(ProcessConfig{
		Name:    version,
		Command: "node " + bin + " --port " + strconv.Itoa(port) + " --strictPort --host 127.0.0.1",
		Dir:     app,
		Env:     []string{"DEVPROXY_CACHE_DIR=" + t.TempDir()},
		Stdout:  &out,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		p.Stop(ctx)
	})
	u := "http://127.0.0.1:" + strconv.Itoa(port)
	for deadline := time.Now().Add(60 * time.Second); ; {
		resp, err := http.Get(u + "/@vite/client")
		if err == nil {
			resp.Body.Close()
			return u, p
		}
		select {
		case <-p.Done():
			t.Fatalf("%s exited with %d before answering:\n%s", version, p.ExitCode(), out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never answered on %s:\n%s", version, u, out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// With Vite's default config the browser's HMR socket goes to the page's own
// port: a plain Server must carry it. The Go client connects like Vite's
// client (subprotocol, Origin, token from the served client) and must get
// {"type":"connected"} through devproxy, with a Host Vite 6+ would block.
func TestRealViteThroughServer(t *testing.T) {
	for _, version := range []string{"vite8", "vite5"} {
		t.Run(version, func(t *testing.T) {
			up, _ := launchVite(t, version)
			_, front := start(t, Config{Upstream: mustURL(t, up)})
			port := strings.TrimPrefix(front, "http://127.0.0.1:")

			// A name Vite 6+ blocks, resolved to devproxy's loopback address.
			dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
				return (&net.Dialer{}).DialContext(ctx, network, "127.0.0.1:"+port)
			}
			page := "http://web:" + port
			client := &http.Client{Transport: &http.Transport{DialContext: dial}}
			resp, err := client.Get(page + "/")
			if err != nil {
				t.Fatal(err)
			}
			html, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.Contains(string(html), "/@vite/client") {
				t.Fatalf("index through devproxy as %s: %s\n%s", page, resp.Status, html)
			}
			resp, err = client.Get(page + "/@vite/client")
			if err != nil {
				t.Fatal(err)
			}
			src, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			m := regexp.MustCompile(`const wsToken = "([^"]*)"`).FindSubmatch(src)
			if m == nil {
				t.Fatalf("no token in the client served through devproxy (%s)", resp.Status)
			}
			d := websocket.Dialer{NetDialContext: dial, Subprotocols: []string{"vite-hmr"}, HandshakeTimeout: 20 * time.Second}
			c, resp, err := d.Dial("ws://web:"+port+"/?token="+string(m[1]), http.Header{"Origin": {page}})
			if err != nil {
				body := ""
				if resp != nil {
					b, _ := io.ReadAll(resp.Body)
					body = resp.Status + " " + string(b)
				}
				t.Fatalf("HMR socket through devproxy: %v %s", err, body)
			}
			defer c.Close()
			c.SetReadDeadline(time.Now().Add(30 * time.Second))
			var first struct{ Type string }
			if err := c.ReadJSON(&first); err != nil || first.Type != "connected" {
				t.Fatalf("first HMR message through devproxy = %+v, %v; want connected", first, err)
			}
		})
	}
}

// The fast path in front of real Vite answers what net/http + ReverseProxy
// answers: index, client, modules, 304s, HEAD, 404, odd queries.
func TestRealViteFastPathMatchesNetHTTP(t *testing.T) {
	for _, version := range []string{"vite8", "vite5"} {
		t.Run(version, func(t *testing.T) {
			up, _ := launchVite(t, version)
			fastSrv, _ := start(t, Config{Upstream: mustURL(t, up)})
			slowSrv, _ := start(t, Config{Upstream: mustURL(t, up), NoFastPath: true})
			get := func(target, extra string) string {
				return "GET " + target + " HTTP/1.1\r\nHost: localhost:5173\r\n" + chromeHeaders + extra + "\r\n"
			}
			// Vite's weak ETag for main.js, to ask for a 304.
			resp, err := http.Get(up + "/main.js")
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			etag := resp.Header.Get("Etag")
			if etag == "" {
				t.Fatalf("Vite sent no ETag for /main.js")
			}
			cases := []diffCase{
				{name: "index", raw: get("/", "Accept: text/html\r\n")},
				{name: "client", raw: get("/@vite/client", "")},
				{name: "module", raw: get("/main.js", "")},
				{name: "import query", raw: get("/message.js?import&t=1;x=%zz", "")},
				{name: "not modified", raw: get("/main.js", "If-None-Match: "+etag+"\r\n")},
				{name: "head", raw: "HEAD /main.js HTTP/1.1\r\nHost: localhost\r\n\r\n", methods: []string{"HEAD"}},
				{name: "missing", raw: get("/nope.js", "")},
				{name: "pipelined", raw: get("/main.js", "") + get("/message.js", "") + get("/", ""), methods: []string{"GET", "GET", "GET"}},
			}
			for _, tc := range cases {
				methods := tc.methods
				if methods == nil {
					methods = []string{"GET"}
				}
				served := fastSrv.fast.served.Load()
				gotFast := exchangeRaw(t, fastSrv.Addr().String(), tc.raw, methods, false)
				gotSlow := exchangeRaw(t, slowSrv.Addr().String(), tc.raw, methods, false)
				if gotFast != gotSlow {
					t.Errorf("%s: client got, fast path:\n%s\nnet/http:\n%s", tc.name, gotFast, gotSlow)
				}
				if fastSrv.fast.served.Load() == served {
					t.Errorf("%s: the fast path did not serve it", tc.name)
				}
				if testing.Verbose() {
					t.Logf("%s:\n%s", tc.name, gotFast)
				}
			}
		})
	}
}
