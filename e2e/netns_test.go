package e2e

import (
	"fmt"
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

// unreachable matches wording that says a port cannot be reached.
const unreachable = `(?:(cannot|can't|could not|couldn't|unable to|not) (reach|connect)|unreachable|refused|not published|publish)`

type netns struct {
	name   string
	hostIP string // the host's end of the veth pair
	nsIP   string // the namespace's address, where mapped ports point
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

// newNetns creates a namespace with a veth link to the host, named and
// addressed uniquely for this process, and removes it when t ends.
func newNetns(t *testing.T) *netns {
	t.Helper()
	pid := os.Getpid()
	n := netnsSeq.Add(1)
	if n > 63 {
		t.Fatal("too many namespaces in one run")
	}
	id := fmt.Sprintf("%dx%d", pid%100000, n)
	ns := &netns{
		name:   "devproxy-e2e-" + id,
		hostIP: fmt.Sprintf("10.%d.%d.%d", 100+(pid>>8)%100, pid&255, 4*n+1),
		nsIP:   fmt.Sprintf("10.%d.%d.%d", 100+(pid>>8)%100, pid&255, 4*n+2),
	}
	hostIf, nsIf := "dph"+id, "dpc"+id
	if err := run(t, "ip", "netns", "add", ns.name); err != nil {
		t.Skipf("cannot create a network namespace here (%v): the namespace cases need root with CAP_SYS_ADMIN", err)
	}
	t.Cleanup(func() {
		run(t, "ip", "netns", "del", ns.name)
		run(t, "ip", "link", "del", hostIf) // usually gone with the namespace
	})
	for _, argv := range [][]string{
		{"ip", "link", "add", hostIf, "type", "veth", "peer", "name", nsIf},
		{"ip", "link", "set", nsIf, "netns", ns.name},
		{"ip", "addr", "add", ns.hostIP + "/30", "dev", hostIf},
		{"ip", "link", "set", hostIf, "up"},
		{"ip", "netns", "exec", ns.name, "ip", "addr", "add", ns.nsIP + "/30", "dev", nsIf},
		{"ip", "netns", "exec", ns.name, "ip", "link", "set", nsIf, "up"},
		{"ip", "netns", "exec", ns.name, "ip", "link", "set", "lo", "up"},
	} {
		if err := run(t, argv...); err != nil {
			t.Fatalf("setting up namespace %s: %v", ns.name, err)
		}
	}
	return ns
}

// exec returns argv prefixed to run inside the namespace.
func (ns *netns) exec(argv ...string) []string {
	return append([]string{"ip", "netns", "exec", ns.name}, argv...)
}

// publish maps 127.0.0.1:<free port> on the host to nsIP:port, as
// `docker run -p` does, and returns the host port.
func (ns *netns) publish(t *testing.T, port int) int {
	t.Helper()
	hostPort := freePort(t)
	startProc(t, "socat", "", nil, "socat",
		fmt.Sprintf("TCP-LISTEN:%d,bind=127.0.0.1,reuseaddr,fork", hostPort),
		fmt.Sprintf("TCP:%s:%d", ns.nsIP, port))
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
