package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// browser is one headless Chromium (testdata/node/hmr/driver.mjs) shared by
// the subtests of one test function. Commands are JSON lines; replies are
// matched by id, so parallel subtests can share it.
type browser struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	mu    sync.Mutex
	next  int
	wait  map[int]chan reply
	dead  chan struct{}
	log   *lines // driver's stderr
}

type reply struct {
	ID     int             `json:"id"`
	OK     bool            `json:"ok"`
	Result json.RawMessage `json:"result"`
	Error  string          `json:"error"`
}

func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// newBrowser starts the driver; extraHosts resolve to 127.0.0.1 in Chromium.
// The browser is closed when t (the test function) ends.
func newBrowser(t *testing.T, extraHosts ...string) *browser {
	t.Helper()
	requireNode(t)
	if _, err := os.Stat(chromiumPath()); err != nil {
		t.Skipf("no chromium at %s (apt-get install chromium, or set CHROMIUM): the HMR proof needs a real browser", chromiumPath())
	}
	args := []string{filepath.Join(repoRoot, "testdata", "node", "hmr", "driver.mjs")}
	for _, h := range extraHosts {
		args = append(args, "--extra-host", h)
	}
	cmd := exec.Command("node", args...)
	cmd.Dir = filepath.Join(repoRoot, "testdata", "node")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting the browser driver: %v", err)
	}
	b := &browser{cmd: cmd, stdin: stdin, wait: map[int]chan reply{}, dead: make(chan struct{}), log: newLines()}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			b.log.add(sc.Text())
		}
	}()
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
		for sc.Scan() {
			var r reply
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				b.log.add("unparsable driver line: " + sc.Text())
				continue
			}
			b.mu.Lock()
			ch := b.wait[r.ID]
			delete(b.wait, r.ID)
			b.mu.Unlock()
			if ch != nil {
				ch <- r
			}
		}
		close(b.dead)
	}()
	t.Cleanup(func() {
		b.send(map[string]any{"op": "quit"}, stopTimeout)
		stdin.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(stopTimeout):
			t.Errorf("browser driver did not exit within %v; killing it", stopTimeout)
		}
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		if t.Failed() && b.log.String() != "" {
			t.Logf("--- browser driver stderr:\n%s", b.log)
		}
	})
	if _, err := b.send(map[string]any{"op": "ready"}, startTimeout); err != nil {
		t.Fatalf("starting headless chromium: %v\n%s", err, b.log)
	}
	return b
}

// send issues one command and waits for its reply, up to timeout.
func (b *browser) send(cmd map[string]any, timeout time.Duration) (json.RawMessage, error) {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan reply, 1)
	b.wait[id] = ch
	cmd["id"] = id
	line, err := json.Marshal(cmd)
	if err == nil {
		_, err = b.stdin.Write(append(line, '\n'))
	}
	b.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("sending %s to the browser driver: %w", cmd["op"], err)
	}
	select {
	case r := <-ch:
		if !r.OK {
			return nil, fmt.Errorf("browser: %s: %s", cmd["op"], r.Error)
		}
		return r.Result, nil
	case <-b.dead:
		return nil, fmt.Errorf("browser driver exited during %s:\n%s", cmd["op"], b.log)
	case <-time.After(timeout + 10*time.Second):
		return nil, fmt.Errorf("browser driver gave no answer to %s within %v", cmd["op"], timeout)
	}
}

// page is one tab in the shared browser.
type page struct {
	t    *testing.T
	b    *browser
	name string
}

var pageSeq struct {
	sync.Mutex
	n int
}

func (b *browser) page(t *testing.T) *page {
	pageSeq.Lock()
	pageSeq.n++
	n := pageSeq.n
	pageSeq.Unlock()
	p := &page{t: t, b: b, name: fmt.Sprintf("p%d", n)}
	t.Cleanup(func() {
		if t.Failed() {
			p.dump()
		}
		b.send(map[string]any{"op": "close", "page": p.name}, stopTimeout)
	})
	return p
}

// open navigates the tab to url and returns the main response's status.
func (p *page) open(url string) int {
	p.t.Helper()
	res, err := p.b.send(map[string]any{"op": "open", "page": p.name, "url": url, "timeoutMs": eventTimeout.Milliseconds()}, eventTimeout)
	if err != nil {
		p.t.Fatalf("opening %s: %v", url, err)
	}
	var r struct{ Status int }
	json.Unmarshal(res, &r)
	return r.Status
}

// eval evaluates a JS expression and decodes its value into v (if non-nil).
func (p *page) eval(expr string, v any) {
	p.t.Helper()
	res, err := p.b.send(map[string]any{"op": "eval", "page": p.name, "expr": expr}, eventTimeout)
	if err != nil {
		p.t.Fatalf("evaluating %s: %v", expr, err)
	}
	if v != nil {
		if err := json.Unmarshal(res, v); err != nil {
			p.t.Fatalf("evaluating %s: result %s: %v", expr, res, err)
		}
	}
}

func (p *page) evalString(expr string) string {
	p.t.Helper()
	var s string
	p.eval(expr, &s)
	return s
}

func (p *page) click(selector string) {
	p.t.Helper()
	if _, err := p.b.send(map[string]any{"op": "click", "page": p.name, "selector": selector, "timeoutMs": eventTimeout.Milliseconds()}, eventTimeout); err != nil {
		p.t.Fatalf("clicking %s: %v", selector, err)
	}
}

// waitFor polls a condition in the driver (console, eval, navigations,
// pings, pingSockets): see driver.mjs check().
func (p *page) waitFor(what string, until map[string]any) {
	p.t.Helper()
	if err := p.tryWait(until, eventTimeout); err != nil {
		p.t.Fatalf("waiting for %s: %v", what, err)
	}
}

func (p *page) tryWait(until map[string]any, timeout time.Duration) error {
	_, err := p.b.send(map[string]any{"op": "wait", "page": p.name, "until": until, "timeoutMs": timeout.Milliseconds()}, timeout)
	return err
}

// pageState is what the driver recorded for a tab.
type pageState struct {
	URL         string
	Console     []string
	Navigations []string
	Sockets     map[string]*socketRec
	Pings       int
	PageErrors  []string
}

type socketRec struct {
	URL      string
	Status   int
	Protocol string
	Frames   []string
	Closed   bool
	Error    string
}

func (p *page) state() pageState {
	p.t.Helper()
	res, err := p.b.send(map[string]any{"op": "state", "page": p.name}, eventTimeout)
	if err != nil {
		p.t.Fatalf("reading page state: %v", err)
	}
	var s pageState
	if err := json.Unmarshal(res, &s); err != nil {
		p.t.Fatalf("decoding page state: %v", err)
	}
	return s
}

// dump logs the tab's console, navigations and sockets: what A needs to see
// when a case fails.
func (p *page) dump() {
	res, err := p.b.send(map[string]any{"op": "state", "page": p.name}, stopTimeout)
	if err != nil {
		p.t.Logf("--- page %s: no state: %v", p.name, err)
		return
	}
	var s pageState
	json.Unmarshal(res, &s)
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- page %s at %s\nconsole:\n", p.name, s.URL)
	for _, l := range s.Console {
		fmt.Fprintf(&sb, "  %s\n", l)
	}
	for _, e := range s.PageErrors {
		fmt.Fprintf(&sb, "  pageerror: %s\n", e)
	}
	fmt.Fprintf(&sb, "navigations: %q\nvite-ping HTTP probes: %d\nsockets:\n", s.Navigations, s.Pings)
	for _, k := range sortedKeys(s.Sockets) {
		so := s.Sockets[k]
		fr := so.Frames
		if len(fr) > 5 {
			fr = fr[:5]
		}
		fmt.Fprintf(&sb, "  %s status=%d protocol=%q closed=%v error=%q frames=%q\n", so.URL, so.Status, so.Protocol, so.Closed, so.Error, fr)
	}
	p.t.Log(sb.String())
}
