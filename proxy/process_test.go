package proxy

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// alive reports whether pid still exists as a running (non-zombie) process.
func alive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// state is the field after "(comm)"
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || s[i+2] != 'Z'
}

type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// A shell that spawns a grandchild which ignores SIGTERM: Stop ends both.
func TestProcessStopKillsWholeGroup(t *testing.T) {
	pr, pw := io.Pipe()
	p, err := NewProcess(ProcessConfig{
		Name:    "vite",
		Command: `sh -c 'trap "" TERM; while :; do sleep 1; done' & echo "grandchild $!"; wait`,
		Stdout:  pw,
		Grace:   300 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(pr)
	if !sc.Scan() {
		t.Fatal("no output from the child")
	}
	line := sc.Text()
	go io.Copy(io.Discard, pr)
	if !strings.HasPrefix(line, "vite │ grandchild ") {
		t.Fatalf("first line = %q; want it prefixed with \"vite │ \"", line)
	}
	grandchild, err := strconv.Atoi(strings.TrimPrefix(line, "vite │ grandchild "))
	if err != nil {
		t.Fatal(err)
	}
	child := p.Pid()
	if !alive(child) || !alive(grandchild) {
		t.Fatalf("before Stop: child %d alive %v, grandchild %d alive %v", child, alive(child), grandchild, alive(grandchild))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := p.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	// The grandchild was SIGKILLed with the group; it may take a moment to be
	// reaped by init, so wait for that rather than for a fixed time.
	for alive(grandchild) {
		if ctx.Err() != nil {
			syscall.Kill(grandchild, syscall.SIGKILL)
			t.Fatalf("grandchild %d survived Stop", grandchild)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if alive(child) {
		t.Fatalf("child %d survived Stop", child)
	}
	pw.Close()
}

func TestProcessExitCodeAndLastLines(t *testing.T) {
	var out lockedBuffer
	p, err := NewProcess(ProcessConfig{
		Command: `for i in 1 2 3 4 5; do echo "line $i"; done; echo "error: port 5174 is in use" >&2; exit 3`,
		Name:    "vite", Stdout: &out, Keep: 3,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err = p.Wait(context.Background())
	if err == nil || p.ExitCode() != 3 {
		t.Fatalf("Wait = %v, ExitCode = %d; want exit status 3", err, p.ExitCode())
	}
	got := strings.Join(p.LastLines(10), "|")
	if got != "line 4|line 5|error: port 5174 is in use" {
		t.Fatalf("LastLines = %q", got)
	}
	if got := strings.Join(p.LastLines(1), "|"); got != "error: port 5174 is in use" {
		t.Fatalf("LastLines(1) = %q", got)
	}
	if !strings.Contains(out.String(), "vite │ line 1\n") || !strings.Contains(out.String(), "vite │ error: port 5174 is in use\n") {
		t.Fatalf("output not streamed with prefix:\n%s", out.String())
	}
}

func TestProcessEnvAndDir(t *testing.T) {
	var out lockedBuffer
	dir := t.TempDir()
	p, _ := NewProcess(ProcessConfig{Command: `echo "$PORT $(pwd)"`, Dir: dir, Env: []string{"PORT=4321"}, Stdout: &out})
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	p.Wait(context.Background())
	if want := "echo │ 4321 " + dir + "\n"; out.String() != want {
		t.Fatalf("output = %q; want %q", out.String(), want)
	}
}

func TestProcessBadStart(t *testing.T) {
	if _, err := NewProcess(ProcessConfig{Command: "  "}); err == nil {
		t.Fatal("NewProcess with an empty command succeeded")
	}
	p, _ := NewProcess(ProcessConfig{Command: "true", Dir: "/nonexistent/devproxy-test"})
	err := p.Start(context.Background())
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/devproxy-test") {
		t.Fatalf("Start in a missing dir: %v; want an error naming it", err)
	}
}

// A simple command replaces the shell, so the child (and Pid) is the
// command itself: it gets the parent-death signal.
func TestProcessSimpleCommandIsTheChild(t *testing.T) {
	p, _ := NewProcess(ProcessConfig{Command: "sleep 1000", Stdout: io.Discard, Grace: 100 * time.Millisecond})
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer p.Stop(context.Background())
	var cmdline []byte
	for i := 0; i < 200; i++ { // the exec happens right after fork
		cmdline, _ = os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", p.Pid()))
		if strings.HasPrefix(string(cmdline), "sleep") {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("child %d runs %q; want sleep itself", p.Pid(), strings.ReplaceAll(string(cmdline), "\x00", " "))
}

func TestSimpleCommand(t *testing.T) {
	cases := map[string]bool{
		"./node_modules/.bin/vite --port 1 --strictPort --host 127.0.0.1": true,
		"npm run dev -- --port 1":         true,
		"PORT=$PORT node server.mjs":      true,
		"cd web && vite":                  false,
		"vite; echo done":                 false,
		"vite | tee log":                  false,
		"(cd web; vite)":                  false,
		"exec vite":                       false,
		"sh -c 'trap \"\" TERM; sleep 1'": false,
	}
	for in, want := range cases {
		if got := simpleCommand(in); got != want {
			t.Errorf("simpleCommand(%q) = %v; want %v", in, got, want)
		}
	}
}
