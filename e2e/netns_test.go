package e2e

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

// A network namespace stands in for a container and socat for docker-proxy
// (see /work/shared/RECIPES.md "Simulating a Docker port mapping"): only the
// port the test maps is reachable from the host, as in a compose stack.
//
// Unlike the recipe, nothing is added to the host's network, which other
// tests and their browsers share (a run of the demo test saw
// net::ERR_NETWORK_CHANGED while host veths came and went; not reproduced,
// but there is no need to take the risk). The
// namespace gets an "eth0" of its own, and a mapping is two socats joined
// by a unix socket (a file, which crosses network namespaces): on the host
// 127.0.0.1:<port> → unix socket → in the namespace eth0's address:<port>.
// As with Docker, a server there that listens only on 127.0.0.1 is not
// reachable through the mapping.

// unreachable matches wording that says a port cannot be reached.
const unreachable = `(?:(cannot|can't|could not|couldn't|unable to|not) (reach|connect)|unreachable|refused|not published|publish)`

// nsAddr is the namespace's own "container" address (on its eth0);
// every namespace is separate, so they can all use the same one.
const nsAddr = "10.200.0.2"

type netns struct {
	name string
}

var netnsSeq atomic.Int64

// requireNetns skips unless this test can create namespaces and map ports.
func requireNetns(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("not root: the network-namespace cases need root to create a namespace (CI runs them as root)")
	}
	for _, tool := range []string{"ip", "socat"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (apt-get install iproute2 socat): the network-namespace cases need it", tool)
		}
	}
}

func run(t *testing.T, argv ...string) error {
	t.Helper()
	out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %v: %s", strings.Join(argv, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}

// newNetns creates a namespace named uniquely for this process, with lo and
// an eth0 at nsAddr, and removes it when t ends.
func newNetns(t *testing.T) *netns {
	t.Helper()
	ns := &netns{name: fmt.Sprintf("devproxy-e2e-%d-%d", os.Getpid(), netnsSeq.Add(1))}
	if err := run(t, "ip", "netns", "add", ns.name); err != nil {
		t.Skipf("cannot create a network namespace here (%v): the namespace cases need root with CAP_SYS_ADMIN", err)
	}
	t.Cleanup(func() { run(t, "ip", "netns", "del", ns.name) })
	for _, argv := range [][]string{
		{"ip", "link", "set", "lo", "up"},
		// A veth pair made inside the namespace (both ends stay there): the
		// host's network never changes. (The dummy driver may be missing.)
		{"ip", "link", "add", "eth0", "type", "veth", "peer", "name", "eth1"},
		{"ip", "addr", "add", nsAddr + "/24", "dev", "eth0"},
		{"ip", "link", "set", "eth0", "up"},
		{"ip", "link", "set", "eth1", "up"},
	} {
		if err := run(t, ns.exec(argv...)...); err != nil {
			t.Fatalf("setting up namespace %s: %v", ns.name, err)
		}
	}
	return ns
}

// exec returns argv prefixed to run inside the namespace.
func (ns *netns) exec(argv ...string) []string {
	return append([]string{"ip", "netns", "exec", ns.name}, argv...)
}

// publish maps 127.0.0.1:<free port> on the host to nsAddr:port in the
// namespace, as `docker run -p` does, and returns the host port.
func (ns *netns) publish(t *testing.T, port int) int {
	t.Helper()
	sock := filepath.Join(t.TempDir(), "port.sock")
	startProc(t, "socat (in "+ns.name+")", "", nil, ns.exec("socat",
		"UNIX-LISTEN:"+sock+",fork,unlink-early",
		fmt.Sprintf("TCP:%s:%d", nsAddr, port))...)
	hostPort := freePort(t)
	startProc(t, "socat", "", nil, "socat",
		fmt.Sprintf("TCP-LISTEN:%d,bind=127.0.0.1,reuseaddr,fork", hostPort),
		"UNIX-CONNECT:"+sock)
	return hostPort
}

// TestHMRNetns: (f) Vite in a "container" with only its HTTP port published
// and devproxy on the host; and devproxy plus Vite in the container with only
// devproxy's port published (including Vite's HMR on an unpublished port).
func TestHMRNetns(t *testing.T) {
	requireNetns(t)
	b := newBrowser(t)
	for _, v := range viteVersions {
		t.Run(v+"/control-vite-in-ns-direct", func(t *testing.T) {
			// Without devproxy: the published port alone carries pages and
			// HMR for a default config. Proves the namespace plumbing works.
			t.Parallel()
			acquire(t)
			ns := newNetns(t)
			dir := fixture(t, "default.mjs")
			vite := startProc(t, v+" (in "+ns.name+")", dir, nil, ns.exec("node", viteBin(v), "--config", "default.mjs",
				"--port", "5173", "--strictPort", "--host", "0.0.0.0")...)
			hostPort := ns.publish(t, 5173)
			pageURL := fmt.Sprintf("http://127.0.0.1:%d/", hostPort)
			waitHTTP(t, pageURL+"@vite/client", vite, startTimeout)
			hmrRoundTrip(t, b.page(t), pageURL, dir)
		})
		t.Run(v+"/control-loopback-only-is-unreachable", func(t *testing.T) {
			// As with Docker: a server in the namespace listening only on
			// 127.0.0.1 cannot be reached through the published port.
			t.Parallel()
			acquire(t)
			ns := newNetns(t)
			dir := fixture(t, "default.mjs")
			vite := startProc(t, v+" (in "+ns.name+")", dir, nil, ns.exec("node", viteBin(v), "--config", "default.mjs",
				"--port", "5173", "--strictPort", "--host", "127.0.0.1")...)
			vite.waitLine(t, regexp.MustCompile(`Local:`), startTimeout)
			hostPort := ns.publish(t, 5173)
			client := &http.Client{Timeout: eventTimeout}
			resp, err := client.Get(fmt.Sprintf("http://127.0.0.1:%d/@vite/client", hostPort))
			if err == nil {
				resp.Body.Close()
				t.Fatalf("Vite listening on the namespace's 127.0.0.1 answered %d through the mapping; the simulation is not faithful", resp.StatusCode)
			}
		})
		t.Run(v+"/vite-in-ns-devproxy-on-host", func(t *testing.T) {
			t.Parallel()
			acquire(t)
			ns := newNetns(t)
			dir := fixture(t, "default.mjs")
			const vitePort = 5173 // the namespace is fresh: nothing else listens in it
			vite := startProc(t, v+" (in "+ns.name+")", dir, nil, ns.exec("node", viteBin(v), "--config", "default.mjs",
				"--port", strconv.Itoa(vitePort), "--strictPort", "--host", "0.0.0.0")...)
			hostPort := ns.publish(t, vitePort)
			waitHTTP(t, fmt.Sprintf("http://127.0.0.1:%d/@vite/client", hostPort), vite, startTimeout)
			_, u := devproxy(t, dir, nil, "--upstream", fmt.Sprintf("http://127.0.0.1:%d", hostPort), "--listen", "127.0.0.1:0")
			hmrRoundTrip(t, b.page(t), u, dir)
		})
		t.Run(v+"/vite-in-ns-hmr-port-unpublished", func(t *testing.T) {
			// Vite's HMR socket on its own port that is not published: devproxy
			// on the host cannot reach it and must say so at start, naming it.
			t.Parallel()
			acquire(t)
			ns := newNetns(t)
			dir := fixture(t, "hmr-port.mjs")
			// The HMR port is one that is free on the host too, so devproxy's
			// attempt from the host is refused rather than reaching some other
			// Vite that happens to listen on 24678 here.
			const vitePort = 5173
			hmrPort := freePort(t)
			vite := startProc(t, v+" (in "+ns.name+")", dir, []string{"E2E_HMR_PORT=" + strconv.Itoa(hmrPort)},
				ns.exec("node", viteBin(v), "--config", "hmr-port.mjs", "--port", strconv.Itoa(vitePort), "--strictPort", "--host", "0.0.0.0")...)
			hostPort := ns.publish(t, vitePort)
			waitHTTP(t, fmt.Sprintf("http://127.0.0.1:%d/@vite/client", hostPort), vite, startTimeout)
			dp, _ := devproxy(t, dir, nil, "--upstream", fmt.Sprintf("http://127.0.0.1:%d", hostPort), "--listen", "127.0.0.1:0")
			// A line naming the port and saying it cannot be reached (the
			// banner's "HMR: ... → ws://127.0.0.1:24678" alone is not that).
			p := strconv.Itoa(hmrPort)
			warn := regexp.MustCompile(`(?i).*(\b` + p + `\b.*` + unreachable + `|` + unreachable + `.*\b` + p + `\b).*`)
			m := dp.waitLine(t, warn, eventTimeout)
			t.Logf("devproxy says: %s", m[0])
		})
		t.Run(v+"/devproxy-in-ns/middleware-24678", func(t *testing.T) {
			// (d) with Vite's real default: middleware mode hard-wires 24678
			// into the client. Safe here: the namespace is ours alone.
			t.Parallel()
			acquire(t)
			ns := newNetns(t)
			dir := fixture(t, "")
			checkNoOrphans(t, dir)
			mw := fmt.Sprintf("node %s --vite %s", filepath.Join(repoRoot, "testdata", "hmr", "middleware-server.mjs"), vitePkg(v))
			dp := startProc(t, "devproxy (in "+ns.name+")", dir, nil,
				ns.exec(devproxyBin(t), "up", "--vite", mw, "--dir", dir, "--host")...)
			m := dp.waitLine(t, localURL, startTimeout)
			port, err := strconv.Atoi(mustURL(t, m[1]).Port())
			if err != nil {
				t.Fatalf("devproxy's Local URL %s has no port", m[1])
			}
			pageURL := fmt.Sprintf("http://127.0.0.1:%d/", ns.publish(t, port))
			waitHTTP(t, pageURL, dp, startTimeout)
			hmrRoundTrip(t, b.page(t), pageURL, dir)
		})
		for _, config := range []string{"default.mjs", "hmr-port.mjs"} {
			t.Run(v+"/devproxy-in-ns/"+config, func(t *testing.T) {
				t.Parallel()
				acquire(t)
				ns := newNetns(t)
				dir := fixture(t, config)
				checkNoOrphans(t, dir)
				dp := startProc(t, "devproxy (in "+ns.name+")", dir, []string{"E2E_HMR_PORT=24678"},
					ns.exec(devproxyBin(t), "up", "--vite", viteCmd(v, config), "--dir", dir, "--host")...)
				m := dp.waitLine(t, localURL, startTimeout)
				port, err := strconv.Atoi(mustURL(t, m[1]).Port())
				if err != nil {
					t.Fatalf("devproxy's Local URL %s has no port", m[1])
				}
				hostPort := ns.publish(t, port)
				pageURL := fmt.Sprintf("http://127.0.0.1:%d/", hostPort)
				waitHTTP(t, pageURL, dp, startTimeout)
				hmrRoundTrip(t, b.page(t), pageURL, dir)
			})
		}
	}
}
