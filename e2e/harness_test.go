package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Bounded waits: generous because CI machines are shared and noisy, but every
// wait ends. No test fails because a machine was merely slow within these.
const (
	startTimeout = 90 * time.Second // Vite or devproxy up and answering
	eventTimeout = 60 * time.Second // a browser-visible event after an action
	stopTimeout  = 15 * time.Second // SIGTERM to exit, before SIGKILL
)

// viteVersions are the Vite lines the matrix covers; each is installed in
// testdata/node/node_modules under this name.
var viteVersions = []string{"vite5", "vite6", "vite7", "vite8"}

var (
	repoRoot    string // the module root (parent of e2e/)
	nodeModules string
	buildDir    string
	buildOnce   sync.Once
	buildErr    error
	devproxyExe string

	// heavy bounds how many Vite+devproxy+page scenarios run at once,
	// whatever -parallel says: the CI machine has 2 cores.
	heavy = make(chan struct{}, 2)
)

func TestMain(m *testing.M) {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: %v\n", err)
		os.Exit(1)
	}
	repoRoot = filepath.Dir(wd)
	nodeModules = filepath.Join(repoRoot, "testdata", "node", "node_modules")
	buildDir, err = os.MkdirTemp("", "devproxy-e2e-bin-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: %v\n", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(buildDir)
	os.Exit(code)
}

// devproxyBin builds devproxy from the checkout once per test binary run.
func devproxyBin(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		if p := os.Getenv("E2E_DEVPROXY"); p != "" {
			devproxyExe = p // a prebuilt binary, e.g. from a clean checkout
			return
		}
		devproxyExe = filepath.Join(buildDir, "devproxy")
		cmd := exec.Command(goTool(), "build", "-o", devproxyExe, ".")
		cmd.Dir = repoRoot
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("building devproxy in %s: %v\n%s", repoRoot, err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return devproxyExe
}

func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

// requireNode skips when node or the npm fixtures are missing.
func requireNode(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed: the e2e tests drive real Vite and Chromium through Node")
	}
	if _, err := os.Stat(filepath.Join(nodeModules, "playwright-core")); err != nil {
		t.Skipf("testdata/node/node_modules is missing: run (cd testdata/node && npm ci)")
	}
}

// viteBin is the CLI script of one installed Vite line.
func viteBin(version string) string {
	return filepath.Join(nodeModules, version, "bin", "vite.js")
}

func vitePkg(version string) string {
	return filepath.Join(nodeModules, version)
}

// fixture copies testdata/hmr/app and the named config into a fresh temp dir
// and returns it; edits made by the test never touch the repository.
func fixture(t *testing.T, config string) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(repoRoot, "testdata", "hmr", "app")
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		dst := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatalf("copying fixture app: %v", err)
	}
	if config != "" {
		b, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "hmr", "configs", config))
		if err != nil {
			t.Fatalf("reading fixture config: %v", err)
		}
		if err := os.WriteFile(filepath.Join(dir, config), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// freePort returns a loopback TCP port that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("finding a free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// proc is a child process started in its own process group, with its
// combined output kept for assertions and failure reports.
type proc struct {
	name string
	cmd  *exec.Cmd
	out  *lines
	done chan struct{}
	err  error // set before done closes
}

// lines collects output lines and lets callers wait for one to match.
type lines struct {
	mu      sync.Mutex
	all     []string
	changed chan struct{}
}

func newLines() *lines { return &lines{changed: make(chan struct{})} }

func (l *lines) add(s string) {
	l.mu.Lock()
	l.all = append(l.all, s)
	close(l.changed)
	l.changed = make(chan struct{})
	l.mu.Unlock()
}

func (l *lines) snapshot() ([]string, chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.all...), l.changed
}

func (l *lines) String() string {
	all, _ := l.snapshot()
	return strings.Join(all, "\n")
}

var ansi = regexp.MustCompile(`\x1b\[[0-9;]*[A-Za-z]`)

// startProc starts argv in dir with extra environment, in its own process
// group. Cleanup stops the whole group: SIGTERM, then SIGKILL.
func startProc(t *testing.T, name, dir string, env []string, argv ...string) *proc {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	pr, pw := io.Pipe()
	cmd.Stdout = pw
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s (%s): %v", name, strings.Join(argv, " "), err)
	}
	p := &proc{name: name, cmd: cmd, out: newLines(), done: make(chan struct{})}
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			p.out.add(ansi.ReplaceAllString(sc.Text(), ""))
		}
		io.Copy(io.Discard, pr)
	}()
	go func() {
		p.err = cmd.Wait()
		pw.Close()
		close(p.done)
	}()
	t.Cleanup(func() {
		p.stop(t)
		if t.Failed() {
			t.Logf("--- output of %s (%s):\n%s", name, strings.Join(argv, " "), p.out)
		}
	})
	return p
}

// stop sends SIGTERM to the process group and waits, then SIGKILLs it.
// It is safe to call more than once.
func (p *proc) stop(t *testing.T) {
	t.Helper()
	pgid := p.cmd.Process.Pid
	select {
	case <-p.done:
	default:
		syscall.Kill(-pgid, syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(stopTimeout):
			t.Errorf("%s did not exit within %v of SIGTERM; killing it", p.name, stopTimeout)
			syscall.Kill(-pgid, syscall.SIGKILL)
			<-p.done
		}
	}
	// Whatever else is left in the group (children that ignored SIGTERM).
	syscall.Kill(-pgid, syscall.SIGKILL)
}

func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// waitLine waits for an output line matching re and returns its submatches.
func (p *proc) waitLine(t *testing.T, re *regexp.Regexp, timeout time.Duration) []string {
	t.Helper()
	deadline := time.After(timeout)
	seen := 0
	for {
		all, changed := p.out.snapshot()
		for ; seen < len(all); seen++ {
			if m := re.FindStringSubmatch(all[seen]); m != nil {
				return m
			}
		}
		select {
		case <-changed:
		case <-p.done:
			all, _ := p.out.snapshot()
			if seen < len(all) {
				continue
			}
			t.Fatalf("%s exited (%v) before printing a line matching %q; output:\n%s", p.name, p.err, re, p.out)
		case <-deadline:
			t.Fatalf("%s printed no line matching %q within %v; output:\n%s", p.name, re, timeout, p.out)
		}
	}
}

// waitHTTP polls url until it answers at all (any status) or timeout.
func waitHTTP(t *testing.T, url string, p *proc, timeout time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	client := &http.Client{Timeout: 5 * time.Second}
	for {
		req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
			return
		}
		if p != nil && p.exited() {
			t.Fatalf("%s exited (%v) before %s answered; output:\n%s", p.name, p.err, url, p.out)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s did not answer within %v: %v", url, timeout, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// acquire takes one of the heavy-scenario slots for the rest of the test.
func acquire(t *testing.T) {
	t.Helper()
	heavy <- struct{}{}
	t.Cleanup(func() { <-heavy })
}

// startVite runs a Vite line's CLI in dir on 127.0.0.1:port (its own process
// group) and waits until it answers.
func startVite(t *testing.T, version, dir, config string, port int, env ...string) *proc {
	t.Helper()
	argv := []string{"node", viteBin(version)}
	if config != "" {
		argv = append(argv, "--config", config)
	}
	argv = append(argv, "--port", strconv.Itoa(port), "--strictPort", "--host", "127.0.0.1")
	p := startProc(t, version, dir, env, argv...)
	waitHTTP(t, fmt.Sprintf("http://127.0.0.1:%d/@vite/client", port), p, startTimeout)
	return p
}

// localURL matches devproxy's "ready" line: the URL a developer opens.
var localURL = regexp.MustCompile(`^\s*➜\s+Local:\s+(http://\S+)`)

// devproxy runs `devproxy up` with args in dir and returns it with the URL
// it printed once serving.
func devproxy(t *testing.T, dir string, env []string, args ...string) (*proc, string) {
	t.Helper()
	argv := append([]string{devproxyBin(t), "up"}, args...)
	p := startProc(t, "devproxy", dir, env, argv...)
	m := p.waitLine(t, localURL, startTimeout)
	return p, m[1]
}

// writeLabel edits the fixture's hot-accepted module as an editor would.
func writeLabel(t *testing.T, dir, text string) {
	t.Helper()
	src := []byte(fmt.Sprintf("export const label = %q;\n", text))
	// One write over the old bytes, no O_TRUNC: the watcher never sees an
	// empty file between truncate and write (labels only grow in length).
	path := filepath.Join(dir, "src", "label.js")
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err == nil {
		_, err = f.WriteAt(src, 0)
		if err == nil {
			err = f.Truncate(int64(len(src)))
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		t.Fatalf("editing src/label.js: %v", err)
	}
}

// orphans lists processes (other than ourselves) whose working directory is
// inside dir: what a launched Vite would leave behind if devproxy orphaned it.
func orphans(dir string) []int {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var pids []int
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		cwd, err := os.Readlink(filepath.Join("/proc", e.Name(), "cwd"))
		if err != nil {
			continue
		}
		if cwd == dir || strings.HasPrefix(cwd, dir+string(filepath.Separator)) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// checkNoOrphans registers a cleanup (run after the processes' own cleanups)
// that fails the test if anything still runs in dir, and kills it.
func checkNoOrphans(t *testing.T, dir string) {
	t.Helper()
	t.Cleanup(func() {
		// Cleanups run last-registered first: register this before starting
		// devproxy so it runs after devproxy has been stopped.
		deadline := time.Now().Add(stopTimeout)
		for {
			left := orphans(dir)
			if len(left) == 0 {
				return
			}
			if time.Now().After(deadline) {
				for _, pid := range left {
					cmdline, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
					t.Errorf("process %d (%s) still running in %s after devproxy exited: orphaned", pid, strings.ReplaceAll(string(cmdline), "\x00", " "), dir)
					syscall.Kill(pid, syscall.SIGKILL)
				}
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
}
