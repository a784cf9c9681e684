package envcheck

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// realVite answers loadEnv questions with the real Vite packages installed
// in testdata/node, through one long-running node process.
type realVite struct {
	t         testing.TB
	mu        sync.Mutex
	cmd       *exec.Cmd
	in        *json.Encoder
	out       *bufio.Reader
	nodeMajor int
	// hang is how long a request may take before it counts as Vite
	// hanging; hangTimeout unless the fuzzer shortens it.
	hang  time.Duration
	dir   string     // testdata/node
	ready chan error // set while node restarts after a hang
}

type viteRequest struct {
	Op       string            `json:"op,omitempty"`
	Src      string            `json:"src,omitempty"`
	Vite     string            `json:"vite,omitempty"`
	Mode     string            `json:"mode,omitempty"`
	Prefixes []string          `json:"prefixes,omitempty"`
	Env      map[string]string `json:"env"`
	Files    map[string]string `json:"files,omitempty"`
	Base64   bool              `json:"base64,omitempty"`
}

type viteAnswer struct {
	Env   map[string]string `json:"env"`
	Error string            `json:"error"`
	Hang  bool              `json:"-"`
	// TooLarge: our model stopped (ErrExpandTooLarge); Vite must fail,
	// hang or build a huge value too.
	TooLarge bool `json:"-"`
}

// hangTimeout is how long a request may take before we call it a hang.
// Only inputs that make Vite loop forever get near it.
const hangTimeout = 60 * time.Second

func nodeFixtures(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "node"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not on PATH: the differential tests need real Vite")
	}
	for _, p := range []string{"vite7", "vite8"} {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", p, "package.json")); err != nil {
			t.Skipf("testdata/node/node_modules/%s is missing: run npm ci in testdata/node", p)
		}
	}
	return dir
}

func startRealVite(t testing.TB) *realVite {
	t.Helper()
	v := startRealViteNoCleanup(t)
	t.Cleanup(v.stop)
	return v
}

func startRealViteNoCleanup(t testing.TB) *realVite {
	t.Helper()
	dir := nodeFixtures(t)
	v := &realVite{t: t, hang: hangTimeout}
	out, err := exec.Command("node", "--version").Output()
	if err != nil {
		t.Fatalf("node --version: %v", err)
	}
	v.nodeMajor, _ = strconv.Atoi(strings.SplitN(strings.TrimPrefix(strings.TrimSpace(string(out)), "v"), ".", 2)[0])
	v.dir = dir
	v.start(dir)
	return v
}

func (v *realVite) start(dir string) {
	if err := v.launch(dir); err != nil {
		v.t.Fatal(err)
	}
}

// launch starts node and loads every Vite package once, so the first real
// question is not mistaken for a hang while node is still importing Vite.
func (v *realVite) launch(dir string) error {
	cmd := exec.Command("node", filepath.Join(dir, "envparity", "loadenv.mjs"), "--serve")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.TempDir(), "VITE_CJS_IGNORE_WARNING=true"}
	cmd.Stderr = os.Stderr
	// If the test process dies (a fuzz worker is killed), so does node, even
	// when Vite is stuck in an endless loop and never reads its stdin again.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting node: %w", err)
	}
	v.cmd, v.in, v.out = cmd, json.NewEncoder(stdin), bufio.NewReaderSize(stdout, 1<<20)
	for _, pkg := range []string{"vite8", "vite7", "vite6", "vite5"} {
		req := viteRequest{Vite: pkg, Env: map[string]string{}, Files: map[string]string{".env": "A=1"}}
		if err := v.in.Encode(req); err != nil {
			return fmt.Errorf("writing to node: %w", err)
		}
		if _, err := v.out.ReadString('\n'); err != nil {
			return fmt.Errorf("node did not answer while loading %s: %w", pkg, err)
		}
	}
	return nil
}

func (v *realVite) stop() {
	if v.ready != nil {
		<-v.ready
		v.ready = nil
	}
	if v.cmd != nil {
		v.cmd.Process.Kill()
		v.cmd.Wait()
		v.cmd = nil
	}
}

// ask sends one request; a request that takes longer than hangTimeout is
// answered with Hang and the node process is restarted.
func (v *realVite) ask(req viteRequest) viteAnswer {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.ready != nil { // a restart after a hang is under way
		if err := <-v.ready; err != nil {
			v.t.Fatalf("restarting node: %v", err)
		}
		v.ready = nil
	}
	if err := v.in.Encode(req); err != nil {
		v.t.Fatalf("writing to node: %v", err)
	}
	type res struct {
		line string
		err  error
	}
	ch := make(chan res, 1)
	out := v.out
	go func() {
		l, err := out.ReadString('\n')
		ch <- res{l, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			v.t.Fatalf("reading from node: %v", r.err)
		}
		var a viteAnswer
		if err := json.Unmarshal([]byte(r.line), &a); err != nil {
			v.t.Fatalf("node answered %q: %v", r.line, err)
		}
		return a
	case <-time.After(v.hang):
		// Answer now; restart node (loading Vite takes seconds) meanwhile.
		v.stop()
		ready := make(chan error, 1)
		v.ready = ready
		go func() { ready <- v.launch(v.dir) }()
		return viteAnswer{Hang: true}
	}
}

// loadEnv asks the real Vite package (vite7, vite8) to load these files.
func (v *realVite) loadEnv(pkg, mode string, prefixes []string, env map[string]string, files map[string][]byte) viteAnswer {
	req := viteRequest{Vite: pkg, Mode: mode, Prefixes: prefixes, Env: env, Files: map[string]string{}, Base64: true}
	for name, b := range files {
		req.Files[name] = base64.StdEncoding.EncodeToString(b)
	}
	return v.ask(req)
}

// modelAnswer runs our model of loadEnv the same way.
func modelAnswer(d Dialect, parse ParseFunc, mode string, prefixes []string, env map[string]string, files map[string][]byte) viteAnswer {
	var texts []envFileText
	for _, name := range envFileNames(mode) {
		if b, ok := files[name]; ok {
			s, _ := decodeUTF8(b)
			texts = append(texts, envFileText{name: name, path: name, text: s})
		}
	}
	r := loadEnv(d, parse, texts, env, prefixes)
	if r.err != nil {
		if errors.Is(r.err, ErrExpandTooLarge) {
			return viteAnswer{TooLarge: true}
		}
		if errors.Is(r.err, ErrExpandHang) {
			return viteAnswer{Hang: true}
		}
		return viteAnswer{Error: r.err.Error()}
	}
	return viteAnswer{Env: r.client}
}

// diffAnswers describes how two answers differ, or returns "".
func diffAnswers(want, got viteAnswer) string {
	if got.TooLarge {
		// Vite must have failed ("Invalid string length"), hung, or built
		// a value past the bound too.
		if want.Hang || want.Error != "" {
			return ""
		}
		for _, v := range want.Env {
			if len(v) > maxExpandValue {
				return ""
			}
		}
		return fmt.Sprintf("devproxy stopped at a value over %d bytes; vite returned %d variables normally", maxExpandValue, len(want.Env))
	}
	if want.Hang || got.Hang {
		if want.Hang == got.Hang {
			return ""
		}
		return fmt.Sprintf("vite hangs=%v, devproxy hangs=%v (while fuzzing, a hang is no answer within 2.5s: re-run the input with go test -run to check with the %s bound)", want.Hang, got.Hang, hangTimeout)
	}
	if (want.Error != "") != (got.Error != "") {
		return fmt.Sprintf("vite error=%q env=%q; devproxy error=%q env=%q", want.Error, want.Env, got.Error, got.Env)
	}
	if want.Error != "" {
		return ""
	}
	var b strings.Builder
	for k, w := range want.Env {
		if g, ok := got.Env[k]; !ok {
			fmt.Fprintf(&b, "  %q: vite %q, devproxy unset\n", k, w)
		} else if g != w {
			fmt.Fprintf(&b, "  %q: vite %q, devproxy %q\n", k, w, g)
		}
	}
	for k, g := range got.Env {
		if _, ok := want.Env[k]; !ok {
			fmt.Fprintf(&b, "  %q: vite unset, devproxy %q\n", k, g)
		}
	}
	return b.String()
}
