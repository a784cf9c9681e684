package e2e

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

var wsTokenRe = regexp.MustCompile(`const wsToken = "([^"]*)"`)

// viteToken reads the HMR token baked into /@vite/client as served at base.
func viteToken(t *testing.T, base string) string {
	t.Helper()
	resp, err := http.Get(base + "@vite/client")
	if err != nil {
		t.Fatalf("GET %s@vite/client: %v", base, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	m := wsTokenRe.FindSubmatch(body)
	if resp.StatusCode != 200 || m == nil {
		t.Fatalf("GET %s@vite/client = %d with no wsToken in %d bytes", base, resp.StatusCode, len(body))
	}
	return string(m[1])
}

// dialHMR opens ws://addr/?token=... with subprotocol vite-hmr and an Origin,
// as a page on another site could. It returns the handshake status (101 when
// upgraded) and, when upgraded, the first message.
func dialHMR(t *testing.T, addr, host, origin, token string) (int, string) {
	t.Helper()
	u := fmt.Sprintf("ws://%s/", addr)
	if token != "-" {
		u += "?token=" + token
	}
	h := http.Header{"Origin": {origin}}
	if host != "" {
		h.Set("Host", host)
	}
	d := websocket.Dialer{Subprotocols: []string{"vite-hmr"}, HandshakeTimeout: eventTimeout}
	c, resp, err := d.Dial(u, h)
	if err != nil {
		if resp == nil {
			t.Fatalf("dialing %s: %v (no HTTP answer at all)", u, err)
		}
		return resp.StatusCode, ""
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(eventTimeout))
	_, msg, err := c.ReadMessage()
	if err != nil {
		t.Fatalf("reading the first message on %s: %v", u, err)
	}
	return http.StatusSwitchingProtocols, string(msg)
}

// TestHMRTokenCheck shows devproxy does not weaken Vite's CVE-2025-24010
// check: an HMR upgrade with an Origin and a missing or wrong token is refused
// through devproxy as it is by Vite, while the right token still connects.
func TestHMRTokenCheck(t *testing.T) {
	requireNode(t)
	for _, v := range viteVersions {
		for _, config := range []string{"default.mjs", "hmr-port.mjs"} {
			t.Run(v+"/"+config, func(t *testing.T) {
				t.Parallel()
				acquire(t)
				dir := fixture(t, config)
				port, hmrPort := freePort(t), freePort(t)
				startVite(t, v, dir, config, port, "E2E_HMR_PORT="+strconv.Itoa(hmrPort))
				_, u := devproxy(t, dir, nil, "--upstream", fmt.Sprintf("http://127.0.0.1:%d", port),
					"--listen", "127.0.0.1:0", "--allow-host", "myapp.test")
				proxyAddr := mustURL(t, u).Host
				viteAddr := fmt.Sprintf("127.0.0.1:%d", port)
				if config == "hmr-port.mjs" {
					viteAddr = fmt.Sprintf("127.0.0.1:%d", hmrPort)
				}
				token := viteToken(t, fmt.Sprintf("http://127.0.0.1:%d/", port))
				if got := viteToken(t, origin(t, u)+"/"); got != token {
					t.Errorf("token served through devproxy = %q; Vite's is %q", got, token)
				}

				// Control: Vite itself refuses, so the check exists in this version.
				if st, _ := dialHMR(t, viteAddr, "", "http://evil.example", "-"); st == 101 {
					t.Fatalf("Vite %s itself accepted an HMR socket without a token; the check under test is missing", v)
				}

				for _, c := range []struct{ name, host, origin, token string }{
					{"missing token", "", "http://evil.example", "-"},
					{"wrong token", "", "http://evil.example", "not-the-token"},
					{"wrong token, own origin", "", origin(t, u), "not-the-token"},
					{"wrong token, custom host", "myapp.test:" + mustURL(t, u).Port(), "http://myapp.test:" + mustURL(t, u).Port(), "not-the-token"},
				} {
					if st, msg := dialHMR(t, proxyAddr, c.host, c.origin, c.token); st == 101 {
						t.Errorf("%s: HMR upgrade through devproxy = 101 (first message %q); want it refused as Vite refuses it (400)", c.name, msg)
					} else if st != 400 {
						t.Logf("%s: refused with %d (Vite says 400)", c.name, st)
					}
				}
				for _, c := range []struct{ name, host, origin string }{
					{"right token", "", origin(t, u)},
					{"right token, custom host", "myapp.test:" + mustURL(t, u).Port(), "http://myapp.test:" + mustURL(t, u).Port()},
				} {
					st, msg := dialHMR(t, proxyAddr, c.host, c.origin, token)
					if st != 101 || !hasFrame([]string{msg}, "connected") {
						t.Errorf("%s: HMR upgrade through devproxy = %d, first message %q; want 101 and {\"type\":\"connected\"}", c.name, st, msg)
					}
				}
			})
		}
	}
}
